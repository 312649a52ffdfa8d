"""Light and dark themes, applied at once through the application palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_system_palette: QPalette | None = None


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    colours = (
        {
            role.Window: "#1f2124", role.WindowText: "#e6e6e6", role.Base: "#17181a",
            role.AlternateBase: "#24262a", role.Text: "#e6e6e6", role.Button: "#2b2e33",
            role.ButtonText: "#e6e6e6", role.ToolTipBase: "#2b2e33", role.ToolTipText: "#e6e6e6",
            role.PlaceholderText: "#9aa0a6", role.Highlight: "#3d7bd9",
            role.HighlightedText: "#ffffff", role.Link: "#8ab4f8", role.BrightText: "#ff6b6b",
            role.Light: "#3a3d42", role.Midlight: "#33363b", role.Mid: "#2a2c30",
            role.Dark: "#111214", role.Shadow: "#000000",
        }
        if dark
        else {
            role.Window: "#f3f3f3", role.WindowText: "#1b1b1b", role.Base: "#ffffff",
            role.AlternateBase: "#f6f7f9", role.Text: "#1b1b1b", role.Button: "#f0f0f0",
            role.ButtonText: "#1b1b1b", role.ToolTipBase: "#ffffdc", role.ToolTipText: "#1b1b1b",
            role.PlaceholderText: "#6b6f76", role.Highlight: "#1565c0",
            role.HighlightedText: "#ffffff", role.Link: "#1565c0", role.BrightText: "#b3261e",
            role.Light: "#ffffff", role.Midlight: "#e3e3e3", role.Mid: "#b8b8b8",
            role.Dark: "#9f9f9f", role.Shadow: "#767676",
        }
    )  # fmt: skip
    for r, colour in colours.items():
        p.setColor(r, QColor(colour))
    disabled = QColor("#7a7f86" if dark else "#a0a0a0")
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
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
    # Widgets with a style sheet keep the palette they were polished with; re-polish them.
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
