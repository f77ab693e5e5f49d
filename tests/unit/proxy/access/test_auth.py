from __future__ import annotations

import pytest

from proxy.access.auth import ApiKeyAuthenticator, Principal
from proxy.errors import AuthenticationError
from proxy.settings import Settings, hash_api_key


def _settings() -> Settings:
    return Settings.model_validate(
        {
            "tenants": {"acme": {"policy": "strict"}, "default": {}},
            "api_keys": [
                {"sha256": hash_api_key("key-acme"), "tenant": "acme", "name": "acme-bot"},
                {"sha256": hash_api_key("key-other"), "tenant": "default"},
            ],
        }
    )


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Bearer key-acme", Principal("acme", "acme-bot", "strict", hash_api_key("key-acme"))),
        ("bearer key-acme", Principal("acme", "acme-bot", "strict", hash_api_key("key-acme"))),
        (
            "Bearer key-other",
            Principal(
                "default", hash_api_key("key-other")[:8], "default", hash_api_key("key-other")
            ),
        ),
    ],
    ids=["acme", "scheme-case", "unnamed-key"],
)
def test_known_keys_map_to_tenant_and_policy(header: str, expected: Principal) -> None:
    assert ApiKeyAuthenticator(_settings()).authenticate(header) == expected


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (None, "missing API key"),
        ("", "missing API key"),
        ("Basic a2V5", "must be 'Bearer <key>'"),
        ("Bearer ", "must be 'Bearer <key>'"),
        ("Bearer wrong", "invalid API key"),
    ],
    ids=["none", "empty", "basic", "blank-token", "unknown"],
)
def test_rejections(header: str | None, message: str) -> None:
    with pytest.raises(AuthenticationError, match=message) as caught:
        ApiKeyAuthenticator(_settings()).authenticate(header)
    assert caught.value.status_code == 401
    assert "wrong" not in caught.value.message


def test_without_keys_everyone_is_the_default_tenant() -> None:
    auth = ApiKeyAuthenticator(Settings.model_validate({}))
    assert auth.authenticate(None) == Principal("default", "", "default")
    assert auth.policy_names == {"default"}


def test_policy_names_cover_every_tenant_reachable() -> None:
    assert ApiKeyAuthenticator(_settings()).policy_names == {"strict", "default"}
