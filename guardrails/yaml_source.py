"""YAML documents that remember where each value was written.

Compliance teams and operators edit YAML by hand; an error that says
``policies/acme.yaml:14: pii.threshold: Input should be a valid number`` is one they can
act on. :func:`load_yaml` parses a document and keeps the line of every mapping key and
sequence item, and :func:`describe_validation_error` turns a pydantic ``ValidationError``
raised on that data into lines with file, line and dotted key path.

Both kinds of message end with a hint for the mistakes people make typing YAML by hand:
a tab, a line indented off its mapping's column, a key on the line of another, a
full-width colon ``：``, a word where a list is wanted, ``yes``/``on``/``no`` read as flags,
an empty section, and a misspelt key (the nearest known key, when the model is given).

Failure behaviour: syntax errors raise :class:`YamlSourceError` with the line and column
the parser reported; so does a key written twice in one mapping (YAML parsers keep the
last one without a word: a second ``PHONE_NUMBER: {action: allow}`` further down a policy
would silently undo a ``block`` above it), and a document whose aliases (``*name``)
repeat more than :data:`MAX_VALUES` values (ten lines of ten aliases each stand for
10^10: a policy reload or ``mamori policy validate`` ran for minutes and grew without
bound); nothing here swallows an error.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

__all__ = [
    "YamlDocument",
    "YamlSourceError",
    "describe_validation_error",
    "load_yaml",
    "read_yaml_file",
]


# libyaml's parser when PyYAML was built with it (the same data, nodes and lines; about
# 15x less CPU: the policies were ~0.35 CPU-s of every gateway start), else PyYAML's.
_FAST_LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = (
    yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
)


_MERGE_TAG = "tag:yaml.org,2002:merge"

MAX_VALUES = 100_000
"""Values (mapping keys and sequence items) a document may hold once its aliases are
counted where they are used; each shipped policy file holds about 1,000."""


class YamlSourceError(ValueError):
    """The text is not valid YAML, or its top level is not a mapping."""


@dataclass(frozen=True, slots=True)
class YamlDocument:
    """Parsed data plus the 1-based line of each key path (a tuple of keys and indexes)."""

    source: str
    data: dict[str, Any]
    lines: dict[tuple[str | int, ...], int]

    def line_of(self, path: Sequence[str | int]) -> int | None:
        """The line of the deepest prefix of ``path`` that was written in the file."""
        key = tuple(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return None


def load_yaml(text: str, *, source: str) -> YamlDocument:
    """Parse ``text``; ``source`` (a file name) is used in error messages.

    An empty document is an empty mapping. Raises :class:`YamlSourceError`.
    """
    try:
        try:
            node, data = _parse(text, _FAST_LOADER)
        except yaml.YAMLError:
            # Parsed again by PyYAML's own parser for its error message (libyaml words
            # some errors differently); the same documents fail in both.
            node, data = _parse(text, yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        hint = _syntax_hint(str(exc.problem), text, mark.line if mark else None)
        raise YamlSourceError(f"{where}: invalid YAML: {exc.problem}{hint}") from exc
    except yaml.YAMLError as exc:
        raise YamlSourceError(f"{source}: invalid YAML: {exc}") from exc
    if data is None:
        return YamlDocument(source=source, data={}, lines={})
    if not isinstance(data, dict):
        raise YamlSourceError(f"{source}:1: the top level must be a mapping of keys")
    lines: dict[tuple[str | int, ...], int] = {}
    _collect_lines(node, (), lines, source, [MAX_VALUES])
    return YamlDocument(source=source, data=data, lines=lines)


def _parse(
    text: str, loader_class: type[yaml.SafeLoader] | type[yaml.CSafeLoader]
) -> tuple[yaml.Node | None, Any]:
    """The document's node tree and the data constructed from it: one parse, where
    ``yaml.compose`` then ``yaml.load`` would parse twice. Raises ``yaml.YAMLError``."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def read_yaml_file(path: Path) -> tuple[bytes, YamlDocument]:
    """Read a UTF-8 YAML file; returns its bytes (for hashing) and the parsed document.

    Raises :class:`YamlSourceError` naming the file when it cannot be read or parsed.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise YamlSourceError(f"{path}: cannot read file: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise YamlSourceError(f"{path}: the file must be UTF-8 ({exc.reason})") from exc
    return raw, load_yaml(text, source=str(path))


def _collect_lines(
    node: yaml.Node | None,
    path: tuple[str | int, ...],
    out: dict[tuple[str | int, ...], int],
    source: str,
    budget: list[int],
) -> None:
    """Walk ``node`` as the data holds it (an alias's node once per use), recording lines
    and refusing repeated keys; ``budget`` is the count of values still allowed."""
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
        budget[0] -= len(node.value)
        if budget[0] < 0:
            raise YamlSourceError(
                f"{source}:{node.start_mark.line + 1}: the document holds more than "
                f"{MAX_VALUES:,} values once its aliases (*name) are repeated where they are "
                "used: write the values out, or alias a smaller part"
            )
    if isinstance(node, yaml.MappingNode):
        seen: dict[object, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != _MERGE_TAG:
                if key in seen:
                    dotted = ".".join(str(part) for part in (*path, key))
                    raise YamlSourceError(
                        f"{source}:{line}: {dotted}: this key is already written on line "
                        f"{seen[key]}; YAML would keep only the last of the two: remove one "
                        "or merge them"
                    )
                seen[key] = line
            child = (*path, key)
            out[child] = line
            _collect_lines(value_node, child, out, source, budget)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            out[child] = item.start_mark.line + 1
            _collect_lines(item, child, out, source, budget)


def describe_validation_error(
    exc: ValidationError,
    document: YamlDocument | Sequence[YamlDocument] | None,
    model: type[BaseModel] | None = None,
) -> list[str]:
    """One line per error: ``file:line: dotted.key: message``.

    ``document`` may be several documents merged into the validated data, strongest first
    (a policy and the bases it extends): each error names the document that wrote the
    deepest part of its key path, the strongest one on a tie.

    Without a document (values from the environment or the command line) the line is
    left out and the key path alone names the setting. With ``model`` (the validated
    class) an unknown key names the nearest known one.
    """
    documents = [document] if isinstance(document, YamlDocument) else list(document or ())
    out: list[str] = []
    for error in exc.errors(include_url=False):
        loc = tuple(part for part in error["loc"] if isinstance(part, str | int))
        dotted = ".".join(str(part) for part in loc) or "(top level)"
        message = error["msg"] + _value_hint(error, model, loc)
        if documents:
            out.append(f"{_where(documents, loc)}: {dotted}: {message}")
        else:
            out.append(f"{dotted}: {message}")
    return out


def _where(documents: Sequence[YamlDocument], loc: tuple[str | int, ...]) -> str:
    """``source:line`` of the document that wrote the longest prefix of ``loc``."""
    best: tuple[int, YamlDocument, int | None] = (-1, documents[0], None)
    for document in documents:
        for depth in range(len(loc), best[0], -1):
            line = document.lines.get(loc[:depth])
            if line is not None:
                best = (depth, document, line)
                break
    _, found, line = best
    return f"{found.source}:{line}" if line else found.source


def _syntax_hint(problem: str, text: str, line: int | None) -> str:
    """What to change for a YAML syntax error, from the parser's wording (``line`` is
    0-based); empty when there is no more to say."""
    lines = text.splitlines()
    written = lines[line] if line is not None and line < len(lines) else ""
    if "'\\t'" in problem or "\t" in written[: len(written) - len(written.lstrip())]:
        return "; indent with spaces, not tabs"
    if "could not find expected ':'" in problem and line is not None:
        # The parser notices a key without its colon only on the line after it.
        for number in (line - 1, line):
            if 0 <= number < len(lines) and "：" in lines[number]:
                return (
                    f"; line {number + 1} has a full-width colon '：': write ':' followed "
                    "by a space"
                )
    if "mapping values are not allowed here" in problem:
        if "：" in written:
            return "; this line has a full-width colon '：': write ':' followed by a space"
        return (
            "; a second 'key:' on one line: put each key on its own line, or quote a value "
            "that holds ': '"
        )
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return (
            "; check this line's indentation: the keys of one mapping (and the '- ' items of "
            "one list) start in the same column, with spaces only"
        )
    return ""


def _value_hint(error: Any, model: type[BaseModel] | None, loc: tuple[str | int, ...]) -> str:
    """What to change for one validation error of hand-written YAML; empty when the
    message says it all."""
    kind, value = error["type"], error.get("input")
    if kind in ("extra_forbidden", "dict_type", "model_type") and loc and "：" in str(loc[-1]):
        return "; the key holds a full-width colon '：': write ':' followed by a space"
    if kind == "extra_forbidden" and loc and str(loc[-1]).startswith("\u3000"):
        return (
            "; the key is indented with a full-width space '\u3000': indent with ASCII "
            "spaces (YAML reads it as part of the key)"
        )
    if kind == "extra_forbidden" and model is not None and loc:
        known = _known_keys(model, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        if close:
            return f"; did you mean {close[0]!r}?"
        if known and len(known) <= 16:
            return f"; the keys here are: {', '.join(known)}"
        return ""
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        if value is None:
            return "; nothing is written under it: indent its keys below it"
        if isinstance(value, str) and "：" in value:
            return "; 'key：value' with a full-width colon is read as text: write ':' and a space"
        if isinstance(value, str):
            return "; it holds one value here: write its keys on the lines below, indented"
        return ""
    if kind in ("tuple_type", "list_type") and isinstance(value, str):
        return "; write a list: [a, b] or one '- a' line per item"
    if kind == "string_type" and isinstance(value, bool):
        return "; YAML reads yes, no, on, off, true and false as a flag: quote the word ('on')"
    if kind == "string_type" and isinstance(value, int | float):
        return "; quote it to make it text ('0120')"
    return ""


def _known_keys(model: type[BaseModel], path: tuple[str | int, ...]) -> list[str]:
    """The keys the model allows in the mapping at ``path``, or none when unknown."""
    current = model
    position = 0
    while position < len(path):
        part = path[position]
        field = current.model_fields.get(part) if isinstance(part, str) else None
        if field is None:
            return []
        direct = _model_in(field.annotation, direct=True)
        if direct is not None:
            current, position = direct, position + 1
            continue
        # A mapping of names (entities, categories) or a list: after the name or the
        # index comes the model of each value.
        inner = _model_in(field.annotation, direct=False)
        if inner is None:
            return []
        current, position = inner, position + 2
    return sorted(current.model_fields)


def _model_in(annotation: Any, *, direct: bool) -> type[BaseModel] | None:
    """The model ``annotation`` holds itself (``M``, ``M | None``) or, not ``direct``, as
    the values of a dict or the items of a list."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation if direct else None
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if (found := _model_in(arg, direct=direct)) is not None:
                return found
        return None
    if not direct and origin in (dict, list, tuple):
        args = typing.get_args(annotation)
        return _model_in(args[-1] if origin is dict else args[0], direct=True)
    return None
