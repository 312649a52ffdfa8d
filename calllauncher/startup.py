"""The pre-Qt phase of a window launch: parse the command line, run the self-check, register
the link handler, and send this launch to the copy already running — or, once the
QApplication exists, listen for the launches after it.

Nothing heavy and no Qt at module level: a second launch (a clicked tel: link, the
dial-clipboard shortcut) must hand its message over and exit within a second. What follows
the handing-over is :func:`calllauncher.application.run`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

from .services.handoff import instance_name


def launch(argv: list[str]) -> int:
    from .cli.parser import gui_parser

    args = gui_parser().parse_args(argv)
    if args.self_check:
        from .selfcheck import run as self_check

        return self_check()
    if args.register or args.unregister:
        return _register(args)
    from .services.handoff import hand_over
    from .services.instance_protocol import message_for

    name = instance_name(args.demo)
    message = message_for(args.link, dial_clipboard=args.dial_clipboard, minimized=args.minimized)
    if hand_over(message, args.demo):
        return 0
    from .application import run as run_window

    return run_window(args, instance=name)


def _register(args: argparse.Namespace) -> int:
    from .services import desktop

    try:
        result = desktop.register() if args.register else desktop.unregister()
    except desktop.DesktopError as exc:
        print(f"calllauncher: {exc.reason}", file=sys.stderr)
        return 1
    print(result.message)
    for warning in result.warnings:
        print(f"calllauncher: {warning}", file=sys.stderr)
    return 0
