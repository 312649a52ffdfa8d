"""API addresses: HTTPS everywhere, plain HTTP only to this machine.

Kept apart from transport.py so the window can check a typed URL without importing
``requests`` (start-up time).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from .errors import ConfigError

__all__ = ["check_base_url", "is_loopback"]


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> str:
    """HTTPS everywhere; plain HTTP only to this machine (demo PBX, tests).

    Anything on which URL parsers disagree is refused outright — a backslash, a user name
    (``user@host``), spaces or control characters — so the host checked here is the host
    connected to (``http://203.0.113.9\\@127.0.0.1/`` looks local to urlsplit, not to
    ``requests``). The transport checks again with ``requests``' own parser.
    """
    if any(c.isspace() or ord(c) < 32 or c == "\\" for c in base_url):
        raise ConfigError(f"The API URL {base_url!r} is not a plain web address.")
    try:
        parts = urlsplit(base_url)
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises on a port out of range
    except ValueError:  # a bad port or IPv6 literal
        raise ConfigError(f"The API URL {base_url!r} is not a web address.") from None
    if parts.scheme not in ("http", "https") or not hostname:
        raise ConfigError(f"The API URL {base_url!r} is not a web address.")
    if "@" in parts.netloc:
        raise ConfigError(f"The API URL {base_url!r} is not a plain web address.")
    if parts.scheme == "http" and not is_loopback(hostname):
        raise ConfigError(
            "The API URL must start with https:// — the secret would travel unencrypted."
        )
    return base_url if base_url.endswith("/") else base_url + "/"
