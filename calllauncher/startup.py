"""Starting the window, or handing this launch to the copy already running.

Runs before anything heavy is imported: a second launch (a clicked tel: link, the
dial-clipboard shortcut) must hand its message over and exit within a second.
"""

from __future__ import annotations

import argparse
import sys


def instance_name(demo: bool) -> str | None:
    from .services import paths
    from .services.single_instance import server_name

    # The demo is its own copy: trying it never takes over a signed-in window. None: no
    # private folder for the socket (logged), so this launch runs alone.
    return server_name(paths.config_dir() / "demo" if demo else None)


def launch(argv: list[str]) -> int:
    from .cli.parser import gui_parser

    args = gui_parser().parse_args(argv)
    if args.self_check:
        from .selfcheck import run

        return run()
    if args.register or args.unregister:
        return _register(args)
    from .services.single_instance import forward, message_for

    name = instance_name(args.demo)
    message = message_for(args.link, dial_clipboard=args.dial_clipboard, minimized=args.minimized)
    if name is not None and forward(message, name=name):
        return 0
    from .app import run_app

    return run_app(args, instance=name)


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
