"""Request fields whose answer carries the generated text outside the texts the response
stages read: log-probabilities and token ids.

vLLM returns, when asked, each generated token (``logprobs``: the token's text and bytes,
and its alternatives), the generated token ids (``return_token_ids``) and the prompt's
tokens (``prompt_logprobs``: the system prompt and FAQ context included). The response
stages (``output.filter``, ``pii.restore``) read a choice's content, reasoning and tool
arguments; these other forms of the same text would reach the client unchecked: personal
data the filter redacted, a stopped answer, a leaked system prompt. With response stages
in the pipeline the fields are therefore refused (fail closed), like the Responses inputs
the gateway cannot scan.

Failure behaviour: :func:`refuse_token_outputs` raises
:class:`~proxy.errors.BadRequestError` (``code: "unsupported_parameter"``) naming the
field; it never echoes values.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from proxy.errors import BadRequestError

__all__ = ["refuse_token_outputs"]

Endpoint = Literal["chat", "completions", "responses"]

_LOGPROBS_INCLUDE = "message.output_text.logprobs"


def _asked(body: Mapping[str, Any], endpoint: Endpoint) -> str | None:
    """The first field of ``body`` that asks for tokens or token ids, or None."""
    if endpoint == "chat" and body.get("logprobs"):
        return "logprobs"
    if endpoint == "completions" and body.get("logprobs") is not None:
        # An integer here; 0 still returns the sampled tokens.
        return "logprobs"
    if endpoint == "responses":
        include = body.get("include")
        if isinstance(include, list) and _LOGPROBS_INCLUDE in include:
            return "include"
        if body.get("top_logprobs"):
            return "top_logprobs"
        return None
    if body.get("prompt_logprobs") is not None:
        return "prompt_logprobs"
    if body.get("return_token_ids"):
        return "return_token_ids"
    return None


def refuse_token_outputs(body: Mapping[str, Any], endpoint: Endpoint) -> None:
    """Raise a 400 when ``body`` asks for tokens or token ids of the answer or prompt;
    called only when the pipeline has response stages."""
    field = _asked(body, endpoint)
    if field is None:
        return
    what = _LOGPROBS_INCLUDE if field == "include" else field
    raise BadRequestError(
        f"'{what}' is not supported through the gateway: tokens and token ids carry the "
        "answer (or the prompt) past the output filter and the restoring of personal data",
        param=field,
        code="unsupported_parameter",
    )
