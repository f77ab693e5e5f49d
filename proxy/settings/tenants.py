"""``tenants:`` and ``api_keys:``: who may call, under which policy and limits."""

from __future__ import annotations

from pydantic import Field

from proxy.settings.section import Section
from proxy.settings.server import LimitSettings
from proxy.settings.traffic import RateLimitSettings

__all__ = ["ApiKeySettings", "TenantSettings"]


class TenantSettings(Section):
    policy: str = "default"
    """Name of the policy file (``policies/NAME.yaml``) applied to this tenant's requests."""
    limits: LimitSettings | None = None
    """Limits for this tenant; default: the global ``limits``."""
    qos_class: str | None = None
    """QoS class of the tenant's requests (a key of ``qos.classes``); default:
    ``qos.default_class``."""
    rate_limit: RateLimitSettings | None = None
    """Per-key request and token limits for the tenant's keys; default: none."""


class ApiKeySettings(Section):
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    """Hex SHA-256 of the key (``mamori keys hash``); the key itself is never stored."""
    tenant: str
    """Tenant the key belongs to (a key of ``tenants``)."""
    name: str = ""
    """Label written to the audit log instead of the key."""
    qos_class: str | None = None
    """QoS class of this key's requests; default: the tenant's."""
    rate_limit: RateLimitSettings | None = None
    """Request and token limits of this key; default: the tenant's."""
