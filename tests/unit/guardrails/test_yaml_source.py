from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from guardrails.yaml_source import YamlSourceError, load_yaml

ROOT = Path(__file__).resolve().parents[3]


def _pure_python(text: str) -> tuple[object, dict[tuple[str | int, ...], int]]:
    """Data and key lines as PyYAML's own parser reads them (compose, then load)."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    lines: dict[tuple[str | int, ...], int] = {}
    pending: list[tuple[yaml.Node, tuple[str | int, ...]]] = [(node, ())] if node else []
    while pending:
        current, path = pending.pop()
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                lines[(*path, key.value)] = key.start_mark.line + 1
                pending.append((value, (*path, key.value)))
        elif isinstance(current, yaml.SequenceNode):
            for index, item in enumerate(current.value):
                lines[(*path, index)] = item.start_mark.line + 1
                pending.append((item, (*path, index)))
    return yaml.load(text, Loader=yaml.SafeLoader) or {}, lines


@pytest.mark.parametrize(
    "path", [*sorted((ROOT / "policies").glob("*.yaml")), ROOT / "mamori.yaml"], ids=str
)
def test_shipped_documents_read_as_pyyaml_reads_them(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    document = load_yaml(text, source=path.name)
    assert (document.data, document.lines) == _pure_python(text)


def test_scalars_and_lines_as_pyyaml_reads_them() -> None:
    text = (
        "a: 'x\\ty'\nb: \"\\u00e9\"\nc: 017\nd: 1_000\ne: yes\nf: 2026-12-04\ng: .inf\n"
        "h:\n  - 1\n  - {i: 2}\n"
    )
    document = load_yaml(text, source="f.yaml")
    assert (document.data, document.lines) == _pure_python(text)
    assert document.lines[("h", 1, "i")] == 10


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: [1, 2\nb: 3\n", "f.yaml:2:2: invalid YAML: expected ',' or ']', but got ':'"),
        ("x: @foo\n", "f.yaml:1:4: invalid YAML: found character '@' that cannot start any token"),
        ("a: &x 1\nb: *y\n", "f.yaml:2:4: invalid YAML: found undefined alias 'y'"),
    ],
)
def test_errors_are_worded_as_pyyaml_words_them(text: str, message: str) -> None:
    with pytest.raises(YamlSourceError) as raised:
        load_yaml(text, source="f.yaml")
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "pii:\n  entities:\n    PHONE_NUMBER: {action: block}\n"
            "    MY_NUMBER: {action: block}\n    PHONE_NUMBER: {action: allow}\n",
            "f.yaml:5: pii.entities.PHONE_NUMBER: this key is already written on line 3",
            id="nested-block",
        ),
        pytest.param("name: a\nname: b\n", "f.yaml:2: name: this key is already written on line 1"),
        pytest.param(
            "x: {action: block, keywords: [a], action: allow}\n",
            "f.yaml:1: x.action: this key is already written on line 1",
            id="flow",
        ),
        pytest.param(
            "l:\n  - {a: 1}\n  - a: 2\n    a: 3\n",
            "f.yaml:4: l.1.a: this key is already written on line 3",
            id="in-a-list",
        ),
    ],
)
def test_a_key_written_twice_is_an_error_naming_both_lines(text: str, message: str) -> None:
    # YAML parsers keep the last value silently: a second rule further down would undo a
    # block above it without a word.
    with pytest.raises(YamlSourceError) as raised:
        load_yaml(text, source="f.yaml")
    assert str(raised.value).startswith(message)
    assert "remove one or merge them" in str(raised.value)


def test_the_same_key_in_different_mappings_and_merge_keys_are_fine() -> None:
    text = "a: {x: 1}\nb: {x: 2}\nbase: &b {k: 1}\nc:\n  <<: *b\n  j: 2\n"
    document = load_yaml(text, source="f.yaml")
    assert document.data["c"] == {"k": 1, "j": 2}


def _alias_bomb(levels: int) -> str:
    """Each line is ten aliases of the line before: ``levels`` lines stand for 10**levels
    values."""
    lines = ["l0: &l0 [" + ", ".join(["x"] * 10) + "]"]
    for level in range(1, levels):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("levels", [6, 12], ids=["a-million", "a-trillion"])
def test_aliases_that_repeat_too_many_values_are_refused(levels: int) -> None:
    # The walk followed every alias where it is used: a trillion values ran for ever.
    with pytest.raises(YamlSourceError, match=r"p\.yaml:\d+: the document holds more than 100,000"):
        load_yaml(_alias_bomb(levels), source="p.yaml")


def test_aliases_within_the_limit_are_read() -> None:
    document = load_yaml(_alias_bomb(3) + "name: ok\n", source="p.yaml")
    assert len(document.data["l2"]) == 10 and document.data["l2"][9][9] == ["x"] * 10
    assert document.line_of(("l2", 9)) == 2  # where the aliased list is written
    assert document.line_of(("l2", 9, 9, 0)) == 1
