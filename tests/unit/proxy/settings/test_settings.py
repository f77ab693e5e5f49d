from __future__ import annotations

from pathlib import Path

import pytest

from proxy.errors import ConfigError
from proxy.settings import hash_api_key, load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("MAMORI_"):
            monkeypatch.delenv(name)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mamori.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_file() -> None:
    settings = load_settings()
    assert settings.server.host == "127.0.0.1"
    assert settings.server.port == 8080
    assert settings.models == {}
    assert settings.tenants["default"].policy == "default"


def test_file_values_and_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(
        tmp_path,
        "server:\n  port: 9001\nmodels:\n  chat:\n    backends: ['http://10.0.0.1:8000']\n",
    )
    monkeypatch.setenv("MAMORI_SERVER__PORT", "9002")
    monkeypatch.setenv("MAMORI_UPSTREAM__TIMEOUTS__READ", "12.5")
    settings = load_settings(path)
    assert settings.server.port == 9002
    assert settings.upstream.timeouts.read == 12.5
    assert str(settings.models["chat"].backends[0]) == "http://10.0.0.1:8000/"


def test_overrides_beat_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAMORI_SERVER__PORT", "9002")
    assert load_settings(overrides={"server": {"port": 7000}}).server.port == 7000


def test_config_path_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAMORI_CONFIG", str(_write(tmp_path, "log_level: DEBUG\n")))
    assert load_settings().log_level == "DEBUG"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("server:\n  port: many\n", "mamori.yaml:2: server.port: Input should be a valid integer"),
        ("server:\n  prot: 1\n", "mamori.yaml:2: server.prot: Extra inputs are not permitted"),
        (
            "models:\n  m:\n    backends:\n      - 'not a url'\n",
            "mamori.yaml:4: models.m.backends.0: Input should be a valid URL",
        ),
        ("models:\n  m:\n    backends: []\n", "mamori.yaml:3: models.m.backends"),
        (
            "models:\n  m:\n    backends: ['http://h:1/v1']\n",
            "base URL without a path",
        ),
        ("server: [1\n", "mamori.yaml:2:1: invalid YAML"),
        ("- a\n- b\n", "top level must be a mapping"),
        (
            "api_keys:\n  - sha256: " + "a" * 64 + "\n    tenant: nobody\n",
            "unknown tenant 'nobody'",
        ),
        ("server:\n  host: 0.0.0.0\n", "without api_keys would open the gateway"),
    ],
    ids=[
        "bad-int",
        "unknown-key",
        "bad-url",
        "no-backends",
        "url-with-path",
        "yaml-syntax",
        "not-mapping",
        "unknown-tenant",
        "open-without-keys",
    ],
)
def test_invalid_config_names_the_key_and_line(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(_write(tmp_path, text))
    assert expected in str(caught.value)


def test_invalid_env_names_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAMORI_LIMITS__MAX_MESSAGES", "lots")
    with pytest.raises(ConfigError, match=r"limits\.max_messages: Input should be a valid integer"):
        load_settings()


def test_missing_file() -> None:
    with pytest.raises(ConfigError, match=r"mamori\.yaml: cannot read file"):
        load_settings(Path("/nonexistent/mamori.yaml"))


def test_non_loopback_with_keys_is_allowed(tmp_path: Path) -> None:
    digest = hash_api_key("k")
    text = f"server:\n  host: 0.0.0.0\napi_keys:\n  - sha256: {digest}\n    tenant: default\n"
    settings = load_settings(_write(tmp_path, text))
    assert settings.server.host == "0.0.0.0"
    assert not settings.server.is_loopback()


def test_tenant_limits_fall_back_to_global(tmp_path: Path) -> None:
    text = (
        "limits:\n  max_messages: 9\n"
        "tenants:\n  default: {}\n  small:\n    limits:\n      max_messages: 2\n"
    )
    settings = load_settings(_write(tmp_path, text))
    assert settings.tenant_limits("small").max_messages == 2
    assert settings.tenant_limits("default").max_messages == 9


def test_shipped_config_is_valid() -> None:
    settings = load_settings(Path(__file__).parents[4] / "mamori.yaml")
    assert settings.policies.directory == Path("policies")


def test_query_memo_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().embedding.query_memo_entries == 1024
    monkeypatch.setenv("MAMORI_EMBEDDING__QUERY_MEMO_ENTRIES", "0")
    assert load_settings().embedding.query_memo_entries == 0
    path = _write(tmp_path, "embedding:\n  query_memo_entries: -1\n")
    monkeypatch.delenv("MAMORI_EMBEDDING__QUERY_MEMO_ENTRIES")
    with pytest.raises(ConfigError, match=r"embedding\.query_memo_entries"):
        load_settings(path)
