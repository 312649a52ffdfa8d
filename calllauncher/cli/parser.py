"""The command line's grammar, exactly as in the design.

The window's options and the subcommands share global options. A first positional that
is not a subcommand is a link (``tel:...``) or number for the window, so the two grammars
are told apart before argparse runs.
"""

from __future__ import annotations

import argparse

from .. import __version__

COMMANDS = (
    "dial", "bridge", "announce", "ivr", "transfer", "hangup", "status",
    "employees", "voice-files", "login", "logout",
)  # fmt: skip
_TAKES_VALUE = ("--api-url", "--api-version")


def first_positional(argv: list[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _TAKES_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _globals(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--api-url", metavar="URL", help="API base before the version segment")
    parser.add_argument("--api-version", choices=("4.0", "2.0"), help="wire version")
    parser.add_argument(
        "--demo", action="store_true", help="use the built-in demo PBX, no account needed"
    )


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="calllauncher",
        description="Click-to-call for the Binotel PBX. Subcommands: " + ", ".join(COMMANDS),
    )
    _globals(parser)
    parser.add_argument("--minimized", action="store_true", help="start in the tray")
    parser.add_argument(
        "--dial-clipboard", action="store_true", help="dial the number in the clipboard at once"
    )
    parser.add_argument("--register", action="store_true", help="handle tel: and callto: links")
    parser.add_argument("--unregister", action="store_true", help="stop handling links")
    parser.add_argument("--self-check", action="store_true", help="check the installation")
    parser.add_argument("link", nargs="?", help="a tel:, callto: or sip: link, or a number")
    return parser


def command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="calllauncher")
    _globals(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    dial = sub.add_parser("dial", help="ring my extension, then the number")
    dial.add_argument("number")
    dial.add_argument("--ext", help="my extension (default: the one saved by login --ext)")
    dial.add_argument("--from", dest="company", metavar="COMPANY_NO", help="company number")
    dial.add_argument("--async", dest="async_", action="store_true", help="don't wait for pickup")
    dial.add_argument("--ring-time", type=int, metavar="S", help="seconds to ring my phone")
    dial.add_argument("--limit", type=int, metavar="S", help="cap on call length, seconds")
    dial.add_argument("--no-wait-message", action="store_true", help='no "please hold" message')
    dial.add_argument("--show-as", metavar="TEXT", help="what my phone shows instead")
    dial.add_argument("--follow", action="store_true", help="print each state until the end")

    bridge = sub.add_parser("bridge", help="connect two outside numbers")
    bridge.add_argument("number1")
    bridge.add_argument("number2")
    bridge.add_argument("--from", dest="company", metavar="COMPANY_NO")
    bridge.add_argument("--limit", type=int, metavar="S")
    bridge.add_argument("--no-wait-message", action="store_true")
    bridge.add_argument("--follow", action="store_true")

    announce = sub.add_parser("announce", help="call and play a recorded announcement")
    announce.add_argument("number")
    announce.add_argument("--voice-file", required=True, metavar="ID")
    announce.add_argument("--follow", action="store_true")

    ivr = sub.add_parser("ivr", help="call into a voice menu")
    ivr.add_argument("number")
    ivr.add_argument("--ivr", required=True, metavar="NAME")
    ivr.add_argument("--follow", action="store_true")

    transfer = sub.add_parser("transfer", help="transfer a call to a colleague or number")
    transfer.add_argument("call_id")
    transfer.add_argument("target")

    hangup = sub.add_parser("hangup", help="end a call")
    hangup.add_argument("call_id")

    status = sub.add_parser("status", help="show a call's state")
    status.add_argument("call_id")
    status.add_argument("--follow", action="store_true")

    sub.add_parser("employees", help="list employees and their extensions")
    sub.add_parser("voice-files", help="list voice files for announcements")

    login = sub.add_parser("login", help="sign in; the secret goes to the OS keyring")
    login.add_argument("--key", help="API key (asked for when missing)")
    login.add_argument("--ext", help="my extension, used when --ext is not given")

    sub.add_parser("logout", help="sign out and delete the secret from the keyring")
    return parser
