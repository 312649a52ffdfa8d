"""Replaces pyinstaller-hooks-contrib's hook, which takes every phonenumbers submodule.

phonenumbers imports its per-region metadata (phonenumbers.data, .shortdata) by name at run
time, so those modules must be listed. The geocoder, carrier and time-zone lookups and their
data (geodata alone is 4 MiB compressed) are left to the analysis: they come in only if some
code imports phonenumbers.geocoder, .carrier or .timezone, which import their data plainly.
"""

from PyInstaller.utils.hooks import collect_submodules

_LEFT_TO_THE_ANALYSIS = (
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
)

hiddenimports = collect_submodules(
    "phonenumbers", filter=lambda name: not name.startswith(_LEFT_TO_THE_ANALYSIS)
)
