"""API keys → tenants.

Keys are configured as SHA-256 hashes; a presented ``Authorization: Bearer KEY`` is hashed
and looked up. With no keys configured every request belongs to the ``default`` tenant —
the settings refuse that unless the server binds a loopback address.

Failure behaviour: a missing or unknown key raises
:class:`~proxy.errors.AuthenticationError` (401); the key itself is never logged.
"""

from __future__ import annotations

from dataclasses import dataclass

from proxy.errors import AuthenticationError
from proxy.settings import Settings, hash_api_key

__all__ = ["ApiKeyAuthenticator", "Principal"]

_ANONYMOUS_TENANT = "default"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: tenant, the label of their key, and the policy name in force."""

    tenant: str
    key_name: str
    policy: str
    key_id: str = ""
    """SHA-256 of the key (``api_keys[].sha256``); empty for anonymous requests."""


class ApiKeyAuthenticator:
    """Maps the ``Authorization`` header to a :class:`Principal`."""

    def __init__(self, settings: Settings) -> None:
        self._open = not settings.api_keys
        self._by_hash: dict[str, Principal] = {}
        for key in settings.api_keys:
            tenant = settings.tenants[key.tenant]
            self._by_hash[key.sha256] = Principal(
                tenant=key.tenant,
                key_name=key.name or key.sha256[:8],
                policy=tenant.policy,
                key_id=key.sha256,
            )
        anonymous = settings.tenants.get(_ANONYMOUS_TENANT)
        self._anonymous = Principal(
            tenant=_ANONYMOUS_TENANT,
            key_name="",
            policy=anonymous.policy if anonymous else settings.policies.default,
        )

    @property
    def policy_names(self) -> set[str]:
        """Every policy some caller can be mapped to."""
        return {p.policy for p in self._by_hash.values()} | {self._anonymous.policy}

    def authenticate(self, authorization: str | None) -> Principal:
        if self._open:
            return self._anonymous
        if not authorization:
            raise AuthenticationError("missing API key: send 'Authorization: Bearer <key>'")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthenticationError("the Authorization header must be 'Bearer <key>'")
        # Looked up by hash: timing can at most reveal a prefix of a SHA-256 digest, which
        # says nothing about any key.
        principal = self._by_hash.get(hash_api_key(token.strip()))
        if principal is None:
            raise AuthenticationError("invalid API key")
        return principal
