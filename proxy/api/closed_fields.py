"""The fields ``pii.pseudonymize`` does not read hold no text: checked at the door.

Numbers, flags, token ids and closed vocabularies (``logit_bias``, ``allowed_token_ids``,
``modalities``, ``audio``, ``reasoning_effort`` …, :data:`~proxy.pipeline.request_fields.
NON_TEXT_FIELDS`) are forwarded without being read for personal data. A client can still
put any JSON there, and a name or a phone number in ``logit_bias`` went to the backend as
sent. So their strings must look like the words such fields take (``low``, ``alloy``,
``pcm16``: ASCII, starting with a letter, no run of four digits), and dictionary keys like
identifiers (``logit_bias``: token ids, at most nine digits); anything else is a 400
naming the field. ``model`` is left to routing (an unknown name is a 404 and is never
written out).

Failure behaviour: :func:`check_closed_fields` raises
:class:`~proxy.errors.BadRequestError` naming the field; it never echoes values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from proxy.errors import BadRequestError
from proxy.pipeline.request_fields import NON_TEXT_FIELDS

__all__ = ["check_closed_fields"]

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_.:-]{0,63}")
_DIGIT_RUN = re.compile(r"\d{4}")
_TOKEN_ID = re.compile(r"-?\d{1,9}")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


def check_closed_fields(body: Mapping[str, Any]) -> None:
    """Raise a 400 when a field of :data:`NON_TEXT_FIELDS` (``model`` aside) holds a
    string or key that is not a closed-vocabulary word or a token id."""
    for field in sorted(NON_TEXT_FIELDS & body.keys() - {"model"}):
        if not _closed(body[field], field):
            raise BadRequestError(
                f"{field} takes numbers, flags, token ids or fixed words, not text",
                param=field,
            )


def _closed(value: Any, field: str) -> bool:
    if isinstance(value, str):
        return bool(_WORD.fullmatch(value)) and not _DIGIT_RUN.search(value)
    if isinstance(value, list):
        return all(_closed(item, field) for item in value)
    if isinstance(value, dict):
        key_form = _TOKEN_ID if field == "logit_bias" else _IDENTIFIER
        return all(
            isinstance(key, str) and key_form.fullmatch(key) and _closed(item, field)
            for key, item in value.items()
        )
    return True
