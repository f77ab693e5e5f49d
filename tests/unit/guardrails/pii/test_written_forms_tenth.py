"""Personal data said as people chat (issue 16, tenth round), and the look-alikes that must
stay unchanged.

Each row stands for a family and was written for these tests (no row comes from a
benchmark set): special-care data said casually — 〜持ちやけど, 去年から〜でさ, 〜って言われて,
a voice transcript's spaced hiragana, a faith said of a household, ``i'm on …`` in lower case
before an ellipsis, an English plural of an adherent; measured values in chat shapes (an
arrow, 上…下…, ``my A1c came back``); names after a kinship or role word in English, with a
relation in brackets, before 宛, before のこと, in a list with a found name, in a JSON ``from``,
before what only a person does (によると, に怒られた), in a pair counted as people (…の二人),
as a party of a contract (以下「甲」という);
messaging handles after a service's name or key. Look-alikes: the same words as general
questions, thresholds and norms, places and family words in lists, products and words after
a service's name.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.findings import PiiFinding
from guardrails.pii.request_values import spread_names

SPECIAL_CARE = [
    ("うちの兄さ、先月から統合失調症でさー、実家の手続き誰がやるん？", "統合失調症"),
    ("去年から不眠症で、眠れる方法ある？", "不眠症"),
    (
        "（音声入力）こないだ いしゃに 適応障害 と しんだんされました しょくばに どう いえば",
        "適応障害",
    ),
    ("うちカトリックの家なんだけど、七五三ってやる？", "カトリック"),
    ("i'm on sertraline rn... is it ok to drink tonight?", "sertraline"),
    ("my husband's parents are Scientologists, what gift is safe?", "Scientologists"),
    # measured values in chat shapes
    ("健診きた、ALT→88 だって。やばい？", "ALT→88"),
    ("父の血圧、上が171で下が104。病院行くべき？", "上が171で下が104"),
    ("血圧が上158下97で医者に怒られた", "血圧が上158下97"),
    ("my A1c came back 8.4% so I'm cutting carbs, recipe ideas?", "A1c came back 8.4%"),
]


@pytest.mark.parametrize(("text", "core"), SPECIAL_CARE, ids=[c for _, c in SPECIAL_CARE])
def test_special_care_core_is_found(full_analyzer: PiiAnalyzer, text: str, core: str) -> None:
    findings = full_analyzer.analyze(text)
    cores = [text[f.start : f.end] for f in findings if f.entity_type.startswith("SPECIAL_CARE")]
    assert any(core in c for c in cores), cores


PERSONS = [
    ("my coworker Ignatius keeps borrowing my charger", "Ignatius"),
    ("my little sister Anneliese has a recital tonight", "Anneliese"),
    ("lol Bartholomew forgot his badge again", "Bartholomew"),
    ("hi, this is, um, Oksana Petrov calling about my order", "Oksana Petrov"),
    ("ナツメ（担任）から電話があった", "ナツメ"),
    ("Renata (coworker) sent the draft", "Renata"),
    ("東京都渋谷区渋谷1-2-3 安達宛", "安達"),
    ("いとこがりかのことずっと心配してて", "りか"),
    ("娘の名前ははるほです", "はるほ"),
    ('{"attendees": "山本さん、松下", "agenda": "予算"}', "松下"),
    ('{"from": "Torvald Eskildsen", "subject": "late"}', "Torvald Eskildsen"),
    # said of people after a word the dictionary also lists as a place
    ("高松によると、来週の会議は中止らしい", "高松"),
    ("昨日は長野に怒られた", "長野"),
    # a pair counted as people; a party named in a contract
    ("稀星と渡辺さんの二人で店番できる？", "稀星"),
    (
        "宮下紗都（以下「甲」という）と有限会社サクラ商事（以下「乙」という）は合意する。",
        "宮下紗都",
    ),
]


@pytest.mark.parametrize(("text", "name"), PERSONS, ids=[f"{n}|{t[:12]}" for t, n in PERSONS])
def test_name_is_found(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    findings = full_analyzer.analyze(text)
    start = text.index(name)
    end = start + len(name)
    assert any(f.entity_type == "PERSON" and f.start <= start and end <= f.end for f in findings), [
        (text[f.start : f.end], f.entity_type) for f in findings
    ]


HANDLES = [
    ("LINEのIDはkoharu_0915です", "koharu_0915"),
    ("連絡はLINE（ID: sora.77）でお願いします", "sora.77"),
    ("グループ作る？LINE交換しよ。IDはmomo_228", "momo_228"),
    ("Discord: nekomaru42 で申請してね", "nekomaru42"),
    ("インスタ @hinata.photo フォローしてね", "@hinata.photo"),
    ("my LINE ID is takuya", "takuya"),
    ('{"contact": {"line": "akari.03", "tel": "none"}}', "akari.03"),
]


@pytest.mark.parametrize(("text", "handle"), HANDLES, ids=[h for _, h in HANDLES])
def test_messaging_handle_is_found(full_analyzer: PiiAnalyzer, text: str, handle: str) -> None:
    findings = full_analyzer.analyze(text)
    assert any(
        f.entity_type == "MESSAGING_ID" and text[f.start : f.end] == handle for f in findings
    ), [(text[f.start : f.end], f.entity_type) for f in findings]


BENIGN = [
    "糖尿病持ちの人でも入れる保険はある？",
    "うつ病と診断されたらまず何をすればいい？",
    "がんと診断されて仕事を辞める人は多いですか？",
    "イスラム教の家庭ではお酒を飲まない？",
    "HbA1cが6.5以上だと糖尿病？",
    "血圧の上が140で下が90以上は高血圧？",
    "HbA1cの基準値は6.5ですか？",
    "長男、次男、三男の呼び方を英語で",
    "Twitter is great for news",
    "Slack: general channel is noisy",
    "LINEで連絡します",
    "Chrome keeps crashing on my laptop",
    # "my friend Paris is a city girl" left this list in the thirty-third round: a place
    # name as a given name after a relation word is read as the friend's name (fail closed).
    '{"from": "Tokyo", "to": "New York"}',
    "the bottom line: profits up 3.5%",
    "気象庁によると明日は雨",
    "千葉に行ったことある？",
    "大阪と京都の二人旅",
    "株式会社ミナトリース（以下「乙」という）との契約",
]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    findings = full_analyzer.analyze(text)
    assert findings == [], [(text[f.start : f.end], f.entity_type) for f in findings]


NOT_PARTNERS = [
    # a place, a family word, a single Latin word beside a found name is not its partner
    ("田中さん、寺町の店は何時まで？", "寺町"),
    ("佐藤さんと長男が来ます", "長男"),
    ("Kenji Mori, Ostrava and Brno are on the route map", "Ostrava"),
]


@pytest.mark.parametrize(("text", "word"), NOT_PARTNERS, ids=[w for _, w in NOT_PARTNERS])
def test_list_partner_needs_a_name_shape(full_analyzer: PiiAnalyzer, text: str, word: str) -> None:
    start = text.index(word)
    end = start + len(word)
    findings = full_analyzer.analyze(text)
    assert not any(f.entity_type == "PERSON" and f.start < end and start < f.end for f in findings)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a given name found in one turn, repeated in a later one
        (
            {"娘の名前ははるほです": [(5, 8)], "はるほの入学祝い": []},
            {"はるほの入学祝い": [(0, 3)]},
        ),
        ({"my daughter Kwame": [(12, 17)], "Kwame's party": []}, {"Kwame's party": [(0, 5)]}),
        # not inside a longer word of the same script
        ({"山田です": [(0, 2)], "山田町の店": []}, {"山田町の店": []}),
        ({"ゆいです": [(0, 2)], "ゆいごんの話": []}, {"ゆいごんの話": []}),
        # already covered: nothing added
        ({"山田です": [(0, 2)], "山田様": [(0, 2)]}, {"山田様": [(0, 2)]}),
    ],
)
def test_a_found_name_spreads_to_the_other_texts(
    texts: dict[str, list[tuple[int, int]]], expected: dict[str, list[tuple[int, int]]]
) -> None:
    findings = {
        text: [PiiFinding(start, end, "PERSON", 0.8) for start, end in spans]
        for text, spans in texts.items()
    }
    spread = spread_names(findings)
    for text, spans in expected.items():
        assert [(f.start, f.end) for f in spread[text] if f.entity_type == "PERSON"] == spans


# One word between two found persons, the same separator on both sides: a list member,
# also a one-kanji surname Sudachi reads as a common noun (林 "forest", 東 "east").
BETWEEN = [
    ("@channel 明日の発表者は 高橋、林、井上 の3名です", "林"),
    ("出席：鈴木、東、渡辺", "東"),
    ("当番は 佐々木・原・小川 で回します", "原"),
]
NOT_BETWEEN = [
    ("高橋、東京、井上の順で回ります", "東京"),
    ("田中さん、明日、佐藤さんと会います", "明日"),
    ("鈴木さん、妻、渡辺さんの三人で伺います", "妻"),
]


@pytest.mark.parametrize(("text", "name"), BETWEEN, ids=[n for _, n in BETWEEN])
def test_a_word_between_two_listed_persons_is_one(
    full_analyzer: PiiAnalyzer, text: str, name: str
) -> None:
    start = text.index(name)
    findings = full_analyzer.analyze(text)
    assert any(
        f.entity_type == "PERSON" and f.start <= start and start + len(name) <= f.end
        for f in findings
    ), [(text[f.start : f.end], f.entity_type) for f in findings]


@pytest.mark.parametrize(("text", "word"), NOT_BETWEEN, ids=[w for _, w in NOT_BETWEEN])
def test_a_place_or_word_between_two_persons_is_not(
    full_analyzer: PiiAnalyzer, text: str, word: str
) -> None:
    start = text.index(word)
    end = start + len(word)
    findings = full_analyzer.analyze(text)
    assert not any(f.entity_type == "PERSON" and f.start < end and start < f.end for f in findings)
