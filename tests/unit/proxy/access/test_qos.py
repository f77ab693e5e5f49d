from __future__ import annotations

import pytest

from proxy.access.auth import Principal
from proxy.access.qos import QosClasses
from proxy.errors import BadRequestError
from proxy.settings import Settings, hash_api_key

KEY_HASH = hash_api_key("key-chat")


def _classes() -> QosClasses:
    return QosClasses(
        Settings.model_validate(
            {
                "tenants": {"default": {}, "bulk": {"qos_class": "batch"}},
                "api_keys": [
                    {"sha256": KEY_HASH, "tenant": "bulk", "qos_class": "interactive"},
                    {"sha256": hash_api_key("key-bulk"), "tenant": "bulk"},
                ],
            }
        )
    )


CHAT_KEY = Principal("bulk", "k", "default", KEY_HASH)
BULK_KEY = Principal("bulk", "k2", "default", hash_api_key("key-bulk"))
ANONYMOUS = Principal("default", "", "default")


@pytest.mark.parametrize(
    ("principal", "header", "expected"),
    [
        (CHAT_KEY, None, "interactive"),
        (BULK_KEY, None, "batch"),
        (ANONYMOUS, None, "standard"),
        (CHAT_KEY, "batch", "batch"),
        (CHAT_KEY, " standard ", "standard"),
        (BULK_KEY, "interactive", "batch"),
        (ANONYMOUS, "interactive", "standard"),
        (ANONYMOUS, "", "standard"),
    ],
    ids=[
        "key-class",
        "tenant-class",
        "default-class",
        "lowered",
        "lowered-spaces",
        "cannot-raise",
        "anonymous-cannot-raise",
        "empty-header",
    ],
)
def test_class_is_assigned_and_only_lowered(
    principal: Principal, header: str | None, expected: str
) -> None:
    assert _classes().resolve(principal, header).name == expected


def test_unknown_class_is_a_400_naming_the_classes() -> None:
    with pytest.raises(BadRequestError, match="interactive, standard, batch"):
        _classes().resolve(ANONYMOUS, "urgent")


def test_classes_are_ordered_by_priority() -> None:
    classes = _classes().classes
    assert [(c.name, c.rank, c.priority) for c in classes] == [
        ("interactive", 0, 0),
        ("standard", 1, 10),
        ("batch", 2, 100),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"tenants": {"default": {"qos_class": "gold"}}}, "tenants.default.qos_class"),
        ({"qos": {"default_class": "gold"}}, "default_class"),
        ({"aliases": {"chat": {"default": "missing"}}}, "aliases.chat.default"),
    ],
    ids=["tenant-unknown-class", "unknown-default", "alias-unknown-model"],
)
def test_settings_refuse_dangling_names(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Settings.model_validate(data)


@pytest.mark.parametrize("principal", [CHAT_KEY, ANONYMOUS, BULK_KEY], ids=["ttft", "std", "batch"])
def test_a_malformed_deadline_is_a_400_in_every_class(principal: Principal) -> None:
    # Classes with a TTFT objective did not read the header at all: "soon" was silently
    # ignored there and a 400 only for batch.
    with pytest.raises(BadRequestError, match="X-Mamori-Deadline"):
        _classes().resolve(principal, None, "soon")


def test_a_valid_deadline_is_kept_only_by_classes_without_a_ttft_objective() -> None:
    assert _classes().resolve(CHAT_KEY, None, "120").deadline_at is None
    assert _classes().resolve(BULK_KEY, None, "120").deadline_at is not None
