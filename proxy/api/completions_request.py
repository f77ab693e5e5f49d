"""Validation of ``POST /v1/completions`` (legacy text completions) bodies.

The OpenAI fields and vLLM's sampling and extra parameters for text completions, read by
the same strict reader and bounded by the same limits as chat. ``prompt`` is a string or a
list of strings; token-id prompts are refused, because no stage could read them for
personal data or attacks. ``suffix`` is refused unless null, as vLLM refuses it.

Failure behaviour: :func:`parse_completions_request` raises
:class:`~proxy.errors.BadRequestError` naming the field; it never echoes values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from proxy.api.chat_request import (
    check_bounds,
    check_field_types,
    read_stream_flag,
    read_stream_options,
)
from proxy.api.closed_fields import check_closed_fields, check_unread_values
from proxy.api.json_body import load_request_object
from proxy.errors import BadRequestError
from proxy.settings import LimitSettings

__all__ = ["COMPLETION_FIELDS", "CompletionsRequest", "parse_completions_request"]

COMPLETION_FIELDS = frozenset(
    {
        # OpenAI
        "model", "prompt", "suffix", "max_tokens", "temperature", "top_p", "n", "stream",
        "stream_options", "logprobs", "echo", "stop", "presence_penalty", "frequency_penalty",
        "best_of", "logit_bias", "user", "seed",
        # vLLM sampling and extra parameters
        "use_beam_search", "top_k", "min_p", "repetition_penalty", "length_penalty",
        "stop_token_ids", "include_stop_str_in_output", "ignore_eos", "min_tokens",
        "skip_special_tokens", "spaces_between_special_tokens", "truncate_prompt_tokens",
        "prompt_logprobs", "allowed_token_ids", "bad_words", "logits_processors",
        "vllm_xargs", "add_special_tokens", "response_format", "structured_outputs",
        "request_id", "return_tokens_as_token_ids", "return_token_ids", "cache_salt",
        "kv_transfer_params",
    }
)  # fmt: skip


@dataclass(slots=True)
class CompletionsRequest:
    """A validated text completion request; ``body`` is what will be sent upstream."""

    body: dict[str, Any]
    model: str
    prompts: list[str]
    stream: bool
    include_usage: bool
    estimated_tokens: int


def parse_completions_request(raw: bytes, *, limits: LimitSettings) -> CompletionsRequest:
    """Parse and validate a text completion body. Raises :class:`BadRequestError`."""
    body, model = load_request_object(
        raw, allowed=COMPLETION_FIELDS, forward_unknown=limits.unknown_fields == "forward"
    )
    prompt = body.get("prompt")
    prompts = [prompt] if isinstance(prompt, str) else prompt
    if not isinstance(prompts, list) or not prompts:
        raise BadRequestError("prompt must be a string or a non-empty list", param="prompt")
    if len(prompts) > limits.max_messages:
        # Each prompt is a generation of its own and a text for the stages to read.
        raise BadRequestError(
            f"too many prompts: {len(prompts)} (the limit is {limits.max_messages})",
            param="prompt",
        )
    if not all(isinstance(item, str) for item in prompts):
        raise BadRequestError(
            "prompt must be text: token-id prompts cannot be checked by the gateway's stages",
            param="prompt",
        )
    if body.get("suffix") is not None:
        # vLLM refuses any suffix ("suffix is not currently supported"), after the request
        # had been read and pseudonymized; it is refused here, before any stage runs.
        raise BadRequestError(
            "suffix is not supported: the vLLM backends do not fill in the middle on "
            "/v1/completions; leave it out (or null) and write the text in the prompt",
            param="suffix",
        )
    if "user" in body and not isinstance(body["user"], str | None):
        raise BadRequestError("user must be a string", param="user")
    check_bounds(body, limits)
    check_field_types(body)
    check_closed_fields(body)
    check_unread_values(body)
    logprobs = body.get("logprobs")
    if logprobs is not None and (
        isinstance(logprobs, bool)
        or not isinstance(logprobs, int)
        or not 0 <= logprobs <= limits.max_top_logprobs
    ):
        raise BadRequestError(
            f"logprobs must be between 0 and {limits.max_top_logprobs}", param="logprobs"
        )
    stream = read_stream_flag(body)
    include_usage = read_stream_options(body, stream)
    chars = sum(len(item) for item in prompts)
    completion = body.get("max_tokens") or 16
    n = body.get("n") or 1
    return CompletionsRequest(
        body=body,
        model=model,
        prompts=list(prompts),
        stream=stream,
        include_usage=include_usage,
        estimated_tokens=math.ceil(chars / 2) + completion * n,
    )
