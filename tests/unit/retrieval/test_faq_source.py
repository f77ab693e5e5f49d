from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.errors import IndexDefinitionError
from retrieval.faq_source import BadRow, SourceRow, read_source
from retrieval.index_definition import (
    FieldMapping,
    SourceFormat,
    infer_definition,
    resolve_definition,
)

JSONL = "\n".join(
    [
        '{"id": "a", "question": "送料は？", "answer": "全国一律500円です。", "tags": ["配送"]}',
        '{"id": "b", "question": "返品は？"}',
        "not json",
        "",
        '{"id": "a", "question": "重複", "answer": "x"}',
        '["a list"]',
        '{"id": 7, "question": "数値のid", "answer": "使えます", "url": "https://x.example/7"}',
    ]
)

CSV = (
    "id,question,answer,tags\n"
    'c1,解約したい,"マイページから\n手続きできます",契約;解約\n'
    "c2,,空の質問,\n"
)

MARKDOWN = """# よくある質問

## 営業時間は？ {#hours}
url: https://example.jp/hours
tags: 窓口, 時間

平日9時から18時までです。

## 住所は？
東京都千代田区です。

## 答えのない質問
"""


def _rows(tmp_path: Path, name: str, text: str) -> list[SourceRow | BadRow]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    definition = infer_definition("t", path) if not name.endswith(".md") else None
    fields = definition.fields if definition else FieldMapping()
    fmt: SourceFormat = (
        "markdown" if name.endswith(".md") else ("csv" if name.endswith(".csv") else "jsonl")
    )
    return list(read_source(path, fmt, fields))


@pytest.mark.parametrize(
    ("name", "text", "good", "bad"),
    [
        pytest.param(
            "faq.jsonl",
            JSONL,
            [(1, "a"), (7, "7")],
            [
                (2, "missing answer"),
                (3, "invalid JSON"),
                (5, "id 'a' already used on line 1"),
                (6, "not a JSON object"),
            ],
            id="jsonl",
        ),
        pytest.param(
            "faq.csv", CSV, [(2, "c1")], [(4, "missing question")], id="csv-multiline-cell"
        ),
        pytest.param(
            "faq.md", MARKDOWN, [(3, "hours"), (9, "L9")], [(12, "missing answer")], id="md"
        ),
    ],
)
def test_rows_and_bad_rows_with_line_numbers(
    tmp_path: Path,
    name: str,
    text: str,
    good: list[tuple[int, str]],
    bad: list[tuple[int, str]],
) -> None:
    rows = _rows(tmp_path, name, text)
    assert [(r.line, r.entry.id) for r in rows if isinstance(r, SourceRow)] == good
    found_bad = [(r.line, r.reason) for r in rows if isinstance(r, BadRow)]
    assert len(found_bad) == len(bad)
    for (line, reason), (want_line, want_reason) in zip(found_bad, bad, strict=True):
        assert line == want_line
        assert reason.startswith(want_reason)


def test_fields_are_read(tmp_path: Path) -> None:
    rows = [r for r in _rows(tmp_path, "faq.csv", CSV) if isinstance(r, SourceRow)]
    assert rows[0].entry.tags == ("契約", "解約")
    assert rows[0].entry.answer == "マイページから\n手続きできます"
    md = [r for r in _rows(tmp_path, "faq.md", MARKDOWN) if isinstance(r, SourceRow)]
    assert md[0].entry.url == "https://example.jp/hours"
    assert md[0].entry.tags == ("窓口", "時間")
    assert md[0].entry.answer == "平日9時から18時までです。"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        pytest.param("f.csv", "id,question,body\n", "has no answer", id="csv-missing-answer"),
        pytest.param("f.jsonl", '{"q": 1}\n', "has no id, question, answer", id="jsonl-keys"),
        pytest.param("f.txt", "x", "must be .jsonl or .csv", id="extension"),
    ],
)
def test_inference_errors_name_the_problem(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IndexDefinitionError, match=message):
        infer_definition("t", path)


def test_definition_file_wins_and_source_is_relative(tmp_path: Path) -> None:
    (tmp_path / "kb.yaml").write_text(
        "source: data/kb.jsonl\nhybrid: {bm25: false}\nkeep_versions: 2\n", encoding="utf-8"
    )
    definition = resolve_definition("kb", tmp_path, None)
    assert definition.name == "kb"
    assert definition.source == tmp_path / "data" / "kb.jsonl"
    assert not definition.hybrid.bm25
    other = resolve_definition("kb", tmp_path, Path("/elsewhere.jsonl"))
    assert other.source == Path("/elsewhere.jsonl")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("hybrid: {dense: false, bm25: false}\n", "at least one", id="nothing-on"),
        pytest.param("embedder: {kind: magic}\n", "embedder", id="unknown-embedder"),
        pytest.param("keep_versoins: 2\n", "keep_versoins", id="typo"),
    ],
)
def test_bad_definitions(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "kb.yaml").write_text("source: kb.jsonl\n" + text, encoding="utf-8")
    with pytest.raises(IndexDefinitionError, match=message):
        resolve_definition("kb", tmp_path, None)


# A line saved as CP932 (what a spreadsheet export on Japanese Windows writes), between
# two good UTF-8 rows: the reader names its line and byte instead of stopping the job with
# a UnicodeDecodeError traceback.
_CP932 = "返品できますか".encode("cp932")


@pytest.mark.parametrize(
    ("name", "raw", "good", "bad_line"),
    [
        pytest.param(
            "faq.jsonl",
            b'{"id": "a", "question": "q", "answer": "x"}\n'
            + b'{"id": "b", "question": "'
            + _CP932
            + b'", "answer": "y"}\n'
            + b'{"id": "c", "question": "q", "answer": "z"}\n',
            ["a", "c"],
            2,
            id="jsonl",
        ),
        pytest.param(
            "faq.csv",
            b"id,question,answer\na,q,x\nb," + _CP932 + b",y\nc,q,z\n",
            ["a", "c"],
            3,
            id="csv",
        ),
        pytest.param(
            "faq.md",
            "## 送料は？ {#a}\n無料です。\n## 返品 {#b}\n".encode()
            + _CP932
            + "\n## 住所 {#c}\n東京です。\n".encode(),
            ["a", "c"],
            3,
            id="markdown",
        ),
    ],
)
def test_a_row_that_is_not_utf8_is_a_bad_row_naming_the_byte(
    tmp_path: Path, name: str, raw: bytes, good: list[str], bad_line: int
) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    formats: dict[str, SourceFormat] = {"jsonl": "jsonl", "csv": "csv", "md": "markdown"}
    fmt = formats[name.split(".")[1]]
    rows = list(read_source(path, fmt, FieldMapping()))
    assert [r.entry.id for r in rows if isinstance(r, SourceRow)] == good
    bad = [r for r in rows if isinstance(r, BadRow)]
    assert [r.line for r in bad] == [bad_line]
    assert "not UTF-8 text (byte 0x" in bad[0].reason
    assert "save the file as UTF-8" in bad[0].reason


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        pytest.param("f.jsonl", b"", r"f.jsonl is empty", id="empty"),
        pytest.param("f.jsonl", b"\n  \n", r"f.jsonl is empty", id="blank-lines"),
        pytest.param("f.csv", b"", r"f.csv is empty", id="empty-csv"),
        pytest.param(
            "f.jsonl", b'[1, 2]\n{"id": "a"}\n', r"f.jsonl:1: .*not an object", id="array"
        ),
        pytest.param(
            "f.jsonl",
            b'\n{"id": "a", "question": "' + _CP932 + b'", "answer": "x"}\n',
            r"f.jsonl:2: not UTF-8 text \(byte 0x",
            id="cp932",
        ),
        pytest.param(
            "f.jsonl",
            b"id,question,answer\na,q,x\n",
            r"f.jsonl:1: the first line is not JSON \(it looks like CSV: name the file \.csv\)",
            id="csv-named-jsonl",
        ),
        pytest.param(
            "f.csv",
            b"id,question," + "回答".encode("cp932") + b"\n",
            r"f.csv:1: not UTF-8 text",
            id="csv-header-cp932",
        ),
    ],
)
def test_inference_names_an_empty_or_unreadable_source(
    tmp_path: Path, name: str, raw: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    with pytest.raises(IndexDefinitionError, match=message):
        infer_definition("t", path)


def test_inference_names_a_bad_index_name_first_and_the_definitions_folder(
    tmp_path: Path,
) -> None:
    source = tmp_path / "f.txt"
    source.write_text("x", encoding="utf-8")
    # The name is checked before the file (it was pydantic's pattern message, after it).
    with pytest.raises(IndexDefinitionError, match=r"'bad name!': a letter, then letters"):
        resolve_definition("bad name!", tmp_path / "defs", source)
    # The folder named is the configured one (it said indexes/ whatever the setting).
    with pytest.raises(IndexDefinitionError, match=r"without .*defs/kb\.yaml the source"):
        resolve_definition("kb", tmp_path / "defs", source)


@pytest.mark.parametrize("name", ["bad name!", "../other", "faq/v2"])
def test_a_bad_index_name_is_named_without_a_source_too(tmp_path: Path, name: str) -> None:
    # Without --source it said "there is no indexes/bad name!.yaml: give --source FILE",
    # and "../other" would have read a definition outside the definitions folder.
    (tmp_path / "other.yaml").write_text("name: other\n", encoding="utf-8")
    with pytest.raises(IndexDefinitionError, match=r"invalid index name .*a letter, then"):
        resolve_definition(name, tmp_path / "defs", None)
