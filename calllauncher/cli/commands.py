"""What each subcommand does. Output: results on stdout, messages on stderr."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .. import callstate, phone
from ..binotel import RateLimitError
from ..controller.calls import (
    ANNOUNCE,
    BRIDGE,
    CALL,
    IVR,
    CallRequest,
    call_defaults,
    start_call,
)
from ..controller.form import request_from_defaults
from ..services.account import Account, demo_account, load_account, sign_in, sign_out
from ..services.credentials import KeyringStore
from ..services.setting_checks import checked_region, checked_version
from ..services.settings import AppSettings, Key
from ..translation import Context as Catalogue
from ..translation import translate
from ..wording.calls import cli_state_text
from .printable import printable

if TYPE_CHECKING:
    from ..binotel import CallStarted, Client
    from ..fakepbx import FakePBX

Cli = Catalogue("Cli")  # for counts; lupdate takes the name as the context
UNLISTED_LIMIT = 60.0
"""Seconds ``--follow`` waits for the PBX to list a call before it gives up (exit 3)."""


class UsageError(Exception):
    pass


class NotSignedIn(Exception):
    pass


class NotListed(Exception):
    """The PBX never listed the call being followed."""


class Context:
    """Settings, account and a lazily built client for one command."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.settings = AppSettings()
        self.store = KeyringStore()
        self._client: Client | None = None
        self._pbx: FakePBX | None = None

    @property
    def region(self) -> str:
        # No default here, unlike the window: a script sees no "→ +380 …" preview, and a
        # number read in the wrong country rings the wrong person.
        region, problem = checked_region(self.settings)
        if problem:
            raise UsageError(
                problem
                + " "
                + translate("Cli", "Fix it (a two-letter code such as UA) to dial from here.")
            )
        return region

    def account(self) -> Account:
        """The account to use; a setting that can't be used is a usage error (exit 2)
        before the keyring or the network is touched."""
        if self.args.demo:
            from ..demo import DEMO_EXTENSION, start_demo_pbx

            if self._pbx is None:
                self._pbx = start_demo_pbx()
            return demo_account(self._pbx.url, DEMO_EXTENSION)
        _, problem = checked_version(self.settings, self.args.api_version)
        if problem:
            raise UsageError(problem + " " + translate("Cli", "Fix it, or give --api-version."))
        account = load_account(
            self.settings, api_url=self.args.api_url, api_version=self.args.api_version
        )
        refusal = account.refusal()
        if refusal:
            raise UsageError(refusal)
        return account

    def client(self) -> Client:
        if self._client is None:
            account = self.account()
            self._client = account.client(self._secret(account))
        return self._client

    def _secret(self, account: Account) -> str:
        if account.demo:
            from ..demo import DEMO_SECRET

            return DEMO_SECRET
        if not account.key:
            raise NotSignedIn(translate("Cli", "Not signed in. Run `calllauncher login` first."))
        secret = self.store.load(account.key)
        if not secret:
            raise NotSignedIn(
                translate(
                    "Cli",
                    "No secret for this API key in the keyring. Run `calllauncher login`.",
                )
            )
        return secret

    def number(
        self, text: str, *, allow_extension: bool = False, allow_emergency: bool = False
    ) -> str:
        return phone.normalize(
            text, self.region, allow_extension=allow_extension, allow_emergency=allow_emergency
        ).digits

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._pbx is not None:
            self._pbx.stop()


def _out(text: str) -> None:
    print(printable(text), flush=True)  # names, ids and states come from the PBX


def _started(ctx: Context, started: CallStarted, follow: bool) -> int:
    if started.general_call_id:
        _out(started.general_call_id)
    else:
        _out(translate("Cli", "call started (the PBX gave no call id)"))
        return 0
    if follow:
        return _follow(ctx, started.general_call_id)
    return 0


def _follow(ctx: Context, call_id: str, sleep: Callable[[float], None] = time.sleep) -> int:
    client = ctx.client()
    started = time.monotonic()
    tracker = callstate.CallTracker(call_id, started)
    shown = ""
    while True:
        wait = 0.0
        try:
            details = client.stats.call_details(call_id).get(call_id)
            state = tracker.update(details, time.monotonic())
        except RateLimitError as exc:
            state, wait = tracker.state, exc.retry_after
        # A line per change of phase, not one per tick of the talk timer.
        key = f"{state.phase}:{state.disposition}"
        if key != shown and state.phase != callstate.WAITING:
            _out(cli_state_text(state))
            shown = key
        if state.is_final:
            return 0
        if state.phase == callstate.WAITING and time.monotonic() - started > UNLISTED_LIMIT:
            raise NotListed(
                translate(
                    "Cli",
                    "The PBX has not listed call {call} after {seconds} seconds, so it can't "
                    "be followed. Check it later with `calllauncher status {call}`.",
                ).format(call=call_id, seconds=round(UNLISTED_LIMIT))
            )
        sleep(tracker.next_poll(time.monotonic(), wait))


def _request(
    ctx: Context, kind: str, number: str, extension: str = "", **fields: Any
) -> CallRequest:
    """The same CallRequest the window sends: the saved call defaults (ring time, limit,
    "please hold", company number...) under what the command line gives."""
    defaults = call_defaults(ctx.settings, extension)
    given = {name: value for name, value in fields.items() if value is not None}
    request, errors = request_from_defaults(kind, number, defaults, ctx.region, **given)
    if request is None:
        raise UsageError(" ".join(errors.values()))
    return request


def _call(ctx: Context, request: CallRequest, follow: bool) -> int:
    return _started(ctx, start_call(ctx.client(), request), follow)


def _no_wait(args: argparse.Namespace) -> bool | None:
    return False if args.no_wait_message else None  # None: the saved choice


def cmd_dial(ctx: Context, args: argparse.Namespace) -> int:
    number = ctx.number(args.number)
    ext = args.ext or ctx.account().extension
    if not ext:
        raise UsageError(
            translate(
                "Cli",
                "Which extension should ring first? Give --ext, or save yours with "
                "`calllauncher login --ext EXT`.",
            )
        )
    request = _request(
        ctx,
        CALL,
        number,
        ctx.number(ext, allow_extension=True, allow_emergency=True),
        company=ctx.number(args.company) if args.company else None,
        ring_time=args.ring_time,
        limit=args.limit,
        playback_waiting=_no_wait(args),
        show_as=args.show_as,
        async_=True if args.async_ else None,
    )
    return _call(ctx, request, args.follow)


def cmd_bridge(ctx: Context, args: argparse.Namespace) -> int:
    first, second = ctx.number(args.number1), ctx.number(args.number2)
    company = args.company or ctx.settings.text(Key.COMPANY_NUMBER)
    if not company:
        raise UsageError(
            translate("Cli", "Connecting two numbers needs a company number: give --from.")
        )
    request = _request(
        ctx,
        BRIDGE,
        first,
        number2=second,
        company=ctx.number(company),
        limit=args.limit,
        playback_waiting=_no_wait(args),
    )
    return _call(ctx, request, args.follow)


def cmd_announce(ctx: Context, args: argparse.Namespace) -> int:
    request = _request(ctx, ANNOUNCE, ctx.number(args.number), voice_file_id=args.voice_file)
    return _call(ctx, request, args.follow)


def cmd_ivr(ctx: Context, args: argparse.Namespace) -> int:
    request = _request(ctx, IVR, ctx.number(args.number), ivr_name=args.ivr)
    return _call(ctx, request, args.follow)


def cmd_transfer(ctx: Context, args: argparse.Namespace) -> int:
    target = ctx.number(args.target, allow_extension=True)
    ctx.client().calls.attended_call_transfer(args.call_id, target)
    _out(
        translate("Cli", "call {call} transferred to {target}").format(
            call=args.call_id, target=target
        )
    )
    return 0


def cmd_hangup(ctx: Context, args: argparse.Namespace) -> int:
    ctx.client().calls.hangup_call(args.call_id)
    _out(translate("Cli", "call {call} hung up").format(call=args.call_id))
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    if args.follow:
        return _follow(ctx, args.call_id)
    details = ctx.client().stats.call_details(args.call_id).get(args.call_id)
    if details is None:
        _out(
            translate(
                "Cli", "not listed yet (a call that just started may take a moment to appear)"
            )
        )
        return 0
    tracker = callstate.CallTracker(args.call_id, time.monotonic())
    _out(cli_state_text(tracker.update(details, time.monotonic())))
    return 0


def cmd_employees(ctx: Context, args: argparse.Namespace) -> int:
    employees = sorted(ctx.client().settings.list_of_employees(), key=lambda e: e.extension)
    for e in employees:
        _out(f"{e.extension:>6}  {e.name:<28}  {e.presence_state:<14}  {e.department}".rstrip())
    return 0


def cmd_voice_files(ctx: Context, args: argparse.Namespace) -> int:
    for f in ctx.client().settings.list_of_voice_files():
        _out(f"{f.id:>8}  {f.name}  ({f.type})" if f.type else f"{f.id:>8}  {f.name}")
    return 0


def _ask(prompt: str, *, secret: bool) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt) if secret else input(prompt)
    return sys.stdin.readline().strip()  # scripted: one line per answer


def cmd_login(ctx: Context, args: argparse.Namespace) -> int:
    if args.demo:
        raise UsageError(translate("Cli", "The demo PBX needs no sign-in."))
    base = ctx.account()  # a setting that can't be used: say so before asking for the secret
    key = (args.key or _ask(translate("Cli", "API key: "), secret=False)).strip()
    if not key:
        raise UsageError(translate("Cli", "An API key is needed to sign in."))
    secret = _ask(translate("Cli", "API secret: "), secret=True).strip()
    if not secret:
        raise UsageError(translate("Cli", "The API secret is needed to sign in."))
    account = replace(base, key=key, extension=args.ext or base.extension)
    employees = sign_in(ctx.settings, ctx.store, account, secret)  # the window's code path
    _out(Cli.tr("Signed in (%n employees).", None, len(employees)))
    if args.ext and args.ext not in {e.extension for e in employees}:
        note = translate("Cli", "note: no employee has extension {ext}.").format(ext=args.ext)
        print(f"calllauncher: {printable(note)}", file=sys.stderr)
    return 0


def cmd_logout(ctx: Context, args: argparse.Namespace) -> int:
    sign_out(ctx.settings, ctx.store)
    _out(translate("Cli", "Signed out."))
    return 0
