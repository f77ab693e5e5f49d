"""The request id: the client's ``X-Request-Id`` when it is a plain token, else a new one."""

from __future__ import annotations

import re
import uuid
from typing import Any

from litestar import Request

from proxy.api.closed_fields import holds_personal_number

__all__ = ["kept_request_id", "request_id_of"]

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def request_id_of(request: Request[Any, Any, Any]) -> str:
    """The id that names this request in the audit log, the logs and the response header.

    A client's id is kept only when :func:`kept_request_id` says so: anything else could
    smuggle text (or personal data) into the audit log."""
    given = request.headers.get("x-request-id", "")
    return given if kept_request_id(given) else uuid.uuid4().hex


def kept_request_id(given: str) -> bool:
    """Whether a client's id is kept: 1-128 characters of ``[A-Za-z0-9._:-]`` that hold no
    personal number (``090-1234-5678`` passes that alphabet). Random ids (UUIDs, hex)
    are kept."""
    return bool(_REQUEST_ID.match(given)) and not holds_personal_number(given)
