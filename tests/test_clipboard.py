"""The number behind "Dial clipboard": what counts, what doesn't, selection before clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication
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


class FakeClipboard:
    """A system with a primary selection (X11), which offscreen Qt doesn't have."""

    def __init__(self, selection: str, clipboard: str, supports: bool = True) -> None:
        self.texts = {QClipboard.Mode.Selection: selection, QClipboard.Mode.Clipboard: clipboard}
        self.supports = supports
        self.asked: list[QClipboard.Mode] = []

    def supportsSelection(self) -> bool:
        return self.supports

    def text(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> str:
        self.asked.append(mode)
        return self.texts[mode]


def test_selection_comes_first() -> None:
    fake = FakeClipboard("0501234567", "0443334023")
    found = clipboard_number(fake)
    assert found is not None and found.digits == "0501234567"
    assert fake.asked == [QClipboard.Mode.Selection]


def test_clipboard_when_the_selection_holds_no_number() -> None:
    fake = FakeClipboard("some highlighted words", "Call me: 0443334023")
    found = clipboard_number(fake)
    assert found is not None and found.digits == KYIV
    assert fake.asked == [QClipboard.Mode.Selection, QClipboard.Mode.Clipboard]


def test_no_selection_on_this_system() -> None:
    fake = FakeClipboard("0501234567", "nothing here", supports=False)
    assert clipboard_number(fake) is None
    assert fake.asked == [QClipboard.Mode.Clipboard]


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
