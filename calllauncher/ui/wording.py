"""Translated words for call kinds and states (the command line has its own English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..callstate import DIALLING, TALKING, WAITING, CallState, clock
from ..controller.calls import ANNOUNCE, BRIDGE, CALL, IVR


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Wording", text, None, n)


def kind_name(kind: str) -> str:
    return {
        CALL: _tr("Call"),
        BRIDGE: _tr("Two numbers"),
        ANNOUNCE: _tr("Announcement"),
        IVR: _tr("Voice menu"),
    }.get(kind, kind)


def outcome(disposition: str) -> str:
    return {
        "ANSWER": _tr("answered"),
        "TRANSFER": _tr("transferred"),
        "BUSY": _tr("busy"),
        "NOANSWER": _tr("no answer"),
        "CANCEL": _tr("cancelled"),
        "CONGESTION": _tr("network busy"),
        "CHANUNAVAIL": _tr("unreachable"),
        "FAILED": _tr("failed"),
        "VM": _tr("voicemail"),
        "VM-SUCCESS": _tr("voicemail left"),
    }.get(disposition, disposition.lower() or _tr("ended"))


def state_text(state: CallState, kind: str = CALL) -> str:
    if state.phase == WAITING:
        return _tr("starting…")
    if state.phase == DIALLING:
        return _tr("ringing your phone…") if kind == CALL else _tr("dialling…")
    if state.phase == TALKING:
        return _tr("talking {time}").format(time=clock(state.seconds))
    if state.answered:
        return _tr("ended: {outcome} {time}").format(
            outcome=outcome(state.disposition), time=clock(state.seconds)
        )
    return _tr("ended: {outcome}").format(outcome=outcome(state.disposition))
