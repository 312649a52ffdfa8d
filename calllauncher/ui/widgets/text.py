"""Secondary text and dialogs that fit their wrapped text."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from ..plain import PlainLabel


def note(text: str = "") -> QLabel:
    """Secondary text: dimmer, and still right when the theme changes (a palette role,
    not a fixed colour)."""
    label = PlainLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def fit_height(window: QWidget) -> None:
    """Give a dialog the height its wrapped text needs at its current width.

    Top-level windows are sized from sizeHint(), which ignores height-for-width, so
    wrapped labels get clipped (most visibly at 200 % scale); this asks the layout."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = max(window.width(), window.minimumWidth())
    height = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    window.resize(width, max(height, layout.totalMinimumSize().height()))
