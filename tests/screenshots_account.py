"""Render the welcome, sign-in (each answer) and settings to PNG:
``python -m tests.screenshots_account OUT_DIR [SCALE]``.

Offscreen, against the simulated PBX in this process, with an in-memory keyring (the
user's own keyring is never touched); run at scale 2 to check a HiDPI layout.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = Path(tempfile.mkdtemp(prefix="calllauncher-account-shots-"))
os.environ["CALLLAUNCHER_CONFIG_DIR"] = str(_tmp / "config")
os.environ["CALLLAUNCHER_DATA_DIR"] = str(_tmp / "data")
os.environ["CALLLAUNCHER_SYSTEM_CONFIG"] = str(_tmp / "system" / "calllauncher.ini")
os.environ.pop("CALLLAUNCHER_API_URL", None)

OFFICE = """\
[numbers]
company=0443334023, 0675550101, 0800300123
ivrNames=main, support, Головне меню
[call]
ringTime=25
"""


def main(out: Path, scale: str = "1") -> int:
    os.environ["QT_SCALE_FACTOR"] = scale
    import keyring
    import keyring.backends.fail
    import keyring.errors
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from calllauncher.app import build
    from calllauncher.fakepbx import FakePBX, Fault
    from calllauncher.ui.theme import apply_theme
    from tests.support.account import closed_port, fill
    from tests.support.memory_keyring import MemoryKeyring
    from tests.support.scripted_keyring import ScriptedKeyring
    from tests.support.tls import TlsFront
    from tests.support.values import KEY, SECRET

    _app = QApplication([])  # kept referenced for the whole run
    from calllauncher.ui.i18n import install_translators

    install_translators(_app)  # CALLLAUNCHER_LANGUAGE=uk: the shots in Ukrainian
    keyring.set_keyring(MemoryKeyring())
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if scale == "1" else f"@{scale}x"

    from tests.support.screenshot_tools import wait

    def shot(widget: QWidget, name: str) -> None:
        wait(120)
        widget.grab().save(str(out / f"{name}{suffix}.png"))

    pbx = FakePBX(key=KEY, secret=SECRET, time_scale=0.2).start()
    front = TlsFront(pbx.port, _tmp / "tls")
    parts = build()
    window, flows = parts.window, parts.flows
    window.show()
    wait(3000, lambda: flows.welcome is not None)
    assert flows.welcome is not None
    shot(flows.welcome, "welcome")
    flows.welcome.reject()

    dialog = flows.open_sign_in()
    shot(dialog, "sign-in-empty")
    dialog.test_connection()
    shot(dialog, "sign-in-missing-fields")

    def answer(name: str, *, secret: str = SECRET, url: str = pbx.url, advanced: bool = False):
        fill(dialog, key=KEY, secret=secret, url=url)
        dialog.advanced.setChecked(advanced)
        dialog._edited()
        dialog.test_connection()
        wait(8000, lambda: dialog.answer.kind in ("ok", "error"))
        shot(dialog, name)

    answer("sign-in-wrong-secret", secret="not-the-secret")
    pbx.inject(Fault.HTTP_403, method="list_of_employees")
    answer("sign-in-ip-refused")
    answer("sign-in-no-network", url=f"http://127.0.0.1:{closed_port()}/api/", advanced=True)
    answer("sign-in-certificate", url=front.url, advanced=True)
    answer("sign-in-ok")
    dialog.extension.setCurrentIndex(dialog.extension.findData("902"))
    shot(dialog, "sign-in-ok")

    for name, backend in (
        ("sign-in-no-keyring", keyring.backends.fail.Keyring()),
        (
            "sign-in-keyring-locked",
            ScriptedKeyring(keyring.errors.KeyringLocked("locked"), writes_failing=10**6),
        ),
    ):
        keyring.set_keyring(backend)
        dialog.save()
        wait(5000, lambda: dialog.answer.kind == "warning")
        shot(dialog, name)
    keyring.set_keyring(MemoryKeyring())
    dialog.save()
    wait(5000, lambda: flows.sign_in_dialog is None)
    wait(5000, lambda: bool(window.employees))

    system = Path(os.environ["CALLLAUNCHER_SYSTEM_CONFIG"])
    system.parent.mkdir(parents=True, exist_ok=True)
    system.write_text(OFFICE, "utf-8")
    window.settings.__init__()  # type: ignore[misc]  # re-read, now with the office file
    settings = flows.open_settings()
    for index, name in enumerate(("settings-calls", "settings-numbers", "settings-app")):
        settings.tabs.setCurrentIndex(index)
        shot(settings, name)
    settings.company.entry.setText("0800-FLOWERS")
    settings.tabs.setCurrentIndex(1)
    settings.company.add()
    shot(settings, "settings-numbers-bad")
    settings.reject()

    flows.menu.popup(window.mapToGlobal(window.rect().topLeft()))
    shot(flows.menu, "menu")
    flows.menu.hide()

    apply_theme("dark")
    settings = flows.open_settings()
    shot(settings, "settings-calls-dark")
    settings.reject()
    shot(window, "window-dark")
    apply_theme("system")

    parts.shutdown()
    front.close()
    pbx.stop()
    QCoreApplication.processEvents()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots"), *sys.argv[2:3]))
