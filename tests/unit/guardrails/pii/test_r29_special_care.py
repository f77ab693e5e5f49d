"""Issue 16, twenty-ninth round: special care written next to a person, with the request kept.

A care-need or support level, a disability support category or a certificate's grade said of
someone (父が要介護3, 障害支援区分4, ``care level 2``, ``a grade 3 physical disability``), a
condition in brackets or after a colon, an arrow or a dash next to a name or a title
(木下様（HIV陽性）, 森部長【うつ病】, 原さん→適応障害で, ``Lucy (epileptic, seizures)``,
``Tom: HIV+``, ``Nick – bipolar, on lithium``), a roster line (``Amy - dyslexic``), a refugee
named by the country fled (イラクからの難民, ``a refugee from Sudan``) or an asylum seeker in
brackets, a faith after a space-split form's key (氏名 … 宗教 創価学会), an orientation in
brackets or said before で (佐野（ゲイ）, 石井さん、バイセクシュアルで…) — the core masked, the
request kept. What stays: the care system's own scale (要介護1から5, ``care levels 1-5``), a
certificate's grades as a subject, refugees as a group or a support programme, a topic after a
space-split key with no person, a definition in brackets.

Rows written for these tests (not taken from the round's hand-written set); a floor over the
care-level rows below the figure measured when the test was written (all covered).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import (
    assert_left_alone,
    assert_masked_keeping,
    not_covered,
)

# (text, value that must be masked, the type its findings must start with, request words
# no finding may touch)
MASKED = [
    ("木下様（HIV陽性）の予約変更の連絡文を作って", "HIV陽性", "SPECIAL_CARE", "予約変更の連絡文を作って"),
    ("森部長【うつ病】の復職面談の日程調整メールを書いて", "うつ病", "SPECIAL_CARE", "復職面談の日程調整メールを書いて"),
    ("原さん→適応障害で今月いっぱい休み。代理の担当表を作って", "適応障害", "SPECIAL_CARE", "代理の担当表を作って"),
    ("荒木さん（血液透析週2回）の出張予定を見直して", "血液透析週2回", "SPECIAL_CARE", "出張予定を見直して"),
    ("Lucy (epileptic, seizures monthly) needs a quiet desk. Draft the facilities request.", "epileptic", "SPECIAL_CARE", "Draft the facilities request"),
    ("Tom: HIV+, bloods due Friday. Send him a reminder.", "HIV+", "SPECIAL_CARE", "Send him a reminder"),
    ("Nick – bipolar, on lithium. Plan his desk move.", "bipolar, on lithium", "SPECIAL_CARE", "Plan his desk move"),
    ("roster:\nAmy - dyslexic\nPlease make the handouts accessible.", "dyslexic", "SPECIAL_CARE", "Please make the handouts accessible"),
    ("派遣のハッサンさんはイラクからの難民です。研修資料をやさしい日本語にして", "イラクからの難民", "SPECIAL_CARE", "研修資料をやさしい日本語にして"),
    ("Our new cleaner is a refugee from Sudan; simplify the safety rules.", "a refugee from Sudan", "SPECIAL_CARE", "simplify the safety rules"),
    ("Mr. Okafor (asylum seeker, hearing in May) needs a letter of employment.", "asylum seeker", "SPECIAL_CARE", "needs a letter of employment"),
    ("面談票 氏名 坂口一郎 宗教 創価学会 面談メモを要約して", "創価学会", "SPECIAL_CARE", "面談メモを要約して"),
    ("Candidate (felony record, burglary) — draft the second-interview questions.", "felony record", "SPECIAL_CARE", "draft the second-interview questions"),
    ("総務メモ：佐野（ゲイ）の慶弔休暇の扱いを確認して", "ゲイ", "SOGI", "慶弔休暇の扱いを確認して"),
    ("石井さん、バイセクシュアルで社内で噂になってる。相談対応の手順を作って", "バイセクシュアル", "SOGI", "相談対応の手順を作って"),
    ("Olivia — bulimic, in treatment. Plan the retreat menu with a dietitian.", "bulimic", "SPECIAL_CARE", "Plan the retreat menu"),
]  # fmt: skip

LOOKALIKES = [
    "介護保険では要介護1から5、要支援1・2に区分されます。説明資料にして",
    "要介護3以上の方が特養の入所対象です。案内文を作って",
    "Japan's long-term care insurance uses care levels 1-5. Summarise it.",
    "身体障害者手帳の等級は1級から7級まである。表にして",
    "Our Refugee Support Program helps refugees from Syria find work. Polish the page.",
    "ウクライナ難民の受け入れ政策について論点を整理して",
    "宗教 エホバの証人の歴史",
    "Xジェンダー（ノンバイナリー）とは何ですか",
    "How do asylum seekers apply for a work permit in Japan?",
    "Ms. Sato (clinic, room 3) called about the invoice.",
]


# Care-need, support and disability levels said of someone: at most this many not mostly
# covered. Measured when the test was written: 0 of 8 (none was found before).
_LEVELS = [
    ("父が要介護3の認定を受けた。ケアマネへの相談メールを書いて", "要介護3"),
    ("利用者 青木様 要支援2、週1回のデイ利用。記録を整えて", "要支援2"),
    ("社員の一人が障害支援区分4です。通勤配慮の文書を作って", "障害支援区分4"),
    ("祖母は要介護度5で寝たきりです。施設見学の質問リストを作って", "要介護度5"),
    (
        "My mother was assessed at care level 2 this spring. Draft a note to her care manager.",
        "care level 2",
    ),
    (
        "Kenji holds a grade 3 physical disability certificate. Book an accessible room.",
        "grade 3 physical disability certificate",
    ),
    (
        "The applicant is in disability support category 4. Draft the service letter.",
        "disability support category 4",
    ),
    (
        "私は精神障害者保健福祉手帳3級を持っています。応募書類の配慮事項を書いて",
        "精神障害者保健福祉手帳3級",
    ),
]
_LEVELS_FLOOR = 1


@pytest.mark.parametrize(
    ("text", "value", "kind", "keep"),
    MASKED,
    ids=[f"{v}-{i}" for i, (_, v, _, _) in enumerate(MASKED)],
)
def test_masked_and_request_kept(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str, keep: str
) -> None:
    assert_masked_keeping(full_analyzer, text, value, kind, keep)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert_left_alone(full_analyzer, text)


def test_levels_floor(full_analyzer: PiiAnalyzer) -> None:
    missed = not_covered(full_analyzer, _LEVELS, "SPECIAL_CARE")
    assert len(missed) <= _LEVELS_FLOOR, "\n".join(missed)
