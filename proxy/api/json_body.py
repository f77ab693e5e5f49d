"""Strict reading of a JSON request body: what cannot be forwarded is refused at the door.

Python's :func:`json.loads` accepts more than JSON and more than the gateway can carry on:
lone surrogates (``"\\ud800"`` escapes, or CESU-8 bytes decoded with ``surrogatepass``)
that fail later when the body is encoded for the backend or the audit log; ``NaN`` and
``Infinity``, which are not JSON; integers thousands of digits long; floats that overflow
to infinity; nesting deep enough to exhaust the interpreter's stack; hundreds of
thousands of tiny strings, each of which the PII stage visits. Each of these used to
surface as a 500 from somewhere inside the gateway. It also keeps the last of two values
under one key of an object, silently: the first is gone, and inside a tool call's
arguments (a JSON document the PII stage parses, then forwards as sent when it found
nothing) the dropped value reached the backend unread. :func:`load_json_body` turns every one
into a :class:`~proxy.errors.BadRequestError` naming the problem and the top-level field it
is in, before any stage runs. The same reader serves every endpoint.

Messages never echo a value (it may hold personal data) nor a client-chosen key: only the
top-level field (when it is one the API defines) and positions.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Collection
from typing import Any

from proxy.errors import BadRequestError, quotable

__all__ = [
    "MAX_DEPTH",
    "MAX_DISTINCT_STRINGS",
    "MAX_STRINGS",
    "load_json_body",
    "load_request_object",
    "unrecognized_fields",
]

#: Deepest nesting accepted (objects and arrays). Tool schemas nest a few levels; nothing a
#: client legitimately sends comes near this.
MAX_DEPTH = 64

#: Most string values in one body (keys and numbers aside). The PII stage visits each
#: string of the fields it reads; 900,000 one-letter stop words, far under
#: ``pii.max_chars``, held a worker for 6.6 CPU-s. Legitimate bodies (512 messages with
#: their parts, a few hundred tool schemas) hold a few thousand.
MAX_STRINGS = 65_536
#: Most distinct string values in one body: each distinct text is a unit of analysis with
#: a fixed cost of its own (0.56 ms of CPU however short it is, measured on the loaded
#: 2-core machine), so 4,096 cost about 2.3 CPU-s, near a request's 2 CPU-s budget.
MAX_DISTINCT_STRINGS = 4_096

#: Integers are carried as 64-bit by every backend; larger ones are a client error.
_INT_LIMIT = 2**63


def load_json_body(raw: bytes, *, known_fields: Collection[str] = ()) -> Any:
    """The parsed body. Raises :class:`BadRequestError` for anything that is not strict,
    carriable JSON; ``known_fields`` are the top-level names an error may mention."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequestError(f"the request body is not valid UTF-8 (byte {exc.start})") from exc
    # A leading byte order mark is read past, as RFC 8259 allows: editors on Windows save
    # files with one, and `curl -d @file.json` sends it.
    text = text.removeprefix("\ufeff")
    if not text.strip():
        # Also what an HTTP/1.0 client without Content-Length sends: no body at all.
        raise BadRequestError(
            "the request body is empty: send a JSON object (with Content-Length, or chunked)"
        )
    try:
        value = json.loads(
            text,
            parse_constant=_no_constant,
            parse_float=_finite_float,
            object_pairs_hook=_object,
        )
    except json.JSONDecodeError as exc:
        raise BadRequestError(
            f"the request body is not valid JSON: {exc.msg} at line {exc.lineno} "
            f"column {exc.colno}",
        ) from exc
    except RecursionError as exc:
        raise BadRequestError(f"the request body nests deeper than {MAX_DEPTH} levels") from exc
    except ValueError as exc:
        # int() refuses literals over sys.get_int_max_str_digits() digits.
        raise BadRequestError("the request body holds a number with too many digits") from exc
    _check(value, known_fields)
    return value


def load_request_object(
    raw: bytes, *, allowed: Collection[str], forward_unknown: bool
) -> tuple[dict[str, Any], str]:
    """A request body that must be an object naming a ``model``: the object and the model.

    Fields outside ``allowed`` are a 400 naming them unless ``forward_unknown``; vLLM's
    ``priority`` is always refused (the gateway sets it from the caller's QoS class).
    Raises :class:`BadRequestError`.
    """
    body = load_json_body(raw, known_fields=allowed)
    if not isinstance(body, dict):
        raise BadRequestError("the request body must be a JSON object")
    if "priority" in body:
        raise BadRequestError(
            "'priority' is set by the gateway from the API key's QoS class", param="priority"
        )
    unknown = sorted(set(body) - set(allowed))
    if unknown and not forward_unknown:
        raise unrecognized_fields(unknown)
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise BadRequestError("model: a model name is required", param="model")
    return body, model


def unrecognized_fields(unknown: Collection[str]) -> BadRequestError:
    """The 400 for top-level fields the endpoint does not know, as OpenAI words it. A name
    is quoted only when it is a plain field name (:func:`~proxy.errors.quotable`): a key
    is client text like any value (``{"山田太郎 090-1234-5678": 1}``)."""
    shown = [name for name in unknown if quotable(name)]
    hidden = len(unknown) - len(shown)
    named = ", ".join(shown)
    if hidden:
        others = f"{hidden} field{'s' if hidden > 1 else ''} whose name is not a plain field name"
        named = f"{named} and {others}" if named else others
    return BadRequestError(
        f"unrecognized request argument supplied: {named}", param=shown[0] if shown else None
    )


class _Duplicated(dict[str, Any]):
    """An object that named a key twice (its ``key``): built to be refused, after the parse,
    by :func:`_check`, which knows where it is."""

    key = ""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook``: the object, marked when a key repeats (the parser alone keeps
    the last value). Marked rather than raised so that the error can name the path."""
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    seen: set[str] = set()
    duplicated = _Duplicated(pairs)
    for key, _ in pairs:
        if key in seen:
            duplicated.key = key
            break
        seen.add(key)
    return duplicated


class _Refused:
    """A number the body holds that cannot be carried on (``NaN``, ``Infinity``, a float
    that overflows): parsed into this marker rather than raised, so that :func:`_check`
    can name the field it is in (``temperature: NaN is not a JSON number``; it was
    ``the request body is not valid JSON: …`` with no field)."""

    __slots__ = ("problem",)

    def __init__(self, problem: str) -> None:
        self.problem = problem


def _no_constant(name: str) -> Any:
    return _Refused(f"{name} is not a JSON number")


def _finite_float(literal: str) -> Any:
    number = float(literal)
    if not math.isfinite(number):
        return _Refused("a number is too large to be represented (floats must be finite)")
    return number


def _check(value: Any, known_fields: Collection[str]) -> None:
    """Walk the parsed body (iteratively: depth is what is being checked) for lone
    surrogates, integers out of range, nesting deeper than :data:`MAX_DEPTH` and more
    strings than :data:`MAX_STRINGS` (:data:`MAX_DISTINCT_STRINGS` different ones).

    A tool call's ``arguments`` document is walked too (its strings count, its nesting is
    bounded, a lone surrogate in it would fail when the PII stage writes it out again),
    but as what it is: a JSON text inside a string. Its keys are not the body's fields
    (``{"model": …}`` there is no ``model`` field: a problem names the field that holds
    the call, ``messages`` or ``input``), and its integers are not carried as 64-bit
    numbers by anything (the backend receives the text; the PII stage reads and writes
    it with Python's unbounded integers), so a 30-digit order number in it is served
    (it was ``the request body: an integer is out of the 64-bit range``)."""
    # (value, depth, top-level field, inside a tool call's arguments)
    stack: list[tuple[Any, int, str, bool]] = [(value, 0, "", False)]
    count = 0
    strings: Counter[str] = Counter()
    new: Counter[str] = Counter()
    distinct: set[str] = set()
    while stack:
        item, depth, field, inner = stack.pop()
        if isinstance(item, str):
            if not item.isascii() and not _encodable(item):
                raise _problem("a string is not valid Unicode (lone surrogate)", field, inner)
            # Counted per top-level field, so that the error names the field that holds
            # most of them rather than the one whose string happened to come last.
            strings[field] += 1
            count += 1
            if item not in distinct:
                distinct.add(item)
                new[field] += 1
            if count > MAX_STRINGS:
                raise _problem(f"the body holds more than {MAX_STRINGS} strings", _most(strings))
            if len(distinct) > MAX_DISTINCT_STRINGS:
                raise _problem(
                    f"the body holds more than {MAX_DISTINCT_STRINGS} different strings",
                    _most(new),
                )
        elif isinstance(item, bool) or item is None or isinstance(item, float):
            continue
        elif isinstance(item, _Refused):
            raise _problem(item.problem, field)
        elif isinstance(item, int):
            if not inner and not -_INT_LIMIT <= item < _INT_LIMIT:
                raise _problem("an integer is out of the 64-bit range", field)
        elif isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                what = "it nests" if inner else "the body nests"
                raise _problem(f"{what} deeper than {MAX_DEPTH} levels", field, inner)
            if isinstance(item, dict):
                if type(item) is _Duplicated:
                    raise _duplicate_key(value)
                for key, child in item.items():
                    if not key.isascii() and not _encodable(key):
                        raise _problem("a key is not valid Unicode (lone surrogate)", field, inner)
                    top = field
                    if depth == 0 and not inner:
                        top = key if key in known_fields else "body"
                    if key == "arguments" and isinstance(child, str) and not inner:
                        # Its strings count with the body's: the PII stage reads each.
                        document = _arguments_document(child, top)
                        if document is not None:
                            stack.append((document, 0, top, True))
                    stack.append((child, depth + 1, top, inner))
            else:
                stack.extend((child, depth + 1, field or "body", inner) for child in item)


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _arguments_document(text: str, field: str) -> Any:
    """Tool-call ``arguments``: a JSON document in a string, which the PII stage parses and
    walks. It must nest at most :data:`MAX_DEPTH` levels too (10,000 ``[`` there were a
    500 from the stage), and its strings count toward the body's :data:`MAX_STRINGS` and
    :data:`MAX_DISTINCT_STRINGS` (500,000 ``"a"`` there cost the stage 2 CPU-s, 20,000
    different kanji 4.9): the parsed document, for the caller to count, or None when
    the string is not a JSON object or array (then it is read as text). Most arguments
    hold few brackets: the nesting is then not measured."""
    if not text.lstrip().startswith(("{", "[")):
        return None
    if text.count('"') > 2 * MAX_STRINGS:
        raise _problem(f"a tool call's arguments hold more than {MAX_STRINGS} strings", field)
    if text.count("[") + text.count("{") > MAX_DEPTH:
        depth = deepest = 0
        for match in _BRACKET.finditer(_JSON_STRING.sub("", text)):
            depth += 1 if match.group() in "[{" else -1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                raise _problem(
                    f"a tool call's arguments nest deeper than {MAX_DEPTH} levels", field
                )
    try:
        return json.loads(text, object_pairs_hook=_object)
    except (ValueError, RecursionError):
        return None


def _duplicate_key(body: Any) -> BadRequestError:
    """The 400 for the first object (depth first) of ``body`` that names a key twice: its
    path, with the key; a key that is not a plain name (:func:`~proxy.errors.quotable`) is
    written ``<key>``, never repeated. Inside a tool call's arguments, the path of the
    arguments and the key's path in that document."""
    stack: list[tuple[Any, str, str]] = [(body, "", "")]
    while stack:
        item, path, document = stack.pop()
        if isinstance(item, list):
            stack.extend((child, f"{path}.{i}", document) for i, child in enumerate(item))
        elif isinstance(item, dict):
            if isinstance(item, _Duplicated):
                where = _join(path, item.key)
                if document:
                    return BadRequestError(
                        f"{document}: a tool call's arguments name the key {where} twice in "
                        "one JSON object; keys must be distinct (the last value would "
                        "silently replace the first)",
                        param=document,
                        code="duplicate_key",
                    )
                return BadRequestError(
                    f"{where}: the request body names this key twice in one JSON object; "
                    "keys must be distinct (the last value would silently replace the first)",
                    param=where,
                    code="duplicate_key",
                )
            for key, child in item.items():
                inner = _join(path, key)
                if not document and key == "arguments" and isinstance(child, str):
                    parsed = _arguments_document(child, "")
                    if parsed is not None:
                        stack.append((parsed, "", inner))
                stack.append((child, inner, document))
    return BadRequestError("the request body names a key twice in one JSON object")


def _join(path: str, key: str) -> str:
    name = key if quotable(key) else "<key>"
    return f"{path}.{name}" if path else name


_BRACKET = re.compile(r"[\[\]{}]")


def _most(counts: Counter[str]) -> str:
    return counts.most_common(1)[0][0]


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _problem(what: str, field: str, inner: bool = False) -> BadRequestError:
    if inner:
        what = f"a tool call's arguments (a JSON text): {what}"
    if field in ("", "body"):
        return BadRequestError(f"the request body: {what}")
    return BadRequestError(f"{field}: {what}", param=field)
