"""Find the number to dial in what was copied ("Dial clipboard").

No widgets: the window passes ``QGuiApplication.clipboard()`` in. Reading the clipboard
is a GUI-thread job (Qt's clipboard is not thread-safe); on X11 Qt may wait a moment for
the owning program to answer, the same as a paste.

What counts as a number, in order:

1. the whole text is a number or a dial link (``tel:``, ``callto:``, ``sip:``) — an
   internal extension like ``901`` counts only here, alone;
2. a dial link inside the text (an HTML snippet, "call tel:+380...");
3. the first run of digits and separators that makes a full phone number, in a short
   text ("Call me: +380 44 333 40 23", "тел. (044) 333-40-23 доб. 12"); web addresses
   and e-mail addresses are skipped, so digits in a link or order number are not dialled.

Long texts (a whole copied document) are not searched: dialling a number picked from
somewhere in a page is a guess, and a guessed call is worse than none.
"""

from __future__ import annotations

import re
from typing import Protocol

from PySide6.QtGui import QClipboard

from ..phone import DEFAULT_REGION, Normalized, NumberError, is_dial_uri, normalize

MAX_TEXT = 300  # characters; longer clipboard contents are not searched

_LINK_IN_TEXT = re.compile(r"(?i)(?<![\w/])(?:tel|callto|sips?):[^\s<>\"']+")
# Web addresses, e-mail addresses and paths carry digits that are not phone numbers.
_NOT_PHONE = re.compile(
    r"(?i)\b(?:https?|ftp|file)://\S+|\bwww\.\S+|\S+@\S+|(?<!\w)/\S+|\b\S+\.(?:com|net|org|ua)\S*"
)
# A plus (or a bracketed code), then digits with the separators people type between them,
# at least 7 characters, not glued to letters or other digits around it. No line breaks.
_RUN = re.compile(
    r"(?<![\w+＋])[+＋]?\(?\d[\d \u00a0\u2009\u202f()\-‐‑‒–—./]{5,}\d(?![\w])",
)


class ClipboardLike(Protocol):
    """The part of ``QClipboard`` used here (a stand-in for tests)."""

    def supportsSelection(self) -> bool: ...

    def ownsSelection(self) -> bool: ...

    def text(self, mode: QClipboard.Mode = ...) -> str: ...


def number_in(text: str, region: str = DEFAULT_REGION) -> Normalized | None:
    """The dialable number in ``text`` (see the module text), or None."""
    text = (text or "").strip()
    if not text or len(text) > MAX_TEXT:
        return None
    whole = _try(text, region, allow_extension=True)
    if whole is not None:
        return whole
    for link in _LINK_IN_TEXT.findall(text):
        found = _try(link, region, allow_extension=False)
        if found is not None:
            return found
    if is_dial_uri(text):
        return None  # a link that holds no usable number: don't look for another one
    searchable = _NOT_PHONE.sub(" ", text)
    for match in _RUN.finditer(searchable):
        found = _try(match.group().strip(" .-/"), region, allow_extension=False)
        if found is not None:
            return found
    return None


def clipboard_number(
    clipboard: QClipboard | ClipboardLike,
    region: str = DEFAULT_REGION,
    *,
    use_selection: bool = False,
) -> Normalized | None:
    """The number in the clipboard (what was copied), else None.

    The X11/Wayland primary selection (whatever was last highlighted, anywhere) is looked
    at only when ``use_selection`` (a setting the person turns on) and the clipboard holds
    no number, and never when the highlighted text is this app's own: a CRM's "copy"
    button fills the clipboard alone, and highlighting is not asking to dial.
    """
    found = number_in(clipboard.text(QClipboard.Mode.Clipboard), region)
    if found is not None or not use_selection:
        return found
    if clipboard.supportsSelection() and not clipboard.ownsSelection():
        return number_in(clipboard.text(QClipboard.Mode.Selection), region)
    return None


def _try(text: str, region: str, *, allow_extension: bool) -> Normalized | None:
    try:
        return normalize(text, region, allow_extension=allow_extension)
    except NumberError:
        return None
