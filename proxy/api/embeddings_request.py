"""Validation of ``POST /v1/embeddings`` bodies.

The OpenAI fields (``model``, ``input``, ``encoding_format``, ``dimensions``, ``user``) and
vLLM's documented extras for pooling models (``truncate_prompt_tokens``,
``add_special_tokens``, ``request_id``, ``additional_data``). ``input`` is a string, a list
of strings, or token ids (a list of integers, or a list of such lists). The body is read
by the same strict reader as chat (:mod:`proxy.api.json_body`).

Failure behaviour: :func:`parse_embeddings_request` raises
:class:`~proxy.errors.BadRequestError` naming the field; it never echoes values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from proxy.api.closed_fields import check_closed_fields
from proxy.api.json_body import load_request_object
from proxy.errors import BadRequestError
from proxy.settings import LimitSettings

__all__ = ["EMBEDDING_FIELDS", "EmbeddingsRequest", "parse_embeddings_request"]

EMBEDDING_FIELDS = frozenset(
    {
        "model", "input", "encoding_format", "dimensions", "user",
        "truncate_prompt_tokens", "add_special_tokens", "request_id", "additional_data",
    }
)  # fmt: skip
#: Most inputs in one request (OpenAI's own limit).
MAX_INPUTS = 2048


@dataclass(slots=True)
class EmbeddingsRequest:
    """A validated embeddings request; ``body`` is what will be sent upstream."""

    body: dict[str, Any]
    model: str
    texts: bool
    """The inputs are text (False: token ids, which no stage can read)."""
    estimated_tokens: int
    stream: bool = False
    """Always False: embeddings are answered whole."""


def parse_embeddings_request(raw: bytes, *, limits: LimitSettings) -> EmbeddingsRequest:
    """Parse and validate an embeddings body. Raises :class:`BadRequestError`."""
    body, model = load_request_object(
        raw, allowed=EMBEDDING_FIELDS, forward_unknown=limits.unknown_fields == "forward"
    )
    texts, chars = _check_input(body.get("input"))
    # add_special_tokens and truncate_prompt_tokens are forwarded without being read.
    check_closed_fields(body)
    if "encoding_format" in body and body["encoding_format"] is None:
        # OpenAI reads null as the default (litellm sends it); vLLM's field takes no null.
        del body["encoding_format"]
    encoding = body.get("encoding_format", "float")
    if encoding not in ("float", "base64"):
        raise BadRequestError(
            "encoding_format must be 'float' or 'base64'", param="encoding_format"
        )
    user = body.get("user")
    if user is not None and not isinstance(user, str):
        # vLLM's field is a string; its 400 repeated the value.
        raise BadRequestError("user must be a string", param="user")
    dimensions = body.get("dimensions")
    if dimensions is not None and (
        isinstance(dimensions, bool) or not isinstance(dimensions, int) or dimensions < 1
    ):
        raise BadRequestError("dimensions must be a positive integer", param="dimensions")
    return EmbeddingsRequest(
        body=body, model=model, texts=texts, estimated_tokens=math.ceil(chars / 2)
    )


def _check_input(value: Any) -> tuple[bool, int]:
    """(inputs are text, characters or tokens in them); raises on any other shape."""
    if isinstance(value, str):
        return True, len(value)
    if not isinstance(value, list) or not value:
        raise BadRequestError(
            "input must be a string, a non-empty list of strings, or token ids", param="input"
        )
    if len(value) > MAX_INPUTS:
        raise BadRequestError(f"input: at most {MAX_INPUTS} inputs per request", param="input")
    if all(isinstance(item, str) for item in value):
        return True, sum(len(item) for item in value)
    if all(_is_token(item) for item in value):
        return False, len(value) * 2
    if all(isinstance(item, list) and item and all(map(_is_token, item)) for item in value):
        return False, sum(len(item) for item in value) * 2
    raise BadRequestError(
        "input must be a string, a list of strings, a list of token ids or a list of such "
        "lists (not a mix)",
        param="input",
    )


def _is_token(item: Any) -> bool:
    return isinstance(item, int) and not isinstance(item, bool) and item >= 0
