"""HTTPS to the simulated PBX through a local TLS front with a self-signed certificate:
unknown to the system, it is a certificate problem; named as the CA bundle, it is trusted.

``TlsFront`` is also used by test_account.py and the account screenshots.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calllauncher.binotel import NetworkError
from calllauncher.controller.account import OK, TLS, answer_for, answer_ok
from calllauncher.fakepbx import FakePBX
from calllauncher.services.account import Account, verify
from tests.support.tls import TlsFront
from tests.support.values import KEY, SECRET


@pytest.fixture
def tls_front(pbx: FakePBX, tmp_path: Path) -> Iterator[TlsFront]:
    front = TlsFront(pbx.port, tmp_path / "tls")
    yield front
    front.close()


def test_a_self_signed_pbx_is_a_certificate_problem(tls_front: TlsFront, pbx: FakePBX) -> None:
    with pytest.raises(NetworkError) as failure:
        verify(Account(KEY, tls_front.url), SECRET)

    answer = answer_for(failure.value)
    assert answer.kind == TLS
    assert answer.sentence.startswith("Certificate problem")
    assert "CA bundle" in answer.sentence
    assert pbx.log() == []  # the secret never left: the handshake failed first


def test_the_ca_bundle_makes_it_trusted(tls_front: TlsFront, pbx: FakePBX) -> None:
    account = Account(KEY, tls_front.url, ca_bundle=str(tls_front.ca_file))

    answer = answer_ok(verify(account, SECRET))

    assert answer.kind == OK
    assert "8 employees" in answer.sentence
    assert len(pbx.requests_for("list_of_employees")) == 1
