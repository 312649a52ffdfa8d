"""The call options' fields, the same in the dialer's "More options" and in Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox

# What the PBX accepts: ring time in seconds, and the longest call (0: no limit).
RING_TIME_RANGE = (5, 120)
LIMIT_RANGE = (0, 4 * 3600)


def ring_time_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(*RING_TIME_RANGE)
    box.setSuffix(QCoreApplication.translate("CallOptions", " s"))
    return box


def limit_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(*LIMIT_RANGE)
    box.setSingleStep(60)
    box.setSuffix(QCoreApplication.translate("CallOptions", " s"))
    box.setSpecialValueText(QCoreApplication.translate("CallOptions", "No limit"))
    return box


def playback_box() -> QCheckBox:
    return QCheckBox(QCoreApplication.translate("CallOptions", 'Play "please hold, connecting"'))


def show_as_field() -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(QCoreApplication.translate("CallOptions", "The customer's number"))
    return field


def async_box() -> QCheckBox:
    return QCheckBox(QCoreApplication.translate("CallOptions", "Don't wait for me to pick up"))
