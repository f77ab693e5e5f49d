"""Issue 16, seventeenth round: special care written in other frames (rows written for these
tests, not taken from the generator's halves; the families are those of the tuned-on half π
of ``bench/pii_cases_xi.py``).

Each table: the sensitive core found whole, the request kept, look-alikes left alone; a
floor over the found rows so that one lost frame fails the table, not only its row.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found

FOUND = [
    # English, first person and third person
    ("As a Jehovah's Witness I can't accept blood transfusions, tell the surgeon.",
     "Jehovah's Witness", "tell the surgeon"),
    ("Being diabetic, I need a snack plan for a long bus ride", "diabetic", "snack plan"),
    ("I'm epileptic so please suggest quiet venues for the party", "epileptic",
     "suggest quiet venues"),
    ("Our son is autistic, please draft a note to the swimming coach", "autistic",
     "draft a note to the swimming coach"),
    ("I've had Addison's disease since 2010. Write a short bio for the club", "Addison's disease",
     "Write a short bio"),
    ("I live with trigeminal neuralgia; draft an email asking for a quiet desk",
     "trigeminal neuralgia", "draft an email"),
    ("I was born with hemophilia, help me write a cover letter", "hemophilia",
     "help me write a cover letter"),
    ("I'm in recovery from opioid addiction, suggest a calm weekend plan", "opioid addiction",
     "suggest a calm weekend plan"),
    ("I've been on duloxetine since June and need a packing list", "duloxetine",
     "need a packing list"),
    ("my husband's been on apixaban for two years; write a note for his carer", "apixaban",
     "write a note for his carer"),
    ("my roommate has narcolepsy and I want to plan our road trip", "narcolepsy",
     "plan our road trip"),
    ("Recently started bupropion for my mood, any tips for sleep?", "bupropion",
     "any tips for sleep"),
    # Japanese, casual, Kansai, keigo
    ("ロキソニンもらってるんだけど、旅行の持ち物リスト作って", "ロキソニン", "旅行の持ち物リスト"),
    ("毎日リリカのんでて、お酒の席の断り方知りたい", "リリカ", "お酒の席の断り方"),
    ("毎晩ベルソムラのんでて、朝の予定の立て方を教えて", "ベルソムラ", "朝の予定の立て方"),
    ("イグザレルト飲み始めてから疲れやすい、仕事の段取りを考えて", "イグザレルト", "仕事の段取り"),
    ("再生不良性貧血なんですけど、面接で伝えるべきか迷ってます", "再生不良性貧血",
     "面接で伝えるべきか"),
    ("うち過敏性腸症候群やねん、通勤の工夫を考えて", "過敏性腸症候群", "通勤の工夫"),
    ("私は好酸球性食道炎を抱えておりますので、会食の店選びをお願いいたします", "好酸球性食道炎",
     "会食の店選び"),
    ("持病にシェーグレン症候群がございます。出張の日程調整のお願いを作って", "シェーグレン症候群",
     "出張の日程調整のお願い"),
    ("聴覚障害があるので電話ではなくメールで対応をお願いします", "聴覚障害",
     "電話ではなくメールで対応"),
    ("彼氏が統一教会に入ってるっぽい…どう話を切り出すか", "統一教会", "どう話を切り出すか"),
    ("金光教の集会に毎週行ってるので、日曜の当番を替わってほしいお願いを書いて", "金光教",
     "日曜の当番を替わってほしい"),
    ("父は多発性硬化症の療養中です。年賀欠礼のはがきの文面を", "多発性硬化症", "年賀欠礼のはがき"),
]  # fmt: skip

LOOKALIKES = [
    "執行猶予と実刑の違いを説明して",
    "保護観察と執行猶予はどう違う？",
    "起訴と不起訴の違いを教えて",
    "窃盗の容疑で逮捕された場合、その後の流れはどうなる？",
    "What is bipolar disorder?",
    "How did Beethoven's deafness affect his music?",
    "My son has soccer practice on Fridays, suggest a quick dinner plan",
    "Being a manager, I find Mondays hard. Any tips?",
    "I've been a nurse since 2019, write my LinkedIn summary",
    "I've had a great time since I moved here, write a thank-you card",
    "the reviewers were blind to the conditions of the study",
    "毎日ポカリ飲んでて、夏バテ対策を教えて",
    "ビタミン飲んでるけど効果ある？",
    "システム障害なんですけど、いつ復旧しますか",
    "通信障害なので、復旧まで待ってください",
    "教会に入っていいですか",
    "横浜にあるカトリックの教会の住所を教えて",
    "リリカの薬価はいくら？",
    "市民病院の外来の受付時間を教えて",
]


@pytest.mark.parametrize(("text", "core", "request_words"), FOUND, ids=[c for _, c, _ in FOUND])
def test_the_core_is_masked_and_the_request_kept(
    full_analyzer: PiiAnalyzer, text: str, core: str, request_words: str
) -> None:
    assert _found(full_analyzer, text, core, "SPECIAL_CARE")
    start = text.index(request_words)
    end = start + len(request_words)
    assert not any(
        f.start < end and start < f.end
        for f in full_analyzer.analyze(text)
        if f.entity_type.startswith("SPECIAL_CARE")
    )


def test_found_floor(full_analyzer: PiiAnalyzer) -> None:
    found = sum(_found(full_analyzer, text, core, "SPECIAL_CARE") for text, core, _ in FOUND)
    assert found / len(FOUND) >= 0.95


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith("SPECIAL_CARE")]
