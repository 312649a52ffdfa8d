"""A client for the Binotel REST API (4.0 and legacy 2.0). Pure Python, no Qt.

Names are imported on first use, so code that only needs the errors or models (the
window at start-up) does not pay for importing ``requests``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import Calls, Client, Secret, Settings, Stats
    from .errors import (
        Answer,
        ApiError,
        AuthError,
        BinotelError,
        ConfigError,
        NetworkError,
        NetworkKind,
        ProtocolError,
        RateLimitError,
        RequestTimeout,
    )
    from .models import CallDetails, CallStarted, Employee, Route, VoiceFile
    from .transport import DEFAULT_BASE_URL, Transport

_WHERE = {
    "Calls": "client",
    "Client": "client",
    "Secret": "client",
    "Settings": "client",
    "Stats": "client",
    "Answer": "errors",
    "ApiError": "errors",
    "AuthError": "errors",
    "BinotelError": "errors",
    "ConfigError": "errors",
    "NetworkError": "errors",
    "NetworkKind": "errors",
    "ProtocolError": "errors",
    "RateLimitError": "errors",
    "RequestTimeout": "errors",
    "CallDetails": "models",
    "CallStarted": "models",
    "Employee": "models",
    "Route": "models",
    "VoiceFile": "models",
    "DEFAULT_BASE_URL": "transport",
    "Transport": "transport",
}
__all__ = [
    "DEFAULT_BASE_URL",
    "Answer",
    "ApiError",
    "AuthError",
    "BinotelError",
    "CallDetails",
    "CallStarted",
    "Calls",
    "Client",
    "ConfigError",
    "Employee",
    "NetworkError",
    "NetworkKind",
    "ProtocolError",
    "RateLimitError",
    "RequestTimeout",
    "Route",
    "Secret",
    "Settings",
    "Stats",
    "Transport",
    "VoiceFile",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # once imported, plain attribute access
    return value
