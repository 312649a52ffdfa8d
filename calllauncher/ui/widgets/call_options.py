"""The call options' fields, the same in the dialer's "More options" and in Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox

# What the PBX accepts: ring time in seconds, and the longest call (0: no limit).
RING_TIME_RANGE = (5, 120)
LIMIT_RANGE = (0, 4 * 3600)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallOptions", text)


def ring_time_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(*RING_TIME_RANGE)
    box.setSuffix(_tr(" s"))
    return box


def limit_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(*LIMIT_RANGE)
    box.setSingleStep(60)
    box.setSuffix(_tr(" s"))
    box.setSpecialValueText(_tr("No limit"))
    return box


def playback_box() -> QCheckBox:
    return QCheckBox(_tr('Play "please hold, connecting"'))


def show_as_field() -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(_tr("The customer's number"))
    return field


def async_box() -> QCheckBox:
    return QCheckBox(_tr("Don't wait for me to pick up"))
