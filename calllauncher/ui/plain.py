"""Text from outside (a PBX's message, a link, a name in the employee list) shown as typed.

A QLabel left at Qt's AutoText guesses: a string that starts like a tag is rendered as
HTML, so a link's text could paint a red "Account suspended!" heading or load a local
image into the window. Every label of the app is made with :class:`PlainLabel`; tool tips
and desktop notifications, which have no text-format switch, go through the helpers here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from .widgets.props import set_props


class PlainLabel(QLabel):
    """A QLabel that never interprets its text (mnemonics with a buddy still work)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_props(self, textFormat="PlainText")  # not Qt.TextFormat: see widgets/props
        self.setText(text)


# html.escape's table, without importing html (and its entity tables) at start-up.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def _escape(text: str) -> str:
    return text.translate(_ESCAPES)


def plain_tooltip(text: str) -> str:
    """``text`` for setToolTip, shown literally: tool tips decide rich or plain text by
    looking at the string, so it is escaped and explicitly marked rich."""
    if not text:
        return ""
    return "<qt>" + _escape(text).replace("\n", "<br>") + "</qt>"


def plain_notification(text: str) -> str:
    """``text`` for a desktop notification. Some notification servers read the body as
    markup and nothing says which; without angle brackets there is no tag to read."""
    return text.replace("<", "‹").replace(">", "›")
