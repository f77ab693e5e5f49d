"""Thirtieth round, formats and over-masking (issue 16): values people must see masked as
they write them, and look-alikes that must reach the model as written.

Over-masking stopped this round: a Microsoft KB article or update (``KB5034441``) read as a
passport number without a passport word; an obvious documentation example
(``090-0000-0000``, ``03-1234-5678``, ``user@example.com``, ``〒100-0000``) on a line that
says it is an example; the address of a venue given as where to go (東京国際フォーラム
（千代田区丸の内3-5-1）, パシフィコ横浜 神奈川県… までの駐車場, Hotel New Otani Tokyo, 4-1
Kioi-cho …) and the venue's name read as a person's (梅田スカイビル, Hotel New Otani).
Masked now: a romaji address with a one-number lot (5 Shimogamo Izumikawacho, Sakyo-ku).
Each rule's other side stays masked: a KB-shaped code after a passport word, the same
dummy shapes typed as one's own number or address, a home next to a venue or a surname
before the address.

The rows were written for these tests (the round's hand set is kept outside the repository).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, touching

FOUND = [
    # (text, value, entity type prefix)
    ("パスポート番号 KB1234567 です", "KB1234567", "PASSPORT"),
    ("My passport is KB4412093, please fill the visa form", "KB4412093", "PASSPORT"),
    ("旅券番号 TK1234567 の更新", "TK1234567", "PASSPORT"),
    ("私の電話番号は090-1234-5678です", "090-1234-5678", "PHONE_NUMBER"),
    ("連絡先 03-1234-5678 までお願いします", "03-1234-5678", "PHONE_NUMBER"),
    ("my email is taro@example.jp, write to me there", "taro@example.jp", "EMAIL_ADDRESS"),
    ("郵便番号 100-0000 に送ってください", "100-0000", "POSTAL_CODE"),
    ("サンプルを送ってほしいので連絡先は 090-3318-7742 です", "090-3318-7742", "PHONE_NUMBER"),
    ("私の家 世田谷区北沢3-21-7 までの道順を書いて", "世田谷区北沢3-21-7", "ADDRESS"),
    ("田中 世田谷区北沢3-21-7 までの行き方を教えて", "世田谷区北沢3-21-7", "ADDRESS"),
    ("送付先は世田谷区北沢3-21-7 ハイツ北沢203号室です", "世田谷区北沢3-21-7", "ADDRESS"),
    ("山田ビル（世田谷区北沢3-21-7）に住んでいます", "世田谷区北沢3-21-7", "ADDRESS"),
    ("送付先は世田谷区北沢3-21-7 ハイツ北沢203号室です。お詫び状を作成して", "世田谷区北沢3-21-7", "ADDRESS"),
    ("電話は０９０－４８２７－３１６５です", "０９０－４８２７－３１６５", "PHONE_NUMBER"),
    ("サトウ 世田谷区北沢3-21-7 までの行き方を教えて", "世田谷区北沢3-21-7", "ADDRESS"),
    ("祖母の家 世田谷区北沢3-21-7 までの道順", "世田谷区北沢3-21-7", "ADDRESS"),
    ("I live at 5 Shimogamo Izumikawacho, Sakyo-ku", "5 Shimogamo Izumikawacho, Sakyo-ku", "ADDRESS"),
    ("please send it to 12 Nishijin Omiya-cho, Kamigyo-ku, Kyoto", "12 Nishijin Omiya-cho, Kamigyo-ku", "ADDRESS"),
    ("Directions to Taro Yamada, 4-11-3 Kamimeguro, Meguro-ku please", "4-11-3 Kamimeguro", "ADDRESS"),
    ("連絡先：090-1234-5678（例の件でご連絡ください）", "090-1234-5678", "PHONE_NUMBER"),
    ("電話番号の例：090-1234-5678 は私の番号です", "090-1234-5678", "PHONE_NUMBER"),
    # another value's documentation domain on the line is no example cue for the phone
    ("携帯は〇九〇の一二三四の五六七八、メールはhanako.s あっと example.co.jpです。", "〇九〇の一二三四の五六七八", "PHONE_NUMBER"),
    ("call me on 090-1234-5678 or mail ken@example.com", "090-1234-5678", "PHONE_NUMBER"),
    ("電話 03-1234-5678 / メール info(at)example(dot)jp", "03-1234-5678", "PHONE_NUMBER"),
]  # fmt: skip

_KINDS = (
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "POSTAL_CODE",
    "ADDRESS",
    "PASSPORT",
    "PERSON",
    "DRIVER_LICENSE",
    "ID_NUMBER",
)

# (text, the words that must reach the model as written)
LOOKALIKES = [
    ("Is KB5034441 safe to install on Windows 10 22H2?", "KB5034441"),
    ("KB5036893 適用後に印刷できなくなりました", "KB5036893"),
    ("Windows Update KB5035853 causes BSOD on boot", "KB5035853"),
    ("kb5034441 のインストールに失敗します", "kb5034441"),
    ("KB 5034441 をアンインストールするには？", "KB 5034441"),
    ("ドキュメントの例：電話番号欄には 090-0000-0000 のように入力します", "090-0000-0000"),
    ("入力例：090-0000-0000", "090-0000-0000"),
    ("電話番号の記入例 03-1234-5678", "03-1234-5678"),
    ("例えば 0120-123-456 のようなフリーダイヤル", "0120-123-456"),
    ("placeholder: +81-90-0000-0000", "+81-90-0000-0000"),
    ("In the README use user@example.com as the placeholder value.", "user@example.com"),
    ("e.g. jane.doe@example.com as the sender in the docs", "jane.doe@example.com"),
    ("Regex to validate emails like foo@example.org and test@test.invalid?", "test@test.invalid"),
    ("郵便番号の入力例「〒100-0000」をフォームのプレースホルダに", "100-0000"),
    ("〒100-0000 のように郵便番号を入力", "100-0000"),
    ("会場は東京国際フォーラム（千代田区丸の内3-5-1）ホールAです。案内文を作って", "千代田区丸の内3-5-1"),
    ("パシフィコ横浜 神奈川県横浜市西区みなとみらい1-1-1 までの駐車場情報は？", "みなとみらい1-1-1"),
    ("東京ビッグサイト 江東区有明3-11-1 への行き方を教えて", "江東区有明3-11-1"),
    ("集合場所は大阪駅中央口、そのあと梅田スカイビル（大阪市北区大淀中1-1-88）へ", "梅田スカイビル（大阪市北区大淀中1-1-88）"),
    ("梅田スカイビル（大阪市北区大淀中1-1-88）への行き方", "梅田スカイビル"),
    ("六本木ヒルズまでの行き方", "六本木ヒルズ"),
    ("Our offsite is at Hotel New Otani Tokyo, 4-1 Kioi-cho, Chiyoda-ku. Write the invitation.", "New Otani Tokyo, 4-1 Kioi-cho, Chiyoda-ku"),
    ("How do I get to Tokyo Big Sight, 3-11-1 Ariake, Koto-ku from Shinjuku?", "3-11-1 Ariake, Koto-ku"),
    ("ヨドバシカメラ新宿西口本店 新宿区西新宿1-11-1 までのアクセスを教えて", "新宿区西新宿1-11-1"),
    ("さいたまスーパーアリーナ（さいたま市中央区新都心8）への行き方", "さいたま市中央区新都心8"),
    ("How do I get from Kyoto Station to Fushimi Inari Taisha, 68 Fukakusa Yabunouchicho, Fushimi-ku?", "68 Fukakusa Yabunouchicho"),
    ("We sold 3 Honda Civic, Kita-ku branch", "3 Honda Civic"),
    ("Dinner is at Hotel Okura Tokyo, 2-10-4 Toranomon, Minato-ku.", "Okura Tokyo, 2-10-4 Toranomon"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep, _KINDS)
