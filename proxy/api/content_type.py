"""The media type a request body must be declared as: JSON, in UTF-8.

Every model endpoint reads its body as JSON. A body declared as something else — or not
declared at all — was read as JSON all the same, which made the gateway a target for
requests a browser sends from any web page without a CORS preflight: ``text/plain``,
``application/x-www-form-urlencoded`` and ``multipart/form-data`` bodies, and bodies
without a ``Content-Type`` (``fetch`` with a ``Blob``), carry no credentials a preflight
would guard, so on a gateway without API keys (the loopback default) any page the user
opened could send requests through it. FastAPI, which vLLM is built on, refuses the
form, multipart and text types too; it reads a body *without* a ``Content-Type`` as JSON
(since FastAPI 0.65.3), so here the gateway is stricter than vLLM, on purpose: a client
that sends no header gets a 400 that says which header to send. A declared charset other
than UTF-8 is refused as well: JSON is UTF-8 (RFC 8259), and the gateway and the backend
read the bytes as UTF-8 whatever the header says, so the text the client meant and the
text the stages checked could differ.

Accepted: ``application/json`` and ``application/<anything>+json``, any case, with any
parameters except a ``charset`` other than ``utf-8``/``utf8``. Anything else is a 400
(:class:`~proxy.errors.BadRequestError`, ``code: "unsupported_content_type"``) that says
what to send; the declared type is named only when it is a plain media type (no
phone or card number in it).
"""

from __future__ import annotations

import re

from proxy.errors import BadRequestError, holds_personal_number

__all__ = ["check_json_content_type"]

#: ``type/subtype`` as RFC 9110 writes a media type's name (token characters only).
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9!#$&^_.+-]{1,64}/[A-Za-z0-9!#$&^_.+-]{1,64}")
_CODE = "unsupported_content_type"
_HOW = "send the body as JSON with the header Content-Type: application/json"


def check_json_content_type(value: str | None) -> None:
    """Raise :class:`BadRequestError` unless ``value`` (the request's ``Content-Type``
    header, None when absent) declares JSON in UTF-8; see the module doc."""
    if value is None or not value.strip():
        raise BadRequestError(f"the request has no Content-Type header: {_HOW}", code=_CODE)
    media, _, parameters = value.partition(";")
    media = media.strip()
    kind = media.lower()
    if kind != "application/json" and not (
        kind.startswith("application/") and kind.endswith("+json")
    ):
        plain = _MEDIA_TYPE.fullmatch(media) and not holds_personal_number(media)
        named = media if plain else "another media type"
        hint = ""
        if kind == "application/x-www-form-urlencoded":
            hint = " (curl -d sends that unless -H 'Content-Type: application/json' is given)"
        raise BadRequestError(f"the request body is declared as {named}{hint}: {_HOW}", code=_CODE)
    for parameter in parameters.split(";"):
        name, _, setting = parameter.partition("=")
        if name.strip().lower() != "charset":
            continue
        charset = setting.strip().strip('"').lower()
        if charset not in ("utf-8", "utf8"):
            raise BadRequestError(
                "the request body declares a charset other than UTF-8: JSON is read as "
                "UTF-8 (RFC 8259); send UTF-8 and Content-Type: application/json",
                code=_CODE,
            )
