"""macOS: the LaunchAgent that starts the app at login; links belong to the app bundle."""

from __future__ import annotations

import plistlib
import sys
from collections.abc import Sequence
from pathlib import Path

from ...translation import translate
from .common import APP_ID, DesktopError, DesktopResult, _remove, _run_tool


def launch_agent_path(home: Path) -> Path:
    return home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
    )


def _mac_set_login(enabled: bool, command: list[str], home: Path) -> None:
    path = launch_agent_path(home)
    if not enabled:
        _remove(path)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(launch_agent(command))
    except OSError as exc:
        raise DesktopError(
            translate("Desktop", "Can't write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc


def _mac_bundle() -> Path | None:
    executable = Path(sys.executable).resolve()
    for parent in executable.parents:
        if parent.suffix == ".app":
            return parent
    return None


def _mac_register() -> DesktopResult:
    bundle = _mac_bundle() if getattr(sys, "frozen", False) else None
    if bundle is None:
        return DesktopResult(
            translate(
                "Desktop",
                "On macOS, links are handled by the CallLauncher app; this copy runs from "
                "Python, so it can't be chosen for tel: links.",
            ),
            (translate("Desktop", "Install the CallLauncher app to handle links."),),
        )
    lsregister = (
        "/System/Library/Frameworks/CoreServices.framework/Frameworks/"
        "LaunchServices.framework/Support/lsregister"
    )
    warnings: tuple[str, ...] = ()
    if Path(lsregister).exists():
        ok, why = _run_tool(lsregister, "-f", str(bundle))
        warnings = () if ok else (why,)
    return DesktopResult(
        translate(
            "Desktop",
            "CallLauncher can now open tel: and callto: links: choose it in FaceTime ▸ "
            "Settings ▸ Default for calls.",
        ),
        warnings,
    )
