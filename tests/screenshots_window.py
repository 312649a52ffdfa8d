"""Render the receptionist's window in its main states, light and dark, at the default and
the minimum size: ``python -m tests.screenshots_window OUT_DIR``
(``CALLLAUNCHER_LANGUAGE=uk`` for Ukrainian).

States: empty (no calls yet), search results for a name, a call under way over a full
timeline, the number dossier, the compact window with a live call, the team panel. The PBX is
the simulated one, signed in (not the demo, whose own traffic would make every run differ).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.mkdtemp(prefix="calllauncher-window-shots-")
os.environ["CALLLAUNCHER_CONFIG_DIR"] = _tmp + "/config"
os.environ["CALLLAUNCHER_DATA_DIR"] = _tmp + "/data"
os.environ["CALLLAUNCHER_SYSTEM_CONFIG"] = _tmp + "/none.ini"

DEFAULT = (520, 680)
THEMES = ("light", "dark")


def _fill_history(history: object, now: float) -> None:
    from calllauncher.controller.calls import ANNOUNCE, BRIDGE, CALL

    def add(kind: str, number: str, minutes: float, disposition: str, seconds: int = 0,
            number2: str = "", error: str = "", **options: object) -> None:  # fmt: skip
        call_id = "" if error else f"77{int(minutes)}{len(number)}{len(number2)}"
        history.add_attempt(  # type: ignore[attr-defined]
            kind, number, number2=number2, extension="901", call_id=call_id,
            at=now - minutes * 60, result="failed" if error else "started", error=error,
            options=options,
        )  # fmt: skip
        if call_id:
            history.update_outcome(call_id, disposition, seconds)  # type: ignore[attr-defined]

    add(CALL, "0671234567", 95, "ANSWER", 151)
    add(CALL, "0671234567", 64, "BUSY")
    add(CALL, "0671234567", 31, "ANSWER", 42)
    add(BRIDGE, "0671234567", 52, "NOANSWER", number2="0509871111")
    add(ANNOUNCE, "0931234567", 41, "", error='{"t": "pbx", "code": 104, "message": "bad value"}',
        voice_file_id="1")  # fmt: skip
    add(CALL, "0442223344", 2 * 24 * 60, "ANSWER", 300)
    add(CALL, "0961234567", 3 * 24 * 60, "NOANSWER")


def main(out: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    from calllauncher.ui.i18n import install_translators

    language = install_translators(app) or "en"
    from calllauncher.app import build
    from calllauncher.fakepbx import FakePBX
    from calllauncher.services.account import Account
    from calllauncher.services.history import History
    from calllauncher.ui.theme import apply_theme
    from tests.support.screenshot_tools import wait
    from tests.support.values import KEY, SECRET

    out.mkdir(parents=True, exist_ok=True)
    pbx = FakePBX(key=KEY, secret=SECRET, time_scale=0.05)
    pbx.__enter__()
    history = History(Path(_tmp) / "history.sqlite3")
    parts = build(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
    window, form = parts.window, parts.window.form
    shell = parts.start_shell(history=history)
    window.resize(*DEFAULT)
    window.show()
    wait(4000, lambda: bool(window.employees))
    wait(600)

    def both(widget: QWidget, name: str, *, sizes: bool = True) -> None:
        """``name-{theme}-{size}.png`` in both themes (and at both sizes for the window)."""
        for theme in THEMES:
            apply_theme(theme)
            if not sizes:
                wait(200)
                widget.grab().save(str(out / f"{language}-{name}-{theme}.png"))
                continue
            widget.resize(*DEFAULT)
            wait(250)
            widget.grab().save(str(out / f"{language}-{name}-{theme}-default.png"))
            widget.resize(widget.minimumWidth(), widget.minimumSizeHint().height())
            wait(250)
            widget.grab().save(str(out / f"{language}-{name}-{theme}-minimum.png"))
        apply_theme("light")
        widget.resize(*DEFAULT)

    form.number.setFocus()
    both(window, "empty")

    # A name typed: colleagues and the CRM's customers under the field.
    form.number.insert("ка" if language == "uk" else "an")  # people and customers
    form.number.textEdited.emit(form.number.text())
    wait(3000, lambda: any(m.source == "customer" for m in form.search.matches()))
    wait(300)
    both(window, "search")
    form.search.close_list()
    form.number.clear()

    # A full day: the app's calls, desk-phone calls, missed callers, one call under way.
    now = time.time()
    _fill_history(history, now)
    pbx.record_desk_call("0501112233", "901", disposition="ANSWER", talk=95 * 0.05)
    pbx.record_desk_call("0502223344", "901", disposition="BUSY", start_time=int(now - 3 * 86400))
    pbx.record_incoming_call("0509876543", "901", disposition="NOANSWER")
    pbx.record_incoming_call("0631234567", "901", disposition="ANSWER", talk=40 * 0.05)
    pbx.record_incoming_call("Unknown", "901", disposition="NOANSWER")
    who = parts.who
    who.queue.load()
    shell.recorder.changed.emit()
    pbx.talk_for = 600
    window.dial_number("0443334023")
    wait(6000, lambda: any(c.state.phase == "talking" for c in parts.live.live()))
    who.timeline.refresh()
    wait(2500)
    both(window, "call-and-timeline")

    dossier = who.open_dossier("0671234567")
    assert dossier is not None
    wait(3000, lambda: not dossier.controller.loading)
    both(dossier, "dossier", sizes=False)
    dossier.close()

    team = parts.team
    team.show_team()
    wait(500)
    window.resize(DEFAULT[0] + team.panel.minimumWidth() + 8, DEFAULT[1])
    for theme in THEMES:
        apply_theme(theme)
        wait(250)
        window.grab().save(str(out / f"{language}-team-{theme}.png"))
    apply_theme("light")
    team.dock.hide()
    window.resize(*DEFAULT)

    finder = shell.finder
    assert finder is not None
    finder.to_compact()
    compact = finder.compact
    assert compact is not None
    wait(800)
    both(compact, "compact", sizes=False)
    finder.to_full()

    window.quitting = True
    parts.shutdown()
    history.close()
    pbx.__exit__(None, None, None)
    QCoreApplication.processEvents()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots/window")))
