"""From what is in the dialer's fields to a CallRequest, or reasons per field.

Pure logic so it is tested without widgets; the view shows the reasons inline and sends
nothing until every field is right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..translation import translate
from ..wording.numbers import reason_text
from .calls import ANNOUNCE, BRIDGE, CALL, IVR, CallDefaults, CallRequest

if TYPE_CHECKING:
    from ..phone import Normalized

_EXT_RE = re.compile(r"^\s*(\d{2,6})\b")


@dataclass(frozen=True, slots=True)
class FormValues:
    kind: str
    number: str
    number2: str = ""
    extension: str = ""
    company: str = ""
    voice_file_id: str = ""
    voice_file_name: str = ""
    ivr_name: str = ""
    ring_time: int | None = 30  # None (not from the form): the PBX's default
    limit: int | None = 0
    playback_waiting: bool | None = True
    show_as: str = ""
    async_: bool = False


def extension_of(text: str) -> str:
    """``"901 — Olena (active)"`` -> ``"901"``; the picker shows names next to numbers."""
    match = _EXT_RE.match(text)
    return match.group(1) if match else ""


def check_number(text: str, region: str, *, allow_extension: bool = True) -> Normalized | str:
    """The number in Binotel's form, or the reason it was refused (translated)."""
    key = (text, region, allow_extension)
    found = _checked.get(key)
    if found is not None:
        return found  # parsed while it was typed: a click doesn't parse it again
    from .. import phone  # phonenumbers loads after the first frame, not before it

    try:
        found = phone.normalize(text, region, allow_extension=allow_extension)
    except phone.NumberError as exc:
        return reason_text(exc)  # not kept: its words follow the language
    if len(_checked) > 256:
        _checked.clear()
    _checked[key] = found
    return found


_checked: dict[tuple[str, str, bool], Normalized] = {}


def still_typing(text: str, region: str) -> bool:
    """Whether ``text`` is refused only for being short so far ("067 12"): more digits
    may mend it, so it is not marked red while typed, only on leaving the field or Call."""
    from .. import phone
    from ..number_reason import Reason

    try:
        phone.normalize(text, region)
    except phone.NumberError as exc:
        if exc.reason in (Reason.TOO_SHORT, Reason.UA_LOCAL, Reason.NO_DIGITS):
            return True
        if exc.reason == Reason.UA_NATIONAL_LENGTH:
            return int(str(exc.facts.get("n", 0))) < 10
        if exc.reason == Reason.UA_INTL_LENGTH:
            return int(str(exc.facts.get("n", 0))) < 9
    return False


def build_request(values: FormValues, region: str) -> tuple[CallRequest | None, dict[str, str]]:
    errors: dict[str, str] = {}

    def number(field: str, text: str, *, allow_extension: bool = True) -> str:
        result = check_number(text, region, allow_extension=allow_extension)
        if isinstance(result, str):
            errors[field] = result
            return ""
        return result.digits

    first = number("number", values.number)
    second = company = extension = ""
    if values.kind == BRIDGE:
        second = number("number2", values.number2)
        if not values.company.strip():
            errors["company"] = translate(
                "Form", "Choose the company number to connect the call through."
            )
        else:
            company = number("company", values.company, allow_extension=False)
    elif values.kind == CALL:
        extension = extension_of(values.extension)
        if not extension:
            errors["extension"] = translate(
                "Form", "Choose your extension: your desk phone rings first."
            )
        if values.company.strip():
            company = number("company", values.company, allow_extension=False)
    elif values.kind == ANNOUNCE and not values.voice_file_id:
        errors["voice_file"] = translate("Form", "Choose the announcement to play.")
    elif values.kind == IVR and not values.ivr_name.strip():
        errors["ivr"] = translate("Form", "Type or choose the voice menu's name.")
    if errors:
        return None, errors
    options = values.kind in (CALL, BRIDGE)
    return (
        CallRequest(
            kind=values.kind,
            number=first,
            number2=second,
            extension=extension,
            company=company,
            voice_file_id=values.voice_file_id,
            voice_file_name=values.voice_file_name,
            ivr_name=values.ivr_name.strip(),
            ring_time=values.ring_time if values.kind == CALL else None,
            limit=values.limit or None if options else None,
            playback_waiting=values.playback_waiting if options else None,
            show_as=values.show_as.strip() if values.kind == CALL else "",
            async_=values.async_ and values.kind == CALL,
        ),
        {},
    )


def request_from_defaults(
    kind: str, number: str, defaults: CallDefaults, region: str, **fields: Any
) -> tuple[CallRequest | None, dict[str, str]]:
    """A call from outside the form (a link, the tray, the command line): the saved
    defaults, then ``fields`` (FormValues names) over them, checked as the form is."""
    values = FormValues(
        kind=kind,
        number=number,
        extension=defaults.extension,
        company=defaults.company if kind in (CALL, BRIDGE) else "",
        ring_time=defaults.ring_time,
        limit=defaults.limit,
        playback_waiting=defaults.playback_waiting,
        show_as=defaults.show_as,
        async_=defaults.async_,
    )
    return build_request(replace(values, **fields), region)
