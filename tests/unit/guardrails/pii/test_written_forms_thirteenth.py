"""Personal data as people really write it (issue 16, thirteenth round), and the look-alikes
that must stay unchanged.

Each row stands for a family and was written for these tests (no row comes from a benchmark
set): an international phone number with the country code in parentheses, spaced or
hyphenated, the national 0 in parentheses or dropped; a health-insurance card's values
labelled only by the card's own labels (保険者番号, 被保険者記号, 記号・番号) with no other
health-insurance word in the sentence; a treatment or medicine disclosed next to the
condition in the same clause (both masked, the request kept; a general question about it
left alone); a hiragana given name after a family word and 、.
Look-alikes: other numbers after 番号 or 記号; an adverb, pronoun or symptom after 「娘、」;
a help desk or call centre before its number in brackets (a place to call, not a person).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer


def _found(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type == kind and f.start <= start and end <= f.end for f in analyzer.analyze(text)
    )


VALUES = [
    # International phone numbers, the country code in parentheses or the 0 kept in them.
    ("Please ring (+81) 80 2231 7740 after six.", "(+81) 80 2231 7740", "PHONE_NUMBER"),
    (
        "連絡は（＋８１）９０－３３８１－０２７６まで",
        "（＋８１）９０－３３８１－０２７６",
        "PHONE_NUMBER",
    ),
    ("自宅 (+81)6-6312-4470 です", "(+81)6-6312-4470", "PHONE_NUMBER"),
    ("my mobile: +(81) 70-5521-0938", "+(81) 70-5521-0938", "PHONE_NUMBER"),
    ("会社は +81 (0)45 671 2290 になります", "+81 (0)45 671 2290", "PHONE_NUMBER"),
    ("海外から +81 90 7712 4403 にかけてください", "+81 90 7712 4403", "PHONE_NUMBER"),
    ("WhatsApp (+81) 080 6620 1184 でも可", "(+81) 080 6620 1184", "PHONE_NUMBER"),
    # Health-insurance cards labelled only by their own labels.
    ("保険者番号 39131025 記号 ・番号 72-1180", "39131025", "HEALTH_INSURANCE"),
    ("保険者番号 39131025 記号 ・番号 72-1180", "72-1180", "HEALTH_INSURANCE"),
    ("保険者番号：27010204、記号・番号：8-4417", "8-4417", "HEALTH_INSURANCE"),
    ("保険者番号は 06271336 です", "06271336", "HEALTH_INSURANCE"),
    ("被保険者記号 5203 番号 118 を入力", "5203", "HEALTH_INSURANCE"),
    ("記号/番号 33-90817 を控えました", "33-90817", "HEALTH_INSURANCE"),
    ("保険者No. 01140017", "01140017", "HEALTH_INSURANCE"),
    ("被保険者証記号・番号 1234・567 です", "1234・567", "HEALTH_INSURANCE"),
    # A building after the block and a comma, the room joined by の; romaji with a unit.
    ("住所は目黒区中町1-7-22、ハイツ若葉の305です", "ハイツ若葉の305", "ADDRESS"),
    (
        "練馬区の石神井町4-2-9、メゾン・ド・ソレイユの12に越しました",
        "メゾン・ド・ソレイユの12",
        "ADDRESS",
    ),
    ("送り先：豊中市本町3-1-4，グランコート緑地の807", "グランコート緑地の807", "ADDRESS"),
    ("練馬区の石神井町4-2-9に住んでいます", "練馬区の石神井町4-2-9", "ADDRESS"),
    ("実家は札幌市の中央区北一条西2-1-1です", "札幌市の中央区北一条西2-1-1", "ADDRESS"),
    ("Send it to 4-9-1 Nishishinjuku, apt 1507, Shinjuku-ku", "apt 1507", "ADDRESS"),
    ("My address is 2-11-5 Jiyugaoka, Room 203, Meguro-ku, Tokyo", "Room 203", "ADDRESS"),
    ("Deliver to 1-3-8 Kichijoji Honcho #402, Musashino-shi", "Kichijoji Honcho #402", "ADDRESS"),
    ("ship to 5-2-1 Minami-Aoyama, APT 12C, Minato-ku 107-0062", "APT 12C", "ADDRESS"),
    # A hiragana given name after a family word and 、.
    ("うちの娘、ゆいがインフルエンザにかかりました", "ゆい", "PERSON"),
    ("息子、そうたが学校で転んで", "そうた", "PERSON"),
    ("夫、ひろしは今日出張です", "ひろし", "PERSON"),
    ("長女、みおもピアノを習っています", "みお", "PERSON"),
    ("次男、れんって言うんですが", "れん", "PERSON"),
    ("うちの娘、ひなたちゃんが熱を出して", "ひなた", "PERSON"),
]

# A treatment or medicine disclosed next to the condition it treats, in the same clause: both
# are masked, each on its own, and the request after them is kept.
TREATED = [  # (text, the treatment, the request that must be kept)
    (
        "喘息で吸入ステロイドを使っているので、在宅勤務を申請したいです",
        "ステロイド",
        "在宅勤務を申請",
    ),
    ("膵臓がんで化学療法を受けているので休職の手続きを教えてください", "化学療法", "休職の手続き"),
    (
        "1型糖尿病でインスリン注射をしています。出張の持ち物リストを作って",
        "インスリン",
        "持ち物リスト",
    ),
    ("腎不全で人工透析を週3回受けているので勤務表を調整したい", "透析", "勤務表を調整"),
    ("うつ病で抗うつ薬を飲んでいるので、運転の仕事を外してほしい", "抗うつ薬", "運転の仕事"),
    ("不眠症で睡眠薬を処方されていて、朝の会議がつらいです", "睡眠薬", "朝の会議"),
    (
        "大腸がんで放射線治療中なので、打ち合わせはオンラインでお願いします",
        "放射線治療",
        "オンライン",
    ),
]
TREATMENT_TOPICS = [
    "抗がん剤の副作用について一般的に教えて",
    "インスリンの仕組みとは",
    "人工透析とはどういう治療ですか？",
    "ステロイドの一般的な副作用を説明して",
    "ペースメーカーの仕組みを教えてください",
]


@pytest.mark.parametrize(("text", "treatment", "request_text"), TREATED)
def test_treatment_next_to_condition_is_masked(
    full_analyzer: PiiAnalyzer, text: str, treatment: str, request_text: str
) -> None:
    found = full_analyzer.analyze(text)
    start = text.index(treatment)
    assert any(
        f.entity_type.startswith("SPECIAL_CARE:") and f.start <= start < f.end for f in found
    )
    kept = text.index(request_text)
    assert not any(f.start < kept + len(request_text) and kept < f.end for f in found)


@pytest.mark.parametrize("text", TREATMENT_TOPICS)
def test_treatment_topic_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert full_analyzer.analyze(text) == []


@pytest.mark.parametrize(("text", "value", "kind"), VALUES, ids=[v for _, v, _ in VALUES])
def test_value_is_found(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert _found(full_analyzer, text, value, kind)


BENIGN = [
    "注文番号 06139012 の配送状況を教えて",
    "元素記号 Fe の原子番号は 26 です",
    "数学の記号 Σ と番号 3 の式",
    "介護保険の保険者番号 131016 は区の番号です",
    "国番号は +81、市外局番は 03 です",
    "Tokyo is UTC+9 and the country code is (+81).",
]

# No name after the family word and 、, and a facility before its number in brackets.
NO_PERSON = [
    "うちの娘、最近元気がないんです",
    "娘、もう寝たよ",
    "息子、いつもは早起きなのに",
    "娘、それがね大変で",
    "息子、せきがひどいので休ませます",
    "妻、ほんとは行きたかったみたい",
    "娘、みんなが心配してるよ",
    "カスタマーセンター（0120-123-456）は土日も営業していますか？",
    "コールセンター（0570-064-118）につながらない",
    "サポートデスク(0800-111-2345)の受付時間は？",
    "お客様窓口（0120-987-654）まで",
    "携帯は(+81)90-1234-5678です",
]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type != "PERSON"] == []


@pytest.mark.parametrize("text", NO_PERSON)
def test_no_person(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"] == []
