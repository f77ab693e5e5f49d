"""``mamori index search --jsonl FILE``: a bad line is named by file and line before any
search runs (it was json's bare 'Expecting value: line 1 column 1 (char 0)')."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.cli.main import main


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        pytest.param(
            b'{"query": "a"}\nnot json\n',
            ":2: invalid JSON (Expecting value at column 1)",
            id="json",
        ),
        pytest.param(
            b'{"query": "a"}\n\n{"query": "' + "返品".encode("cp932") + b'"}\n',
            ":3: not UTF-8 text (byte 0x",
            id="cp932",
        ),
        pytest.param(b'{"q": "a"}\n', ":1: expected an object with a query", id="no-query"),
    ],
)
def test_a_bad_queries_line_is_named_by_file_and_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    raw: bytes,
    message: str,
) -> None:
    monkeypatch.delenv("MAMORI_CONFIG", raising=False)
    monkeypatch.setenv("MAMORI_RETRIEVAL__MILVUS_URI", str(tmp_path / "milvus"))
    queries = tmp_path / "q.jsonl"
    queries.write_bytes(raw)
    assert main(["index", "search", "faq", "--jsonl", str(queries)]) == 2
    err = capsys.readouterr().err
    assert f"mamori: {queries}{message}" in err, err
    assert not (tmp_path / "milvus").exists()  # nothing was searched (or started)
