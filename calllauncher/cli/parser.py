"""The command line's grammar, exactly as in the design.

The window's options and the subcommands share global options. A first positional that
is not a subcommand is a link (``tel:...``) or number for the window, so the two grammars
are told apart before argparse runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .. import __version__
from ..translation import translate

COMMANDS = (
    "dial", "bridge", "announce", "ivr", "transfer", "hangup", "status",
    "employees", "voice-files", "login", "logout", "missed", "who", "watch", "presence",
)  # fmt: skip
_TAKES_VALUE = ("--api-url", "--api-version")
# The window's spin boxes (ui/dialer_form.py) allow the same: 0 there means "no cap",
# which here is leaving --limit out.
RING_TIME = (5, 120)
LIMIT = (1, 4 * 3600)


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


def mistyped_command(word: str | None) -> str | None:
    """Why ``word`` (the first positional) is a usage error, or None if the window may take
    it. A word with no digit and no scheme is no link or number, so it is a command typed
    wrong (``dail``, ``employes``), not something to start the window with."""
    if not word or not word.strip() or ":" in word or any(ch.isdigit() for ch in word):
        return None
    import difflib  # only for a mistyped command, not on every launch

    close = difflib.get_close_matches(word.casefold(), COMMANDS, n=1, cutoff=0.6)
    if close:
        return translate(
            "Cli", "“{word}” is not a command, a link or a phone number. Did you mean “{command}”?"
        ).format(word=word, command=close[0])
    return translate(
        "Cli", "“{word}” is not a command, a link or a phone number. Commands: {commands}."
    ).format(word=word, commands=", ".join(COMMANDS))


def _seconds(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                translate("Cli", "give whole seconds from {low} to {high}, not {value}").format(
                    low=low, high=high, value=text
                )
            )
        return value

    return parse


def _globals(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--api-url", metavar="URL", help=translate("Cli", "API base before the version segment")
    )
    parser.add_argument(
        "--api-version", choices=("4.0", "2.0"), help=translate("Cli", "wire version")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "use the built-in demo PBX, no account needed"),
    )


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="calllauncher",
        description=translate(
            "Cli", "Click-to-call for the Binotel PBX. Subcommands: {commands}"
        ).format(commands=", ".join(COMMANDS)),
    )
    _globals(parser)
    parser.add_argument(
        "--minimized", action="store_true", help=translate("Cli", "start in the tray")
    )
    parser.add_argument(
        "--dial-clipboard",
        action="store_true",
        help=translate("Cli", "dial the number in the clipboard at once"),
    )
    parser.add_argument(
        "--register", action="store_true", help=translate("Cli", "handle tel: and callto: links")
    )
    parser.add_argument(
        "--unregister", action="store_true", help=translate("Cli", "stop handling links")
    )
    parser.add_argument(
        "--self-check", action="store_true", help=translate("Cli", "check the installation")
    )
    parser.add_argument(
        "link", nargs="?", help=translate("Cli", "a tel:, callto: or sip: link, or a number")
    )
    return parser


def command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="calllauncher")
    _globals(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    dial = sub.add_parser("dial", help=translate("Cli", "ring my extension, then the number"))
    dial.add_argument("number")
    dial.add_argument(
        "--ext", help=translate("Cli", "my extension (default: the one saved by login --ext)")
    )
    dial.add_argument(
        "--from", dest="company", metavar="COMPANY_NO", help=translate("Cli", "company number")
    )
    dial.add_argument(
        "--async",
        dest="async_",
        action="store_true",
        help=translate("Cli", "don't wait for pickup"),
    )
    dial.add_argument(
        "--ring-time",
        type=_seconds(*RING_TIME),
        metavar="S",
        help=translate("Cli", "seconds to ring my phone"),
    )
    dial.add_argument(
        "--limit",
        type=_seconds(*LIMIT),
        metavar="S",
        help=translate("Cli", "cap on call length, seconds"),
    )
    dial.add_argument(
        "--no-wait-message", action="store_true", help=translate("Cli", 'no "please hold" message')
    )
    dial.add_argument(
        "--show-as", metavar="TEXT", help=translate("Cli", "what my phone shows instead")
    )
    dial.add_argument(
        "--follow", action="store_true", help=translate("Cli", "print each state until the end")
    )

    bridge = sub.add_parser("bridge", help=translate("Cli", "connect two outside numbers"))
    bridge.add_argument("number1")
    bridge.add_argument("number2")
    bridge.add_argument("--from", dest="company", metavar="COMPANY_NO")
    bridge.add_argument("--limit", type=_seconds(*LIMIT), metavar="S")
    bridge.add_argument("--no-wait-message", action="store_true")
    bridge.add_argument("--follow", action="store_true")

    announce = sub.add_parser(
        "announce", help=translate("Cli", "call and play a recorded announcement")
    )
    announce.add_argument("number")
    announce.add_argument("--voice-file", required=True, metavar="ID")
    announce.add_argument("--follow", action="store_true")

    ivr = sub.add_parser("ivr", help=translate("Cli", "call into a voice menu"))
    ivr.add_argument("number")
    ivr.add_argument("--ivr", required=True, metavar="NAME")
    ivr.add_argument("--follow", action="store_true")

    transfer = sub.add_parser(
        "transfer", help=translate("Cli", "transfer a call to a colleague or number")
    )
    transfer.add_argument("call_id")
    transfer.add_argument("target")

    hangup = sub.add_parser("hangup", help=translate("Cli", "end a call"))
    hangup.add_argument("call_id")

    status = sub.add_parser("status", help=translate("Cli", "show a call's state"))
    status.add_argument("call_id")
    status.add_argument("--follow", action="store_true")

    sub.add_parser("employees", help=translate("Cli", "list employees and their extensions"))
    sub.add_parser("voice-files", help=translate("Cli", "list voice files for announcements"))

    login = sub.add_parser(
        "login", help=translate("Cli", "sign in; the secret goes to the OS keyring")
    )
    login.add_argument("--key", help=translate("Cli", "API key (asked for when missing)"))
    login.add_argument("--ext", help=translate("Cli", "my extension, used when --ext is not given"))

    sub.add_parser(
        "logout", help=translate("Cli", "sign out and delete the secret from the keyring")
    )

    missed = sub.add_parser("missed", help=translate("Cli", "today's missed calls to call back"))
    missed.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    who = sub.add_parser("who", help=translate("Cli", "a number's name and its last calls"))
    who.add_argument("number")
    who.add_argument("--limit", type=_seconds(1, 500), default=10, help=argparse.SUPPRESS)
    watch = sub.add_parser("watch", help=translate("Cli", "live company calls, one line each"))
    watch.add_argument("--count", type=_seconds(1, 1_000_000), default=0, help=argparse.SUPPRESS)
    watch.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    presence = sub.add_parser("presence", help=translate("Cli", "my status: show it, or set it"))
    presence.add_argument("state", nargs="?", choices=("available", "crm", "break", "away"))
    presence.add_argument(
        "--ext", help=translate("Cli", "my extension (default: the one saved by login --ext)")
    )
    return parser
