"""``extends:``: merging, chains, cycles, missing bases, versions and hot reload of bases."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from guardrails.policy import PolicyError, PolicyStore, load_policy_file
from guardrails.policy.inheritance import merge_layers, read_policy_layers
from tests.unit.guardrails.policy.policy_files import bump_mtime, write_policy

BASE = """\
name: base
description: shared rules
pii:
  default: {action: pseudonymize, threshold: 0.5}
  entities:
    MY_NUMBER: {action: block}
    PERSON: {threshold: 0.7}
guard:
  refusal: base refusal
  categories:
    jailbreak: {action: block, keywords: [dan mode, developer mode]}
    self_harm: {action: respond, message: help is available}
"""


def _merged(tmp_path: Path, child: str) -> dict[str, Any]:
    write_policy(tmp_path, "base", BASE)
    return merge_layers(read_policy_layers(write_policy(tmp_path, "child", child)))


@pytest.mark.parametrize(
    ("child", "path", "expected"),
    [
        ("name: child\nextends: base\n", ("pii", "entities", "MY_NUMBER", "action"), "block"),
        (
            "name: child\nextends: base\npii: {entities: {PERSON: {action: mask}}}\n",
            ("pii", "entities", "PERSON"),
            {"threshold": 0.7, "action": "mask"},
        ),
        (
            "name: child\nextends: base\npii: {entities: {PHONE_NUMBER: {action: mask}}}\n",
            ("pii", "entities", "MY_NUMBER", "action"),
            "block",
        ),
        (
            "name: child\nextends: base\nguard: {categories: {jailbreak: {keywords: [x]}}}\n",
            ("guard", "categories", "jailbreak", "keywords"),
            ["x"],
        ),
        ("name: child\nextends: base\n", ("guard", "refusal"), "base refusal"),
        ("name: child\nextends: base\nguard: {refusal: mine}\n", ("guard", "refusal"), "mine"),
        ("name: child\nextends: base\n", ("name",), "child"),
        ("name: child\nextends: base\n", ("description",), "shared rules"),
        ("name: child\nextends: base\n", ("extends",), "base"),
        (
            "name: child\nextends: base\nguard: {categories: {self_harm: null}}\n",
            ("guard", "categories"),
            {"jailbreak": {"action": "block", "keywords": ["dan mode", "developer mode"]}},
        ),
    ],
    ids=[
        "inherits-untouched-key",
        "mapping-merged-key-by-key",
        "sibling-keys-kept",
        "list-replaced-whole",
        "scalar-inherited",
        "scalar-overridden",
        "name-is-the-childs",
        "description-inherited",
        "extends-is-the-childs",
        "null-drops-inherited-key",
    ],
)
def test_merge(tmp_path: Path, child: str, path: tuple[str, ...], expected: Any) -> None:
    value: Any = _merged(tmp_path, child)
    for key in path:
        value = value[key]
    assert value == expected


def test_name_and_tests_are_not_inherited(tmp_path: Path) -> None:
    base = {"name": "base", "tests": [{"id": "a", "input": "hi", "expect": {"action": "allow"}}]}
    write_policy(tmp_path, "base", yaml.safe_dump(base))
    merged = merge_layers(read_policy_layers(write_policy(tmp_path, "child", "extends: base\n")))
    assert "name" not in merged
    assert "tests" not in merged
    with pytest.raises(PolicyError, match=r"child\.yaml: name: Field required"):
        load_policy_file(tmp_path / "child.yaml")
    write_policy(tmp_path, "child", "name: child\nextends: base\n")
    assert load_policy_file(tmp_path / "child.yaml").policy.tests == ()


def test_chain_of_three(tmp_path: Path) -> None:
    write_policy(tmp_path, "base", BASE)
    write_policy(tmp_path, "middle", "name: middle\nextends: base\nguard: {refusal: middle}\n")
    path = write_policy(tmp_path, "top", "name: top\nextends: middle\npii: {enabled: false}\n")
    loaded = load_policy_file(path)
    policy = loaded.policy
    assert policy.name == "top"
    assert policy.extends == "middle"
    assert not policy.pii.enabled
    assert policy.guard.refusal == "middle"
    assert policy.pii.rule("MY_NUMBER").action == "block"
    assert loaded.sources == (path, tmp_path / "middle.yaml", tmp_path / "base.yaml")


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"a": "name: a\nextends: a\n"}, r"a\.yaml:2: extends: 'a' leads back .*\(a → a\)"),
        (
            {"a": "name: a\nextends: b\n", "b": "name: b\n\nextends: c\n", "c": "extends: a\n"},
            r"c\.yaml:1: extends: 'a' leads back .*\(a → b → c → a\)",
        ),
        ({"a": "name: a\n# base\nextends: gone\n"}, r"a\.yaml:3: extends: base policy 'gone' not"),
        (
            {"a": "name: a\nextends: defualt\n", "default": "name: default\n"},
            r"'defualt' not found .*; did you mean 'default'\? policies there: default$",
        ),
        ({"a": "name: a\nextends: ../etc/x\n"}, r"a\.yaml:2: extends: '\.\./etc/x' is not a pol"),
        ({"a": "name: a\nextends: [b]\n"}, r"a\.yaml:2: extends: \['b'\] is not a policy name"),
        ({"a": "name: a\nextends: b\n", "b": "name: b\npii: [\n"}, r"b\.yaml:3:1: invalid YAML"),
        (
            {"a": "name: a\nextends: b\n", "b": "name: b\npii:\n  enabled: maybe\n"},
            r"b\.yaml:3: pii\.enabled: Input should be a valid boolean",
        ),
        (
            {"a": "name: a\nextends: b\n", "b": "name: wrong\n"},
            r"b\.yaml:1: name: 'wrong' must match the file name 'b'",
        ),
        (
            {"a": "name: a\nextends: b\npii:\n  default: {threshold: 2}\n", "b": "name: b\n"},
            r"a\.yaml:4: pii\.default\.threshold: Input should be less than or equal to 1",
        ),
        (
            {
                "a": "name: a\nextends: b\npii:\n  enabled: true\n",
                "b": "name: b\npii:\n  entities:\n    bad_name: {action: mask}\n",
            },
            r"b\.yaml:3: pii\.entities: Value error",
        ),
    ],
    ids=[
        "extends-itself",
        "longer-cycle",
        "missing-base",
        "missing-base-with-a-near-name",
        "not-a-name",
        "not-a-string",
        "base-yaml-syntax",
        "base-invalid-option",
        "base-name-mismatch",
        "child-error-in-child-file",
        "base-error-named-in-base-file",
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, files: dict[str, str], expected: str) -> None:
    for name, text in files.items():
        write_policy(tmp_path, name, text)
    with pytest.raises(PolicyError, match=expected):
        load_policy_file(tmp_path / "a.yaml")


@pytest.mark.parametrize("written", ["base.yaml", "base.yml", "base"])
def test_extends_takes_the_base_by_name_or_by_file_name(tmp_path: Path, written: str) -> None:
    merged = _merged(tmp_path, f"name: child\nextends: {written}\n")
    assert merged["guard"]["refusal"] == "base refusal"


def test_error_deep_in_a_merged_key_names_the_file_that_wrote_it(tmp_path: Path) -> None:
    write_policy(tmp_path, "b", "name: b\nguard:\n  categories:\n    x:\n      threshold: 3\n")
    child = "name: a\nextends: b\nguard:\n  categories:\n    x: {action: flag}\n"
    write_policy(tmp_path, "a", child)
    # The base alone is invalid, so it is reported first, against the base's line.
    with pytest.raises(PolicyError, match=r"b\.yaml:5: guard\.categories\.x\.threshold"):
        load_policy_file(tmp_path / "a.yaml")


def test_version_covers_the_base(tmp_path: Path) -> None:
    child_text = "name: child\nextends: base\n"
    base = write_policy(tmp_path, "base", BASE)
    child = write_policy(tmp_path, "child", child_text)
    first = load_policy_file(child).version
    expected = hashlib.sha256(
        hashlib.sha256(child_text.encode()).digest() + hashlib.sha256(BASE.encode()).digest()
    ).hexdigest()[:16]
    assert first == expected
    base.write_text(BASE.replace("base refusal", "new refusal"), encoding="utf-8")
    second = load_policy_file(child)
    assert second.version != first
    assert second.policy.guard.refusal == "new refusal"


def test_version_without_extends_is_the_file_hash(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "base", BASE)
    assert load_policy_file(path).version == hashlib.sha256(BASE.encode()).hexdigest()[:16]


def test_hot_reload_picks_up_a_base_edit_for_every_policy_that_extends_it(
    tmp_path: Path,
) -> None:
    base = write_policy(tmp_path, "base", BASE)
    write_policy(tmp_path, "one", "name: one\nextends: base\n")
    write_policy(tmp_path, "two", "name: two\nextends: one\n")
    write_policy(tmp_path, "alone", "name: alone\n")
    outcomes: list[tuple[str, str]] = []
    store = PolicyStore(
        tmp_path, {"base", "one", "two", "alone"}, on_reload=lambda n, o: outcomes.append((n, o))
    )
    before = {name: store.get(name).version for name in store.names}

    base.write_text(BASE.replace("base refusal", "edited"), encoding="utf-8")
    bump_mtime(base)
    store.refresh()
    assert sorted(outcomes) == [("base", "ok"), ("one", "ok"), ("two", "ok")]
    for name in ("base", "one", "two"):
        assert store.get(name).policy.guard.refusal == "edited"
        assert store.get(name).version != before[name]
    assert store.get("alone").version == before["alone"]


def test_invalid_base_edit_keeps_last_good_and_fixing_it_reloads(tmp_path: Path) -> None:
    base = write_policy(tmp_path, "base", BASE)
    write_policy(tmp_path, "child", "name: child\nextends: base\n")
    store = PolicyStore(tmp_path, {"child"})
    good = store.get("child")

    base.write_text("name: base\npii: {enabled: maybe}\n", encoding="utf-8")
    bump_mtime(base)
    store.refresh()
    assert store.get("child") is good
    assert "base.yaml:2: pii.enabled" in store.errors["child"]

    base.write_text(BASE.replace("base refusal", "fixed"), encoding="utf-8")
    bump_mtime(base)
    store.refresh()
    assert store.errors == {}
    assert store.get("child").policy.guard.refusal == "fixed"


def test_reload_watches_a_base_named_after_start(tmp_path: Path) -> None:
    child = write_policy(tmp_path, "child", "name: child\n")
    store = PolicyStore(tmp_path, {"child"})

    child.write_text("name: child\nextends: later\n", encoding="utf-8")
    bump_mtime(child)
    store.refresh()
    assert "base policy 'later' not found" in store.errors["child"]

    # Creating the missing base is enough: the child is read again.
    write_policy(tmp_path, "later", "name: later\nguard: {refusal: later}\n")
    store.refresh()
    assert store.errors == {}
    assert store.get("child").policy.guard.refusal == "later"

    later = tmp_path / "later.yaml"
    later.write_text("name: later\nguard: {refusal: again}\n", encoding="utf-8")
    bump_mtime(later)
    store.refresh()
    assert store.get("child").policy.guard.refusal == "again"
