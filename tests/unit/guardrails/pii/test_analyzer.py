from __future__ import annotations

import itertools

import pytest
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.analyzer import PiiAnalyzer, PiiEngineError
from guardrails.pii.findings import PiiFinding
from guardrails.pii.nlp_engine import GinzaNlpEngine


def _found(analyzer: PiiAnalyzer, text: str, **kwargs: object) -> list[tuple[str, str]]:
    findings = analyzer.analyze(text, **kwargs)  # type: ignore[arg-type]
    return [(text[f.start : f.end], f.entity_type) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "佐藤健一です。携帯は０９０－１１１１－２２２２、メールはk.sato@example.jpです",
            [
                ("佐藤健一", "PERSON"),
                ("０９０－１１１１－２２２２", "PHONE_NUMBER"),
                ("k.sato@example.jp", "EMAIL_ADDRESS"),
            ],
        ),
        ("ﾔﾏﾀﾞ ﾀﾛｳ様の件", [("ﾔﾏﾀﾞ ﾀﾛｳ", "PERSON")]),
        (
            "〒５３０－０００１ 大阪府大阪市北区梅田３丁目１番３号",
            [
                ("５３０－０００１", "POSTAL_CODE"),
                ("大阪府大阪市北区梅田３丁目１番３号", "ADDRESS"),
            ],
        ),
        ("運転免許証番号123456789018", [("123456789018", "DRIVER_LICENSE")]),
        ("マイナンバー123456789018", [("123456789018", "MY_NUMBER")]),
        ("生年月日：㍼55年3月3日", [("㍼55年3月3日", "DATE_OF_BIRTH")]),
        ("返品の送料はどちらが負担しますか?", []),
        ("月額980円のプランを12ヶ月契約すると合計いくらですか?", []),
    ],
    ids=[
        "mixed-fullwidth",
        "halfwidth-katakana-name",
        "postal-and-address-fullwidth",
        "licence-beats-my-number",
        "my-number-keyword",
        "era-square-character",
        "benign-question",
        "benign-numbers",
    ],
)
def test_findings_point_into_the_original_text(
    pii_analyzer: PiiAnalyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(pii_analyzer, text) == expected


def test_findings_are_sorted_and_disjoint(pii_analyzer: PiiAnalyzer) -> None:
    text = (
        "山田太郎(ヤマダ タロウ)、〒100-0001 東京都千代田区千代田1-1、電話03-1234-5678、"
        "カード4111 1111 1111 1111、口座番号1234567、旅券番号AB1234567。"
    ) * 3
    findings = pii_analyzer.analyze(text)
    assert findings == sorted(findings)
    assert all(a.end <= b.start for a, b in itertools.pairwise(findings))
    assert {f.entity_type for f in findings} >= {
        "PERSON",
        "POSTAL_CODE",
        "ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "BANK_ACCOUNT",
        "PASSPORT",
    }


def test_organization_and_location_are_off_by_default(pii_analyzer: PiiAnalyzer) -> None:
    text = "トヨタ自動車の本社は愛知県豊田市にあります"
    assert {"ORGANIZATION", "LOCATION"} <= pii_analyzer.supported_entities
    assert not {"ORGANIZATION", "LOCATION"} & pii_analyzer.default_entities
    assert all(
        f.entity_type not in {"ORGANIZATION", "LOCATION"} for f in pii_analyzer.analyze(text)
    )
    asked = _found(pii_analyzer, text, entities={"ORGANIZATION", "LOCATION"})
    assert ("トヨタ自動車", "ORGANIZATION") in asked


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"entities": {"PHONE_NUMBER"}}, [("03-1234-5678", "PHONE_NUMBER")]),
        ({"thresholds": {"PERSON": 0.99}}, [("03-1234-5678", "PHONE_NUMBER")]),
        ({"entities": {"NO_SUCH_TYPE"}}, []),
        ({"entities": set()}, []),
    ],
    ids=["only-phone", "person-threshold", "unknown-type", "nothing-asked"],
)
def test_entities_and_thresholds(
    pii_analyzer: PiiAnalyzer, kwargs: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    assert _found(pii_analyzer, "鈴木一郎の電話は03-1234-5678", **kwargs) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "🙂🙃" * 100,
        "\x00\x01\x1b[31m\x7f",
        "\u200b\u200d\ufeff",
        "\ud800壊れた文字",
        "a" * 10_000,
        "お問い合わせありがとうございます。" * 600,
        "\n\n\n",
    ],
    ids=[
        "empty",
        "emoji",
        "control",
        "zero-width",
        "lone-surrogate",
        "ten-thousand-ascii",
        "ten-thousand-japanese",
        "newlines",
    ],
)
def test_odd_input_never_raises(pii_analyzer: PiiAnalyzer, text: str) -> None:
    findings = pii_analyzer.analyze(text)
    assert all(0 <= f.start < f.end <= len(text) for f in findings)


class _OwnTokenisationRecognizer(EntityRecognizer):
    """Ignores the NLP artifacts, as special-care recognizers may."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["SPECIAL_CARE:test"], supported_language="ja")

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        start = text.find("通院中")
        if start < 0:
            return []
        return [RecognizerResult("SPECIAL_CARE:test", start, start + 3, 0.9)]


@pytest.mark.parametrize(
    "recognizer",
    [
        _OwnTokenisationRecognizer(),
        PatternRecognizer(
            supported_entity="SPECIAL_CARE:test",
            supported_language="ja",
            patterns=[Pattern("visit", "通院中", 0.9)],
        ),
    ],
    ids=["entity-recognizer", "pattern-recognizer"],
)
def test_extra_recognizers_are_on_by_default(
    nlp_engine: GinzaNlpEngine, recognizer: EntityRecognizer
) -> None:
    analyzer = PiiAnalyzer(extra_recognizers=[recognizer], nlp_engine=nlp_engine)
    assert "SPECIAL_CARE:test" in analyzer.supported_entities
    assert "SPECIAL_CARE:test" in analyzer.default_entities
    text = "田中花子は心療内科に通院中です"
    assert analyzer.analyze(text) == [
        PiiFinding(0, 4, "PERSON", 0.85),
        PiiFinding(10, 13, "SPECIAL_CARE:test", 0.9),
    ]


def test_extra_recognizer_must_support_japanese(nlp_engine: GinzaNlpEngine) -> None:
    english = PatternRecognizer(supported_entity="X", patterns=[Pattern("x", "x", 0.5)])
    with pytest.raises(ValueError, match="not 'ja'"):
        PiiAnalyzer(extra_recognizers=[english], nlp_engine=nlp_engine)


def test_missing_model_is_a_clear_error() -> None:
    with pytest.raises(PiiEngineError, match="not installed"):
        PiiAnalyzer(model_name="mamori_no_such_model")


def test_engine_failure_raises(
    pii_analyzer: PiiAnalyzer, nlp_engine: GinzaNlpEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str) -> None:
        raise RuntimeError("tokenizer crashed")

    monkeypatch.setattr(nlp_engine, "tokenize", broken)
    with pytest.raises(PiiEngineError):
        pii_analyzer.analyze("山田太郎")


def test_extra_recognizer_context_words_still_raise_its_score(nlp_engine: GinzaNlpEngine) -> None:
    # The analyzer calls recognizers directly; Presidio's lemma context step must still
    # run for a recognizer that declares context words (Mamori's own declare none).
    member = PatternRecognizer(
        supported_entity="MEMBER_ID",
        supported_language="ja",
        patterns=[Pattern("member", r"MB\d{6}", 0.3)],
        context=["会員"],
    )
    analyzer = PiiAnalyzer(extra_recognizers=[member], nlp_engine=nlp_engine)
    with_word = analyzer.analyze("会員の番号はMB123456です", entities={"MEMBER_ID"})
    without = analyzer.analyze("棚の番号はMB123456です", entities={"MEMBER_ID"})
    assert [(f.entity_type, f.score >= 0.5) for f in with_word] == [("MEMBER_ID", True)]
    assert without == []
