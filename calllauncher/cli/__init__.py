"""``calllauncher COMMAND ...``: the same operations as the window, for scripts.

Exit codes: 0 ok, 1 the PBX refused, 2 usage or a bad number, 3 network or protocol
failure, 4 no credentials.
"""

from __future__ import annotations

import sys

from .parser import COMMANDS, command_parser, first_positional

__all__ = ["COMMANDS", "first_positional", "run"]


def run(argv: list[str]) -> int:
    from ..binotel import ApiError, BinotelError, ConfigError
    from ..phone import NumberError
    from ..services.credentials import CredentialError
    from .commands import Context, NotSignedIn, UsageError, dispatch

    args = command_parser().parse_args(argv)
    ctx = Context(args)
    try:
        return dispatch(ctx, args)
    except KeyboardInterrupt:
        return 130
    except (NumberError, UsageError, ConfigError) as exc:
        print(f"calllauncher: {exc}", file=sys.stderr)
        return 2
    except ApiError as exc:
        print(f"calllauncher: {exc.message} ({exc.details})", file=sys.stderr)
        return 1
    except BinotelError as exc:
        extra = f" ({exc.details})" if exc.details else ""
        print(f"calllauncher: {exc.message}{extra}", file=sys.stderr)
        return 3
    except (NotSignedIn, CredentialError) as exc:
        print(f"calllauncher: {exc}", file=sys.stderr)
        return 4
    finally:
        ctx.close()
