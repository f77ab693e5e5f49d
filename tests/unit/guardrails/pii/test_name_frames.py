"""Person names by the frame they stand in (seventeenth round, ``name_frames.py``).

Found: a name called out after ねぇ / あのさ / おーい / ちょっと, a name before what only a
person does (言ってた, いわく, からプレゼント, と喧嘩, に借りた, の送別会), one name per
bulleted line. Not found: common nouns, brands, places and pronouns in the same frames.
Each table has a floor: the share of its rows that must pass (all of them today).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    ("ねぇみずせ、今日の夜ひま？", ["みずせ"]),
    ("あのさけんすけ、この前の件なんだけど", ["けんすけ"]),
    ("ちょっとちさき聞いてよ、ひどくない？", ["ちさき"]),
    ("やっほーいずみ😊 週末どうする？", ["いずみ"]),
    ("ねえ詩暖、駅まで迎えに来て", ["詩暖"]),
    ("おーいリンタ！起きてる？", ["リンタ"]),
    ("ハビエルいわく、日本の敬語が一番難しいらしい", ["ハビエル"]),
    ("ディミトリからプレゼントをもらったのでお返しを考えたい", ["ディミトリ"]),
    ("昨日ゆうたが言ってたんだけど、新しいカフェどう？", ["ゆうた"]),
    ("りょうたと喧嘩しちゃった", ["りょうた"]),
    ("Mifuyuから連絡があって、明日は休みだって", ["Mifuyu"]),
    ("今度Ritsukiの送別会をするので幹事のメールを作って", ["Ritsuki"]),
    (
        "- ショウジ\n- フクナガ\n- モリカワ\nこの名簿を五十音順に並べて",
        ["ショウジ", "フクナガ", "モリカワ"],
    ),
]

NOT_FOUND = [
    "ひまわり、きれいだね。俳句を作って",
    "ねぇ、ひまわりって漢字でどう書くの？",
    "あのさ、あかねってどういう意味？",
    "ちょっと待って、それ本当？",
    "ねえママ、今日の夕飯なに？",
    "みんなが言ってたけど、本当？",
    "ママが言ってたレシピを教えて",
    "ソニーから電話があって、修理の予約が取れたって",
    "小樽と伊勢、住むならどっち？",
    "- りんご\n- みかん\n- ぶどう\nこの買い物リストを五十音順に",
    "- コーヒー\n- 紅茶\n- ジュース",
    "ちょっと、聞いてよ",
    "会社から電話があって、明日は出社だって",
    "遊びに来たおばちゃんとランチに行きます",
    "昨日来たおばあちゃんが言ってたこと",
    "Notionに書いたメモを要約して",
    "おーいいですね！　私も室内で出来るのならやりたいなって思います。",
]

FLOOR = 1.0


def _persons(analyzer: PiiAnalyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_framed_name_found(full_analyzer: PiiAnalyzer, text: str, names: list[str]) -> None:
    persons = _persons(full_analyzer, text)
    assert all(any(name in p for p in persons) for name in names), persons


@pytest.mark.parametrize("text", NOT_FOUND)
def test_look_alike_in_frame_is_no_person(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert _persons(full_analyzer, text) == []


def test_floors(full_analyzer: PiiAnalyzer) -> None:
    found = sum(
        all(any(n in p for p in _persons(full_analyzer, t)) for n in names) for t, names in FOUND
    )
    clean = sum(_persons(full_analyzer, t) == [] for t in NOT_FOUND)
    assert found / len(FOUND) >= FLOOR
    assert clean / len(NOT_FOUND) >= FLOOR
