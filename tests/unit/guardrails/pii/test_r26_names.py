"""Twenty-sixth round, names as enterprise traffic writes them and the public things that
are no one's name (issue 16): a speaker in angle brackets in a chat log (``<Rafael Cortez>
is it green?``), the people of an on-call rota or a mentoring keyed in a record
(``primary: …``, ``mentor: …``), a name's Latin spelling after 英字表記 / ローマ字, one kanji
word with its kana reading and an honorific (``四月一日（わたぬき）さん``, ``御手洗（みたらい）
部長``), every name of a list under a person key of tool-call arguments (``"guests":
[…]``); and what stays: a title of a work in 『』 or after the kind of work
(``映画『千と千尋の神隠し』``, ``ドラマ「半沢直樹」``), a Latin product with a capital inside a
word or a model word after it (``Bose QuietComfort Ultra``), bare surnames compared by how
many bear them (``佐藤と鈴木、日本に多いのはどっち？``, ``渡辺と渡邊、どちらの表記が多い？``).

The rows were written for these tests (not taken from the hand-written set or
``bench/pii_r26_names.py``); the floors read both halves of that generator (T tuned on, H
held out): values found whole, benign texts with no finding, request words untouched.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.brand_names import names_a_brand
from guardrails.pii.public_figures import HONORIFIC_OR_TITLE_AFTER
from guardrails.pii.request_values import keyed_texts
from tests.unit.guardrails.pii.generator_floors import bench_cases, found_by_one, tally
from tests.unit.guardrails.pii.round_floors import assert_floor, keep_touched, touching

# (text, the name that must be found whole)
FOUND = [
    ("<Arlo Finch> anyone seen the logs?\n<Nell Barker> checking", "Arlo Finch"),
    ("<Tyler Boone> who has the slides?\n<Maeve Doyle> I do", "Tyler Boone"),
    ("[09:14] <Soren Lykke> deploy done\n[09:15] <Ada Quist> thanks", "Soren Lykke"),
    ("oncall:\n  primary: Declan Byrne\n  backup: Sunita Rao", "Declan Byrne"),
    ("escalation: Pieter de Vries\nwrite the rota as a sentence", "Pieter de Vries"),
    ("mentor: Odette Laurent\nmentee: Kofi Mensah\nsummarise the pairing", "Odette Laurent"),
    ("英字表記: rei matsuda\n予約確認メールを作って", "rei matsuda"),
    ("ローマ字表記：Ueda Kana\n名刺の英語面を作って", "Ueda Kana"),
    ("四月一日（わたぬき）さんへの年賀状の文面を考えて", "四月一日"),
    ("御手洗（みたらい）部長への報告書の宛名", "御手洗"),
    ("百目鬼（どうめき）様宛の請求書を作って", "百目鬼"),
    ("小鳥遊(たかなし)課長に共有して", "小鳥遊"),
    ("本日、森部長がお見えになります。", "森"),
    ("千葉課長から電話がありました、と伝える文", "千葉"),
    ("岡山様のご注文を確認しました", "岡山"),
    ("新人の中西ユリカさんに歓迎メッセージ", "中西ユリカ"),
    ("担当：エレーヌ＝マリー・ガルニエ様\n日程調整のメールを書いて", "エレーヌ＝マリー・ガルニエ"),
    ("杉田（すぎた）美咲さんの名札を作って", "杉田（すぎた）美咲"),
]  # fmt: skip

# (text, words that must reach the model as written: no finding may touch them)
LOOKALIKES = [
    ("映画『千と千尋の神隠し』のテーマを解説して。", "千と千尋の神隠し"),
    ("夏目漱石の『三四郎』のあらすじを教えて", "三四郎"),
    ("ドラマ「半沢直樹」の名台詞を教えて。", "半沢直樹"),
    ("アニメ「鬼滅の刃」で炭治郎が使う技は？", "鬼滅の刃"),
    ("Compare the Sony WH-1000XM5 with the Bose QuietComfort Ultra.", "Bose QuietComfort"),
    ("Microsoft PowerPoint と Google Slides の違い", "PowerPoint"),
    ("佐藤と鈴木、日本に多いのはどっち？", "佐藤"),
    ("日本で一番多い名字は佐藤と鈴木のどちら？", "鈴木"),
    ("渡辺と渡邊、どちらの表記が多い？", "渡辺"),
    ("高橋と田中は全国でどちらが多い？", "田中"),
]  # fmt: skip

# Names a title or a model word must not hide: an honorific inside the brackets, a 「」
# with no work word, a surname prefix with a capital inside, a handle glued in camel case.
STILL_PEOPLE = [
    ("『山田太郎様』宛の封筒の書き方", "山田太郎"),
    ("Jean-Luc McAllister called about the invoice; draft a reply.", "Jean-Luc McAllister"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v for _, v in FOUND])
def test_the_name_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    findings = full_analyzer.analyze(text)
    assert found_by_one(findings, text, value, "PERSON"), [
        (f.entity_type, text[f.start : f.end]) for f in findings
    ]


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep)


@pytest.mark.parametrize(("text", "value"), STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_no_title_or_product_reading_of_a_person(text: str, value: str) -> None:
    start = text.index(value)
    assert not names_a_brand(text, start, start + len(value))


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [("田中さん", 2, True), ("孫正義氏", 3, True), ("山中先生", 2, True), ("佐藤の決算", 2, False)],
)
def test_one_source_of_honorifics(text: str, end: int, expected: bool) -> None:
    # brand_names reads its honorifics from public_figures (one list, 氏 and 先生 added)
    assert (HONORIFIC_OR_TITLE_AFTER.match(text, end) is not None) is expected


def test_a_list_under_a_person_key_is_keyed_item_by_item() -> None:
    found = keyed_texts('{"guests": ["Sven Olsen", "Mina Park"], "room": "3F", "tags": ["a", "b"]}')
    assert [k.value for k in found] == ["Sven Olsen", "Mina Park"]
    assert all(k.text == f'"guests": "{k.value}"' for k in found)


# (half, values, at most not found whole, at most benign texts with a finding, at most
# request words touched). Measured after the round (analyzer level): T 1 / 126 not found
# whole, 0 benign texts with a finding, 0 words touched; H 4 / 102, 4, 3. See docs/pii.md,
# twenty-sixth round, names, for the stage's figures before and after.
_FLOORS = [("T", 126, 2, 1, 1), ("H", 102, 6, 5, 4)]


@pytest.mark.parametrize(("half", "values", "floor", "benign", "touched"), _FLOORS)
def test_generator_floor(
    full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int, touched: int
) -> None:
    cases = bench_cases("pii_r26_names")
    counts = tally(full_analyzer, cases, half, check=found_by_one, kinds=("PERSON",))
    assert_floor(counts, values, floor, benign)
    lost = keep_touched(full_analyzer, cases, half)
    assert len(lost) <= touched, "\n".join(lost)
