"""Screenshots of issue 15: the incoming-call card (ringing, answered), the call-back queue
and a history with names. ``python -m tests.screenshots_live OUT_DIR LANG [EXTRA.qm]``
(offscreen; EXTRA.qm: a catalogue of strings not yet in the project's, to look at them)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path, language: str, extra: str = "") -> None:
    home = Path(tempfile.mkdtemp(prefix="shots-live-"))
    os.environ["CALLLAUNCHER_CONFIG_DIR"] = str(home / "config")
    os.environ["CALLLAUNCHER_DATA_DIR"] = str(home / "data")
    os.environ["CALLLAUNCHER_SYSTEM_CONFIG"] = str(home / "system.ini")
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from calllauncher.app import build
    from calllauncher.fakepbx import FakePBX
    from calllauncher.services.account import Account
    from calllauncher.services.history import History
    from calllauncher.services.settings import AppSettings
    from calllauncher.ui.i18n import install_translators
    from tests.support.screenshot_tools import wait

    app = QApplication([])
    install_translators(app, language)
    keep = QTranslator()
    if extra and keep.load(extra):
        app.installTranslator(keep)
    out.mkdir(parents=True, exist_ok=True)
    pbx = FakePBX(key="k", secret="s").start()
    pbx.start_websocket()
    for number, disposition in (
        ("0509876543", "NOANSWER"),
        ("0509876543", "CANCEL"),
        ("0443331122", "NOANSWER"),
        ("0635554433", "NOANSWER"),
    ):
        pbx.record_incoming_call(number, "901", disposition=disposition)
    settings = AppSettings()
    settings.set("live/url", pbx.ws_url)
    settings.sync()
    parts = build(account=Account("k", pbx.url, "4.0", extension="901"), secret="s")
    shell = parts.start_shell(history=History(home / "history.sqlite3"))
    who = parts.who
    parts.window.show()
    wait(4000, lambda: bool(parts.window.employees) and who.queue.count == 3)
    wait(1500)  # names of the queue
    call_id = pbx.incoming_call(
        "0671234567", ring=("901", "902"), answered_by="903", answer_after=3.0, talk=3.0
    )
    wait(2000, lambda: call_id in who.cards)
    card = who.cards[call_id]
    wait(300)
    card.grab().save(str(out / f"card-ringing-{language}.png"))
    wait(4000, lambda: bool(card.call.answered_by))
    wait(200)
    card.grab().save(str(out / f"card-answered-{language}.png"))
    stranger = pbx.incoming_call("0952223344", ring=("901",), ring_for=30)
    wait(2000, lambda: stranger in who.cards)
    wait(300)
    who.cards[stranger].grab().save(str(out / f"card-stranger-{language}.png"))
    wait(3000, lambda: call_id not in who.cards)
    parts.window.grab().save(str(out / f"queue-{language}.png"))
    for number in ("0671234567", "0509876543", "0731239876"):
        parts.window.dial_number(number)
        wait(2500, lambda: not parts.dialer.busy)
    wait(1500)
    view = shell.open_history()
    wait(800)
    view.grab().save(str(out / f"history-{language}.png"))
    parts.window.grab().save(str(out / f"window-calls-{language}.png"))
    parts.window.quitting = True
    parts.shutdown()
    pbx.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "")
