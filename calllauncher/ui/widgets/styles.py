"""Style sheets shared by the views: hint colours, the primary button, framed messages."""

from __future__ import annotations

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #2e7d32;"
PRIMARY_STYLE = (
    "QPushButton#primary { background: #1565c0; color: white; border: none; border-radius: 6px;"
    " font-weight: 600; padding: 6px 18px; }"
    "QPushButton#primary:hover { background: #1976d2; }"
    "QPushButton#primary:focus { border: 2px solid #0d2f5a; }"
    "QPushButton#primary:disabled { background: #90a4ae; }"
)

# One palette for every plain-sentence box (this banner, the sign-in answer box).
COLOURS = {
    "ok": ("#e8f5e9", "#a5d6a7", "#1b5e20"),
    "error": ("#fdecea", "#f5c2c0", "#611a15"),
    "warning": ("#fff4e5", "#ffd59e", "#663c00"),
    "info": ("#e8f4fd", "#b6dcf7", "#0d3c61"),
}


def framed_style(object_name: str, kind: str) -> str:
    """The style sheet for a QFrame named ``object_name`` showing a message of ``kind``."""
    bg, edge, fg = COLOURS.get(kind, COLOURS["error"])
    return (
        f"QFrame#{object_name} {{ background: {bg}; border: 1px solid {edge}; "
        f"border-radius: 6px; }} QFrame#{object_name} QLabel {{ color: {fg}; }}"
    )
