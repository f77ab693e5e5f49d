"""The request id: the client's ``X-Request-Id`` when it is a plain token, else a new one."""

from __future__ import annotations

import re
import uuid
from typing import Any

from litestar import Request

__all__ = ["kept_request_id", "request_id_of"]

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
#: A personal number as a token of its own (between separators, not inside a hex run):
#: ten or more digits (a phone number without separators, My Number, a card number), or
#: digit groups shaped like a Japanese phone number or a card number.
_PERSONAL_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])(?:\d{10,}|0\d{1,4}[-.]\d{1,4}[-.]\d{3,4}|\d{4}(?:[-.]\d{4}){3})"
    r"(?![A-Za-z0-9])"
)


def request_id_of(request: Request[Any, Any, Any]) -> str:
    """The id that names this request in the audit log, the logs and the response header.

    A client's id is kept only when :func:`kept_request_id` says so: anything else could
    smuggle text (or personal data) into the audit log."""
    given = request.headers.get("x-request-id", "")
    return given if kept_request_id(given) else uuid.uuid4().hex


def kept_request_id(given: str) -> bool:
    """Whether a client's id is kept: 1-128 characters of ``[A-Za-z0-9._:-]`` that hold no
    personal number (``090-1234-5678`` passes that alphabet). Random ids (UUIDs, hex)
    are kept; a rare one whose digit groups look like a phone number is replaced, which
    costs the client only its own id for that request."""
    return bool(_REQUEST_ID.match(given)) and not _PERSONAL_NUMBER.search(given)
