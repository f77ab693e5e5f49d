"""Validation of embeddings bodies: what is refused at the door, naming the field."""

from __future__ import annotations

import json
from typing import Any

import pytest

from proxy.api.embeddings_request import parse_embeddings_request
from proxy.errors import BadRequestError
from proxy.settings import LimitSettings

LIMITS = LimitSettings()


def _raw(**fields: Any) -> bytes:
    return json.dumps({"model": "m", "input": "x", **fields}, ensure_ascii=False).encode()


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"add_special_tokens": "山田太郎 090-1234-5678"}, "add_special_tokens"),
        ({"add_special_tokens": {"山田": True}}, "add_special_tokens"),
        ({"truncate_prompt_tokens": "taro.yamada@example.co.jp"}, "truncate_prompt_tokens"),
        ({"truncate_prompt_tokens": ["090-1234-5678"]}, "truncate_prompt_tokens"),
    ],
    ids=["flag-text", "flag-key", "number-email", "number-phone"],
)
def test_text_in_fields_the_pii_stage_does_not_read_is_a_400(
    fields: dict[str, Any], param: str
) -> None:
    # Forwarded unread, as on chat: personal data in them would reach the backend.
    with pytest.raises(BadRequestError) as caught:
        parse_embeddings_request(_raw(**fields), limits=LIMITS)
    assert caught.value.param == param
    assert all(value not in caught.value.message for value in ("山田", "090", "taro"))


def test_the_fields_embedding_clients_send_are_accepted() -> None:
    fields = {"add_special_tokens": True, "truncate_prompt_tokens": 512, "dimensions": 8,
              "encoding_format": "base64", "user": "u-1"}  # fmt: skip
    assert parse_embeddings_request(_raw(**fields), limits=LIMITS).body["dimensions"] == 8
