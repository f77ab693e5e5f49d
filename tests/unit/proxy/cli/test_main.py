from __future__ import annotations

from pathlib import Path

import pytest

from proxy.cli.main import _announce, main
from proxy.settings import Settings, hash_api_key

ROOT = Path(__file__).parents[4]


def test_policy_validate_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "validate", str(ROOT / "policies" / "default.yaml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok ") and "policy 'default'" in out and ", version " in out


def test_policy_validate_reports_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\n\nunknown_section: {}\n", encoding="utf-8")
    assert main(["policy", "validate", str(bad)]) == 1
    assert f"FAIL {bad}:3: unknown_section: Extra inputs are not permitted" in (
        capsys.readouterr().err
    )


def test_keys_hash_and_new(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keys", "hash", "abc"]) == 0
    assert capsys.readouterr().out.strip() == hash_api_key("abc")
    assert main(["keys", "new"]) == 0
    out = capsys.readouterr().out.split()
    key, digest = out[1], out[3]
    assert key.startswith("mk-")
    assert hash_api_key(key) == digest


def test_serve_with_bad_config_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "mamori.yaml"
    config.write_text("server:\n  port: -1\n", encoding="utf-8")
    monkeypatch.delenv("MAMORI_CONFIG", raising=False)
    assert main(["serve", "--config", str(config)]) == 2
    assert "mamori.yaml:2: server.port" in capsys.readouterr().err


def test_serve_refuses_open_bind_without_keys(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MAMORI_CONFIG", raising=False)
    assert main(["serve", "--host", "0.0.0.0", "--port", "0"]) == 2
    assert "without api_keys" in capsys.readouterr().err


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: mamori" in capsys.readouterr().err


def test_serve_with_missing_policy_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "mamori.yaml"
    config.write_text(
        f"policies:\n  directory: {tmp_path}\ntenants:\n  default:\n    policy: absent\n",
        encoding="utf-8",
    )
    monkeypatch.delenv("MAMORI_CONFIG", raising=False)
    assert main(["serve", "--config", str(config)]) == 2
    assert "absent.yaml: cannot read file" in capsys.readouterr().err


def test_refused_serve_leaves_the_environment_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    monkeypatch.delenv("MAMORI_CONFIG", raising=False)
    before = {k: v for k, v in os.environ.items() if k.startswith("MAMORI_")}
    config = tmp_path / "mamori.yaml"
    config.write_text(f"policies:\n  directory: {tmp_path}\n", encoding="utf-8")
    assert main(["serve", "--config", str(config), "--port", "1234"]) == 2
    assert {k: v for k, v in os.environ.items() if k.startswith("MAMORI_")} == before


@pytest.mark.parametrize(
    ("retrieval", "expected", "absent"),
    [
        pytest.param(
            {"enabled": True},
            "the built-in faq-extractive answers every chat request",
            "will get 404",
            id="built-in-model",
        ),
        pytest.param(
            {"enabled": True, "builtin_model": None},
            "every chat request will get 404",
            "built-in",
            id="no-built-in-model",
        ),
        pytest.param({}, "every chat request will get 404", "built-in", id="retrieval-off"),
    ],
)
def test_the_start_up_warning_says_who_answers_without_models(
    caplog: pytest.LogCaptureFixture, retrieval: dict[str, object], expected: str, absent: str
) -> None:
    settings = Settings.model_validate({"retrieval": retrieval})
    with caplog.at_level("WARNING", logger="mamori"):
        _announce(settings)
    text = caplog.text
    assert expected in text
    assert absent not in text


@pytest.mark.parametrize("command", ["policy", "pii", "guard", "index", "keys"])
def test_a_command_without_its_subcommand_prints_its_own_help(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # `mamori index` printed the help of `mamori`, which does not list index's commands.
    assert main([command]) == 2
    assert f"usage: mamori {command} " in capsys.readouterr().err


@pytest.mark.parametrize("top_k", ["0", "-5", "x"])
def test_index_search_top_k_must_be_at_least_one(
    top_k: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # --top-k 0 and -5 printed '{"query": "x", "hits": []}' and exited 0.
    with pytest.raises(SystemExit) as exited:
        main(["index", "search", "faq", "x", "--top-k", top_k])
    assert exited.value.code == 2
    assert "argument --top-k: expected a whole number of at least 1" in capsys.readouterr().err


def test_index_search_with_a_query_and_jsonl_says_not_both(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["index", "search", "faq", "x", "--jsonl", "q.jsonl"]) == 2
    assert "give a QUERY or --jsonl FILE, not both" in capsys.readouterr().err


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"mamori {version('mamori')}\n"
