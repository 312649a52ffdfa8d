"""Outcome tags and a call's note in words, and the number dossier's sentences (Qt Core
only): the history window, the dossier and the command line share them."""

from __future__ import annotations

from ..services.call_notes import (
    CALL_BACK_TOMORROW,
    INTERESTED,
    LEFT_MESSAGE,
    NOT_INTERESTED,
    TAGS,
    WRONG_NUMBER,
)
from ..translation import translate


def tag_text(tag: str) -> str:
    """The tag's words in the user's language ("" for no tag; an unknown id as it is)."""
    return {
        CALL_BACK_TOMORROW: translate("Notes", "call back tomorrow"),
        INTERESTED: translate("Notes", "interested"),
        NOT_INTERESTED: translate("Notes", "not interested"),
        LEFT_MESSAGE: translate("Notes", "left a message"),
        WRONG_NUMBER: translate("Notes", "wrong number"),
    }.get(tag, tag)


def tags_saying(text: str) -> list[str]:
    """The tags whose words in today's language hold ``text`` (for search)."""
    folded = text.strip().casefold()
    if not folded:
        return []
    return [tag for tag in TAGS if folded in tag_text(tag).casefold()]


def note_text(note: str, tag: str) -> str:
    """ "call back tomorrow · wants a quote", the tag first; "" when neither."""
    return " · ".join(part for part in (tag_text(tag), note) if part)


def copy_line(number: str, name: str, outcome: str, note: str) -> str:
    """What Copy puts on the clipboard for one call: number · name · outcome · note."""
    return " · ".join(part for part in (number, name, outcome, note) if part)


def history_loading() -> str:
    return translate("Notes", "Loading this number's calls from the PBX…")


def history_failed(reason: str) -> str:
    return translate(
        "Notes", "The PBX's calls with this number could not be loaded: {reason}"
    ).format(reason=reason)


def no_calls() -> str:
    return translate("Notes", "No calls with this number yet.")


def recording_failed(reason: str) -> str:
    return translate("Notes", "The recording could not be opened: {reason}").format(reason=reason)


def recording_not_opened() -> str:
    return translate(
        "Notes", "The recording's link could not be opened: no player or browser took it."
    )


def customer_added(name: str) -> str:
    return translate("Notes", "{name} was added to the Binotel CRM.").format(name=name)


def customer_refused(reason: str) -> str:
    reason = reason.strip()
    if reason and not reason.endswith((".", "!", "?", "…")):
        reason += "."  # a PBX's own words may end without one; another sentence follows
    return translate(
        "Notes",
        "Binotel did not add the contact: {reason} You can add it in the Binotel cabinet instead.",
    ).format(reason=reason)


def name_needed() -> str:
    return translate("Notes", "Type the contact's name.")
