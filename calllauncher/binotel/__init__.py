"""A client for the Binotel REST API (4.0 and legacy 2.0). Pure Python, no Qt."""

from .client import Calls, Client, Secret, Settings, Stats
from .errors import (
    ApiError,
    AuthError,
    BinotelError,
    ConfigError,
    NetworkError,
    ProtocolError,
    RateLimitError,
    RequestTimeout,
)
from .models import CallDetails, CallStarted, Employee, Route, VoiceFile
from .transport import DEFAULT_BASE_URL, Transport

__all__ = [
    "DEFAULT_BASE_URL",
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
