"""The output filter's lead cut with the real analyzer and the default policy, on a corpus.

Streamed in pieces of 1–3 characters and given whole, every answer gets the same segments
and the same verdicts (text, action, labels), and the personal data the model wrote
itself is redacted in both, also when it sits in the first few characters, where the
first segment may now end early.
"""

from __future__ import annotations

import json
import random
from functools import partial
from pathlib import Path

import pytest

from guardrails.output.leak_detector import ProtectedText
from guardrails.output.output_filter import OutputFilter, SegmentVerdict
from guardrails.output.phrase_classifier import PhraseClassifier
from guardrails.output.pii_redaction import PromptValues
from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.policy import load_policy_file
from guardrails.policy.model import Policy

ROOT = Path(__file__).parents[2]
SYSTEM = "あなたはミナモ電機のサポート担当です。社内の手順書の内容は回答に含めないでください。"
OPENINGS = (
    "お問い合わせありがとうございます。",
    "はい、",
    "承知しました。",
    "ご質問ありがとうございます。",
    "田中様、お待たせいたしました。",
    "鈴木一郎さんのご住所は東京都千代田区丸の内1-1-1です。",
    "お客様の電話番号は090-4321-8765で登録されています。",
    "ご連絡はtaro.yamada@example.comまでお願いします。",
    "母が糖尿病で通院しているとのこと、お大事になさってください。",
    "ありがとうございます、",
)
# Values the model wrote itself (not in the prompt): none may reach the client.
WRITTEN = ("090-4321-8765", "taro.yamada@example.com", "鈴木一郎")


def _policy() -> Policy:
    return load_policy_file(ROOT / "policies" / "default.yaml").policy


def _filter(policy: Policy, analyzer: PiiAnalyzer) -> OutputFilter:
    return OutputFilter(
        policy.output,
        part="content",
        phrases=PhraseClassifier(policy),
        analyzer=analyzer,
        entities=analyzer.default_entities,
        protected={"system_prompt": partial(ProtectedText, SYSTEM)},
        placeholders=None,
        prompt=PromptValues([SYSTEM]),
    )


def _corpus() -> list[str]:
    rng = random.Random(18)
    with (ROOT / "indexes" / "faq.jsonl").open(encoding="utf-8") as lines:
        answers = [json.loads(line)["answer"] for line in lines if line.strip()]
    return [OPENINGS[i % len(OPENINGS)] + answer for i, answer in enumerate(answers)] + [
        opening + rng.choice(answers) + rng.choice(OPENINGS) for opening in OPENINGS
    ]


def _streamed(output_filter: OutputFilter, text: str, rng: random.Random) -> list[SegmentVerdict]:
    verdicts: list[SegmentVerdict] = []
    position = 0
    while position < len(text):
        size = rng.randint(1, 3)
        verdicts += output_filter.review(output_filter.split(text[position : position + size]))
        position += size
    return verdicts + output_filter.review(output_filter.rest())


@pytest.fixture(scope="module")
def policy() -> Policy:
    return _policy()


def test_the_default_policy_cuts_the_first_segment_early(policy: Policy) -> None:
    assert policy.output.holdback.lead_chars > 0


def test_streamed_and_whole_answers_get_the_same_verdicts(
    policy: Policy, pii_analyzer: PiiAnalyzer
) -> None:
    rng = random.Random(7)
    actions: set[str] = set()
    early = 0
    for text in _corpus():
        whole_filter = _filter(policy, pii_analyzer)
        whole = whole_filter.review(whole_filter.split(text) + whole_filter.rest())
        stream_filter = _filter(policy, pii_analyzer)
        streamed = _streamed(stream_filter, text, rng)
        assert streamed == whole
        assert stream_filter.closing() == whole_filter.closing()
        sent = "".join(v.text for v in whole)
        for value in WRITTEN:
            assert value not in sent
        actions |= {v.action for v in whole}
        first_sentence = text[: text.find("。") + 1] if "。" in text else text
        early += len(whole[0].text) < len(first_sentence) and whole[0].action == "pass"
    # The corpus exercises what it is about: early first segments and redactions.
    assert "redact" in actions
    assert early >= len(_corpus()) // 3
