"""Style sheets shared by the views: hint colours, the primary button, framed messages.

Each is made for the palette in use (:func:`.palette.is_dark`). Set them with
:func:`apply`, which remembers how the sheet was made, so :func:`restyle` (called by
:func:`..theme.apply_theme`) repaints every such widget when the theme changes.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from . import palette

Recipe = Callable[[bool], str]  # dark -> style sheet

_recipes: weakref.WeakKeyDictionary[QWidget, Recipe] = weakref.WeakKeyDictionary()


def error_style(dark: bool) -> str:
    return f"color: {palette.ERROR_TEXT.pick(dark)};"


def ok_style(dark: bool) -> str:
    return f"color: {palette.OK_TEXT.pick(dark)};"


def warning_style(dark: bool) -> str:
    return f"color: {palette.WARNING_TEXT.pick(dark)};"


def outcome_style(outcome: str) -> Recipe:
    """A finished call's state, in its outcome's colour (see ``palette.OUTCOME_TEXT``)."""

    def recipe(dark: bool) -> str:
        pair = palette.OUTCOME_TEXT.get(outcome, palette.OUTCOME_TEXT["failed"])
        return f"color: {pair.pick(dark)}; font-weight: 600;"

    return recipe


def plain_style(_dark: bool) -> str:
    return ""


def primary_style(dark: bool) -> str:
    return (
        f"QPushButton#primary {{ background: {palette.PRIMARY.pick(dark)}; "
        f"color: {palette.PRIMARY_TEXT.pick(dark)}; border: none; border-radius: 6px;"
        " font-weight: 600; padding: 6px 18px; }"
        f"QPushButton#primary:hover {{ background: {palette.PRIMARY_HOVER.pick(dark)}; }}"
        f"QPushButton#primary:focus {{ border: 2px solid {palette.PRIMARY_FOCUS.pick(dark)}; }}"
        f"QPushButton#primary:disabled {{ background: {palette.PRIMARY_DISABLED.pick(dark)}; }}"
    )


def framed(object_name: str, kind: str) -> Recipe:
    """The recipe for a QFrame named ``object_name`` showing a message of ``kind``."""

    def recipe(dark: bool) -> str:
        frame = palette.FRAMES.get(kind, palette.FRAMES["error"])
        return (
            f"QFrame#{object_name} {{ background: {frame.background.pick(dark)}; "
            f"border: 1px solid {frame.edge.pick(dark)}; border-radius: 6px; }} "
            f"QFrame#{object_name} QLabel {{ color: {frame.text.pick(dark)}; }}"
        )

    return recipe


def apply(widget: QWidget, recipe: Recipe) -> None:
    """Style ``widget`` for the palette in use, and again whenever the theme changes."""
    _recipes[widget] = recipe
    widget.setStyleSheet(recipe(palette.is_dark()))


def restyle() -> None:
    dark = palette.is_dark()
    for widget, recipe in list(_recipes.items()):
        try:
            widget.setStyleSheet(recipe(dark))
        except RuntimeError:  # its C++ side is gone (a closed dialog)
            _recipes.pop(widget, None)
