"""Gateway settings: one root :class:`Settings`; each section in a module of its own
(``server.py``, ``upstream.py``, ``tenants.py``, ``traffic.py``, ``retrieval.py``,
``policies.py``, ``audit.py``, ``stages.py``, ``state.py``), all re-exported here.

Values come from, strongest first: command-line overrides, ``MAMORI_...`` environment
variables (nested keys joined with ``__``, e.g. ``MAMORI_SERVER__PORT=9000``), then the YAML
file (``mamori.yaml``). Every key is documented in ``docs/configuration.md``.

Failure behaviour: :func:`load_settings` raises :class:`~proxy.errors.ConfigError` whose
message names each bad key (and its line when it came from the file); the CLI prints it
and exits non-zero, so a bad configuration never starts a half-working gateway.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)

from guardrails.yaml_source import (
    YamlDocument,
    YamlSourceError,
    describe_validation_error,
    read_yaml_file,
)
from proxy.errors import ConfigError
from proxy.settings.audit import AuditSettings
from proxy.settings.policies import PolicySettings
from proxy.settings.retrieval import RetrievalSettings
from proxy.settings.server import LimitSettings, ServerSettings
from proxy.settings.stages import EmbeddingSettings, GuardSettings, PiiSettings
from proxy.settings.state import StateSettings
from proxy.settings.tenants import ApiKeySettings, TenantSettings
from proxy.settings.traffic import AliasSettings, QosSettings
from proxy.settings.upstream import ModelRoute, TimeoutSettings, UpstreamSettings

__all__ = [
    "ANY_MODEL",
    "ApiKeySettings",
    "AuditSettings",
    "EmbeddingSettings",
    "GuardSettings",
    "LimitSettings",
    "ModelRoute",
    "PiiSettings",
    "PolicySettings",
    "ServerSettings",
    "Settings",
    "StateSettings",
    "TenantSettings",
    "TimeoutSettings",
    "UpstreamSettings",
    "hash_api_key",
    "load_settings",
]

#: The route key that forwards every model name to the same backends (``--upstream``).
ANY_MODEL = "*"


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
    state: StateSettings = StateSettings()
    """Where rate limits and in-flight slots shared by workers and instances live."""
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @model_validator(mode="after")
    def _check_references(self) -> Settings:
        for index, key in enumerate(self.api_keys):
            if key.tenant not in self.tenants:
                raise ValueError(f"api_keys.{index}.tenant: unknown tenant {key.tenant!r}")
        self._check_traffic_references()
        for name in self.upstream.required_models:
            if name not in self.models:
                raise ValueError(f"upstream.required_models: {name!r} is not a key of models")
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
        lines = describe_validation_error(exc, document, Settings)
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
