"""``presence``: my status (available, in CRM, on a break, away), read or set, for a
script at the start and end of a shift."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..binotel.models import PRESENCE_ACTIVE, PRESENCE_BREAK, PRESENCE_IN_CRM, PRESENCE_INACTIVE
from ..translation import translate
from ..wording.team import presence_choice
from .commands import UsageError
from .printable import printable

if TYPE_CHECKING:
    from .commands import Context

# The words a script types, and the PBX's states (settings/change-employee-presence-state).
STATES = {
    "available": PRESENCE_ACTIVE,
    "crm": PRESENCE_IN_CRM,
    "break": PRESENCE_BREAK,
    "away": PRESENCE_INACTIVE,
}


def cmd_presence(ctx: Context, args: argparse.Namespace) -> int:
    ext = args.ext or ctx.account().extension
    if not ext:
        raise UsageError(
            translate(
                "Cli",
                "Whose status? Give --ext, or save yours with `calllauncher login --ext EXT`.",
            )
        )
    client = ctx.client()
    me = next(
        (e for e in client.settings.list_of_employees() if e.extension == ext and e.has_user),
        None,
    )
    if me is None:
        raise UsageError(
            translate("Cli", "No employee has extension {ext}, so it has no status.").format(
                ext=ext
            )
        )
    state = me.presence_state
    if args.state is not None:
        state = STATES[args.state]
        client.settings.change_employee_presence_state(me.employee_id, state)
    print(printable(f"{ext}  {presence_choice(state)}"), flush=True)
    return 0
