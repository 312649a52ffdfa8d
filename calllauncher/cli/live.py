"""``missed``, ``who`` and ``watch``: the call-back queue, a number's name and last calls,
and the company's live calls, for scripts and terminals."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from ..binotel.ws import ANSWERED, Channel, ChannelClosed, LiveEvent, LoginRefused
from ..controller.names import is_withheld, name_label
from ..services.settings import Key
from ..translation import translate
from ..wording.calls import outcome
from .printable import printable

if TYPE_CHECKING:
    from ..binotel import CallDetails, Client
    from .commands import Context

NAMED_AT_MOST = 25  # CRM searches one `missed` may send


def _out(text: str) -> None:
    print(printable(text), flush=True)


def _name(client: Client, number: str) -> tuple[str, str, str]:
    """(name, description, manager) from the CRM; empty when unknown or the search fails."""
    from ..binotel import BinotelError

    if is_withheld(number) or len(number) < 7:
        return "", "", ""
    try:
        found = client.customers.search(number)
    except BinotelError:
        return "", "", ""
    exact = [c for c in found if number in c.numbers] or found
    if not exact:
        return "", "", ""
    return exact[0].name, exact[0].description, exact[0].assigned_name


def missed_today(client: Client) -> list[dict[str, object]]:
    """Today's missed callers nobody reached since, newest first."""
    lost = client.stats.lost_calls_today()
    by_number: dict[str, list[CallDetails]] = {}
    for details in lost.values():
        if details.external_number and not details.number_withheld:
            by_number.setdefault(details.external_number, []).append(details)
    history = client.stats.history_by_external_number(sorted(by_number)) if by_number else {}
    rows: list[dict[str, object]] = []
    for number, calls in by_number.items():
        last = max(calls, key=lambda d: d.start_time or 0)
        ids = {d.general_call_id for d in calls}
        reached = any(
            h.external_number == number
            and h.general_call_id not in ids
            and h.disposition in ANSWERED
            and (h.start_time or 0) >= (last.start_time or 0)
            for h in history.values()
        )
        if not reached:
            rows.append(
                {
                    "number": number,
                    "tries": len(calls),
                    "last": last.start_time or 0,
                    "pbxNumber": last.pbx_number,
                    "pbxName": last.pbx_name,
                }
            )
    rows.sort(key=lambda r: int(str(r["last"])), reverse=True)
    for row in rows[:NAMED_AT_MOST]:
        row["name"] = _name(client, str(row["number"]))[0]
    return rows


def cmd_missed(ctx: Context, args: argparse.Namespace) -> int:
    rows = missed_today(ctx.client())
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2), flush=True)
        return 0
    if not rows:
        _out(translate("Cli", "Nobody to call back today."))
        return 0
    for row in rows:
        when = datetime.fromtimestamp(int(str(row["last"]))).strftime("%H:%M")
        tries = translate("Cli", "tries: {n}").format(n=row["tries"])
        company = str(row.get("pbxName") or row.get("pbxNumber") or "")
        label = name_label(str(row.get("name", "")), str(row["number"]))
        _out(f"{when}  {label}  ({tries})" + (f"  → {company}" if company else ""))
    return 0


def cmd_who(ctx: Context, args: argparse.Namespace) -> int:
    number = ctx.number(args.number, allow_extension=True)
    client = ctx.client()
    name, description, manager = _name(client, number)
    _out(name_label(name, number) if name else name_label("", number))
    if description:
        _out(description)
    if manager:
        _out(translate("Cli", "Manager: {name}").format(name=manager))
    if len(number) < 7:
        return 0
    calls = sorted(
        client.stats.history_by_external_number([number]).values(),
        key=lambda d: d.start_time or 0,
        reverse=True,
    )
    if not calls:
        _out(translate("Cli", "No calls with this number."))
    for details in calls[: args.limit]:
        when = datetime.fromtimestamp(details.start_time or 0).strftime("%d.%m %H:%M")
        way = translate("Cli", "in") if details.call_type == "0" else translate("Cli", "out")
        who = details.employee_name or details.internal_number
        _out(f"{when}  {way:<4} {outcome(details.disposition):<14} {who}".rstrip())
    return 0


def _line(event: LiveEvent, names: Mapping[str, str]) -> str:
    when = datetime.fromtimestamp(event.at or time.time()).strftime("%H:%M:%S")
    number = event.external_number or names.get(f"#{event.call_id}", "")
    label = name_label(event.customer_name or names.get(number, ""), number) if number else ""
    parts = [when, event.name, event.call_id, label]
    if event.name == "callStart" and event.internal_numbers:
        parts.append("→ " + ", ".join(event.internal_numbers))
    if event.answered_by:
        parts.append(translate("Cli", "answered by {ext}").format(ext=event.answered_by))
    if event.name == "callStop":
        parts.append(outcome(event.disposition))
    return "  ".join(p for p in parts if p)


def cmd_watch(ctx: Context, args: argparse.Namespace) -> int:
    """One line per live event until Ctrl+C (or ``--count`` events)."""
    from ..services.live_feed import ws_url

    account = ctx.account()
    ctx.client()  # signed in, or the plain "run login" (exit 4) before any connection
    if account.demo and ctx._pbx is not None:
        url = ctx._pbx.start_websocket()
        ctx._pbx.start_demo_traffic()
        from ..demo import DEMO_KEY, DEMO_SECRET

        key, secret = DEMO_KEY, DEMO_SECRET
    else:
        url = ws_url(ctx.settings.text(Key.LIVE_URL), ctx.settings.number(Key.LIVE_PORT))
        key = ctx.settings.text(Key.LIVE_KEY) or account.key
        secret = (ctx.store.load(f"websocket:{key}") if key != account.key else None) or (
            ctx.store.load(account.key) or ""
        )
    names: dict[str, str] = {}  # number -> name, "#id" -> number (callStop carries neither)
    seen = 0
    backoff = 2.0
    while True:
        channel = Channel(url, key, secret, verify=account.ca_bundle or True)
        try:
            channel.open()
            backoff = 2.0
            print(translate("Cli", "Listening to {url} (Ctrl+C stops)").format(url=url),
                  file=sys.stderr, flush=True)  # fmt: skip
            for event in channel.events(poll_every=1.0):
                if event is None:
                    continue
                if event.external_number:
                    names[f"#{event.call_id}"] = event.external_number
                    if event.customer_name:
                        names[event.external_number] = event.customer_name
                _out(_line(event, names))
                seen += 1
                if args.count and seen >= args.count:
                    return 0
        except LoginRefused:
            print(translate("Cli", "calllauncher: the WebSocket refused the key {key}…").format(
                key=key[:4]), file=sys.stderr)  # fmt: skip
            return 4
        except ChannelClosed as exc:
            print(translate("Cli", "calllauncher: live calls unavailable ({why}); trying again in "
                            "{n} s").format(why=exc, n=int(backoff)), file=sys.stderr)  # fmt: skip
            if args.once:
                return 3
            time.sleep(backoff)
            backoff = min(backoff * 2, 120.0)
        finally:
            channel.close()
