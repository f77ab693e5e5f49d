from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import Sequence
from pathlib import Path

import pytest

from guardrails.policy import LoadedPolicy, PolicyError, PolicyStore, load_policy_file
from tests.unit.guardrails.policy.policy_files import bump_mtime, write_policy

GOOD = "name: acme\ndescription: first\n"


def test_version_is_content_hash(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "acme", GOOD)
    loaded = load_policy_file(path)
    assert loaded.policy.name == "acme"
    assert loaded.version == hashlib.sha256(GOOD.encode()).hexdigest()[:16]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name: acme\nfoo: 1\n", "acme.yaml:2: foo: Extra inputs are not permitted"),
        ("name: other\n", "acme.yaml:1: name: 'other' must match the file name 'acme'"),
        ("name: acme\ndescription: [\n", "acme.yaml:3:1: invalid YAML"),
        ("description: x\n", "acme.yaml: name: Field required"),
        ("name: 'a b'\n", "acme.yaml:1: name: String should match pattern"),
        ("", "acme.yaml: the file holds no settings (empty, or comments only;"),
        ("# a comment\n\n", "acme.yaml: the file holds no settings"),
    ],
    ids=[
        "unknown-key",
        "name-mismatch",
        "yaml-syntax",
        "missing-name",
        "bad-name",
        "empty",
        "comments-only",
    ],
)
def test_errors_give_file_and_line(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(PolicyError) as caught:
        load_policy_file(write_policy(tmp_path, "acme", text))
    assert expected in str(caught.value)


def test_store_refuses_to_start_with_an_invalid_policy(tmp_path: Path) -> None:
    write_policy(tmp_path, "acme", "name: acme\nbogus: 1\n")
    with pytest.raises(PolicyError):
        PolicyStore(tmp_path, {"acme"})


def test_store_refuses_to_start_with_a_missing_policy(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"absent\.yaml: cannot read file"):
        PolicyStore(tmp_path, {"absent"})


def test_hot_reload_keeps_last_good_version(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "acme", GOOD)
    outcomes: list[tuple[str, str]] = []
    store = PolicyStore(tmp_path, {"acme"}, on_reload=lambda n, o: outcomes.append((n, o)))
    first = store.get("acme")

    store.refresh()
    assert outcomes == []  # unchanged file: not even re-read

    path.write_text("name: acme\ndescription: second\n", encoding="utf-8")
    bump_mtime(path)
    store.refresh()
    second = store.get("acme")
    assert second.policy.description == "second"
    assert second.version != first.version
    assert outcomes == [("acme", "ok")]

    path.write_text("name: acme\nnot_a_field: true\n", encoding="utf-8")
    bump_mtime(path)
    store.refresh()
    assert store.get("acme") is second
    assert "not_a_field" in store.errors["acme"]
    assert outcomes[-1] == ("acme", "error")

    path.write_text(GOOD, encoding="utf-8")
    bump_mtime(path)
    store.refresh()
    assert store.get("acme").version == first.version
    assert store.errors == {}


def test_snapshot_does_not_change_under_a_running_request(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "acme", GOOD)
    store = PolicyStore(tmp_path, {"acme"})
    snapshot = store.get("acme")
    path.write_text("name: acme\ndescription: changed\n", encoding="utf-8")
    bump_mtime(path)
    store.refresh()
    assert snapshot.policy.description == "first"


def test_shipped_default_policy_is_valid() -> None:
    loaded = load_policy_file(Path(__file__).parents[4] / "policies" / "default.yaml")
    assert loaded.policy.name == "default"


async def _watch_once(store: PolicyStore, prepare: object) -> None:
    """Run the watch loop until its first poll has been applied."""
    task = asyncio.create_task(store.watch(0.01, prepare=prepare))  # type: ignore[arg-type]
    try:
        for _ in range(500):
            await asyncio.sleep(0.01)
            if store.get("acme").policy.description != "first" or store.errors:
                break
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def test_watch_prepares_a_new_version_before_it_is_in_force(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "acme", GOOD)
    store = PolicyStore(tmp_path, {"acme"})
    seen: list[tuple[str | None, str | None]] = []

    async def prepare(policies: Sequence[LoadedPolicy]) -> None:
        # (the version being prepared, the one still in force meanwhile)
        seen.append((policies[0].policy.description, store.get("acme").policy.description))

    path.write_text("name: acme\ndescription: second\n", encoding="utf-8")
    bump_mtime(path)
    asyncio.run(_watch_once(store, prepare))
    assert seen == [("second", "first")]
    assert store.get("acme").policy.description == "second"


def test_watch_keeps_the_last_good_version_when_prepare_fails(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "acme", GOOD)
    outcomes: list[str] = []
    store = PolicyStore(tmp_path, {"acme"}, on_reload=lambda _, o: outcomes.append(o))

    async def prepare(_: Sequence[LoadedPolicy]) -> None:
        raise RuntimeError("exemplars could not be embedded")

    path.write_text("name: acme\ndescription: second\n", encoding="utf-8")
    bump_mtime(path)
    asyncio.run(_watch_once(store, prepare))
    assert store.get("acme").policy.description == "first"
    assert "could not be prepared: exemplars could not be embedded" in store.errors["acme"]
    assert outcomes == ["error"]
