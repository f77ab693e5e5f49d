"""Answer pieces and the length-sorted embedding groups of the reindex job."""

from __future__ import annotations

from retrieval.answer_chunks import answer_chunks
from retrieval.reindex_job import length_batches


def test_sentences_are_joined_up_to_the_limit_and_never_cut() -> None:
    answer = "一文目です。二文目はもう少し長い文です！三文目？\n四文目＜改＞五文目です。"
    pieces = answer_chunks(answer, limit=20)
    assert "".join(pieces) == answer.replace("＜改＞", "").replace("\n", "")
    assert pieces == ["一文目です。二文目はもう少し長い文です！", "三文目？四文目五文目です。"]
    assert all(len(piece) <= 20 for piece in pieces)
    long_sentence = "あ" * 50 + "。"
    assert answer_chunks(long_sentence + "短い。", limit=20) == [long_sentence, "短い。"]


def test_question_and_exclamation_marks_end_sentences_and_empty_answers() -> None:
    assert answer_chunks("Call us. Is it free? Yes!", limit=12) == ["Call us. Is it free?", " Yes!"]
    assert answer_chunks("", limit=10) == []
    assert answer_chunks(" \n＜改＞ ", limit=10) == []


def test_groups_sort_by_length_and_keep_the_padded_size_in_budget() -> None:
    texts = ["x" * n for n in (300, 5, 40, 5000, 41, 7, 299)]
    groups = length_batches(texts, budget=600)
    assert sorted(i for group in groups for i in group) == list(range(len(texts)))
    flat = [i for group in groups for i in group]
    assert [len(texts[i]) for i in flat] == sorted(len(t) for t in texts)
    for group in groups:
        longest = max(len(texts[i]) for i in group)
        assert len(group) == 1 or len(group) * longest <= 600
    assert [3] in groups  # longer than the budget: alone
