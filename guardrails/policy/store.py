"""Loading policy files, their versions, and hot reload.

A policy's version is the first 16 hex digits of the SHA-256 of the file's bytes: the same
text is the same version on every replica, and the version written to the audit log and
the ``X-Mamori-Policy`` header names exactly the rules that decided a request.

:class:`PolicyStore` keeps the last good version of each policy. :meth:`PolicyStore.refresh`
re-reads files whose modification time or size changed; an invalid edit keeps the last
good policy in force, is logged, and is reported to the ``on_reload`` callback (the
gateway counts it in a metric). Nothing is swallowed silently.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from guardrails.policy.model import Policy
from guardrails.yaml_source import YamlSourceError, describe_validation_error, read_yaml_file

__all__ = ["LoadedPolicy", "PolicyError", "PolicyStore", "ReloadCallback", "load_policy_file"]

logger = logging.getLogger(__name__)

#: Called after each reload attempt with (policy name, outcome: "ok" | "error").
ReloadCallback = Callable[[str, str], None]


class PolicyError(ValueError):
    """A policy file cannot be read or is invalid; the message gives file and line."""


@dataclass(frozen=True, slots=True)
class LoadedPolicy:
    """A validated policy and the version of the file it came from."""

    policy: Policy
    version: str
    path: Path


@dataclass(frozen=True, slots=True)
class _FileStamp:
    mtime_ns: int
    size: int


def load_policy_file(path: Path) -> LoadedPolicy:
    """Read and validate one policy file. Raises :class:`PolicyError`."""
    try:
        raw, document = read_yaml_file(path)
    except YamlSourceError as exc:
        raise PolicyError(str(exc)) from exc
    try:
        policy = Policy.model_validate(document.data)
    except ValidationError as exc:
        raise PolicyError("\n".join(describe_validation_error(exc, document))) from exc
    if policy.name != path.stem:
        line = document.line_of(("name",)) or 1
        raise PolicyError(
            f"{path}:{line}: name: {policy.name!r} must match the file name {path.stem!r}"
        )
    version = hashlib.sha256(raw).hexdigest()[:16]
    return LoadedPolicy(policy=policy, version=version, path=path)


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
        self._stamps: dict[str, _FileStamp | None] = {}
        self._errors: dict[str, str] = {}
        for name in sorted(names):
            path = self.path_of(name)
            self._stamps[name] = _stamp(path)
            self._current[name] = load_policy_file(path)

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

    async def watch(self, interval_s: float) -> None:
        """Poll for changes every ``interval_s`` seconds until cancelled.

        Files are read in a worker thread (a slow disk must not stall requests); the
        results are applied here, on the event loop, which is the only place that changes
        the store.
        """
        while True:
            await asyncio.sleep(interval_s)
            self._apply(await asyncio.to_thread(self._read_changed))

    def _read_changed(self) -> list[tuple[str, _FileStamp | None, LoadedPolicy | PolicyError]]:
        changed: list[tuple[str, _FileStamp | None, LoadedPolicy | PolicyError]] = []
        for name in self.names:
            path = self.path_of(name)
            stamp = _stamp(path)
            if stamp == self._stamps[name]:
                continue
            try:
                changed.append((name, stamp, load_policy_file(path)))
            except PolicyError as exc:
                changed.append((name, stamp, exc))
        return changed

    def _apply(
        self, changed: list[tuple[str, _FileStamp | None, LoadedPolicy | PolicyError]]
    ) -> None:
        for name, stamp, result in changed:
            self._stamps[name] = stamp
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


def _stamp(path: Path) -> _FileStamp | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return _FileStamp(mtime_ns=stat.st_mtime_ns, size=stat.st_size)
