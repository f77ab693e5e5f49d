"""What an error message may quote of what the client sent."""

from __future__ import annotations

import pytest

from proxy.errors import model_not_found, quotable, shown_path


@pytest.mark.parametrize(
    "name",
    [
        "Qwen/Qwen3-8B",
        "meta-llama/Llama-3.1-8B-Instruct",
        "gpt-4o-2024-08-06",
        "claude-3-5-sonnet-20241022",
        "llama3:8b",
        "faq-extractive",
        "bogus_field",
        "_private",
        "chat_templat",
    ],
)
def test_plain_names_are_quoted(name: str) -> None:
    assert quotable(name)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("山田太郎", id="japanese"),
        pytest.param("Yamada Taro", id="space"),
        pytest.param("taro@example.jp", id="email"),
        pytest.param("090-1234-5678", id="phone"),
        pytest.param("09012345678", id="phone-digits"),
        pytest.param("model-090-1234-5678", id="phone-inside"),
        pytest.param("4111-1111-1111-1111", id="card"),
        pytest.param("m" * 129, id="long"),
        pytest.param("", id="empty"),
        pytest.param("-flag", id="leading-dash"),
        pytest.param("a\nb", id="newline"),
    ],
)
def test_anything_else_is_described_not_repeated(name: str) -> None:
    assert not quotable(name)


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("tools.0.function.parameters.properties.p.format", None),
        ("tools.0.function.parameters.properties.山田太郎.format",
         "tools.0.function.parameters.properties.….format"),
        ("metadata.090-1234-5678", "metadata.…"),
        ("messages[1].tool_calls[0].id", None),
        ("metadata.山田.太郎", "metadata.….…"),
    ],
)  # fmt: skip
def test_a_path_shows_only_plain_keys(path: str, shown: str | None) -> None:
    assert shown_path(path) == (path if shown is None else shown)


def test_a_model_name_is_quoted_only_when_plain() -> None:
    assert model_not_found("nope").message == "The model `nope` does not exist."
    hidden = model_not_found("山田太郎")
    assert hidden.message == "The model named in the request does not exist."
    assert (hidden.param, hidden.code) == ("model", "model_not_found")
