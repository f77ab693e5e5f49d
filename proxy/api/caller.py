"""Who is calling, for every endpoint: API key → tenant → policy snapshot, QoS class and the
tenant's limits, written into the exchange (audit record and response headers) once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Request

from guardrails.policy import LoadedPolicy, PolicyStore
from proxy.access.auth import ApiKeyAuthenticator, Principal
from proxy.access.qos import DEADLINE_HEADER, PRIORITY_HEADER, QosClass, QosClasses
from proxy.api.exchange import Exchange
from proxy.settings import LimitSettings, Settings

__all__ = ["Caller", "CallerResolver"]


@dataclass(frozen=True, slots=True)
class Caller:
    """The authenticated caller of one request and what applies to it."""

    principal: Principal
    policy: LoadedPolicy
    """Snapshot of the tenant's policy taken when the request arrived."""
    limits: LimitSettings
    qos: QosClass
    """The request's QoS class (the key's, or lower when the client asked)."""


class CallerResolver:
    """Resolves the caller of a request; built once in the app factory."""

    def __init__(
        self,
        settings: Settings,
        *,
        authenticator: ApiKeyAuthenticator,
        policies: PolicyStore,
        qos: QosClasses,
    ) -> None:
        self._settings = settings
        self._auth = authenticator
        self._policies = policies
        self.qos = qos
        """The QoS classes (the chat endpoint also reads whether to send vLLM's priority)."""

    def resolve(self, request: Request[Any, Any, Any], ex: Exchange) -> Caller:
        """The caller; fills the exchange's tenant, key, policy and QoS class. Raises
        :class:`~proxy.errors.AuthenticationError` (401) for a missing or unknown key and
        :class:`~proxy.errors.BadRequestError` for an unknown priority class or a malformed
        ``X-Mamori-Deadline``."""
        principal = self._auth.authenticate(request.headers.get("authorization"))
        record = ex.record
        record.tenant, record.key = principal.tenant, principal.key_name
        loaded = self._policies.get(principal.policy)
        record.policy, record.policy_version = loaded.policy.name, loaded.version
        ex.headers["X-Mamori-Policy"] = f"{loaded.policy.name}@{loaded.version}"
        qos = ex.qos = self.qos.resolve(
            principal, request.headers.get(PRIORITY_HEADER), request.headers.get(DEADLINE_HEADER)
        )
        record.qos_class = qos.name
        ex.headers["X-Mamori-Priority"] = qos.name
        return Caller(principal, loaded, self._settings.tenant_limits(principal.tenant), qos)
