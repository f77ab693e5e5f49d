from __future__ import annotations

import random
import re
from collections.abc import Collection
from functools import partial
from typing import Any

import pytest

from guardrails.output.leak_detector import ProtectedText
from guardrails.output.output_filter import OutputFilter
from guardrails.output.phrase_classifier import PhraseClassifier
from guardrails.output.pii_redaction import PromptValues
from guardrails.output.text_part import TextPart
from guardrails.pii.findings import PiiFinding
from guardrails.pii.vault import Vault
from guardrails.policy.model import Policy

SYSTEM = (
    "あなたはミナモ電機のサポート担当です。"
    "社外秘の価格表や内部の手順書の内容は決して回答に含めないでください。"
)


class PhoneAnalyzer:
    """Finds 0X0-XXXX-XXXX numbers and the surname 佐藤 (a stand-in for the real analyzer)."""

    _PATTERN = re.compile(r"0\d0-\d{4}-\d{4}|佐藤")

    def __init__(self) -> None:
        self.calls = 0

    @property
    def supported_entities(self) -> frozenset[str]:
        return frozenset({"PHONE_NUMBER", "PERSON"})

    def analyze(self, text: str, *, entities: Collection[str] | None = None) -> list[PiiFinding]:
        self.calls += 1
        return [
            PiiFinding(m.start(), m.end(), "PERSON" if m.group() == "佐藤" else "PHONE_NUMBER", 0.9)
            for m in self._PATTERN.finditer(text)
            if entities is None or ("PERSON" if m.group() == "佐藤" else "PHONE_NUMBER") in entities
        ]


def _filter(
    part: TextPart = "content", analyzer: PhoneAnalyzer | None = None, **output: Any
) -> OutputFilter:
    policy = Policy.model_validate(
        {
            "name": "p",
            "guard": {"categories": {"weapons": {"patterns": ["爆弾.{0,4}作り方"]}}},
            "output": {
                "holdback": {"max_chars": 40},
                "banned": {"returns": {"keywords": ["絶対に儲かる"]}},
                "guard_categories": {"weapons": "stop"},
                "disclaimers": {"medical": {"keywords": ["服用"], "text": "※医師に相談を"}},
                **output,
            },
        }
    )
    vault = Vault()
    vault.placeholder("PERSON", "山田太郎")
    return OutputFilter(
        policy.output,
        part=part,
        phrases=PhraseClassifier(policy),
        analyzer=analyzer or PhoneAnalyzer(),
        entities=frozenset({"PERSON", "PHONE_NUMBER"}),
        protected={"system_prompt": partial(ProtectedText, SYSTEM)},
        placeholders=vault.format.pattern(vault.labels),
        prompt=PromptValues([SYSTEM, "<PERSON_1>です。"]),
    )


def _run(text: str, part: TextPart = "content", **output: Any) -> tuple[str, list[str]]:
    output_filter = _filter(part, **output)
    verdicts = output_filter.review(output_filter.split(text) + output_filter.rest())
    sent = "".join(v.text for v in verdicts) + output_filter.closing()[0]
    return sent, [v.action for v in verdicts]


@pytest.mark.parametrize(
    ("answer", "sent", "actions"),
    [
        pytest.param("承知しました。", "承知しました。", ["pass"], id="clean"),
        pytest.param(
            "<PERSON_1>様、担当の佐藤から090-1234-5678へ連絡します。",
            "<PERSON_1>様、担当の<PERSON>から<PHONE_NUMBER>へ連絡します。",
            ["pass", "redact"],  # the first segment ends early, at the comma
            id="redact-keeps-placeholder",
        ),
        pytest.param(
            "はい。これは絶対に儲かる話です。以上です。",
            "はい。［この部分は表示できません］以上です。",
            ["pass", "replace", "pass"],
            id="banned-replaces-sentence",
        ),
        pytest.param(
            "はい。爆弾の作り方は次の通り。材料は",
            "はい。",
            ["pass", "stop"],
            id="guard-rule-stops",
        ),
        pytest.param(
            "薬を服用してください。\n",
            "薬を服用してください。\n\n\n※医師に相談を",
            ["pass", "pass"],
            id="disclaimer-once",
        ),
        pytest.param(
            "指示は次の通りです。社外秘の価格表や内部の手順書の内容は決して回答に含めないでください。",
            "指示は次の通りです。",
            ["pass", "pass", "stop"],  # 指示は | 次の通りです。 | the copy
            id="system-prompt-leak",
        ),
    ],
)
def test_review(answer: str, sent: str, actions: list[str]) -> None:
    assert _run(answer) == (sent, actions)


def test_replace_keeps_trailing_newline() -> None:
    assert _run("絶対に儲かる\n次")[0] == "［この部分は表示できません］\n次"


def test_tool_arguments_cannot_be_replaced_so_they_stop() -> None:
    assert _run('{"memo": "絶対に儲かる"}', part="tool_arguments")[1] == ["stop"]


@pytest.mark.parametrize("answer", ["絶対に儲かる話です。", "はい、絶対に儲かる。"])
def test_an_early_first_segment_never_ends_inside_a_banned_keyword(answer: str) -> None:
    sent, _ = _run(answer)
    assert "絶対に" not in sent


def test_a_first_sentence_with_a_banned_phrase_is_replaced_whole() -> None:
    # 絶対に儲かる|話です could be an early cut; the sentence is held and replaced whole.
    assert _run("絶対に儲かる話です。次へ。")[0] == "［この部分は表示できません］次へ。"


def test_disclaimers_only_on_the_answer() -> None:
    assert _run("服用してください。", part="reasoning")[0] == "服用してください。"


def test_a_leak_check_can_replace() -> None:
    leak = {"system_prompt": {"action": "replace", "min_run": 20}}
    sent, actions = _run(SYSTEM, leakage=leak)
    assert actions == ["pass", "pass", "replace"]  # the first sentence in two
    assert sent == "あなたはミナモ電機のサポート担当です。［この部分は表示できません］"


def test_nothing_is_reviewed_after_a_stop() -> None:
    output_filter = _filter()
    verdicts = output_filter.review(["爆弾の作り方。", "次。"])
    assert [v.action for v in verdicts] == ["stop"]
    assert output_filter.review(["もう一つ。"]) == []
    assert output_filter.closing() == ("", ())


def test_labels_are_counts_never_text() -> None:
    output_filter = _filter()
    (verdict,) = output_filter.review(["佐藤と佐藤が090-1234-5678へ。"])
    assert dict(verdict.labels) == {"pii:PERSON": 2, "pii:PHONE_NUMBER": 1}


def test_pii_is_not_analysed_in_replaced_segments() -> None:
    analyzer = PhoneAnalyzer()
    output_filter = _filter(analyzer=analyzer)
    output_filter.review(["絶対に儲かる。佐藤"])
    assert analyzer.calls == 0


@pytest.mark.parametrize("seed", range(4))
def test_streamed_and_whole_answers_get_the_same_verdicts(seed: int) -> None:
    rng = random.Random(seed)
    sentences = [
        "承知しました。",
        "佐藤が090-1234-5678へ連絡します。",
        "絶対に儲かる！",
        "服用を。",
        "長い" * 30,
    ]
    answer = "".join(rng.choice(sentences) for _ in range(8))
    streamed = _filter()
    out = []
    position = 0
    while position < len(answer):
        size = rng.randint(1, 3)
        out += streamed.review(streamed.split(answer[position : position + size]))
        position += size
    out += streamed.review(streamed.rest())
    whole = _filter()
    assert out == whole.review(whole.split(answer) + whole.rest())
    assert streamed.closing() == whole.closing()
