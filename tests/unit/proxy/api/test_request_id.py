"""Which client request ids are kept: plain tokens, never a personal number."""

from __future__ import annotations

import random
import uuid

import pytest

from proxy.api.request_id import kept_request_id


@pytest.mark.parametrize(
    "given",
    ["req-123", "frontend-42", "3f2a9c81e0b54d7c9a1f2e3d4c5b6a79",
     "3f2a9c81-e0b5-4d7c-9a1f-2e3d4c5b6a79", "3f2a9c81-0123-4567-8901-234567890123",
     "a.b:c_d-e",
     "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "order-2024-12-04", "x" * 128],
)  # fmt: skip
def test_plain_tokens_are_kept(given: str) -> None:
    assert kept_request_id(given)


@pytest.mark.parametrize(
    "given",
    ["090-1234-5678", "09012345678", "tel:090-1234-5678", "03-1234-5678", "req-0312345678",
     "0120.123.456", "123456789012", "4111111111111111", "card_4111-1111-1111-1111",
     "山田", "a b", "x" * 129, ""],
)  # fmt: skip
def test_personal_numbers_and_other_text_are_not(given: str) -> None:
    # Kept ids go to the audit log, the logs, the backend and the response header.
    assert not kept_request_id(given)


def test_random_ids_are_kept() -> None:
    rng = random.Random(4)
    ids = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(5000)]
    ids += [uuid.UUID(int=rng.getrandbits(128)).hex for _ in range(5000)]
    # A UUID's digit groups are chance ("…-0123-4567-8901-…" is not a phone number).
    assert all(kept_request_id(given) for given in ids)
