"""Names and numbers marked by where they stand (issue 16, ninth round), and the
look-alikes that must stay unchanged.

Each row stands for a family and was written for these tests (no row comes from a
benchmark set): a hiragana given name after a kanji or hiragana surname, glued or after a
space, before a self-introduction, an honorific or a particle; a hiragana given name after
a name cue or opening a message before です; a hiragana name before ちゃん after a verb; a
kanji given name Sudachi reads as one, standing alone, or split before ちゃん; English names
called by name, as the subject of a person's verb, as the object of a verb said of people,
in a possessive, in a list after a label and under more closings; numbers read out in
English words or kana readings, dates of birth in words. Look-alikes: hiragana words that
are also given-name readings with no cue (さくらが咲く, はるか遠く), counts and quantities
in words, capitalised products, places, teams and departments, companies as subjects.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.nlp_engine import GinzaNlpEngine, name_kinds
from guardrails.pii.normalize import normalize

PERSONS = [
    # a hiragana given name after a kanji surname
    ("はじめまして、大森みのりと申します。", "大森みのり"),
    ("担当の川口 つばさが伺います。", "川口 つばさ"),
    ("先ほど石井ゆうとさんからお電話がありました。", "石井ゆうと"),
    ("請求書の宛名は吉岡 ここなでお願いします", "吉岡 ここな"),
    ("松尾あおばです！来週からよろしくお願いします", "松尾あおば"),
    # a hiragana surname and given name with a space, opening a self-introduction
    ("はまだ ゆうなです。よろしくね", "はまだ ゆうな"),
    # a hiragana given name after a name cue, or opening a message before です
    ("名字は岡田で、下の名前はかえでです。", "かえで"),
    ("ぼく、はやとっていいます。", "はやと"),
    ("ゆかです〜！今日のシフト代わってもらえる？", "ゆか"),
    # a hiragana name after a verb, before ちゃん
    ("昨日引っ越してきたさえちゃんと遊んだ", "さえ"),
    # kanji given names
    ("週末に健太から手紙が届いた。", "健太"),
    ("杏奈ちゃんのお迎えは何時？", "杏奈"),
    # English names by the sentence
    ("Thanks, Priyanka! That fixed it.", "Priyanka"),
    ("Hey Marcus, are you free at three?", "Marcus"),
    ("Wei Zhang will join us for the demo.", "Wei Zhang"),
    ("Olga Petrenko is out sick, so the review moves to Monday.", "Olga Petrenko"),
    ("I had lunch with Bruno Salvatore and we agreed on the scope.", "Bruno Salvatore"),
    ("According to Farah Idris's email, the budget is frozen.", "Farah Idris"),
    ("Sanjay and Ines Moreau are presenting after lunch.", "Ines Moreau"),
    ("Sanjay and Ines Moreau are presenting after lunch.", "Sanjay"),
    ("Panelists: Dara Okoye, Felipe Ruiz\nDraft the intro.", "Felipe Ruiz"),
    ("CC: Hye-jin Park\nPlease summarise the thread.", "Hye-jin Park"),
    ("Take care,\nMoana Keller", "Moana Keller"),
    # a family member introducing themselves: kinship word, の, the given name
    ("<PERSON_1>の妻のみどりです。夫の代わりにお電話しました", "みどり"),
    ("長男のはるとといいます", "はると"),
    ("鈴木の娘のさくらと申します", "さくら"),
    # a list after a lower-case cc:, names parted by ';' or ','
    ("cc: Olivia Brown; Raj Patel", "Raj Patel"),
    ("cc: Olivia Brown, Raj Patel", "Raj Patel"),
    ("Owners: Kenji Mori; Ana Lima\nUpdate the plan.", "Ana Lima"),
]


@pytest.mark.parametrize(("text", "name"), PERSONS, ids=[f"{n}|{t[:12]}" for t, n in PERSONS])
def test_name_is_found(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    findings = full_analyzer.analyze(text)
    start = text.index(name)
    end = start + len(name)
    assert any(f.entity_type == "PERSON" and f.start <= start and end <= f.end for f in findings), [
        (text[f.start : f.end], f.entity_type) for f in findings
    ]


NUMBERS = [
    ("My cell is oh eight oh, two two four one, seven seven three oh.", "PHONE_NUMBER"),
    ("call me on zero-nine-zero-three-three-one-two-eight-eight-four-six", "PHONE_NUMBER"),
    ("携帯はゼロハチゼロ、ヨンヨンニーイチ、ロクナナハチキューです", "PHONE_NUMBER"),
    ("番号はれいきゅうれいのにーさんよんごのろくななはちきゅうです", "PHONE_NUMBER"),
    ("Zip code: one five oh, oh oh two two", "POSTAL_CODE"),
    ("Date of birth: the eleventh of October, nineteen ninety-one", "DATE_OF_BIRTH"),
    ("My birthday is March twentieth, two thousand and four.", "DATE_OF_BIRTH"),
    ("生年月日は平成三年の六月九日です", "DATE_OF_BIRTH"),
]


@pytest.mark.parametrize(("text", "entity"), NUMBERS, ids=[t[:24] for t, _ in NUMBERS])
def test_number_in_words_is_found(full_analyzer: PiiAnalyzer, text: str, entity: str) -> None:
    findings = full_analyzer.analyze(text)
    assert any(f.entity_type == entity for f in findings), [
        (text[f.start : f.end], f.entity_type) for f in findings
    ]


SPECIAL_CARE = [
    ("As a practising Buddhist, what should I bring to the ceremony?", "practising Buddhist"),
    ("主治医に抗うつ薬を増やされてから眠い", "抗うつ薬"),
    ("健診で血小板が8万と言われた", "血小板が8万"),
    ("医者にリフレックスを減らされてから調子がいい", "リフレックス"),
    ("先週からトリンテリックスを処方されています", "トリンテリックス"),
]


@pytest.mark.parametrize(("text", "core"), SPECIAL_CARE, ids=[c for _, c in SPECIAL_CARE])
def test_special_care_core_is_found(full_analyzer: PiiAnalyzer, text: str, core: str) -> None:
    findings = full_analyzer.analyze(text)
    cores = [text[f.start : f.end] for f in findings if f.entity_type.startswith("SPECIAL_CARE")]
    assert any(core in c for c in cores), cores


BENIGN = [
    "さくらが咲いたら花見に行こう。",
    "はるか遠くに海が見える。",
    "京都ではもみじが見頃です。",
    "ひかり回線の工事はいつ？",
    "よかったです！また来ます",
    "名前がわからないです。",
    "イチ、ニー、サン、シー、で手を上げて",
    "I have two cats and three goldfish.",
    "Count from one to ten in French, please.",
    "one two three four, mic check",
    "Thanks, team! Great sprint.",
    "Attendees: Finance, Legal, Procurement",
    "Best,\nCustomer Support",
    "Salesforce will join the alliance next year.",
    "Google Drive and Dropbox will be rolled out in May.",
    "Hi all, where is the meeting room?",
    "New York and Berlin offices will merge.",
    "売上を増やす方法を教えて",
    "赤ちゃんが夜泣きします",
    "上司にタスクを増やされた",
    "メマリーを処方するときの注意点は？",
    "山田たちが先に着いた",
    "妻のおかげです。",
    "夫のせいです",
    "母のためです",
    "弟のぶんです",
    "The 250 cc Honda is sold out.",
    "I bought a 125cc Yamaha scooter.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    # 山田たち: the surname is a name; the point is that たち is not taken as a given name.
    findings = [
        f
        for f in full_analyzer.analyze(text)
        if f.entity_type != "PERSON" or text[f.start : f.end] != "山田"
    ]
    assert findings == [], [(text[f.start : f.end], f.entity_type) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("oh nine oh, one two three four, five six seven eight", "090-1234-5678"),
        ("zero-eight-zero-one-one-two-two-three-three-four-four", "08011223344"),
        ("070 four one double seven, seven six three one", "070-4177-7631"),
        ("ゼロキューゼロ、イチニーサンヨン、ゴーロクナナハチ", "090-1234-5678"),
        ("れいはちれいのいちにーさんよんのごーろくななはち", "080-1234-5678"),
        ("the second of May, nineteen eighty-seven", "the 2 of May, 1987"),
        ("June fifth, two thousand and two", "June 5, 2002"),
        ("two kids and three dogs", "two kids and three dogs"),
        ("one two three, go", "one two three, go"),
        ("イチゴとサンドイッチ", "イチゴとサンドイッチ"),
    ],
)
def test_spoken_numbers_read_as_digits(text: str, expected: str) -> None:
    normalized = normalize(text)
    assert normalized.text == expected
    # Every digit maps back inside the words it was read from.
    start, end = normalized.to_original(0, len(normalized.text))
    assert (start, end) == (0, len(text))


@pytest.mark.parametrize(
    ("surface", "kind"),
    [("あやめ", "名"), ("ユカ", "名"), ("いなば", "姓"), ("筒井", "姓")],
)
def test_name_kinds_in_any_reading(nlp_engine: GinzaNlpEngine, surface: str, kind: str) -> None:
    assert kind in name_kinds(nlp_engine.tokenize(surface))(surface)


KANJI_AND_ACCOUNTS = [
    # kanji numerals with 、 between the groups, 零 for zero, の in a postcode
    ("連絡先は〇七〇、九八七六、五四三二です", "PHONE_NUMBER", "〇七〇、九八七六、五四三二"),
    ("電話は零九〇の八八八八の七七七七まで", "PHONE_NUMBER", "零九〇の八八八八の七七七七"),
    ("郵便番号は三三〇の〇〇六一です", "POSTAL_CODE", "三三〇の〇〇六一"),
    # an English account number with its keyword a few words before it
    ("Our company account number is 7654321.", "BANK_ACCOUNT", "7654321"),
    ("refund to account number nine eight seven six five four three", "BANK_ACCOUNT", None),
]


@pytest.mark.parametrize(
    ("text", "entity", "value"), KANJI_AND_ACCOUNTS, ids=[t[:16] for t, _, _ in KANJI_AND_ACCOUNTS]
)
def test_number_forms_are_found(
    full_analyzer: PiiAnalyzer, text: str, entity: str, value: str | None
) -> None:
    found = [text[f.start : f.end] for f in full_analyzer.analyze(text) if f.entity_type == entity]
    expected = value if value is not None else text[text.index("nine") :]
    assert found == [expected]


@pytest.mark.parametrize(
    "text", ["零時に集合です", "一、二、三、四の順に並べて", "普通郵便で送った。注文番号12345678"]
)
def test_number_look_alikes_are_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert full_analyzer.analyze(text) == []
