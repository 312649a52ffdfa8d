"""Settings that can't be used, each as one plain sentence naming the setting and where it
came from (the user's file, the administrator's preset, the environment, an option).

Two outcomes. A bad region or API version has a harmless default (UA, 4.0): the window
uses it and says so. A bad API address or a missing CA bundle has none: nothing is sent
until it is fixed. Falling back to https://api.binotel.com/api/ would be "working", but for
an office that set its own address (a proxy, a test PBX) it would send the key and secret
to a host nobody configured, and a missing CA bundle means the certificate check the office
asked for can't be made. So those refuse, and say which setting to fix.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..translation import translate
from .settings import Key

if TYPE_CHECKING:
    from .settings import AppSettings

URL_ENV = "CALLLAUNCHER_API_URL"
VERSIONS = ("4.0", "2.0")
FALLBACK_VERSION = "4.0"
FALLBACK_REGION = "UA"


def where_set(settings: AppSettings, key: Key) -> str:
    """Which file ``key``'s value comes from, in words."""
    if settings.is_user_set(key):
        return translate("SettingChecks", "your settings file {file}").format(
            file=settings.file_name
        )
    if settings.is_preset(key):
        return translate("SettingChecks", "the administrator's preset file {file}").format(
            file=settings.system_file_name
        )
    return translate("SettingChecks", "the built-in settings")


def url_source(settings: AppSettings, option: str | None) -> tuple[str, str]:
    """The API address in force and where it came from (the same order as load_account)."""
    if option:
        return option, translate("SettingChecks", "the --api-url option")
    env = os.environ.get(URL_ENV)
    if env:
        return env, translate("SettingChecks", "the {name} environment variable").format(
            name=URL_ENV
        )
    return settings.text(Key.API_URL), where_set(settings, Key.API_URL)


# -- the address and the CA bundle: refused --------------------------------------------


def url_refusal(url: str, where: str = "") -> str:
    """Why nothing may be sent to ``url`` ("" if it may): the rule of binotel.urls, told
    as what to fix."""
    from ..binotel.urls import is_loopback

    where = where or translate("SettingChecks", "the settings")
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:  # a bracketed host that is no address, say
        parts, host = None, None
    if parts is None or parts.scheme not in ("http", "https") or not host:
        return translate(
            "SettingChecks",
            "The API address “{url}” from {where} is not a web address, so nothing is sent "
            "to the PBX. Change it to an https:// address, like https://api.binotel.com/api/.",
        ).format(url=url, where=where)
    if parts.scheme == "http" and not is_loopback(host):
        return translate(
            "SettingChecks",
            "The API address “{url}” from {where} starts with http://, so the secret would "
            "travel unencrypted; nothing is sent to the PBX. Change it to https://.",
        ).format(url=url, where=where)
    return ""


def ca_bundle_refusal(path: str, where: str = "") -> str:
    """Why the CA bundle can't be used ("" if it can, or none is set)."""
    if not path.strip() or Path(path.strip()).is_file():
        return ""
    return translate(
        "SettingChecks",
        "The CA bundle file {file} (from {where}) is missing, so the PBX's certificate "
        "can't be checked and nothing is sent. Choose the file again under Advanced when "
        "signing in, or clear that setting.",
    ).format(file=path.strip(), where=where or translate("SettingChecks", "the settings"))


# -- the version and the region: a default meanwhile ------------------------------------


def checked_version(settings: AppSettings, option: str | None = None) -> tuple[str, str]:
    """The API version to use, and why the saved one is not it ("" if it is)."""
    value = option or settings.text(Key.API_VERSION) or FALLBACK_VERSION
    if value in VERSIONS:
        return value, ""
    return FALLBACK_VERSION, translate(
        "SettingChecks",
        "The API version “{value}” from {where} is not one CallLauncher speaks (4.0 or 2.0).",
    ).format(value=value, where=where_set(settings, Key.API_VERSION))


def checked_region(settings: AppSettings) -> tuple[str, str]:
    """The region numbers without a country code are read in, and why the saved one is not
    it ("" if it is). Loads phonenumbers: call it when a number is read, not at start."""
    import phonenumbers

    value = settings.text(Key.REGION).strip() or FALLBACK_REGION
    if value.upper() in phonenumbers.SUPPORTED_REGIONS:
        return value.upper(), ""
    return FALLBACK_REGION, translate(
        "SettingChecks",
        "The country for numbers “{value}” from {where} is not a country code CallLauncher knows.",
    ).format(value=value, where=where_set(settings, Key.REGION))


def fallback_note(key: Key) -> str:
    """What the window does meanwhile (second sentence of a version or region problem)."""
    if key == Key.API_VERSION:
        return translate("SettingChecks", "Using version 4.0 until it is fixed.")
    return translate(
        "SettingChecks",
        "Numbers without a country code are read as Ukrainian until it is fixed in Settings.",
    )
