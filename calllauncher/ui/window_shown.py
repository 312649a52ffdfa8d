"""One event filter per window saying when it is shown or hidden, shared by its parts.

A Python event filter on a window is called for every event the window gets: each paint
of anything in it, and the release of a click on Call, before the click is delivered
(the button's repaint paints the window under it). Each call from Qt into Python costs a
few microseconds, so the parts that follow the window's visibility (the team's presence,
the live feed and the timeline) listen to one filter instead of each installing its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

_NAME = "windowShown"
_SHOW = QEvent.Type.Show
_HIDE = QEvent.Type.Hide


class WindowShown(QObject):
    """``changed(True)`` on the window's Show event, ``changed(False)`` on its Hide (a Hide
    also arrives while the window is being destroyed: slots read nothing from it)."""

    changed = Signal(bool)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _SHOW:
            self.changed.emit(True)
        elif kind == _HIDE:
            self.changed.emit(False)
        return False


def of(window: QWidget) -> WindowShown:
    """The window's one :class:`WindowShown`, installed on first use."""
    found = window.findChild(WindowShown, _NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, WindowShown):
        return found
    watch = WindowShown(window)
    watch.setObjectName(_NAME)
    window.installEventFilter(watch)
    return watch
