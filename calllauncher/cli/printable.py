"""What the command line prints, made safe for a terminal.

A PBX's error message, an employee's name or a call id comes from outside; printed raw,
an ANSI escape in it could recolour the terminal, move the cursor, retitle the window or
hide the rest of a line, and a newline or a bidi override could fake a line of output.
Such characters are shown as their escapes (``\\x1b``, ``\\u202e``) instead: visible for
support, inert for the terminal.
"""

from __future__ import annotations

import re

# C0 and C1 controls (newline and tab included: each printed line is one line), DEL,
# the Unicode line and paragraph separators, and the bidi embedding/override/isolate marks.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
