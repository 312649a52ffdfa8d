"""Every colour the app paints with, each a light/dark pair, in one place.

:mod:`..theme` builds the application palette from :data:`ROLES`; the style sheets
(:mod:`.styles`) take their colours from the other pairs, picking the half that matches
the palette in use (:func:`is_dark`), so a dark theme never gets a light-theme red.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QPalette


@dataclass(frozen=True, slots=True)
class Pair:
    light: str
    dark: str

    def pick(self, dark: bool) -> str:
        return self.dark if dark else self.light


_R = QPalette.ColorRole
ROLES: dict[QPalette.ColorRole, Pair] = {
    _R.Window: Pair("#f3f3f3", "#1f2124"),
    _R.WindowText: Pair("#1b1b1b", "#e6e6e6"),
    _R.Base: Pair("#ffffff", "#17181a"),
    _R.AlternateBase: Pair("#f6f7f9", "#24262a"),
    _R.Text: Pair("#1b1b1b", "#e6e6e6"),
    _R.Button: Pair("#f0f0f0", "#2b2e33"),
    _R.ButtonText: Pair("#1b1b1b", "#e6e6e6"),
    _R.ToolTipBase: Pair("#ffffdc", "#2b2e33"),
    _R.ToolTipText: Pair("#1b1b1b", "#e6e6e6"),
    _R.PlaceholderText: Pair("#6b6f76", "#9aa0a6"),
    _R.Highlight: Pair("#1565c0", "#3d7bd9"),
    _R.HighlightedText: Pair("#ffffff", "#ffffff"),
    _R.Link: Pair("#1565c0", "#8ab4f8"),
    _R.BrightText: Pair("#b3261e", "#ff6b6b"),
    _R.Light: Pair("#ffffff", "#3a3d42"),
    _R.Midlight: Pair("#e3e3e3", "#33363b"),
    _R.Mid: Pair("#b8b8b8", "#2a2c30"),
    _R.Dark: Pair("#9f9f9f", "#111214"),
    _R.Shadow: Pair("#767676", "#000000"),
}
DISABLED_TEXT = Pair("#a0a0a0", "#7a7f86")  # WindowText, Text, ButtonText when disabled

# Hint and reason text next to a field.
ERROR_TEXT = Pair("#b3261e", "#ff6b6b")
OK_TEXT = Pair("#2e7d32", "#81c784")
WARNING_TEXT = Pair("#8a5300", "#ffb74d")

# A finished call's outcome on its row: answered, busy, no answer, failed, and a call
# that came in and nobody took (missed: a colour of its own, a call to return, not a fault).
OUTCOME_TEXT: dict[str, Pair] = {
    "answered": Pair("#2e7d32", "#81c784"),
    "busy": Pair("#8a5300", "#ffb74d"),
    "no_answer": Pair("#455a64", "#b0bec5"),
    "failed": Pair("#b3261e", "#ff6b6b"),
    "missed": Pair("#a0306e", "#f48fb1"),
}

# My and my colleagues' presence (settings/list-of-employees' presenceState), as a dot.
PRESENCE: dict[str, Pair] = {
    "active": Pair("#2e7d32", "#66bb6a"),
    "work in crm": Pair("#1565c0", "#64b5f6"),
    "break in work": Pair("#b26a00", "#ffb74d"),
    "inactive": Pair("#757575", "#9e9e9e"),
}
# A colleague's line (endpointData.status): text and dot in the team panel and pickers.
LINE: dict[str, Pair] = {
    "online": Pair("#2e7d32", "#81c784"),
    "inuse": Pair("#b3261e", "#ff8a80"),
    "ringing": Pair("#8a5300", "#ffb74d"),
    "offline": Pair("#6b6f76", "#9aa0a6"),
}
UNKNOWN_STATE = Pair("#9e9e9e", "#757575")

# The one primary button of a window (Call, Save, Sign in).
PRIMARY = Pair("#1565c0", "#2f6fcf")
PRIMARY_HOVER = Pair("#1976d2", "#3d7bd9")
PRIMARY_FOCUS = Pair("#0d2f5a", "#8ab4f8")
PRIMARY_DISABLED = Pair("#90a4ae", "#4a5560")
PRIMARY_TEXT = Pair("#ffffff", "#ffffff")


@dataclass(frozen=True, slots=True)
class Frame:
    """A framed plain-sentence box (the banner, the sign-in answer)."""

    background: Pair
    edge: Pair
    text: Pair


FRAMES: dict[str, Frame] = {
    "ok": Frame(Pair("#e8f5e9", "#1e3a24"), Pair("#a5d6a7", "#2e6b3a"), Pair("#1b5e20", "#c8e6c9")),
    "error": Frame(
        Pair("#fdecea", "#3d1f1d"), Pair("#f5c2c0", "#7a2e2a"), Pair("#611a15", "#ffcdd2")
    ),
    "warning": Frame(
        Pair("#fff4e5", "#3b2c14"), Pair("#ffd59e", "#7a5a1e"), Pair("#663c00", "#ffe0b2")
    ),
    "info": Frame(
        Pair("#e8f4fd", "#17304a"), Pair("#b6dcf7", "#2b5d8c"), Pair("#0d3c61", "#cfe8fc")
    ),
}


def is_dark() -> bool:
    """Whether the palette in use is a dark one (ours, or the system's dark theme)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
