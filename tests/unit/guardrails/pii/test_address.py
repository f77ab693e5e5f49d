from __future__ import annotations

import pytest

from guardrails.pii.recognizers.address import AddressRecognizer
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("住所は東京都千代田区丸の内1-9-1です", ["東京都千代田区丸の内1-9-1"]),
        ("大阪府大阪市北区梅田3丁目1番3号まで", ["大阪府大阪市北区梅田3丁目1番3号"]),
        ("札幌市中央区北1条西2丁目に住んでいます", ["札幌市中央区北1条西2丁目"]),
        ("港区六本木6丁目10番1号", ["港区六本木6丁目10番1号"]),
        ("横浜市西区みなとみらい2-2-1", ["横浜市西区みなとみらい2-2-1"]),
        ("東京都新宿区に住んでいます", ["東京都新宿区"]),
        ("長野県長野市大字南長野字幅下692番地に", ["長野県長野市大字南長野字幅下692番地"]),
        ("東京都千代田区丸の内１－９－１", ["東京都千代田区丸の内1-9-1"]),
        (
            "仙台市青葉区本町3-8-1 青葉ハイツ201号室です",
            ["仙台市青葉区本町3-8-1 青葉ハイツ201号室"],
        ),
        ("大阪府の県庁所在地はどこですか", []),
        ("東京都内に2件あります", []),
        ("渋谷駅周辺の駐車場", []),
        ("横浜市に3店舗あります", []),
        ("2023年1月の売上", []),
        ("名古屋市中村区名駅3-16-1に住んでいます", ["名古屋市中村区名駅3-16-1"]),
        ("住所：名古屋市中村区名駅3丁目16番1号", ["名古屋市中村区名駅3丁目16番1号"]),
        ("名古屋市中村区名駅の再開発について", []),
    ],
    ids=[
        "prefecture-block-hyphens",
        "prefecture-chome-ban-go",
        "no-prefecture-jo",
        "ward-only",
        "hiragana-town",
        "prefecture-and-ward-only",
        "oaza-aza-banchi",
        "fullwidth-digits",
        "building-and-room",
        "prefecture-alone",
        "tonai-counter",
        "station",
        "city-counter",
        "date",
        "municipality-run-as-one-proper-noun",
        "municipality-run-chome-ban-go",
        "municipality-run-as-a-topic",
    ],
)
def test_address(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(AddressRecognizer(), text)) == expected


def test_address_without_artifacts_reports_nothing() -> None:
    assert AddressRecognizer().analyze("東京都千代田区丸の内1-9-1", ["ADDRESS"], None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("現住所　中央7-3-11", ["中央7-3-11"]),
        ("今高砂4-20-1に住んでる", ["高砂4-20-1"]),
        ("送り先変更→中央九丁目三十七番二十三号でよろしく", ["中央9丁目37番23号"]),
        ("博多駅前一丁目二十九番二十四号です", ["博多駅前1丁目29番24号"]),
        ("お届け先：栄町2丁目5-3ライオンズマンション602", ["栄町2丁目5-3ライオンズマンション602"]),
        ("新宿区本町3-2-1 サンハイツ 1008", ["新宿区本町3-2-1 サンハイツ 1008"]),
        ("若葉3丁目5-2ハイツ若葉609号室へ", ["若葉3丁目5-2ハイツ若葉609号室"]),
        ("会議は2024-05-12に", []),
        ("バージョン1-2-3です", []),
        ("住所は1-2-3です", []),
    ],
    ids=["town-hyphen-block", "time-word-before-town", "kanji-blocks-no-prefecture",
         "station-front-kanji", "building-and-room", "building-after-space",
         "building-room-goshitsu", "date", "katakana-word", "no-town"],
)  # fmt: skip
def test_town_and_block_without_a_known_place(
    detect: Detect, text: str, expected: list[str]
) -> None:
    assert above(detect(AddressRecognizer(), text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("配送先：札幌市中央区北一条西3-2 クレスト北1条 805号室 様",
         ["札幌市中央区北一条西3-2 クレスト北1条 805号室"]),
        ("住所は札幌市中央区北一条西3-2 クレスト 805号室です",
         ["札幌市中央区北一条西3-2 クレスト 805号室"]),
        ("東京都港区芝5-1-3 パークハウス芝2丁目 1203号室です",
         ["東京都港区芝5-1-3 パークハウス芝2丁目 1203号室"]),
        ("大阪市北区梅田1-3-1 梅田第1ビル 12F です", ["大阪市北区梅田1-3-1 梅田第1ビル 12F"]),
        ("福岡市中央区天神2-5-8 第3松尾ビル 402 です", ["福岡市中央区天神2-5-8 第3松尾ビル 402"]),
        ("横浜市西区みなとみらい3-1-1 タワー21 3005号室",
         ["横浜市西区みなとみらい3-1-1 タワー21 3005号室"]),
        ("東京都港区芝5-1-3、3階の受付まで", ["東京都港区芝5-1-3"]),
    ],
    ids=["name-with-digits-spaced-room", "plain-name-spaced-room", "name-with-chome-spaced-room",
         "numbered-building-floor", "numbered-building-bare-room", "tower-number-spaced-room",
         "comma-ends-the-address"],
)  # fmt: skip
def test_building_name_with_digits_and_a_spaced_room(
    detect: Detect, text: str, expected: list[str]
) -> None:
    # The room of a building written after a space was left in clear (805号室, 1203号室)
    # when the building's name held a digit or no kind word.
    assert above(detect(AddressRecognizer(), text)) == expected
