"""The pre-Qt phase of a window launch: parse the command line, run the self-check, register
the link handler, and send this launch to the copy already running — or, once the
QApplication exists, listen for the launches after it.

Nothing heavy and no Qt at module level: a second launch (a clicked tel: link, the
dial-clipboard shortcut) must hand its message over and exit within a second. What follows
the handing-over is :func:`calllauncher.application.run`.
"""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import TYPE_CHECKING

from .services.handoff import instance_name, message_for_argv

if TYPE_CHECKING:
    from .application import LaunchArgs


def launch(argv: list[str]) -> int:
    args: LaunchArgs | None = plain_args(argv)
    if args is None:
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
    import gc

    # The window's start-up makes objects that live all day: no collection walks them
    # while it is made (~2.5 ms of them); application.run turns it back on for the GUI
    # thread's collector (services/collector.py), which takes over from the window's start.
    gc.disable()
    from .services.qt_import_hook import spare_our_modules

    spare_our_modules()  # before the window's modules load: PySide6 would read each one
    from .application import run as run_window

    return run_window(args, instance=name)


def plain_args(argv: list[str]) -> LaunchArgs | None:
    """What the parser makes of a plain window launch (no flags but --demo, --minimized,
    --dial-clipboard; at most a link), read as the hand-off reads it; None for anything
    else. Building the parser with its translated help cost ~4 ms of every start; a
    hand-off (which never loads PySide6, itself an argparse user) also saves importing
    argparse with gettext, ~1 ms."""
    if message_for_argv(argv) is None:
        return None
    words = [arg for arg in argv if not arg.startswith("-")]
    return SimpleNamespace(
        api_url=None,
        api_version=None,
        demo="--demo" in argv,
        minimized="--minimized" in argv,
        dial_clipboard="--dial-clipboard" in argv,
        register=False,
        unregister=False,
        self_check=False,
        link=words[0] if words else None,
    )


def _register(args: LaunchArgs) -> int:
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
