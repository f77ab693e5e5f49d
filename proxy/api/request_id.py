"""The request id: the client's ``X-Request-Id`` when it is a plain token, else a new one."""

from __future__ import annotations

import re
import uuid
from typing import Any

from litestar import Request

__all__ = ["request_id_of"]

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def request_id_of(request: Request[Any, Any, Any]) -> str:
    """The id that names this request in the audit log, the logs and the response header.

    A client's id is kept only when it is 1-128 characters of ``[A-Za-z0-9._:-]``: anything
    else could smuggle text (or personal data) into the audit log."""
    given = request.headers.get("x-request-id", "")
    return given if _REQUEST_ID.match(given) else uuid.uuid4().hex
