"""Qt enum values by name, for the widgets built before the first frame.

The first use of ``PySide6.QtCore.Qt`` makes a Python enum class for every one of its
~100 enums at once (~10 ms, an eighth of the app's start-up; benchmarks/README.md). What
is built before the first frame sets such values as Qt properties by their key names
("NoFocus", "AlignRight|AlignVCenter"), which Qt converts itself, and never touches
``Qt``; code that runs later (key handling, menus) uses ``Qt`` as usual, made by then by
what follows the first frame.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole (roles are plain ints to item views)


def set_props(target: QObject, **values: object) -> None:
    """``target``'s Qt properties, enum and flag values by key name; a name or key that
    is wrong raises (Qt would otherwise add a dynamic property and go on silently).

    Also for ``shortcut``: ``setShortcut`` is overloaded with ``Qt.Key``, and choosing
    between the overloads makes ``Qt``."""
    for name, value in values.items():
        if not target.setProperty(name, value):
            raise ValueError(f"{type(target).__name__}: no property {name} = {value!r}")
