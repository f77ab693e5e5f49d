from __future__ import annotations

import pytest

from guardrails.pii.nlp_engine import GinzaNlpEngine
from guardrails.pii.recognizers.person import (
    NAME_ALONE_SCORE,
    PersonRecognizer,
    find_person_candidates,
)
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("担当の佐藤健一が伺います", ["佐藤健一"]),
        ("山田 花子と申します", ["山田 花子"]),
        ("田中さんに連絡してください", ["田中"]),
        ("鈴木様宛の荷物", ["鈴木"]),
        ("ヤマダ タロウ様", ["ヤマダ タロウ"]),
        ("名義はタナカ ケンタです", ["タナカ ケンタ"]),
        ("ジョン・スミス氏が来日した", ["ジョン・スミス"]),
        ("林さんと森さん", ["林", "森"]),
        ("北川颯がお伺いします", ["北川颯"]),
        ("受取人は宮本です", ["宮本"]),
        ("夏目漱石の小説", ["夏目漱石"]),
        ("担当の横井 絵鈴が伺います", ["横井 絵鈴"]),
        ("ノムラ シズヨです", ["ノムラ シズヨ"]),
        ("同僚の兵庫慎司です", ["兵庫慎司"]),
        ("登録名は中野颯です", ["中野颯"]),
        ("中野区に住んでいます", []),
        ("メール アドレスを変更したい", []),
        ("田中部長に確認します", ["田中"]),
        ("お客さんが来ました", []),
        ("皆さんこんにちは", []),
        ("田中工業に発注しました", []),
        ("登録名を変更したい", []),
        ("メールはh.suzuki12@example.jpです", []),
        ("今日はいい天気ですね", []),
    ],
    ids=[
        "surname-given",
        "with-space",
        "surname-san",
        "surname-sama",
        "katakana-pair",
        "katakana-given-not-in-dictionary",
        "foreign-name-dot",
        "common-noun-surnames-with-honorific",
        "given-name-not-in-dictionary",
        "surname-after-cue",
        "famous-person-is-still-a-person",
        "given-name-after-space-not-in-dictionary",
        "katakana-pair-unknown-words",
        "place-word-then-given-name",
        "place-word-then-unknown-given-name-after-cue",
        "place-name",
        "katakana-loanwords-with-space",
        "title-is-not-a-given-name",
        "okyakusan",
        "minasan",
        "company-name",
        "cue-without-name",
        "inside-email",
        "no-name",
    ],
)
def test_person(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(PersonRecognizer(), text)) == expected


@pytest.mark.parametrize(
    ("text", "undecided"),
    [("ケンイチが来ました", ["ケンイチ"]), ("佐藤健一です", []), ("天気予報", [])],
    ids=["lone-given-name", "full-name", "no-name"],
)
def test_undecided_candidates(nlp_engine: GinzaNlpEngine, text: str, undecided: list[str]) -> None:
    candidates = find_person_candidates(text, nlp_engine.tokenize(text))
    assert [text[c.start : c.end] for c in candidates if c.score <= NAME_ALONE_SCORE] == undecided


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("森社長に確認したところ問題ないそうです", ["森"]),
        ("千葉部長から急ぎの依頼がありました", ["千葉"]),
        ("関先生、明日は休みです", ["関"]),
        ("千葉さん、明日の会議に出られないそうです", ["千葉"]),
        ("新社長が就任しました", []),
        ("営業部長に確認します", []),
        ("山田ひなたと申します", ["山田ひなた"]),
        ("山田太郎（やまだ たろう）です", ["山田太郎(やまだ たろう)"]),
        ("山田（やまだ）太郎（たろう）です", ["山田(やまだ)太郎(たろう)"]),
        ("アンナ＝マリー・シュミットです", ["アンナ=マリー・シュミット"]),
        ("My name is Noah Reyes.", ["Noah Reyes"]),
        ("This is Emily Carter from Osaka.", ["Emily Carter"]),
        ("How do I open a bank account?", []),
        ("Thanks. One more thing, please.", []),
        ("田中という苗字の由来を教えて", []),
        ("佐藤さんって苗字、珍しい？", []),
        ("鈴木さんという名字は多いですか", []),
    ],
    ids=[
        "word-surname-with-title",
        "place-surname-with-title",
        "place-surname-with-sensei",
        "place-surname-with-san",
        "new-president-prefix",
        "department-head",
        "hiragana-given-name",
        "furigana-after-full-name",
        "furigana-after-each-part",
        "foreign-name-equals-and-dot",
        "english-name-unknown-family",
        "english-name-unknown-given",
        "lowercase-english-tagged-as-name",
        "lowercase-english-more",
        "surname-as-a-word",
        "surname-tte-myouji",
        "surname-to-iu-myouji",
    ],
)
def test_person_as_people_write_it(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(PersonRecognizer(), text)) == expected
