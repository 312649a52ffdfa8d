"""Light and dark themes, applied at once through the application palette (its colours:
:mod:`.widgets.palette`)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .widgets import palette, styles

_system_palette: QPalette | None = None


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    for role, pair in palette.ROLES.items():
        p.setColor(role, QColor(pair.pick(dark)))
    disabled = QColor(palette.DISABLED_TEXT.pick(dark))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_theme(theme: str) -> None:
    """ "dark" or "light" on the fly; anything else gives the system's palette back."""
    global _system_palette
    app = QGuiApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    if theme in ("dark", "light"):
        app.setPalette(_palette(theme == "dark"))
    else:
        app.setPalette(_system_palette)
    styles.restyle()  # sheets made for the other palette: made again
    # Widgets with a style sheet keep the palette they were polished with; re-polish them.
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
