"""Keys the windows read the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


def is_plain_enter(event: QKeyEvent) -> bool:
    """Enter or Return with no modifier (the keypad's Enter counts as plain)."""
    from PySide6.QtCore import Qt  # a key was pressed: after the first frame (widgets/props)

    plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not plain
