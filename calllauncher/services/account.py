"""Who we are at the PBX: key, URL, version, extension — and a client built from them.

Shared by the command line and the window so both sign in the same way.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .settings import AppSettings

if TYPE_CHECKING:
    from ..binotel import Client


@dataclass(frozen=True, slots=True)
class Account:
    key: str
    api_url: str
    api_version: str = "4.0"
    extension: str = ""
    ca_bundle: str = ""
    demo: bool = False

    def client(self, secret: str) -> Client:
        from ..binotel import Client

        verify: bool | str = self.ca_bundle or True
        return Client(
            self.key, secret, base_url=self.api_url, api_version=self.api_version, verify=verify
        )


def load_account(
    settings: AppSettings, *, api_url: str | None = None, api_version: str | None = None
) -> Account:
    """The saved account, with command-line and environment overrides applied."""
    url = api_url or os.environ.get("CALLLAUNCHER_API_URL") or settings.text("api/url")
    return Account(
        key=settings.text("account/key"),
        api_url=url,
        api_version=api_version or settings.text("api/version") or "4.0",
        extension=settings.text("account/extension"),
        ca_bundle=settings.text("api/caBundle"),
    )


def save_account(settings: AppSettings, account: Account) -> None:
    settings.set("account/key", account.key)
    if account.extension:
        settings.set("account/extension", account.extension)
    settings.set("api/version", account.api_version)
    if account.api_url != settings.default("api/url"):
        settings.set("api/url", account.api_url)
    settings.sync()


def demo_account(url: str, extension: str) -> Account:
    from ..demo import DEMO_KEY

    return replace(Account(DEMO_KEY, url, demo=True), extension=extension)
