"""YAML documents that remember where each value was written.

Compliance teams and operators edit YAML by hand; an error that says
``policies/acme.yaml:14: pii.threshold: Input should be a valid number`` is one they can
act on. :func:`load_yaml` parses a document and keeps the line of every mapping key and
sequence item, and :func:`describe_validation_error` turns a pydantic ``ValidationError``
raised on that data into lines with file, line and dotted key path.

Failure behaviour: syntax errors raise :class:`YamlSourceError` with the line and column
the parser reported; so does a key written twice in one mapping (YAML parsers keep the
last one without a word: a second ``PHONE_NUMBER: {action: allow}`` further down a policy
would silently undo a ``block`` above it); nothing here swallows an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

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
        raise YamlSourceError(f"{where}: invalid YAML: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise YamlSourceError(f"{source}: invalid YAML: {exc}") from exc
    if data is None:
        return YamlDocument(source=source, data={}, lines={})
    if not isinstance(data, dict):
        raise YamlSourceError(f"{source}:1: the top level must be a mapping of keys")
    lines: dict[tuple[str | int, ...], int] = {}
    _collect_lines(node, (), lines, source)
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
) -> None:
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
            _collect_lines(value_node, child, out, source)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            out[child] = item.start_mark.line + 1
            _collect_lines(item, child, out, source)


def describe_validation_error(
    exc: ValidationError, document: YamlDocument | Sequence[YamlDocument] | None
) -> list[str]:
    """One line per error: ``file:line: dotted.key: message``.

    ``document`` may be several documents merged into the validated data, strongest first
    (a policy and the bases it extends): each error names the document that wrote the
    deepest part of its key path, the strongest one on a tie.

    Without a document (values from the environment or the command line) the line is
    left out and the key path alone names the setting.
    """
    documents = [document] if isinstance(document, YamlDocument) else list(document or ())
    out: list[str] = []
    for error in exc.errors(include_url=False):
        loc = tuple(part for part in error["loc"] if isinstance(part, str | int))
        dotted = ".".join(str(part) for part in loc) or "(top level)"
        message = error["msg"]
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
