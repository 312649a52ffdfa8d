"""Render the window in each state to PNG: ``python -m tests.screenshots OUT_DIR [SCALE]``.

Uses the demo PBX in-process, offscreen; run at scale 2 to check a HiDPI layout.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.mkdtemp(prefix="calllauncher-shots-")
os.environ["CALLLAUNCHER_CONFIG_DIR"] = _tmp + "/config"
os.environ["CALLLAUNCHER_DATA_DIR"] = _tmp + "/data"
os.environ["CALLLAUNCHER_SYSTEM_CONFIG"] = _tmp + "/none.ini"
os.environ.setdefault("CALLLAUNCHER_DEMO_TIME_SCALE", "0.2")


def main(out: Path, scale: str = "1") -> int:
    os.environ["QT_SCALE_FACTOR"] = scale
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from calllauncher.app import build
    from calllauncher.controller.calls import ANNOUNCE, BRIDGE, IVR
    from calllauncher.fakepbx import Fault

    _app = QApplication([])  # kept referenced for the whole run
    from calllauncher.ui.i18n import install_translators

    install_translators(_app)  # CALLLAUNCHER_LANGUAGE=uk: the shots in Ukrainian
    parts = build(demo=True)
    window, form = parts.window, parts.window.form

    shell = parts.start_shell()  # history lives in the temporary data folder
    pbx = parts.demo_pbx
    assert pbx is not None
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if scale == "1" else f"@{scale}x"

    from tests.support.screenshot_tools import wait

    def shot(name: str) -> None:
        wait(100)
        window.grab().save(str(out / f"{name}{suffix}.png"))

    wait(3000, lambda: bool(window.employees) and form.voice_file.count() > 0)
    form.number.setText("+380 44 333-40-23")
    window._number_edited("number", form.number.text())
    form.more.setChecked(True)
    shot("call")
    form.more.setChecked(False)
    form.set_mode(BRIDGE)
    form.number2.setText("067 123 45 67")
    shot("bridge")
    form.set_mode(ANNOUNCE)
    shot("announcement")
    form.set_mode(IVR)
    form.ivr.setEditText("Головне меню")
    shot("voice-menu")
    form.set_mode("call")
    form.number.setText("0800-FLOWERS")
    window._number_edited("number", form.number.text())
    shot("bad-number")
    form.number.setText("0443334023")
    window._number_edited("number", form.number.text())
    pbx.inject(Fault.HTML_502, method="internal-number-to-external-number")
    window.dial()
    wait(3000, window.banner.isVisible)
    window.banner.details_button.setChecked(True)
    shot("error-banner")
    window.banner.clear()
    wait(2100)  # past the same-action window: the 502 may have started that call
    # One call from click to result, each phase (issue 14): the desk phone rings (the
    # start is held), then the customer's, then talking, then the result.
    pbx.inject(Fault.SLOW, delay=1.5, method="internal-number-to-external-number")
    window.dial()
    wait(300)
    shot("phase-1-ringing-your-phone")
    calls = window.live.calls.values
    wait(5000, lambda: bool(window.live.calls))
    shot("phase-2-calling")
    wait(8000, lambda: any(c.state.phase == "talking" for c in calls()))
    wait(1200)
    shot("phase-3-talking")
    wait(20000, lambda: all(c.state.is_final for c in calls()))
    shot("phase-4-result")
    # Mixed outcomes: busy (…1111), no answer (…2222), unreachable (…3333), one live.
    for number in ("0671231111", "0671232222", "0671233333"):
        window.dial_number(number)
        wait(3000, lambda: not parts.dialer.busy)
        wait(300)
    window.dial_number("0501234567")
    wait(15000, lambda: sum(c.state.is_final for c in calls()) >= 4)
    wait(5000, lambda: any(c.state.phase == "talking" for c in calls()))
    shot("outcomes-default-size")
    form.more.setChecked(True)
    window.resize(window.minimumWidth(), 200)
    wait(300)
    shot("outcomes-minimum-size-more-options")
    form.more.setChecked(False)
    window.resize(520, 620)
    from calllauncher.ui.transfer_dialog import TransferDialog

    dialog = TransferDialog("050 123 4567", window.colleagues(), window.region, window)
    dialog.show()
    dialog.choice.setEditText("олен")
    wait(200)
    dialog.grab().save(str(out / f"transfer{suffix}.png"))
    dialog.close()
    # A second link while the first call is held: it waits in the list, with Cancel.
    pbx.inject(Fault.SLOW, delay=1.5, method="internal-number-to-external-number")
    window.dial_number("0441112233")
    window.dial_number("0679876543")
    wait(300)
    shot("second-call-waits")
    wait(8000, lambda: not parts.dialer.busy and not parts.dialer.queued)
    shell.history.add_favourite("0443334023", "Олена Коваленко")
    view = shell.open_history()
    wait(200)
    view.grab().save(str(out / f"history{suffix}.png"))
    view.close()
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("Передзвоніть: +380 67 123 45 67")
    shell.tray.rebuild()
    shell.tray.menu.adjustSize()
    shell.tray.menu.grab().save(str(out / f"tray-menu{suffix}.png"))
    parts.shutdown()  # closes the history too, after marking calls still live
    QCoreApplication.processEvents()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots"), *sys.argv[2:3]))
