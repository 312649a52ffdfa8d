"""Why a global hotkey is not in effect, as one plain sentence (services/hotkeys says the
fact: a :class:`~calllauncher.services.hotkeys.common.Problem`)."""

from __future__ import annotations

from ..services.hotkeys.common import (
    BAD_KEY,
    DIAL_CLIPBOARD,
    NO_DISPLAY,
    NO_MODIFIER,
    NO_PORTAL,
    REFUSED,
    SHOW_DIALER,
    TAKEN,
    UNSUPPORTED,
    Problem,
)
from ..translation import translate

COMMAND = "calllauncher --dial-clipboard"


def action_name(action: str) -> str:
    if action == DIAL_CLIPBOARD:
        return translate("Hotkeys", "Dial the copied number")
    if action == SHOW_DIALER:
        return translate("Hotkeys", "Show the dialer")
    return action


def fallback() -> str:
    """The documented way that works everywhere: a desktop shortcut running the command."""
    return translate(
        "Hotkeys",
        "Instead, add a keyboard shortcut in your desktop's settings that runs "
        "“{command}” (GNOME: Settings ▸ Keyboard ▸ Custom Shortcuts; KDE: System "
        "Settings ▸ Shortcuts).",
    ).format(command=COMMAND)


def problem_sentence(problem: Problem) -> str:
    keys, action = problem.sequence, action_name(problem.action)
    if problem.kind == TAKEN:
        return translate(
            "Hotkeys", "{keys} ({action}) is already used by another program; choose other keys."
        ).format(keys=keys, action=action)
    if problem.kind == BAD_KEY:
        return translate("Hotkeys", "{keys} ({action}) can't be used as a global shortcut.").format(
            keys=keys, action=action
        )
    if problem.kind == NO_MODIFIER:
        return translate(
            "Hotkeys", "{keys} ({action}) needs Ctrl, Alt or the Windows key with it."
        ).format(keys=keys, action=action)
    if problem.kind == NO_PORTAL:
        return (
            translate("Hotkeys", "This desktop does not let apps set a global shortcut.")
            + " "
            + fallback()
        )
    if problem.kind == REFUSED:
        return (
            translate("Hotkeys", "The desktop did not allow CallLauncher's global shortcuts.")
            + " "
            + fallback()
        )
    if problem.kind in (NO_DISPLAY, UNSUPPORTED):
        return translate("Hotkeys", "Global shortcuts can't be set up here.") + " " + fallback()
    return (
        translate("Hotkeys", "The global shortcut {keys} could not be set up.").format(
            keys=keys or "—"
        )
        + " "
        + fallback()
    )


def problem_sentences(problems: list[Problem]) -> list[str]:
    """One sentence per problem, each said once (two hotkeys refused alike: one sentence)."""
    seen: list[str] = []
    for problem in problems:
        sentence = problem_sentence(problem)
        if sentence not in seen:
            seen.append(sentence)
    return seen
