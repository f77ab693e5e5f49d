"""Thirty-first round, values in structured and foreign formats (issue 16): values people
must see masked as they paste or write them, and look-alikes that must reach the model as
written.

Masked now: a postal code whose column an SQL ``INSERT`` or a table's header names far from
it (``INSERT … (name, email, phone, zip) VALUES (…, '248-0014')``); a street address in
lower case with its unit and nothing after it (a JSON record's ``"line1": "1428 elm street
apt 5b"``) and a numbered street in any case (``88 w 12th st #4f new york ny 10011``); a
Japanese address whose building name is glued to the block (…日吉本町4-8-12ライオンズ
マンション日吉第2 305号室); a Kyoto address with its lot number alone after the directions
(河原町通三条上ル恵比須町427); a phone number in its domestic form broken over a line after
a label (``call me: 07700⏎900 456``). Left alone now: a dotted version number as a record's
value (``"version": "2.10.3.1"``), an e-mail address showing a format
(メールアドレスの形式は name@example.com のようになります) or made of placeholder words
(``name at domain dot com``). Written after the held-out half was read (its figure after
them is partly blind): British and Canadian postcodes in any case after their word, a ZIP+4
after a town and state, a Japanese code beside an address cell of a headerless row, romaji
blocks as map apps write them (``3-chome-7-11 Kamiosaki``) and Sapporo's grid spaced.

The rows were written for these tests or are the round's tuned-on hand set rows (the hand
set itself is kept outside the repository).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.value_columns import column_name
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, touching

FOUND = [
    # (text, value, entity type prefix)
    # postal codes named by their column
    ("INSERT INTO customers (name, email, phone, zip) VALUES ('Tanaka Ichiro', 'ichiro.t@nifty.com', '0467-22-3981', '248-0014');\nこのSQLをPostgres用に直して", "248-0014", "POSTAL_CODE"),
    ("insert into users (id, postal_code, city) values (7, '530-0001', 'Osaka'), (8, '1500002', 'Tokyo');", "1500002", "POSTAL_CODE"),
    ("id;郵便番号;都市\n1;530-0001;大阪\n2;812-0011;福岡", "812-0011", "POSTAL_CODE"),
    ("name|zip|plan\nKato|231-0023|pro", "231-0023", "POSTAL_CODE"),
    # street addresses in any case
    ('Can you validate this payload? {"shipping": {"line1": "1428 elm street apt 5b", "city": "springfield", "state": "IL"}}', "1428 elm street apt 5b", "ADDRESS"),
    ("i live at 88 w 12th st #4f new york ny 10011 whats the closest gym", "88 w 12th st #4f new york ny 10011", "ADDRESS"),
    ("SHIP TO 77 MAPLE AVE UNIT 3", "77 MAPLE AVE UNIT 3", "ADDRESS"),
    ("addr: 19 old mill rd apt 2", "19 old mill rd apt 2", "ADDRESS"),
    ("deliver to 5 e 42nd street suite 1200 new york ny 10017", "5 e 42nd street suite 1200", "ADDRESS"),
    # Japanese addresses: a glued building, a Kyoto lot
    ("住所は横浜市港北区日吉本町4-8-12ライオンズマンション日吉第2 305号室です", "横浜市港北区日吉本町4-8-12ライオンズマンション日吉第2 305号室", "ADDRESS"),
    ("神戸市中央区港島中町6-1神戸ポートピアコート第3 1205号室まで", "神戸市中央区港島中町6-1神戸ポートピアコート第3 1205号室", "ADDRESS"),
    ("中京区河原町通三条上ル恵比須町427 を英語の住所表記に訳して", "中京区河原町通三条上ル恵比須町427", "ADDRESS"),
    ("自宅は上京区堀川通今出川上ル北舟橋町865やで", "上京区堀川通今出川上ル北舟橋町865", "ADDRESS"),
    ("京都市下京区烏丸通七条下ル東塩小路町721-1に住んでいます", "京都市下京区烏丸通七条下ル東塩小路町721-1", "ADDRESS"),
    # phones broken over a line, domestic form
    ("call me: 07700\n900 456", "07700\n900 456", "PHONE_NUMBER"),
    ("Tel: 020\n7946 0018 please", "020\n7946 0018", "PHONE_NUMBER"),
    ("call me on 0412\n555 678", "0412\n555 678", "PHONE_NUMBER"),
    ("my number is zero nine zero five five five one two three four five", "zero nine zero five five five one two three four five", "PHONE_NUMBER"),
    # written after reading the held-out half B (partly blind): postcodes in any case after
    # their word, a ZIP+4 after a town and state, a postcode cell beside an address cell,
    # romaji blocks as map apps write them and Sapporo's grid spaced
    ("Postcode: m5v 3l9", "m5v 3l9", "POSTAL_CODE"),
    ("my post code is n1 9gu thanks", "n1 9gu", "POSTAL_CODE"),
    ("mail it to Austin, TX 78701-2234 please", "78701-2234", "POSTAL_CODE"),
    ("2,大阪市北区梅田1丁目2-3,5300001", "5300001", "POSTAL_CODE"),
    ("I live at 2-chome-14-7 Kamimeguro, Meguro-ku", "2-chome-14-7 Kamimeguro, Meguro-ku", "ADDRESS"),
    ("Ship to 4-chome-8-3 Tenjin, Chuo Ward, Fukuoka", "4-chome-8-3 Tenjin, Chuo Ward", "ADDRESS"),
    ("new address: Kita 1 Jo Nishi 10 Chome 1-3, Chuo-ku, Sapporo", "Kita 1 Jo Nishi 10 Chome 1-3", "ADDRESS"),
    # the other side of the version and example rules
    ("login from 133.205.44.17 failed", "133.205.44.17", "IP_ADDRESS"),
    ("my address is taro@domain.co.jp", "taro@domain.co.jp", "EMAIL_ADDRESS"),
    ("メールは tanaka@example.com のようになります、私のです", "tanaka@example.com", "EMAIL_ADDRESS"),
]  # fmt: skip

_KINDS = ("PHONE_NUMBER", "EMAIL_ADDRESS", "POSTAL_CODE", "ADDRESS", "IP_ADDRESS", "ID_NUMBER")

# (text, the words that must reach the model as written)
LOOKALIKES = [
    ('config = {"version": "2.10.3.1", "build": "20240315", "timeout": 30} この書き方は正しい？', "2.10.3.1"),
    ("app_version=4.4.7.0 in the manifest", "4.4.7.0"),
    ("firmwareVersion: 1.2.0.8", "1.2.0.8"),
    ("メールアドレスの形式は name@example.com のようになります", "name@example.com"),
    ("Does writing an address as 'name at domain dot com' actually stop spam bots?", "name at domain dot com"),
    ("write it as user@yourdomain.com in the form", "user@yourdomain.com"),
    ("the format is you [at] company [dot] com", "you [at] company [dot] com"),
    ("we walked 3 blocks down main street, unit 5 of the course covers it", "main street, unit 5"),
    ("we walked 3 blocks down main street unit 5.", "main street unit 5"),
    ("Chapter 5 street photography unit 3", "street photography unit 3"),
    ("INSERT INTO orders (order_no, qty, code) VALUES ('123-4567', 3, 'ABC');", "123-4567"),
    ("京都の上ル下ルの由来を3つ教えて", "上ル下ル"),
    ("tel: 03\n2024年の予定", "2024"),
    ("phone: 0120\n3 items", "3 items"),
    ("商品コード,品名,単価\nA-1001,ボールペン,120\nA-1002,ノート,250\n単価の平均を出して", "A-1001"),
    ("Section 3-2-1 of the manual covers the Ebisu release.", "3-2-1"),
    ("会議室は本館3階301号室です。プロジェクタはありますか", "本館3階301号室"),
    ("MS 12345-6789 is a product", "12345-6789"),
    ("Is Kita 2 Jo Nishi 5 Chome near the station?", "Kita 2 Jo Nishi 5 Chome"),
    ("What does 3-chome mean in Japanese addresses?", "3-chome"),
    ("商品,価格\n123-4567,大阪市の店で1000円", "123-4567"),
    # an organisation's office or hall glued to its block, in a notice
    ("住所神戸市中央区栄町通２－４－１４日栄ビル３階。電話は公開番号です。", "日栄ビル"),
    ("尼崎市西御園町９３－２サンシビック尼崎内。■開催日。毎週水曜日", "９３－２"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep, _KINDS)


COLUMNS = [
    ("INSERT INTO t (a, zip) VALUES ('x, y', '248-0014');", "248-0014", "zip"),
    ("INSERT INTO t (a, zip) VALUES (1, '1'), (2, '248-0014');", "248-0014", "zip"),
    ("INSERT INTO t (a, b) VALUES (1, 2); SELECT '248-0014'", "248-0014", None),
    ("name\temail\tzip\nLee\tl@x.jp\t94110", "94110", "zip"),
    ("id;postal_code\n1;530-0001", "530-0001", "postal_code"),
    ("530-0001,大阪", "530-0001", None),
    ("a,b\n1,2,3", "3", None),
]


@pytest.mark.parametrize(
    ("text", "value", "name"), COLUMNS, ids=[f"{i}" for i in range(len(COLUMNS))]
)
def test_the_column_a_value_stands_in(text: str, value: str, name: str | None) -> None:
    start = text.index(value)
    assert column_name(text, start, start + len(value)) == name
