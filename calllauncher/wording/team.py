"""Words of the team: my presence as a choice, a colleague's line state, and why a change
of presence did not happen (Qt Core only)."""

from __future__ import annotations

from ..binotel.models import (
    LINE_IN_USE,
    LINE_OFFLINE,
    LINE_ONLINE,
    LINE_RINGING,
    PRESENCE_ACTIVE,
    PRESENCE_BREAK,
    PRESENCE_IN_CRM,
    PRESENCE_INACTIVE,
)
from ..translation import translate


def presence_choice(state: str) -> str:
    """My presence as the status control and the tray's "My status" name it."""
    return {
        PRESENCE_ACTIVE: translate("Team", "Available"),
        PRESENCE_IN_CRM: translate("Team", "In CRM"),
        PRESENCE_BREAK: translate("Team", "On a break"),
        PRESENCE_INACTIVE: translate("Team", "Away"),
    }.get(state, translate("Team", "Status unknown"))


def line_state_text(status: str) -> str:
    """A colleague's line, every state named (the team panel's column); "" for none."""
    return {
        LINE_ONLINE: translate("Team", "online"),
        LINE_IN_USE: translate("Wording", "on a call"),
        LINE_RINGING: translate("Wording", "ringing"),
        LINE_OFFLINE: translate("Wording", "phone offline"),
    }.get(status, status)


def presence_failed(reason: str) -> str:
    """A change of my presence that did not happen, with the failure's own sentence."""
    return translate("Team", "Your status was not changed. {reason}").format(reason=reason)


def no_extension() -> str:
    return translate(
        "Team",
        "Your status was not changed. Choose your extension first: the status belongs to "
        "the employee on that line.",
    )


def no_employee(extension: str) -> str:
    return translate(
        "Team",
        "Your status was not changed. Extension {extension} is not linked to an employee "
        "on the PBX, so it has no status to set.",
    ).format(extension=extension)


def line_warning(status: str) -> str:
    """Said under the transfer picker when the colleague chosen can't take a call now."""
    if status == LINE_OFFLINE:
        return translate("Team", "This colleague's phone is offline: the call may not reach it.")
    if status in (LINE_IN_USE, LINE_RINGING):
        return translate("Team", "This colleague is on another call right now.")
    return ""
