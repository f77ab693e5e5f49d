"""A vLLM-compatible test server: vLLM's OpenAI-compatible HTTP protocol without a model.

vLLM needs a GPU; the gateway's integration tests and benchmarks need its protocol. This
package serves it faithfully over real HTTP on 127.0.0.1 (chat completions streaming and
not, tool calls, vLLM's error bodies and in-stream error event, ``/health``,
``/v1/models``, ``/metrics``), with knobs for latency, token pace and faults, and records
of every request received and of how each exchange ended.

    with VLLMCompatServer({"qwen3-8b": 32768}) as upstream:
        client = openai.OpenAI(base_url=f"{upstream.url}/v1", api_key="x", max_retries=0)
        upstream.fail_next("http_500")
        ...
        assert upstream.requests[-1].outcome == "aborted"

Run standalone with ``python -m tests.vllm_compat --model NAME[:MAX_MODEL_LEN]``.
"""

from __future__ import annotations

from .app import VLLMCompatApp
from .config import FAULT_MODES, ChunkChars, FaultMode, ServerConfig, ToolCallSpec
from .records import Outcome, RecordedRequest
from .server import VLLMCompatServer

__all__ = [
    "FAULT_MODES",
    "ChunkChars",
    "FaultMode",
    "Outcome",
    "RecordedRequest",
    "ServerConfig",
    "ToolCallSpec",
    "VLLMCompatApp",
    "VLLMCompatServer",
]
