"""Which function runs each subcommand (the call commands and the live ones)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .commands import (
    Context,
    cmd_announce,
    cmd_bridge,
    cmd_dial,
    cmd_employees,
    cmd_hangup,
    cmd_ivr,
    cmd_login,
    cmd_logout,
    cmd_status,
    cmd_transfer,
    cmd_voice_files,
)
from .live import cmd_missed, cmd_watch, cmd_who
from .team import cmd_presence

HANDLERS: dict[str, Callable[[Context, argparse.Namespace], int]] = {
    "dial": cmd_dial,
    "bridge": cmd_bridge,
    "announce": cmd_announce,
    "ivr": cmd_ivr,
    "transfer": cmd_transfer,
    "hangup": cmd_hangup,
    "status": cmd_status,
    "employees": cmd_employees,
    "voice-files": cmd_voice_files,
    "login": cmd_login,
    "logout": cmd_logout,
    "missed": cmd_missed,
    "who": cmd_who,
    "watch": cmd_watch,
    "presence": cmd_presence,
}


def dispatch(ctx: Context, args: argparse.Namespace) -> int:
    return HANDLERS[args.command](ctx, args)
