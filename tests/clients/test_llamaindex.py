"""LlamaIndex (``OpenAILike`` from llama-index-llms-openai-like, ``OpenAIEmbedding``) against
the gateway: chat, stream, streamed tool calls (LlamaIndex reads only the first tool-call
entry of each chunk), structured output, embeddings and errors.

LlamaIndex's OpenAI clients need openai<3, so they run in their own venv
(``.venv-llamaindex``, from ``llamaindex-requirements.txt``): each test runs
``llamaindex_driver.py`` there against the gateway this process started. Without that venv
the tests are skipped, saying how to create it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.clients.conftest import (
    ARGUMENTS,
    RESTORED,
    TEXT,
    TOOL_REPLY,
    TOOL_REPLY_RESTORED,
    TOOL_RESULT,
    TOOL_RESULT_VALUES,
    assert_pseudonymized,
)
from tests.integration.conftest import MODEL, ROOT
from tests.vllm_compat import ToolCallSpec, VLLMCompatServer

pytestmark = pytest.mark.integration

VENV_PYTHON = ROOT / ".venv-llamaindex" / "bin" / "python"
DRIVER = Path(__file__).with_name("llamaindex_driver.py")


def _drive(scenario: str, url: str, text: str = TEXT) -> dict[str, Any]:
    if not VENV_PYTHON.exists():
        pytest.skip(
            f"no LlamaIndex venv: {sys.executable} -m venv .venv-llamaindex && "
            ".venv-llamaindex/bin/pip install -r tests/clients/llamaindex-requirements.txt"
        )
    done = subprocess.run(
        [str(VENV_PYTHON), str(DRIVER), scenario, url, MODEL, text],
        capture_output=True, text=True, timeout=180, check=True,
        env={"PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1", "NO_PROXY": "127.0.0.1"},
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result.get("error") is None or scenario == "unknown_model", result
    return result


def test_chat(gateway_url: str, backend: VLLMCompatServer) -> None:
    assert _drive("chat", gateway_url)["text"] == TEXT
    assert_pseudonymized(backend)


def test_stream(gateway_url: str, backend: VLLMCompatServer) -> None:
    backend.config.update(chunk_chars=(1, 4))
    result = _drive("stream", gateway_url)
    # The output filter releases a sentence once it is checked: this one-sentence answer
    # arrives in one piece.
    assert result["text"] == TEXT and result["chunks"] >= 1
    assert_pseudonymized(backend)


def test_streamed_tool_call(gateway_url: str, backend: VLLMCompatServer) -> None:
    backend.config.update(chunk_chars=(1, 4), tool_call=ToolCallSpec("register", ARGUMENTS))
    assert _drive("stream_tools", gateway_url)["calls"] == [{"name": "register", "args": RESTORED}]
    assert_pseudonymized(backend)


def test_tool_round_trip_with_a_result_naming_someone_else(
    gateway_url: str, backend: VLLMCompatServer
) -> None:
    # The backend calls the tool while tools are offered, and answers in text without.
    backend.config.update(tool_call=ToolCallSpec("register", ARGUMENTS), reply=TOOL_REPLY)
    result = _drive("tool_round_trip", gateway_url, f"{TEXT}\n{TOOL_RESULT}")
    assert result["args"] == RESTORED
    assert result["text"] == TOOL_REPLY_RESTORED
    assert_pseudonymized(backend, also=TOOL_RESULT_VALUES)


def test_structured_output(gateway_url: str, backend: VLLMCompatServer) -> None:
    backend.config.update(tool_call=ToolCallSpec("Contact", ARGUMENTS))
    assert _drive("structured", gateway_url)["contact"] == RESTORED
    assert_pseudonymized(backend)


def test_embeddings(gateway_url: str) -> None:
    vectors = _drive("embeddings", gateway_url)["vectors"]
    assert len(vectors) == 2 and len(vectors[0]) == 8 and vectors[0] != vectors[1]


def test_unknown_model_is_a_404_not_retried(gateway_url: str, audit_path: Path) -> None:
    result = _drive("unknown_model", gateway_url, "こんにちは")
    assert (result["error"], result["status"]) == ("NotFoundError", 404)
    # The client retries (max_retries=2) before it raises: one record means one request.
    assert len(audit_path.read_text(encoding="utf-8").splitlines()) == 1
