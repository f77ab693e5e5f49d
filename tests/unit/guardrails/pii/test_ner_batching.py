"""GiNZA NER run over many ranges at once finds exactly what one call per range finds.

The reference path below is the engine's former behaviour, written out: each range's
whole tokens as a document of their own, each pipe called on that one document, the
entities shifted back to offsets in the analysed text. The batched path
(:meth:`GinzaNlpEngine.add_entities_many`) must give the same entities at the same
offsets on a fixed sample of Japanese and English sentences, several documents in one
call, ranges that cut a token and a sentence repeated (run once).
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc, Span

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.nlp_engine import GINZA_LABEL_TO_ENTITY, GinzaNlpEngine, sentence_ranges
from guardrails.pii.recognizers.person import SURNAME_ALONE_SCORE, find_person_candidates

_DOCUMENTS = (
    "昨日は特に何もなかった。山田太郎は大阪府に住んでいる。株式会社東芝の佐藤花子さんから"
    "電話がありました。来週、鈴木一郎と名古屋市で会います。特に変わったことはありません。",
    "Last week John Smith met Maria Garcia in Osaka. The invoice was late. "
    "However, Emily Carter from Toyota called twice. Please check the schedule.",
    "田中次郎さんは京都大学の教授です。山田太郎は大阪府に住んでいる。"
    "ノムラ シズヨ様宛に書類を送りました。北海道の札幌市役所に問い合わせた。",
)


def _one_by_one(
    engine: GinzaNlpEngine, doc: Doc, ranges: Sequence[tuple[int, int]]
) -> set[tuple[int, int, str]]:
    nlp = engine._require_nlp()
    found: list[Span] = []
    with nlp.memory_zone():
        for start, end in ranges:
            tokens = [t for t in doc if t.idx >= start and t.idx + len(t) <= end]
            if not tokens:
                continue
            words = [t.text for t in tokens]
            piece = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
            for _, pipe in nlp.pipeline:
                piece = pipe(piece)
            for ent in piece.ents:
                entity = GINZA_LABEL_TO_ENTITY.get(ent.label_)
                if entity is None:
                    continue
                span = doc.char_span(
                    tokens[0].idx + ent.start_char,
                    tokens[0].idx + ent.end_char,
                    label=entity,
                    alignment_mode="expand",
                )
                if span is not None:
                    found.append(span)
    return {(s.start_char, s.end_char, s.label_) for s in spacy.util.filter_spans(found)}


def _entities(doc: Doc) -> set[tuple[int, int, str]]:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents}


def _ranges(text: str) -> list[tuple[int, int]]:
    # Every sentence, plus ranges whose edges fall inside tokens (only whole tokens count).
    return [*sentence_ranges(text), (3, len(text) // 2 + 1), (len(text) // 3, len(text) - 2)]


def test_batched_ner_finds_what_one_call_per_range_finds(nlp_engine: GinzaNlpEngine) -> None:
    expected = []
    for text in _DOCUMENTS:
        expected.append(_one_by_one(nlp_engine, nlp_engine.tokenize(text), _ranges(text)))
    docs = [nlp_engine.tokenize(text) for text in _DOCUMENTS]
    processed = nlp_engine.add_entities_many([(doc, _ranges(doc.text)) for doc in docs])

    assert processed == sum(end - start for text in _DOCUMENTS for start, end in _ranges(text))
    assert [_entities(doc) for doc in docs] == expected
    # The sample is one the model finds people, places and companies in.
    labels = {label for found in expected for _, _, label in found}
    assert {"PERSON", "LOCATION", "ORGANIZATION"} <= labels


def test_one_document_per_call_and_all_at_once_agree(nlp_engine: GinzaNlpEngine) -> None:
    single = []
    for text in _DOCUMENTS:
        doc = nlp_engine.tokenize(text)
        nlp_engine.add_entities(doc, sentence_ranges(text))
        single.append(_entities(doc))
    docs = [nlp_engine.tokenize(text) for text in _DOCUMENTS]
    nlp_engine.add_entities_many([(doc, sentence_ranges(doc.text)) for doc in docs])
    assert [_entities(doc) for doc in docs] == single
    assert all(single)


def test_a_repeated_sentence_gets_its_entities_at_each_place(nlp_engine: GinzaNlpEngine) -> None:
    sentence = "山田太郎は大阪府に住んでいる。"
    text = sentence * 3
    doc = nlp_engine.tokenize(text)
    nlp_engine.add_entities(doc, sentence_ranges(text))
    once = _one_by_one(nlp_engine, nlp_engine.tokenize(sentence), [(0, len(sentence))])
    assert once
    assert _entities(doc) == {
        (start + shift, end + shift, label)
        for shift in range(0, len(text), len(sentence))
        for start, end, label in once
    }


def test_no_ranges_and_empty_ranges_change_nothing(nlp_engine: GinzaNlpEngine) -> None:
    doc = nlp_engine.tokenize("山田太郎は大阪府に住んでいる。")
    assert nlp_engine.add_entities_many([]) == 0
    assert nlp_engine.add_entities_many([(doc, []), (doc, [(2, 2)])]) == 0
    assert not doc.ents


_MESSAGES = (
    "お世話になっております。山田です。先日の件、佐藤花子さんにも共有しました。",
    "Last week John Smith called about the invoice. Please reply to Noah Reyes.",
    "電話番号は090-1234-5678、メールはtaro.yamada@example.co.jpです。担当は鈴木一郎。",
    "",
    "本日は晴天なり。特に連絡事項はありません。",
    "ノムラ シズヨ様宛に書類を送りました。和子は来週来ます。",
)


def test_analyze_many_finds_what_analyze_finds_text_by_text(pii_analyzer: PiiAnalyzer) -> None:
    one_by_one = [pii_analyzer.analyze(text) for text in _MESSAGES]
    assert pii_analyzer.analyze_many(_MESSAGES) == one_by_one
    assert {f.entity_type for found in one_by_one for f in found} >= {"PERSON", "PHONE_NUMBER"}
    prepared = pii_analyzer.prepare(_MESSAGES)
    assert any(p.ner_chars for p in prepared)  # the sample does reach the NER
    assert pii_analyzer.complete(prepared) == one_by_one
    assert pii_analyzer.ner_chars == sum(p.ner_chars for p in prepared)


def test_ner_ranges_are_the_sentences_holding_an_undecided_candidate(
    pii_analyzer: PiiAnalyzer, nlp_engine: GinzaNlpEngine
) -> None:
    text = "".join(_MESSAGES) * 3
    doc = nlp_engine.tokenize(text)
    wanted = pii_analyzer.default_entities
    chosen, candidates = pii_analyzer._ner_ranges(text, doc, wanted)
    undecided = [
        c
        for c in find_person_candidates(text, doc)
        if c.score <= SURNAME_ALONE_SCORE
        and c.end - c.start >= 2
        and not pii_analyzer._public_figures.is_general_mention(text, c.start, c.end)
    ]
    assert len(undecided) >= 3
    assert chosen == [
        (start, end)
        for start, end in sentence_ranges(text)
        if any(start <= c.start < end for c in undecided)
    ]
    assert candidates == sorted((c.start, c.end) for c in undecided)


def test_presumed_names_report_each_undecided_candidate_without_ner(
    pii_analyzer: PiiAnalyzer,
) -> None:
    text = "Yesterday John came by about the order. The invoice was sent last month."
    (prepared,) = pii_analyzer.prepare([text])
    assert prepared.ner_chars > 0 and prepared.undecided
    presumed = prepared.presumed_names()
    assert presumed.ner_chars == 0
    (found,) = pii_analyzer.complete([presumed])
    assert pii_analyzer.ner_chars == 0
    persons = {text[f.start : f.end] for f in found if f.entity_type == "PERSON"}
    assert persons == {text[start:end] for start, end in prepared.undecided}
    assert "John" in persons
