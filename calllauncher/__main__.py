"""Entry point: subcommands run headless; anything else starts (or reaches) the window.

Kept tiny: the window's start-up time begins here, so nothing heavy is imported until
we know which of the two is wanted.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # A link or the shortcut while a copy runs: hand it over before importing Qt at all.
    from .services.handoff import fast_path, message_for_argv

    if fast_path(argv):
        return 0
    if message_for_argv(argv) is None:  # else a plain window launch: no command in it
        from .cli.parser import COMMANDS, first_positional, mistyped_command

        word = first_positional(argv)
        if word in COMMANDS:
            from .cli import run

            return run(argv)
        mistake = mistyped_command(word)
        if mistake is not None:
            print(f"calllauncher: {mistake}", file=sys.stderr)
            return 2
    from .startup import launch

    return launch(argv)


if __name__ == "__main__":
    sys.exit(main())
