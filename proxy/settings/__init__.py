"""Gateway settings: one root :class:`Settings`, a sub-model per concern.

Values come from, strongest first: command-line overrides, ``MAMORI_...`` environment
variables (nested keys joined with ``__``, e.g. ``MAMORI_SERVER__PORT=9000``), then the YAML
file (``mamori.yaml``). Every key is documented in ``docs/configuration.md``.

Failure behaviour: :func:`load_settings` raises :class:`~proxy.errors.ConfigError` whose
message names each bad key (and its line when it came from the file); the CLI prints it
and exits non-zero, so a bad configuration never starts a half-working gateway.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    AnyHttpUrl,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)

from guardrails.classify.vector_cache import default_cache_dir
from guardrails.yaml_source import (
    YamlDocument,
    YamlSourceError,
    describe_validation_error,
    read_yaml_file,
)
from proxy.errors import ConfigError
from proxy.settings.retrieval import RetrievalSettings
from proxy.settings.traffic import AliasSettings, QosSettings, RateLimitSettings

__all__ = [
    "ANY_MODEL",
    "ApiKeySettings",
    "AuditSettings",
    "LimitSettings",
    "ModelRoute",
    "PolicySettings",
    "ServerSettings",
    "Settings",
    "TenantSettings",
    "TimeoutSettings",
    "UpstreamSettings",
    "hash_api_key",
    "load_settings",
]

#: The route key that forwards every model name to the same backends (``--upstream``).
ANY_MODEL = "*"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServerSettings(_Section):
    host: str = "127.0.0.1"
    """Address to bind. A non-loopback address requires at least one API key."""
    port: int = Field(8080, ge=0, le=65535)
    """TCP port (0 picks a free one; tests use that)."""
    workers: int | None = Field(None, ge=1)
    """Worker processes; ``null`` means one per CPU core."""
    keep_alive_s: int = Field(75, ge=1)
    """How long an idle client connection stays open. Keep it above the idle timeout of
    load balancers and clients in front, or they may reuse a connection as it closes."""

    def is_loopback(self) -> bool:
        """True when only this machine can connect."""
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


class LimitSettings(_Section):
    max_body_bytes: int = Field(4 * 1024 * 1024, ge=1024)
    """Largest request body accepted; larger bodies get a 400 before they are parsed."""
    max_messages: int = Field(512, ge=1)
    """Most messages in one chat request."""


class TimeoutSettings(_Section):
    connect: float = Field(3.0, gt=0)
    """Seconds to open a TCP connection to a backend; on failure the next replica is tried."""
    read: float = Field(600.0, gt=0)
    """Seconds to wait for each read from a backend (first byte, and between chunks)."""
    write: float = Field(30.0, gt=0)
    """Seconds to send the request body."""
    pool: float = Field(10.0, gt=0)
    """Seconds to wait for a free pooled connection."""


class UpstreamSettings(_Section):
    timeouts: TimeoutSettings = TimeoutSettings()
    """httpx timeouts for every backend request."""
    max_connections: int = Field(512, ge=1)
    """Connection pool size per model route."""
    max_keepalive_connections: int = Field(128, ge=0)
    """Idle connections kept open per model route."""
    keepalive_expiry_s: float = Field(4.0, gt=0)
    """Idle pooled connections are closed after this long. Keep it below the backends'
    own keep-alive timeout (vLLM: 5 s) so the gateway never reuses one they closed."""
    health_interval_s: float = Field(5.0, gt=0)
    """How often each backend's ``/health`` is polled."""
    health_timeout_s: float = Field(2.0, gt=0)
    """Timeout of one ``/health`` poll."""
    api_key: SecretStr | None = None
    """Bearer token sent to the backends (vLLM ``--api-key``); never the client's key."""
    eject_after_failures: int = Field(3, ge=1)
    """Consecutive failures (5xx, dropped connections, failed ``/health`` polls) after
    which a replica is taken out; a refused connection takes it out at once."""
    ejection_s: float = Field(10.0, ge=0)
    """A replica taken out for failed requests stays out at least this long, then a
    passing ``/health`` takes it back."""
    metrics_interval_s: float = Field(2.0, ge=0)
    """How often each replica's vLLM ``/metrics`` is read for load-aware routing;
    ``0`` turns it off."""
    kv_cache_weight: float = Field(4.0, ge=0)
    """Load a full KV cache (``vllm:kv_cache_usage_perc`` = 1) adds to a replica's score,
    in outstanding requests."""


class ModelRoute(_Section):
    backends: list[AnyHttpUrl] = Field(min_length=1)
    """Base URLs of the vLLM replicas serving this model (without ``/v1``)."""
    upstream_model: str | None = None
    """Model name the backends serve (``--served-model-name``); default: the public name."""
    max_model_len: int | None = Field(None, ge=1)
    """Context length reported by ``GET /v1/models``; default: asked from a backend."""
    balance: Literal["least_loaded", "round_robin"] = "least_loaded"
    """How a replica is picked: fewest outstanding requests (refined by vLLM's metrics),
    or plain round-robin."""
    max_in_flight: int | None = Field(None, ge=1)
    """Requests sent to one replica at once; more wait in the gateway's QoS queue.
    ``null``: no gateway queue (vLLM queues them itself, first come first served)."""
    prefix_affinity: bool = False
    """Send requests with the same leading system messages to the same replica (vLLM's
    prefix cache), unless it is busier than the least loaded one by ``affinity_slack``."""
    affinity_slack: int = Field(2, ge=0)
    """Outstanding requests a replica may be above the least loaded one and still keep
    its affine requests."""

    @field_validator("backends")
    @classmethod
    def _no_path(cls, value: list[AnyHttpUrl]) -> list[AnyHttpUrl]:
        for url in value:
            if url.path not in (None, "", "/"):
                raise ValueError(f"give the server's base URL without a path, not {url}")
        return value


class TenantSettings(_Section):
    policy: str = "default"
    """Name of the policy file (``policies/NAME.yaml``) applied to this tenant's requests."""
    limits: LimitSettings | None = None
    """Limits for this tenant; default: the global ``limits``."""
    qos_class: str | None = None
    """QoS class of the tenant's requests (a key of ``qos.classes``); default:
    ``qos.default_class``."""
    rate_limit: RateLimitSettings | None = None
    """Per-key request and token limits for the tenant's keys; default: none."""


class ApiKeySettings(_Section):
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


class PolicySettings(_Section):
    directory: Path = Path("policies")
    """Folder holding ``NAME.yaml`` policy files."""
    default: str = "default"
    """Policy of requests without an API key (loopback-only deployments)."""
    reload_interval_s: float = Field(2.0, gt=0)
    """How often policy files are checked for changes (hot reload)."""


class AuditSettings(_Section):
    path: Path | None = Path("audit.log")
    """JSON-lines audit file; ``null`` turns the audit log off."""


class PiiSettings(_Section):
    cache_entries: int = Field(4096, ge=0)
    """Analysis results kept per worker (digests of texts → spans, no text), so a history
    re-sent every turn is analysed once; 0 turns the cache off."""


class GuardSettings(_Section):
    vector_cache_dir: Path | None = Field(default_factory=default_cache_dir)
    """Where embedded guard exemplars are kept between starts (default
    ``$XDG_CACHE_HOME/mamori/guard``), so a policy's exemplars are embedded once per
    machine; ``null`` embeds them at every start."""


class EmbeddingSettings(_Section):
    query_memo_entries: int = Field(1024, ge=0)
    """Query vectors kept per embedder and worker (keyed by a digest of the text, no text
    kept), so the message the guard embedded is not embedded again by the retrieval stage;
    0 turns the memo off."""


class Settings(BaseSettings):
    """Root of the configuration; see docs/configuration.md."""

    model_config = SettingsConfigDict(
        env_prefix="MAMORI_",
        env_nested_delimiter="__",
        extra="forbid",
        frozen=True,
    )

    server: ServerSettings = ServerSettings()
    limits: LimitSettings = LimitSettings()
    upstream: UpstreamSettings = UpstreamSettings()
    models: dict[str, ModelRoute] = Field(default_factory=dict)
    """Public model name → route. The name ``"*"`` forwards any model name unchanged."""
    tenants: dict[str, TenantSettings] = Field(
        default_factory=lambda: {"default": TenantSettings()}
    )
    api_keys: list[ApiKeySettings] = Field(default_factory=list)
    policies: PolicySettings = PolicySettings()
    audit: AuditSettings = AuditSettings()
    pii: PiiSettings = PiiSettings()
    guard: GuardSettings = GuardSettings()
    embedding: EmbeddingSettings = EmbeddingSettings()
    """The embedders the guard and the FAQ indexes share (one per configuration)."""
    retrieval: RetrievalSettings = RetrievalSettings()
    """FAQ indexes, the embedded Milvus Lite and the built-in ``faq-extractive`` model."""
    qos: QosSettings = QosSettings()
    aliases: dict[str, AliasSettings] = Field(default_factory=dict)
    """Public model name → routing rules choosing one of ``models`` per request."""
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @model_validator(mode="after")
    def _check_references(self) -> Settings:
        for index, key in enumerate(self.api_keys):
            if key.tenant not in self.tenants:
                raise ValueError(f"api_keys.{index}.tenant: unknown tenant {key.tenant!r}")
        self._check_traffic_references()
        hashes = [key.sha256 for key in self.api_keys]
        if len(hashes) != len(set(hashes)):
            raise ValueError("api_keys: the same key is listed twice")
        if not self.api_keys and not self.server.is_loopback():
            raise ValueError(
                f"server.host: binding {self.server.host} without api_keys would open the "
                "gateway to the network; add api_keys or bind 127.0.0.1"
            )
        return self

    def _check_traffic_references(self) -> None:
        classes = self.qos.classes
        for name, tenant in self.tenants.items():
            if tenant.qos_class is not None and tenant.qos_class not in classes:
                raise ValueError(f"tenants.{name}.qos_class: unknown class {tenant.qos_class!r}")
        for index, key in enumerate(self.api_keys):
            if key.qos_class is not None and key.qos_class not in classes:
                raise ValueError(f"api_keys.{index}.qos_class: unknown class {key.qos_class!r}")
        for alias, route in self.aliases.items():
            if alias in self.models:
                raise ValueError(f"aliases.{alias}: the name is also a key of models")
            targets = [("default", route.default)]
            targets += [(f"rules.{i}.model", rule.model) for i, rule in enumerate(route.rules)]
            for where, target in targets:
                if target not in self.models or target == ANY_MODEL:
                    raise ValueError(f"aliases.{alias}.{where}: {target!r} is not in models")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The YAML file is merged below the environment by load_settings (it passes the
        # file's data as the lowest layer), so only init and env sources are used here.
        return (init_settings, env_settings)

    def tenant_limits(self, tenant: str) -> LimitSettings:
        """The limits that apply to ``tenant``."""
        configured = self.tenants.get(tenant)
        return configured.limits if configured and configured.limits else self.limits


def hash_api_key(key: str) -> str:
    """Hex SHA-256 of an API key, as stored in ``api_keys[].sha256``."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def load_settings(
    config_path: Path | None = None, overrides: dict[str, Any] | None = None
) -> Settings:
    """Build settings from the YAML file, the environment and ``overrides``.

    ``config_path`` defaults to ``$MAMORI_CONFIG``; with neither, only the environment and
    built-in defaults apply. Raises :class:`ConfigError` naming each bad key.
    """
    if config_path is None and os.environ.get("MAMORI_CONFIG"):
        config_path = Path(os.environ["MAMORI_CONFIG"])
    document: YamlDocument | None = None
    if config_path is not None:
        try:
            _, document = read_yaml_file(config_path)
        except YamlSourceError as exc:
            raise ConfigError(str(exc)) from exc
    merged = _merge(document.data if document else {}, _env_layer(), overrides or {})
    try:
        return Settings.model_validate(merged)
    except ValidationError as exc:
        lines = describe_validation_error(exc, document)
        raise ConfigError("invalid configuration:\n  " + "\n  ".join(lines)) from exc


def _env_layer() -> dict[str, Any]:
    """The ``MAMORI_...`` variables as nested data (pydantic-settings parses them)."""
    try:
        return EnvSettingsSource(Settings)()
    except SettingsError as exc:
        raise ConfigError(f"invalid MAMORI_ environment variable: {exc}") from exc


def _merge(*layers: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge mappings; later layers win key by key."""
    out: dict[str, Any] = {}
    for layer in layers:
        for key, value in layer.items():
            if isinstance(value, dict) and isinstance(out.get(key), dict):
                out[key] = _merge(out[key], value)
            else:
                out[key] = value
    return out
