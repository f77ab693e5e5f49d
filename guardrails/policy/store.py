"""Loading policy files, their versions, and hot reload.

A policy's version is the first 16 hex digits of the SHA-256 of the file's bytes: the same
text is the same version on every replica, and the version written to the audit log and
the ``X-Mamori-Policy`` header names exactly the rules that decided a request. A policy
that ``extends`` others (:mod:`guardrails.policy.inheritance`) is versioned by all of its
files: the SHA-256 of the SHA-256 digests of the file and its bases, in chain order.

:class:`PolicyStore` keeps the last good version of each policy. :meth:`PolicyStore.refresh`
re-reads policies one of whose files (the policy or a base it extends) changed modification
time or size; an invalid edit keeps the last good policy in force, is logged, and is
reported to the ``on_reload`` callback (the gateway counts it in a metric). Nothing is
swallowed silently.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from guardrails.policy.errors import PolicyError
from guardrails.policy.inheritance import (
    PolicyLayer,
    layer_documents,
    merge_layers,
    read_policy_layers,
)
from guardrails.policy.model import Policy
from guardrails.yaml_source import describe_validation_error

__all__ = [
    "LoadedPolicy",
    "PolicyError",
    "PolicyStore",
    "PrepareCallback",
    "ReloadCallback",
    "load_policy_file",
]

logger = logging.getLogger(__name__)

#: Called after each reload attempt with (policy name, outcome: "ok" | "error").
ReloadCallback = Callable[[str, str], None]
#: Awaited with a new policy version before it is put in force (see PolicyStore.watch).
PrepareCallback = Callable[[Sequence["LoadedPolicy"]], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class LoadedPolicy:
    """A validated policy and the version of the files it came from."""

    policy: Policy
    version: str
    path: Path
    sources: tuple[Path, ...] = ()
    """Every file the policy was built from: ``path``, then the bases it extends."""


@dataclass(frozen=True, slots=True)
class _FileStamp:
    mtime_ns: int
    size: int


#: The modification stamp of each file a policy was read from (``None``: missing file).
_Stamps = dict[Path, _FileStamp | None]


def load_policy_file(path: Path) -> LoadedPolicy:
    """Read and validate one policy file and the bases it extends.

    Each base is validated as a policy of its own first, deepest base first, so an error
    in a base is reported against the base's file. Raises :class:`PolicyError`.
    """
    layers = read_policy_layers(path)
    sources = tuple(layer.path for layer in layers)
    policy: Policy | None = None
    for depth in reversed(range(len(layers))):
        policy = _validate(layers[depth:], sources)
    assert policy is not None
    return LoadedPolicy(policy=policy, version=_version(layers), path=path, sources=sources)


def _validate(layers: Sequence[PolicyLayer], sources: tuple[Path, ...]) -> Policy:
    """The policy of ``layers[0]`` with its bases merged in."""
    top = layers[0]
    try:
        policy = Policy.model_validate(merge_layers(layers))
    except ValidationError as exc:
        lines = describe_validation_error(exc, layer_documents(layers), Policy)
        raise PolicyError("\n".join(lines), sources=sources) from exc
    if policy.name != top.path.stem:
        line = top.document.line_of(("name",)) or 1
        raise PolicyError(
            f"{top.path}:{line}: name: {policy.name!r} must match the file name {top.path.stem!r}",
            sources=sources,
        )
    return policy


def _version(layers: Sequence[PolicyLayer]) -> str:
    if len(layers) == 1:
        return hashlib.sha256(layers[0].raw).hexdigest()[:16]
    chain = hashlib.sha256()
    for layer in layers:
        chain.update(hashlib.sha256(layer.raw).digest())
    return chain.hexdigest()[:16]


class PolicyStore:
    """The policies in force, by name, with hot reload from their directory.

    Construction loads every requested policy and raises :class:`PolicyError` if any is
    missing or invalid: the gateway does not start without its policies.
    """

    def __init__(
        self, directory: Path, names: set[str], *, on_reload: ReloadCallback | None = None
    ) -> None:
        self._directory = directory
        self._on_reload = on_reload
        self._current: dict[str, LoadedPolicy] = {}
        self._stamps: dict[str, _Stamps] = {}
        self._errors: dict[str, str] = {}
        for name in sorted(names):
            path = self.path_of(name)
            before = {path: _stamp(path)}
            loaded = load_policy_file(path)
            self._stamps[name] = _stamps_of(loaded.sources, before)
            self._current[name] = loaded

    def path_of(self, name: str) -> Path:
        return self._directory / f"{name}.yaml"

    def get(self, name: str) -> LoadedPolicy:
        """The policy in force for ``name`` (a snapshot: later reloads do not change it)."""
        return self._current[name]

    @property
    def names(self) -> list[str]:
        return sorted(self._current)

    @property
    def errors(self) -> dict[str, str]:
        """Policies whose file currently fails to load, with the error (last good in force)."""
        return dict(self._errors)

    def refresh(self) -> None:
        """Reload each policy whose file changed since it was last read."""
        self._apply(self._read_changed())

    async def watch(self, interval_s: float, *, prepare: PrepareCallback | None = None) -> None:
        """Poll for changes every ``interval_s`` seconds until cancelled.

        Files are read in a worker thread (a slow disk must not stall requests); the
        results are applied here, on the event loop, which is the only place that changes
        the store. ``prepare`` is awaited with each new version *before* it is put in
        force (the gateway builds the guard's classifier for it), so the first request
        under the new version does not pay for that; meanwhile the previous version
        serves. A version whose ``prepare`` raises is refused like an invalid file: the
        last good version stays in force, the error is logged and reported.
        """
        while True:
            await asyncio.sleep(interval_s)
            changed = await asyncio.to_thread(self._read_changed)
            if prepare is not None:
                changed = [await self._prepared(entry, prepare) for entry in changed]
            self._apply(changed)

    async def _prepared(
        self,
        entry: tuple[str, _Stamps, LoadedPolicy | PolicyError],
        prepare: PrepareCallback,
    ) -> tuple[str, _Stamps, LoadedPolicy | PolicyError]:
        name, stamps, result = entry
        if isinstance(result, PolicyError) or result.version == self._current[name].version:
            return entry
        try:
            await prepare([result])
        except Exception as exc:
            return (
                name,
                stamps,
                PolicyError(f"version {result.version} could not be prepared: {exc}"),
            )
        return entry

    def _read_changed(self) -> list[tuple[str, _Stamps, LoadedPolicy | PolicyError]]:
        changed: list[tuple[str, _Stamps, LoadedPolicy | PolicyError]] = []
        for name in self.names:
            # Stamped before reading: an edit made while the files are read shows as a
            # change on the next check instead of being lost.
            before = {path: _stamp(path) for path in self._stamps[name]}
            if before == self._stamps[name]:
                continue
            try:
                loaded = load_policy_file(self.path_of(name))
            except PolicyError as exc:
                sources = exc.sources or (self.path_of(name),)
                changed.append((name, _stamps_of(sources, before), exc))
            else:
                changed.append((name, _stamps_of(loaded.sources, before), loaded))
        return changed

    def _apply(self, changed: list[tuple[str, _Stamps, LoadedPolicy | PolicyError]]) -> None:
        for name, stamps, result in changed:
            self._stamps[name] = stamps
            previous = self._current[name]
            if isinstance(result, PolicyError):
                self._errors[name] = str(result)
                logger.error(
                    "policy %s: reload failed, keeping version %s in force: %s",
                    name,
                    previous.version,
                    result,
                )
                self._notify(name, "error")
                continue
            self._errors.pop(name, None)
            if result.version != previous.version:
                logger.info(
                    "policy %s: reloaded, version %s -> %s", name, previous.version, result.version
                )
                self._current[name] = result
            self._notify(name, "ok")

    def _notify(self, name: str, outcome: str) -> None:
        if self._on_reload is not None:
            self._on_reload(name, outcome)


def _stamps_of(paths: Sequence[Path], before: _Stamps) -> _Stamps:
    """Stamps of ``paths``, taken from ``before`` where known (files just read for the
    first time, such as a newly named base, are stamped now)."""
    return {path: before[path] if path in before else _stamp(path) for path in paths}


def _stamp(path: Path) -> _FileStamp | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return _FileStamp(mtime_ns=stat.st_mtime_ns, size=stat.st_size)
