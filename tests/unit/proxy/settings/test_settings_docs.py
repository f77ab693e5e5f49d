"""docs/configuration.md documents every key of ``mamori.yaml``.

The keys are read from the settings model, so a new setting fails this test until
configuration.md has a row or a mention of it in backticks (``models.NAME.backends``: any
upper-case word stands for a key the operator chooses, ``api_keys[].tenant`` an item of a
list).
"""

from __future__ import annotations

import re
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from proxy.settings import Settings

DOC = Path(__file__).parents[4] / "docs" / "configuration.md"


def _models(annotation: Any) -> list[tuple[str, type[BaseModel]]]:
    """The settings models an annotation holds: ``("", M)`` for ``M`` or ``M | None``,
    ``(".*", M)`` for ``dict[str, M]``, ``("[]", M)`` for ``list[M]``."""
    origin = typing.get_origin(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [("", annotation)]
    if origin in (typing.Union, types.UnionType):
        return [found for arg in typing.get_args(annotation) for found in _models(arg)]
    if origin is dict:
        return [(".*", model) for _, model in _models(typing.get_args(annotation)[1])]
    if origin in (list, tuple):
        return [("[]", model) for _, model in _models(typing.get_args(annotation)[0])]
    return []


def _keys(model: type[BaseModel], prefix: str) -> list[tuple[str, ...]]:
    """Each key that holds a value, with the keys of the sections it is in, innermost
    first (a row for ``tenants.NAME.limits`` documents the limits keys under it)."""
    out: list[tuple[str, ...]] = []
    for name, field in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        nested = _models(field.annotation)
        if not nested:
            out.append((path,))
        for suffix, child in nested:
            out += [(*key, path) for key in _keys(child, path + suffix)]
    return out


def _documented(key: str, text: str) -> bool:
    parts = [
        r"[A-Z_]+" if part == "*" else re.escape(part)
        for part in key.replace("[]", ".[]").split(".")
    ]
    pattern = r"\.".join(parts).replace(r"\.\[\]", r"\[\]")
    return re.search("`" + pattern + "`", text) is not None


def test_the_model_lists_keys() -> None:
    keys = [key[0] for key in _keys(Settings, "")]
    assert "server.port" in keys
    assert "models.*.backends" in keys
    assert "api_keys[].sha256" in keys
    assert len(keys) > 60


def test_every_key_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [
        key[0]
        for key in _keys(Settings, "")
        if not any(_documented(part, text) for i, part in enumerate(key) if i == 0 or "." in part)
    ]
    assert not missing, f"{DOC.name} does not document: {', '.join(missing)}"
