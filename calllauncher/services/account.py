"""Who we are at the PBX: key, URL, version, extension — and a client built from them.

Signing in and out lives here, so the command line and the window do it the same way:
verify with one read-only request, then the secret into a :class:`SecretStore` (the OS
keyring, or memory for this session only), then the rest into settings. The window runs
the keyring and network steps on a worker and the settings step on the GUI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .credentials import CredentialError, SecretStore
from .setting_checks import ca_bundle_refusal, checked_version, url_refusal, url_source, where_set
from .settings import AppSettings, Key

if TYPE_CHECKING:
    from ..binotel import Client, Employee

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Account:
    key: str
    api_url: str
    api_version: str = "4.0"
    extension: str = ""
    ca_bundle: str = ""
    demo: bool = False
    # Where api_url and ca_bundle came from, in words, so a refusal says what to fix.
    url_from: str = ""
    ca_bundle_from: str = ""

    def refusal(self) -> str:
        """Why nothing may be sent with this account ("" if it may): an address that is not
        https, or a CA bundle file that is gone (see setting_checks.py for why there is no
        fallback to the default address)."""
        return url_refusal(self.api_url, self.url_from) or ca_bundle_refusal(
            self.ca_bundle, self.ca_bundle_from
        )

    def client(self, secret: str) -> Client:
        """Raises ConfigError (with :meth:`refusal`'s sentence) before anything is sent."""
        from ..binotel import Client, ConfigError

        refusal = self.refusal()
        if refusal:
            raise ConfigError(refusal)
        verify: bool | str = self.ca_bundle or True
        return Client(
            self.key, secret, base_url=self.api_url, api_version=self.api_version, verify=verify
        )


def load_account(
    settings: AppSettings, *, api_url: str | None = None, api_version: str | None = None
) -> Account:
    """The saved account, with command-line and environment overrides applied. An API
    version the app does not speak becomes 4.0 (:func:`setting_checks.checked_version`
    tells why); a bad address or CA bundle is kept, and refused when a client is built."""
    url, url_from = url_source(settings, api_url)
    return Account(
        key=settings.text(Key.ACCOUNT_KEY),
        api_url=url,
        api_version=checked_version(settings, api_version)[0],
        extension=settings.text(Key.EXTENSION),
        ca_bundle=settings.text(Key.CA_BUNDLE),
        url_from=url_from,
        ca_bundle_from=where_set(settings, Key.CA_BUNDLE),
    )


def save_account(settings: AppSettings, account: Account) -> None:
    """Everything but the secret. URL, version and CA bundle equal to the defaults (or the
    administrator's presets) are not copied, so the office file keeps applying to them."""
    previous = settings.text(Key.ACCOUNT_KEY)
    settings.set(Key.ACCOUNT_KEY, account.key)
    if account.extension:
        settings.set(Key.EXTENSION, account.extension)
    elif previous != account.key:
        # Another account's extension would ring a stranger's phone.
        settings.remove(Key.EXTENSION)
    settings.put(Key.API_VERSION, account.api_version)
    settings.put(Key.API_URL, account.api_url)
    settings.put(Key.CA_BUNDLE, account.ca_bundle)
    settings.sync()


def forget_account(settings: AppSettings) -> None:
    settings.remove(Key.ACCOUNT_KEY)
    settings.sync()


def verify(account: Account, secret: str) -> list[Employee]:
    """One read-only request proves the key, the secret, this computer's address and the
    certificate; the employee list it brings back fills the "my extension" picker."""
    with account.client(secret) as client:
        return client.settings.list_of_employees()


def keep_secret(store: SecretStore, key: str, secret: str, previous_key: str = "") -> None:
    """Save the secret; when switching accounts, drop the previous account's entry so no
    orphaned secret stays behind. Raises :class:`CredentialError` if the save fails."""
    store.save(key, secret)
    if previous_key and previous_key != key:
        try:
            store.delete(previous_key)
        except CredentialError as exc:  # the new account works; the old entry is harmless
            log.warning("could not delete the previous account's secret: %s", exc.kind)


def sign_in(
    settings: AppSettings, store: SecretStore, account: Account, secret: str
) -> list[Employee]:
    """Verify, then keep. Nothing is saved unless the PBX accepted the key and secret, and
    the settings are written only once the store took the secret."""
    employees = verify(account, secret)
    keep_secret(store, account.key, secret, settings.text(Key.ACCOUNT_KEY))
    save_account(settings, account)
    return employees


def sign_out(settings: AppSettings, store: SecretStore) -> str:
    """Delete the saved secret, then forget the key; the key signed out of ("" if none).
    If the store fails, nothing is forgotten: the user is still signed in."""
    key = settings.text(Key.ACCOUNT_KEY)
    if key:
        store.delete(key)
    forget_account(settings)
    return key


def demo_account(url: str, extension: str) -> Account:
    from ..demo import DEMO_KEY

    return replace(Account(DEMO_KEY, url, demo=True), extension=extension)
