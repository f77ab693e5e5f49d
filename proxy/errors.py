"""The gateway's error hierarchy, rendered in the OpenAI/vLLM error shape.

Every error a client can see is a :class:`MamoriError` and renders as::

    {"error": {"message": str, "type": str, "param": str | None, "code": int}}

``type`` and ``code`` follow vLLM's convention (an exception-style type name and the
HTTP status as an integer), so a client that already handles vLLM's errors handles ours.

    MamoriError
    ├── BadRequestError            400  malformed JSON, invalid or unsupported fields, limits
    ├── AuthenticationError        401  missing or unknown API key
    ├── NotFoundError              404  unknown model
    ├── RequestTimeoutError        408  the client stalled while sending its body
    ├── PayloadTooLargeError       400  body over the configured size (vLLM answers 400 too)
    ├── TooManyRequestsError       429  rate limit hit, or relegated from the QoS queue
    ├── UpstreamError              502  a backend failed or answered with garbage
    │   └── UpstreamTimeoutError   504  a backend did not answer within the read timeout
    ├── ServiceUnavailableError    503  no healthy backend for the model, or not ready
    ├── StageError                 500  a safety stage failed; the request is refused (fail closed)
    └── StatusError                any  status and type set per instance
        └── BackendError                a backend's own 4xx, passed on

Errors that came from a backend keep the backend's status and message (see
:class:`BackendError`); errors from the web framework (unknown route, wrong method) keep
their status (:class:`StatusError`).

Configuration errors are not HTTP errors: :class:`ConfigError` stops start-up.

Messages never repeat what the client sent, which may hold personal data, except a name
the client chose that :func:`quotable` passes (a model or field name of the usual shape):
``The model `gpt-4o` does not exist`` helps, ``The model `山田太郎 090-…` …`` would be an echo.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = [
    "AuthenticationError",
    "BackendError",
    "BadRequestError",
    "ConfigError",
    "MamoriError",
    "NotFoundError",
    "PayloadTooLargeError",
    "RequestTimeoutError",
    "ServiceUnavailableError",
    "StageError",
    "StatusError",
    "TooManyRequestsError",
    "UpstreamError",
    "UpstreamTimeoutError",
    "holds_personal_number",
    "model_not_found",
    "quotable",
    "shown_path",
]

#: A personal number as a token of its own (between separators, not inside a hex run):
#: ten or more digits (a phone number without separators, My Number, a card number), or
#: digit groups shaped like a Japanese phone number or a card number.
_PERSONAL_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])(?:\d{10,}|0\d{1,4}[-.]\d{1,4}[-.]\d{3,4}|\d{4}(?:[-.]\d{4}){3})"
    r"(?![A-Za-z0-9])"
)
#: A UUID as written with hyphens: random, whatever digit groups it happens to have.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
#: A model or field name as they are written: ASCII letters, digits and ``_ . : / -``,
#: starting with a letter, digit or ``_``, at most 128 characters (``Qwen/Qwen3-8B``,
#: ``gpt-4o-2024-08-06``, ``chat_templat``).
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.:/-]{0,127}")


def holds_personal_number(value: str) -> bool:
    """Whether ``value`` (an id, a token) holds a phone, My Number or card number as a
    token of its own. The UUIDs in it are left out: their digit groups are chance."""
    return bool(_PERSONAL_NUMBER.search(_UUID.sub("-", value)))


def quotable(name: str) -> bool:
    """Whether an error message may quote ``name``, a name the client chose (a model, a
    field): a plain ASCII name without a personal number. Anything else (Japanese text,
    spaces, an e-mail address, a phone number, 90,000 characters) is described, not
    repeated."""
    return bool(_PLAIN_NAME.fullmatch(name)) and not holds_personal_number(name)


class ConfigError(Exception):
    """Invalid configuration: start-up stops with this message, which names the key."""


class MamoriError(Exception):
    """Base of every error returned to a client, with its HTTP status and error type."""

    status_code: int = 500
    error_type: str = "InternalServerError"

    def __init__(
        self, message: str, *, param: str | None = None, code: str | int | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.code = code
        """OpenAI's string code (``model_not_found``) where one applies; by default the
        body's ``code`` is the HTTP status, as vLLM writes it."""

    def response_headers(self) -> dict[str, str]:
        """Headers the error response carries besides the gateway's own (none here)."""
        return {}

    def to_body(self) -> dict[str, Any]:
        """The JSON body sent to the client."""
        return {
            "error": {
                "message": self.message,
                "type": self.error_type,
                "param": self.param,
                "code": self.code if self.code is not None else self.status_code,
            }
        }


class BadRequestError(MamoriError):
    status_code = 400
    error_type = "BadRequestError"


class PayloadTooLargeError(BadRequestError):
    """The body is larger than ``limits.max_body_bytes``; 400 as vLLM answers oversize input."""


class AuthenticationError(MamoriError):
    status_code = 401
    error_type = "AuthenticationError"


class NotFoundError(MamoriError):
    status_code = 404
    error_type = "NotFoundError"


class RequestTimeoutError(MamoriError):
    """The client sent its body too slowly (``limits.body_timeout_s`` between pieces); the
    connection is closed after the answer."""

    status_code = 408
    error_type = "RequestTimeoutError"

    def response_headers(self) -> dict[str, str]:
        return {"Connection": "close"}


class TooManyRequestsError(MamoriError):
    """Over a rate limit, or relegated under overload; says when to come back."""

    status_code = 429
    error_type = "TooManyRequestsError"

    def __init__(
        self, message: str, *, retry_after_s: int, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.headers = dict(headers or {})

    def response_headers(self) -> dict[str, str]:
        return {**self.headers, "Retry-After": str(self.retry_after_s)}


class UpstreamError(MamoriError):
    status_code = 502
    error_type = "BadGatewayError"


class UpstreamTimeoutError(UpstreamError):
    """A backend was too slow: the transport's read timeout, or one of the request's own
    (``timeout``: ``first_token``, ``stream_idle``, ``total`` of ``upstream.timeouts``),
    which the audit record names."""

    status_code = 504
    error_type = "GatewayTimeoutError"

    def __init__(self, message: str, *, timeout: str = "read") -> None:
        super().__init__(message)
        self.timeout = timeout


class ServiceUnavailableError(MamoriError):
    status_code = 503
    error_type = "ServiceUnavailableError"


class StageError(MamoriError):
    """A request or response stage failed; the request was not sent on (fail closed)."""

    status_code = 500
    error_type = "InternalServerError"


class StatusError(MamoriError):
    """An error whose status and type are given per instance rather than by its class."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        error_type: str,
        param: str | None = None,
        code: str | int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, param=param, code=code)
        self.status_code = status_code
        self.error_type = error_type
        self.headers = dict(headers or {})
        """Headers the status calls for (a 405's ``Allow``)."""

    def response_headers(self) -> dict[str, str]:
        return dict(self.headers)


class BackendError(StatusError):
    """A backend answered with an error; its status and type are kept for the client.

    The backend's message is passed on: it was produced from the pseudonymized request the
    backend received, so it carries no raw personal data.
    """


_PATH_SEPARATORS = re.compile(r"([.\[\]])")


def shown_path(path: str) -> str:
    """A field path (``tools.0.function.parameters.properties.p.format``) as a message or
    ``param`` may show it: each key :func:`quotable` rejects (a schema property or a
    metadata key named after a person) written as ``…``."""
    return "".join(
        part if not part or _PATH_SEPARATORS.fullmatch(part) or quotable(part) else "…"
        for part in _PATH_SEPARATORS.split(path)
    )


def model_not_found(model: str) -> NotFoundError:
    """The 404 for a model the gateway does not serve, as OpenAI words it; the name is
    quoted only when :func:`quotable`."""
    shown = f"The model `{model}`" if quotable(model) else "The model named in the request"
    return NotFoundError(
        f"{shown} does not exist.",
        param="model",
        code="model_not_found",
    )
