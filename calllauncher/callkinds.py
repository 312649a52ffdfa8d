"""The four kinds of call the app starts (no Qt, no I/O): a fact the controllers act on
and the wording names, so it sits below both."""

from __future__ import annotations

CALL = "call"  # ext -> phone
BRIDGE = "bridge"  # phone -> phone
ANNOUNCE = "announce"
IVR = "ivr"
KINDS = (CALL, BRIDGE, ANNOUNCE, IVR)
