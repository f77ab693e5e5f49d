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

Inside the fields the stage does read, some strings are skipped on purpose
(:func:`~proxy.pipeline.request_fields.unread_texts`): the fixed words of ``type``,
``role``, ``detail``, ``format``; ids (``id``, ``tool_call_id``); base64 payloads
(``data``, ``file_data``, ``data:`` URLs). :func:`check_unread_values` holds each to that
shape: a sentence with a name and a phone number in ``input_audio.data``, a part's
``type`` or a tool call's ``id`` went to the backend as sent. A base64 payload must also be
what its place promises (:func:`payload_problem`): binary data, not text (a name and a
phone number base64-encoded into ``input_audio.data``, ``file_data`` or a
``data:text/plain`` URL went to the backend unread), and a ``data:`` URL in an
``image_url``, ``video_url`` or ``audio_url`` part of that media type (a PDF or a text file
in an ``image_url`` part was forwarded, and vLLM failed to load it as an image).
``required``, ``$ref``, ``$id`` and ``$schema`` name schema properties, and are left like
the property names themselves (dictionary keys, not read).

Failure behaviour: :func:`check_closed_fields` and :func:`check_unread_values` raise
:class:`~proxy.errors.BadRequestError` naming the field; they never echo values.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Mapping
from typing import Any

from proxy.errors import BadRequestError, holds_personal_number, shown_path
from proxy.pipeline.request_fields import NON_TEXT_FIELDS, unread_texts

__all__ = [
    "check_closed_fields",
    "check_unread_values",
    "holds_personal_number",
    "is_fixed_word",
    "is_id",
    "payload_problem",
]

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_.:-]{0,63}")
_DIGIT_RUN = re.compile(r"\d{4}")
_LONG_DIGIT_RUN = re.compile(r"\d{5}")
_TOKEN_ID = re.compile(r"-?\d{1,9}")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
#: Tool-call and item ids as backends and SDKs make them (``call_…``, ``chatcmpl-tool-…``,
#: Mistral's nine random letters and digits, ``functions.f:0``), and a JSON Schema
#: draft-04 ``id`` (a URI, ``http://example.com/contact.json#``).
_ID = re.compile(r"[A-Za-z0-9_.:+/=#-]{0,256}")
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]*={0,2}")
_SPACE = re.compile(r"\s+")
_DATA_URL = re.compile(r"data:[^,]{0,256};base64,", re.IGNORECASE)
_WORD_KEYS = frozenset({"type", "role", "detail", "format"})
_ID_KEYS = frozenset({"id", "tool_call_id"})
_PAYLOAD_KEYS = frozenset({"data", "file_data", "url"})
#: The media type a ``data:`` URL must have in each URL part (chat and Responses names).
_PART_MEDIA = {
    "image_url": "image",
    "input_image": "image",
    "video_url": "video",
    "audio_url": "audio",
}
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9.+-]{0,63}/[a-z0-9][a-z0-9.+-]{0,63}")
#: Shortest decoded payload read as text: a phone number (``090-1234-5678``) or a mail
#: address is longer; a file's magic line (``%PDF-1.4``) is not.
_TEXT_MIN_BYTES = 12
_URL_SAFE = str.maketrans("-_", "+/")


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
        return is_fixed_word(value)
    if isinstance(value, list):
        return all(_closed(item, field) for item in value)
    if isinstance(value, dict):
        key_form = _TOKEN_ID if field == "logit_bias" else _IDENTIFIER
        return all(
            isinstance(key, str) and key_form.fullmatch(key) and _closed(item, field)
            for key, item in value.items()
        )
    return True


def check_unread_values(body: dict[str, Any]) -> None:
    """Raise a 400 when a string the PII stage skips inside a field it reads is not what
    its key holds: a fixed word (``type``, ``role``, ``detail``, ``format``), an id, or
    base64 (``data``, ``file_data``, a ``data:`` URL's payload)."""
    for unread in unread_texts(body):
        key, value = unread.key, unread.text
        if key in _WORD_KEYS:
            # Formats name standards by number (rfc3339, iso8601, int64): runs of up to
            # four digits, never a personal number.
            ok = bool(_WORD.fullmatch(value)) and not _LONG_DIGIT_RUN.search(value)
            what = "a fixed word (like 'text' or 'wav')"
        elif key in _ID_KEYS:
            ok, what = is_id(value), "an id (letters, digits and _ . : + / = # -)"
        elif key in _PAYLOAD_KEYS:
            ok, what = _base64(value), "base64 data"
            if ok:
                problem = payload_problem(value, unread.path)
                if problem is not None:
                    where = shown_path(unread.path.replace("[", ".").replace("]", ""))
                    raise BadRequestError(f"{where}: {problem}", param=where)
        else:  # required, $ref, $id, $schema: property names, left like the keys
            continue
        if not ok:
            where = shown_path(unread.path.replace("[", ".").replace("]", ""))
            raise BadRequestError(
                f"{where} must be {what}: it is forwarded without being read for personal data",
                param=where,
            )


def _base64(value: str) -> bool:
    prefix = _DATA_URL.match(value)
    payload = value[prefix.end() :] if prefix else value
    return bool(_BASE64.fullmatch(_SPACE.sub("", payload)))


def payload_problem(value: str, path: str) -> str | None:
    """What is wrong with the base64 payload ``value`` (a ``data:`` URL or bare base64) at
    ``path``, or None. A ``data:`` URL in a URL part must be of that part's media type
    (``image/…`` in ``image_url``); any payload whose bytes are text (UTF-8, printable) is
    refused, since a payload is forwarded without being read for personal data. Never
    echoes the value (a media type is named only when it has the form of one)."""
    prefix = _DATA_URL.match(value)
    if prefix is not None:
        segments = path.replace("[", ".").replace("]", "").split(".")
        holder = segments[-2] if len(segments) >= 2 else ""
        wanted = _PART_MEDIA.get(holder)
        media = value[5 : prefix.end() - len(";base64,")].split(";")[0].strip().lower()
        if wanted is not None and media.partition("/")[0] != wanted:
            shown = f"'{media}'" if _MEDIA_TYPE.fullmatch(media) else "another media type"
            return (
                f"{holder} parts take a data: URL of {wanted} data ({wanted}/…), not "
                f"{shown}; send text as a text part, where it is read for personal data"
            )
    payload = value[prefix.end() :] if prefix else value
    if _is_text(payload):
        return (
            "the base64 payload decodes to text, which would be forwarded without being "
            "read for personal data: send text as a text part"
        )
    return None


def _is_text(payload: str) -> bool:
    """Whether base64 ``payload`` decodes to at least :data:`_TEXT_MIN_BYTES` of UTF-8 text
    (at least 90 % printable characters). Binary formats fail UTF-8 decoding at once."""
    compact = _SPACE.sub("", payload).translate(_URL_SAFE).rstrip("=")
    if len(compact) * 3 // 4 < _TEXT_MIN_BYTES:
        return False
    if len(compact) % 4 == 1:
        compact = compact[:-1]  # not a whole byte
    try:
        raw = binascii.a2b_base64(compact + "=" * (-len(compact) % 4))
        text = raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r")
    return printable >= 0.9 * len(text)


def is_fixed_word(value: str) -> bool:
    """A word of a closed vocabulary: ASCII, starting with a letter, no run of four digits."""
    return bool(_WORD.fullmatch(value)) and not _DIGIT_RUN.search(value)


def is_id(value: str) -> bool:
    """An id as backends and SDKs make them: at most 256 letters, digits and ``_.:+/=#-``,
    without a personal number as a token of its own (``090-1234-5678`` has the alphabet
    of an id); UUIDs are random and pass whatever their digit groups."""
    return bool(_ID.fullmatch(value)) and not holds_personal_number(value)
