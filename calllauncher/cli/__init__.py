"""``calllauncher COMMAND ...``: the same operations as the window, for scripts.

Exit codes: 0 ok, 1 the PBX refused, 2 usage or a bad number, 3 network or protocol
failure, 4 no credentials. Messages are in the app's language (``translation.py``), with
no QApplication: the command line loads its own translator.
"""

from __future__ import annotations

import os
import sys

from .parser import COMMANDS, command_parser, first_positional

__all__ = ["COMMANDS", "first_positional", "run"]


def run(argv: list[str]) -> int:
    from ..translation import reset_headless, use_headless

    use_headless()
    try:
        return _run(argv)
    except BrokenPipeError:
        # The reader left (``| head -1``): it had what it wanted; the call, if one was
        # started, goes on. stdout now goes nowhere, so the final flush is quiet too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0
    finally:
        reset_headless()


def _run(argv: list[str]) -> int:
    from ..binotel import ApiError, BinotelError, ConfigError
    from ..phone import NumberError
    from ..services.credentials import CredentialError
    from ..wording.failures import describe
    from ..wording.numbers import reason_text
    from ..wording.sign_in import keyring_sentence
    from .commands import Context, NotListed, NotSignedIn, UsageError
    from .handlers import dispatch

    args = command_parser().parse_args(argv)
    ctx = Context(args)
    try:
        return dispatch(ctx, args)
    except KeyboardInterrupt:
        return 130
    except NumberError as exc:
        return _fail(reason_text(exc), 2)
    except (UsageError, ConfigError) as exc:
        return _fail(str(exc), 2)
    except BinotelError as exc:
        failure = describe(exc)
        extra = f" ({failure.details})" if failure.details else ""
        return _fail(failure.sentence + extra, 1 if isinstance(exc, ApiError) else 3)
    except CredentialError as exc:
        return _fail(keyring_sentence(exc), 4)
    except NotSignedIn as exc:
        return _fail(str(exc), 4)
    except NotListed as exc:
        return _fail(str(exc), 3)
    finally:
        ctx.close()


def _fail(message: str, code: int) -> int:
    from .printable import printable

    print(f"calllauncher: {printable(message)}", file=sys.stderr)  # may quote the PBX
    return code
