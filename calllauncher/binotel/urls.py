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
    """HTTPS everywhere; plain HTTP only to this machine (demo PBX, tests)."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"The API URL {base_url!r} is not a web address.")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigError(
            "The API URL must start with https:// — the secret would travel unencrypted."
        )
    return base_url if base_url.endswith("/") else base_url + "/"
