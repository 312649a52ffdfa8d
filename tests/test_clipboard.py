"""The number behind "Dial clipboard": what counts, what doesn't; the clipboard, not the
selection (a real X11 selection under Xvfb)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from calllauncher.phone import Normalized
from calllauncher.services.clipboard import MAX_TEXT, clipboard_number, number_in

KYIV = "0443334023"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # The whole text is the number, in any form people paste.
        ("0443334023", KYIV),
        ("  +380 44 333 40 23\n", KYIV),
        ("(044) 333-40-23", KYIV),
        ("+380\u00a044\u00a0333\u00a040\u00a023", KYIV),  # no-break spaces from a web page
        ("\u202a+380 44 333 40 23\u202c", KYIV),  # direction marks around it
        ("０４４３３３４０２３", KYIV),  # full-width digits
        ("8 044 333 40 23", KYIV),
        ("+49 151 12345678", "4915112345678"),
        ("901", "901"),  # an extension, alone
        # Dial links, alone or inside text.
        ("tel:+380443334023", KYIV),
        ("callto://0443334023", KYIV),
        ("sip:0443334023@pbx.example.com", KYIV),
        ("TEL:+380-44-333-40-23;phone-context=example", KYIV),
        ('<a href="tel:+380443334023">Call us</a>', KYIV),
        ("Звоните: tel:0443334023 (с 9 до 18)", KYIV),
        # The first full number in a short text.
        ("Call me: +380 44 333 40 23", KYIV),
        ("Tel.: (044) 333-40-23, fax: (044) 333-40-24", KYIV),
        ("тел. (044) 333-40-23 доб. 12", KYIV),
        ("Олена Петрівна\n067 123 45 67\nолена@example.com", "0671234567"),
        ("Call 067 123 45 67 or +49 151 12345678", "0671234567"),
        ("Kazakhstan office: +7 701 123 45 67.", "77011234567"),
        ("number:0443334023.", KYIV),
        ("044 333 40 23\n067 123 45 67", KYIV),  # a line break ends a number
    ],
)
def test_numbers_found(text: str, digits: str) -> None:
    found = number_in(text)
    assert found is not None, text
    assert found.digits == digits


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t",
        "hello",
        "Room 12",  # extensions only count alone
        "Invoice 901 paid",
        "2024-01-15",
        "15.01.2024 10:30",
        "Order 12345, total 1 234.50 UAH",
        "IBAN UA213223130000026007233566001",
        "ID: 1234567890123",
        "https://shop.example.com/orders/0443334023",
        "see www.example.ua/0443334023 for details",
        "0443334023@example.com",
        "/home/user/0443334023/notes.txt",
        "tel:",
        "callto://nobody",
        "sip:192.168.1.10",
        "044 333",  # not a full number
        "+380 44 333 40 2",  # one digit short
        "+380 44 333 40 23 45 67 89",  # too long to be one number
    ],
)
def test_nothing_to_dial(text: str) -> None:
    assert number_in(text) is None


def test_long_texts_are_not_searched() -> None:
    padding = "x" * MAX_TEXT
    assert number_in(f"Call 0443334023 {padding}") is None
    assert number_in(f"Call 0443334023 {'x' * (MAX_TEXT - 30)}") is not None


def test_region_reads_numbers_without_country_code() -> None:
    found = number_in("Call (212) 555-0123 today", region="US")
    assert found is not None and found.digits == "12125550123"
    assert number_in("(212) 555-0123") is None  # in Ukraine that is no number


X_SELECTION_CHILD = """
import json, sys
from PySide6.QtGui import QGuiApplication
from calllauncher.services.clipboard import clipboard_number
app = QGuiApplication(["t"])
board = QGuiApplication.clipboard()
out = {}
for use in (False, True):
    found = clipboard_number(board, use_selection=use)
    out[str(use)] = found.digits if found else None
if sys.argv[1] == "own":
    board.setText("0671112233", board.Mode.Selection)  # highlighted inside this app
    app.processEvents()
    found = clipboard_number(board, use_selection=True)
    out["own"] = found.digits if found else None
print(json.dumps(out))
"""


def x_selection(selection: str, clipboard: str, mode: str = "") -> dict[str, str | None]:
    """Run clipboard_number in a real xcb Qt under Xvfb, with xclip owning the X11 primary
    selection and the clipboard (as another program does after a highlight and a copy)."""
    for tool in ("xvfb-run", "xclip"):
        if shutil.which(tool) is None:
            if os.environ.get("CI"):
                pytest.fail(f"{tool} is missing (.ci/run installs it)")
            pytest.skip(f"{tool} is not installed")
    script = (
        'printf %s "$1" | xclip -selection primary -loops 0 & '
        'printf %s "$2" | xclip -selection clipboard -loops 0 & '
        "sleep 0.3; "
        f'QT_QPA_PLATFORM=xcb "{sys.executable}" -c "$3" "$4"'
    )
    done = subprocess.run(
        ["xvfb-run", "-a", "sh", "-c", script, "sh", selection, clipboard, X_SELECTION_CHILD, mode],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_clipboard_wins_over_what_is_highlighted() -> None:
    """Before: the X11 selection came first, so a CRM's "copy" (clipboard only) was
    ignored and whatever was last highlighted was dialled."""
    got = x_selection("0501234567", "0443334023")
    assert got == {"False": KYIV, "True": KYIV}


def test_the_selection_only_when_turned_on_and_the_clipboard_has_none() -> None:
    got = x_selection("0501234567", "no number copied")
    assert got == {"False": None, "True": "0501234567"}


def test_text_highlighted_in_this_app_is_never_dialled() -> None:
    got = x_selection("0501234567", "no number copied", "own")
    assert got["own"] is None


def test_real_clipboard(qapp: QApplication) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("Call me: +380 44 333 40 23")
    assert clipboard.text() == "Call me: +380 44 333 40 23"
    assert clipboard_number(clipboard) == Normalized(KYIV, "national", "+380 44 333 4023")
    clipboard.setText("tel:+49-151-12345678")
    found = clipboard_number(clipboard, "UA")
    assert found is not None and found.kind == "international"
    clipboard.setText("nothing to call")
    assert clipboard_number(clipboard) is None
    clipboard.clear()
    assert clipboard_number(clipboard) is None
