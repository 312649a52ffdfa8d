"""Ukrainian and Russian: the window in each mode, an error banner, the tray menu, a call
state with a plural, Qt's own buttons and the command line speak the language, and the
catalogues hold every string in the code, all translated.

The catalogues must be compiled first (``make translations``; ``make test`` does it).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calllauncher import resources, translation
from calllauncher.app import AppParts
from calllauncher.callstate import ENDED, TALKING, CallState, CallTracker
from calllauncher.controller.calls import CALL, KINDS, CallRequest
from calllauncher.controller.live_calls import LiveCall
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services.history import History
from calllauncher.ui.i18n import install_translators, remove_translators
from calllauncher.ui.live_calls_view import CallRow
from calllauncher.ui.tray import Tray
from calllauncher.wording.calls import duration, state_text
from tests.support.values import KEY, SECRET

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
EXT_TO_PHONE = "internal-number-to-external-number"

EXPECTED: dict[str, dict[str, Any]] = {
    "uk": {
        "tabs": ["Дзвінок", "Два номери", "Оголошення", "Голосове меню"],
        "buttons": [
            "Подзвонити",
            "З’єднати",
            "Подзвонити з оголошенням",
            "Подзвонити в голосове меню",
        ],
        "banner": "АТС відповіла некоректно (HTTP 502).",
        "details": "Подробиці",
        "tray": {
            "Набрати з буфера (номер не скопійовано)",
            "Повторити останній (дзвінків ще немає)",
            "Нещодавні",
            "Обране",
            "Компактне вікно",
            "Завершити всі дзвінки (2)",
            "Показати вікно набору",
            "Налаштування…",
            "Вийти",
        },
        "durations": {
            1: "1 секунда",
            60: "1 хвилина",
            120: "2 хвилини",
            300: "5 хвилин",
            151: "2 хвилини 31 секунда",
            1260: "21 хвилина",
            3725: "1 година 2 хвилини 5 секунд",
        },
        "ended": "завершено: відповіли, 2 хвилини 31 секунда",
        "talking": "розмова 1:23",
        "cancel": "Скасувати",
        "bad_number": "У цьому номері є літери.",
        "signed_in": "Вхід виконано (",
    },
    "ru": {
        "tabs": ["Звонок", "Два номера", "Объявление", "Голосовое меню"],
        "buttons": [
            "Позвонить",
            "Соединить",
            "Позвонить с объявлением",
            "Позвонить в голосовое меню",
        ],
        "banner": "АТС ответила некорректно (HTTP 502).",
        "details": "Подробности",
        "tray": {
            "Набрать из буфера (номер не скопирован)",
            "Повторить последний (звонков ещё нет)",
            "Недавние",
            "Избранное",
            "Компактное окно",
            "Завершить все звонки (2)",
            "Показать окно набора",
            "Настройки…",
            "Выход",
        },
        "durations": {
            1: "1 секунда",
            60: "1 минута",
            120: "2 минуты",
            300: "5 минут",
            151: "2 минуты 31 секунда",
            1260: "21 минута",
            3725: "1 час 2 минуты 5 секунд",
        },
        "ended": "завершён: ответили, 2 минуты 31 секунда",
        "talking": "разговор 1:23",
        "cancel": "Отмена",
        "bad_number": "В этом номере есть буквы.",
        "signed_in": "Вход выполнен (",
    },
}

# Latin words that belong in any language: names, protocols, keys on the keyboard.
NOT_ENGLISH = {
    "API", "Binotel", "CA", "CALLTO", "CRM", "CallLauncher", "Ctrl", "Enter", "Esc", "EXT",
    "FaceTime", "GNOME", "HTTP", "HTTPS", "IP", "KWallet", "Keyring", "Python", "Return",
    "Secret", "Service", "TEL", "Windows", "api", "binotel", "com", "calllauncher", "callto",
    "cer", "crt", "ext", "from", "https", "login", "macOS", "pem", "sip", "tel", "n", "C", "D",
    "F", "H", "status", "UA", "version", "url", "http", "JSON", "WebSocket", "X", "Alt", "KDE",
}  # fmt: skip


def english(text: str) -> list[str]:
    """Latin-letter words in ``text`` that are not names or keys (so: English left over)."""
    text = re.sub(r"\{\w*\}", "", text)
    # A shortcut's key (Ctrl+Shift+P, Alt+F4) is a key name in every language.
    text = re.sub(r"\b(?:(?:Ctrl|Alt|Shift|Meta)\+)+\w+", "", text)
    return [w for w in re.findall(r"[A-Za-z]+", text) if w not in NOT_ENGLISH]


def qm_needed(code: str) -> None:
    qm = TS_DIR / f"calllauncher_{code}.qm"
    if (
        not qm.is_file()
        or qm.stat().st_mtime < (TS_DIR / f"calllauncher_{code}.ts").stat().st_mtime
    ):
        pytest.fail(f"{qm.name} is missing or older than its .ts: run `make translations`")


class Recorder(QTranslator):
    """Installed last, so asked first: notes every lookup of the app's own contexts and
    answers none of them (the real catalogue answers)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str, str]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> None:
        if context and not context.startswith("Q"):
            self.seen.add((context, source, disambiguation or ""))
        return None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(params=["uk", "ru"])
def language(
    request: pytest.FixtureRequest, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, Recorder]]:
    code = str(request.param)
    qm_needed(code)
    monkeypatch.setenv(translation.ENV, code)
    assert install_translators(qapp) == code  # from the environment, as the app does
    recorder = Recorder()
    qapp.installTranslator(recorder)
    yield code, recorder
    qapp.removeTranslator(recorder)
    remove_translators(qapp)


@pytest.fixture
def window(language: tuple[str, Recorder], qtbot: QtBot, pbx: FakePBX) -> Iterator[AppParts]:
    """The real window, built after the translators are in (as ``app.run_app`` does)."""
    from calllauncher.app import build
    from calllauncher.services.account import Account

    parts = build(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
    qtbot.addWidget(parts.window)
    parts.window.show()
    qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)
    yield parts
    parts.window.quitting = True
    parts.shutdown()


def shown_texts(root: QWidget) -> list[str]:
    """Labels, buttons and placeholders a person sees in ``root`` now."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts.append(widget.toolTip())
    return [t for t in texts if t]


def catalogue(code: str) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, disambiguation) -> translations (one, or the plural forms)."""
    found: dict[tuple[str, str, str], list[str]] = {}
    for context in ET.parse(TS_DIR / f"calllauncher_{code}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            comment = message.findtext("comment") or ""
            tr = message.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.iter("numerusform")]
            key = (name, message.findtext("source") or "", comment)
            found[key] = forms if message.get("numerus") == "yes" else [tr.text or ""]
            assert tr.get("type") is None, f"{code}: {tr.get('type')} message {key}"
    return found


# -- the window ---------------------------------------------------------------------------


def test_every_mode_speaks_the_language(window: AppParts, language: tuple[str, Recorder]) -> None:
    code, _ = language
    w, form = window.window, window.window.form
    for index, kind in enumerate(KINDS):
        form.set_mode(kind)
        assert form.mode_actions[index].text() == EXPECTED[code]["tabs"][index]
        assert form.call_button.text() == EXPECTED[code]["buttons"][index]
        texts = shown_texts(w.centralWidget())
        assert texts
        assert [t for t in texts if english(t)] == [], kind
    form.more.setChecked(True)
    assert [t for t in shown_texts(form) if english(t)] == []
    menus = [a.text() for a in w.menuBar().actions()[0].menu().actions() if a.text()]
    assert menus and [t for t in menus if english(t)] == []
    assert not english(w.status.text().replace(KEY[:4], ""))


def test_error_banner_speaks_the_language(
    window: AppParts, language: tuple[str, Recorder], pbx: FakePBX, qtbot: QtBot
) -> None:
    code, _ = language
    pbx.inject(Fault.HTML_502, method=EXT_TO_PHONE)
    window.window.dial_number("0443334023")
    banner = window.window.banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert banner.text.startswith(EXPECTED[code]["banner"])
    assert english(banner.text) == []
    assert banner.details_button.text() == EXPECTED[code]["details"]


def test_number_reasons_speak_the_language(
    window: AppParts, language: tuple[str, Recorder]
) -> None:
    code, _ = language
    w = window.window
    w.form.number.setText("0800-FLOWERS")
    w._number_edited("number", w.form.number.text())
    assert w.form.number_hint.text() == EXPECTED[code]["bad_number"]
    for text in ("12345678901234567890", "044 333", "+49 30 1", "044-33#", "tel:abc"):
        w._number_edited("number", text, typing=False)  # the words, not when
        hint = w.form.number_hint.text()
        assert hint and english(hint) == [], (text, hint)


def test_dialogs_speak_the_language_and_every_lookup_is_in_the_catalogue(
    window: AppParts, language: tuple[str, Recorder], qtbot: QtBot, tmp_path: Path
) -> None:
    from calllauncher.ui.history_view import HistoryView
    from calllauncher.ui.transfer_dialog import TransferDialog
    from calllauncher.ui.welcome import WelcomeDialog

    code, recorder = language
    flows = window.flows
    history = History(tmp_path / "h.sqlite3")
    history.add_attempt(CALL, "0443334023")
    dialogs: list[QWidget] = [
        flows.open_settings(),
        flows.open_sign_in(),
        WelcomeDialog("", window.window),
        HistoryView(history, window.window),
        TransferDialog("0443334023", window.window.colleagues(), "UA", window.window),
    ]
    for dialog in dialogs:
        dialog.show()
        tabs = getattr(dialog, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            left = [t for t in shown_texts(dialog) if english(t)]
            assert left == [], (type(dialog).__name__, left)
        dialog.close()
    transfer = dialogs[-1]
    cancel = transfer.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == EXPECTED[code]["cancel"]  # Qt's own catalogue
    history.close()

    known = catalogue(code)
    missing = {key for key in recorder.seen if key not in known}
    assert missing == set()
    assert len(recorder.seen) > 150


# -- tray, call states --------------------------------------------------------------------


def test_tray_menu_speaks_the_language(
    language: tuple[str, Recorder], qtbot: QtBot, tmp_path: Path
) -> None:
    code, _ = language
    history = History(tmp_path / "h.sqlite3")
    tray = Tray(QIcon(), history, lambda: None, lambda: 2)
    texts = set(tray.actions_by_text())
    assert texts == EXPECTED[code]["tray"]
    history.close()


def test_call_states_with_plurals(language: tuple[str, Recorder], qtbot: QtBot) -> None:
    code, _ = language
    for seconds, words in EXPECTED[code]["durations"].items():
        assert duration(seconds) == words
    assert state_text(CallState(ENDED, "ANSWER", 151)) == EXPECTED[code]["ended"]
    assert state_text(CallState(TALKING, "ONLINE", 83)) == EXPECTED[code]["talking"]

    tracker = CallTracker("3049000001", 0.0)
    tracker.state = CallState(ENDED, "ANSWER", 151)
    row = CallRow("3049000001")
    qtbot.addWidget(row)
    row.update_from(
        LiveCall("3049000001", CallRequest(CALL, "0443334023", extension="901"), tracker)
    )
    assert row.state.text() == EXPECTED[code]["ended"]
    assert english(row.who.text()) == []


def test_english_reads_right_with_one(qapp: QApplication) -> None:
    qm_needed("en")
    assert install_translators(qapp, "en") == "en"
    try:
        assert duration(61) == "1 minute 1 second"
        assert duration(151) == "2 minutes 31 seconds"
        assert state_text(CallState(ENDED, "ANSWER", 60)) == "ended: answered, 1 minute"
    finally:
        remove_translators(qapp)
    assert duration(151) == "2 minutes 31 seconds"  # the source text, without a catalogue


# -- the command line ---------------------------------------------------------------------


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
            stdin: str = "") -> tuple[int, str, str]:  # fmt: skip
    from calllauncher.__main__ import main

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_command_line_speaks_the_language(
    code: str, pbx: FakePBX, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    qm_needed(code)
    monkeypatch.setenv(translation.ENV, code)
    status, out, err = run_cli(
        monkeypatch, capsys, "--api-url", pbx.url, "login", "--key", KEY, stdin=SECRET
    )
    assert status == 0, err
    assert out.startswith(EXPECTED[code]["signed_in"]) and english(out) == [], out

    status, out, err = run_cli(monkeypatch, capsys, "dial", "0800-FLOWERS", "--ext", "901")
    assert status == 2
    assert EXPECTED[code]["bad_number"] in err

    status, out, err = run_cli(monkeypatch, capsys, "status", "3049000001")
    assert status == 0, err
    assert out.strip() and english(out) == [], out

    pbx.inject(Fault.ERROR, code=104, method=EXT_TO_PHONE)
    status, out, err = run_cli(monkeypatch, capsys, "dial", "0443334023", "--ext", "901")
    assert status == 1
    sentence, details = err.rsplit(" (", 1)  # details end with the PBX's own words
    assert "АТС" in sentence and english(sentence.replace("calllauncher:", "")) == [], err
    assert details.startswith("Код АТС 104: ")


# -- the catalogues -----------------------------------------------------------------------


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_catalogue_is_finished_and_keeps_placeholders(code: str) -> None:
    for (context, source, _), forms in catalogue(code).items():
        if source.count("%n"):
            assert len(forms) == 3, (context, source)
        for text in forms:
            assert text.strip(), (context, source)
            assert sorted(re.findall(r"\{\w*\}", text)) == sorted(re.findall(r"\{\w*\}", source)), (
                context,
                source,
                text,
            )
            assert text.count("%n") == source.count("%n"), (context, source, text)
            assert text.count("&") == source.count("&"), (context, source, text)
            assert english(text) == [], (context, source, text)


def test_english_catalogue_holds_the_plural_forms() -> None:
    english_forms = catalogue("en")
    plural = {key for key, forms in catalogue("uk").items() if "%n" in key[1]}
    assert set(english_forms) == plural
    for (_, source, _), forms in english_forms.items():
        assert len(forms) == 2 and forms[1] == source and forms[0] != source


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert found, "pyside6-lupdate comes with PySide6"
    return found


def test_catalogues_hold_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "calllauncher_uk.ts"
    subprocess.run(
        [lupdate(), "-silent", "-extensions", "py", "-locations", "none",
         str(ROOT / "calllauncher"), "-ts", str(fresh)],
        check=True,
    )  # fmt: skip
    in_code = set()
    for context in ET.parse(fresh).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            in_code.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    assert "" not in {name for name, _, _ in in_code}, "a tr() lupdate can't place in a context"
    for code in ("uk", "ru"):
        assert set(catalogue(code)) == in_code, f"run `make translations` ({code})"


def test_shipped_catalogues_load(qapp: QApplication) -> None:
    names = {p.name for p in resources.translation_sources()}
    assert names == {"calllauncher_uk.ts", "calllauncher_ru.ts", "calllauncher_en.ts"}
    for code in ("uk", "ru", "en"):
        qm_needed(code)
        assert translation.load_catalogue(code) is not None


@pytest.mark.parametrize(
    ("wanted", "system", "expected"),
    [("uk", "en_US", "uk"), ("ru_UA", "en_US", "ru"), ("", "uk_UA", "uk"), ("", "de_DE", "en"),
     ("de", "uk_UA", "en"), ("", "ru_RU", "ru")],
)  # fmt: skip
def test_language_choice(
    wanted: str, system: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QLocale

    class Locale:  # the system locale, as LANG would give it
        @staticmethod
        def system() -> QLocale:
            return QLocale(system)

    monkeypatch.setattr(translation, "QLocale", Locale)
    assert translation.resolve(wanted) == expected
