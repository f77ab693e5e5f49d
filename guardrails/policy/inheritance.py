"""``extends:`` — a policy written as its differences from another policy.

A policy file may name a base policy in the same directory::

    # policies/callcenter.yaml
    name: callcenter
    extends: default            # policies/default.yaml (``default.yaml`` is read alike)
    pii:
      entities:
        PHONE_NUMBER: {action: mask}

:func:`read_policy_layers` reads the file and, following ``extends``, each base in turn (a
base may extend another one: chains of any length). :func:`merge_layers` builds the data
the policy is validated from:

* mappings are merged key by key, and the extending file's value wins;
* lists and scalars are replaced whole (a list of exemplars is never half inherited);
* ``null`` for a key the base sets removes it, so the option takes its default (this is
  how an inherited guard category is dropped);
* a base's ``name`` and ``tests`` belong to that file and are never inherited.

Failure behaviour: an ``extends`` that is not a policy name, a base that does not exist, or
an ``extends`` that leads back to a file already in the chain (a cycle) raise
:class:`~guardrails.policy.errors.PolicyError` naming the file and line of the ``extends``;
a base that cannot be read or parsed raises it with the base's own file and line. The error
lists the files read or looked for, so hot reload can watch them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from guardrails.policy.errors import PolicyError
from guardrails.policy.model import NAME_PATTERN
from guardrails.yaml_source import YamlDocument, YamlSourceError, read_yaml_file

__all__ = [
    "NOT_INHERITED",
    "PolicyLayer",
    "layer_documents",
    "merge_layers",
    "read_policy_layers",
]

#: Top-level keys that describe one file rather than the rules, so a base never passes
#: them on.
NOT_INHERITED = frozenset({"name", "tests"})


@dataclass(frozen=True, slots=True)
class PolicyLayer:
    """One file of a policy's chain: where it is, its bytes (for the version), its data."""

    path: Path
    raw: bytes
    document: YamlDocument


def read_policy_layers(path: Path) -> tuple[PolicyLayer, ...]:
    """The policy file and its bases, the file itself first. Raises :class:`PolicyError`."""
    layers: list[PolicyLayer] = []
    current = path
    while True:
        try:
            raw, document = read_yaml_file(current)
        except YamlSourceError as exc:
            raise PolicyError(str(exc), sources=[*_paths(layers), current]) from exc
        if not layers and not document.data:
            # Said as it is: the validation alone answered "name: Field required".
            raise PolicyError(
                f"{current}: the file holds no settings (empty, or comments only; a save "
                "caught half-way looks like this): a policy needs at least 'name: NAME'",
                sources=[current],
            )
        layers.append(PolicyLayer(current, raw, document))
        base = document.data.get("extends")
        if base is None:
            return tuple(layers)
        where = f"{current}:{document.line_of(('extends',)) or 1}: extends"
        if not isinstance(base, str) or not re.fullmatch(NAME_PATTERN, base):
            raise PolicyError(
                f"{where}: {base!r} is not a policy name (the base file's name without .yaml)",
                sources=_paths(layers),
            )
        # The file's name is what a reader of the directory sees: accept it as the name.
        base = re.sub(r"\.ya?ml$", "", base)
        base_path = current.parent / f"{base}.yaml"
        if base_path.resolve() in {layer.path.resolve() for layer in layers}:
            chain = " → ".join([*(layer.path.stem for layer in layers), base])
            raise PolicyError(
                f"{where}: {base!r} leads back to a policy of this chain ({chain}); "
                "a policy cannot extend itself",
                sources=_paths(layers),
            )
        if not base_path.is_file():
            raise PolicyError(
                f"{where}: base policy {base!r} not found (no file {base_path})"
                + _other_policies(current, base),
                sources=[*_paths(layers), base_path],
            )
        current = base_path


def _other_policies(extending: Path, wanted: str) -> str:
    """The other policies beside ``extending``, the nearest name first (a typo: ``defualt``)."""
    names = sorted(p.stem for p in extending.parent.glob("*.yaml") if p.stem != extending.stem)
    if not names:
        return ""
    near = difflib.get_close_matches(wanted, names, n=1)
    hint = f"; did you mean {near[0]!r}?" if near else ""
    shown = ", ".join(names[:12]) + (", …" if len(names) > 12 else "")
    return f"{hint} policies there: {shown}"


def merge_layers(layers: Sequence[PolicyLayer]) -> dict[str, Any]:
    """The data of ``layers[0]`` with its bases merged in (see the module docstring)."""
    merged: dict[str, Any] = {}
    for depth in reversed(range(len(layers))):
        data = layers[depth].document.data
        if depth > 0:
            data = {key: value for key, value in data.items() if key not in NOT_INHERITED}
        merged = _merge(merged, data)
    return merged


def layer_documents(layers: Sequence[PolicyLayer]) -> list[YamlDocument]:
    """The documents to find an error's line in, strongest first (for
    :func:`~guardrails.yaml_source.describe_validation_error`): the bases without the keys
    they do not pass on, so an error about ``name`` is never placed in a base."""
    documents = [layers[0].document]
    for layer in layers[1:]:
        document = layer.document
        lines = {path: n for path, n in document.lines.items() if path[0] not in NOT_INHERITED}
        documents.append(replace(document, lines=lines))
    return documents


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if value is None and key in out:
            del out[key]
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _paths(layers: Sequence[PolicyLayer]) -> list[Path]:
    return [layer.path for layer in layers]
