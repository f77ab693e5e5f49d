"""Twenty-fifth round, over-masking of public things (issue 16): a person named by a public
office's title (石破首相, 植田日銀総裁, 首相の石破氏, Governor Koike) is the
office holder in their public role; a shop or business named by its brand alone with its
address in brackets (or ``…の住所は``) when the request asks its trading hours is a public
business's address. Their twins stay masked: a namesake with an honorific or a personal cue,
an office of the writer's own circle (町内会の…会長, Mayor … of our town hall), a colleague
by a corporate title in a news-like sentence (山田社長が…発表, President Tanaka, PM Suzuki), a text
that also carries a contact, and a home next to a landmark (I live next to Tokyo Tower at …).

The rows were written for these tests. The floors read both halves of the seeded generator
``bench/pii_r25_public_gen.py`` (T tuned on, H held out w.r.t. templates).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.public_figures import in_public_office
from tests.unit.guardrails.pii.generator_floors import bench_cases, covered_by_any, tally
from tests.unit.guardrails.pii.round_floors import assert_floor

_KINDS = ("ADDRESS", "POSTAL_CODE", "PERSON")

# (text, a phrase that must come through whole)
KEPT = [
    ("石破首相の国連演説のポイントを3つ挙げて", "石破首相"),
    ("小池都知事が発表した防災計画を要約して", "小池都知事"),
    ("植田日銀総裁の会見を受けて円相場はどう動いた？", "植田日銀総裁"),
    ("パウエルFRB議長の発言で米国債の利回りはどうなった", "パウエルFRB議長"),
    ("加藤財務相が為替介入について何と言ったか教えて", "加藤財務相"),
    ("岸田前首相の外交方針を振り返って", "岸田前首相"),
    ("米大統領のトランプ氏が発表した関税の中身は？", "トランプ"),
    ("首相の石破氏は記者会見で何を述べた？", "石破"),
    ("What did Governor Koike promise for the Olympics budget?", "Governor Koike"),
    ("Summarise Chancellor Scholz's last speech to the Bundestag.", "Chancellor Scholz"),
    ("Why did Former President Obama visit Hiroshima?", "Obama"),
    ("ビックカメラ池袋本店（豊島区東池袋1-41-5）の営業時間は？", "豊島区東池袋1-41-5"),
    ("ルミネエスト新宿（新宿区新宿3-38-1）は元日も開いていますか", "新宿区新宿3-38-1"),
    ("What are the opening hours of Uniqlo Ginza (6-9-5 Ginza, Chuo-ku)?", "6-9-5 Ginza"),
    ("鈴木の決算で為替の影響はどれくらい？", "鈴木の決算"),
    ("豊田の株価が下がった理由を教えて", "豊田の株価"),
    ("しんちゃんの声優が交代したのはいつ？", "しんちゃん"),
    ("太宰府天満宮、福岡県太宰府市宰府4-7-1、梅の見頃はいつ？", "福岡県太宰府市宰府4-7-1"),
    ("熱田神宮は名古屋市熱田区神宮1-1-1にあります。駐車場はありますか", "名古屋市熱田区神宮1-1-1"),
    ("施設名：大阪市立中央図書館\n所在地：大阪市西区北堀江4-3-2\n開館時間を教えて", "大阪市西区北堀江4-3-2"),
    ("京都中央郵便局の住所（京都市下京区東塩小路町843-12）に送るときの宛名の書き方は？", "京都市下京区東塩小路町843-12"),
    ("Is the Museum of Fine Arts, 465 Huntington Ave, Boston, open on Mondays?", "465 Huntington Ave"),
]  # fmt: skip

# (text, a value that must be masked)
MASKED = [
    ("経理の石破 由香さんに請求書を再送して", "石破"),
    ("町内会の岸本会長に回覧板の件で連絡して", "岸本"),
    ("自治会の田中議長に議事録を送ってください", "田中"),
    ("うちの父、山田市長の還暦祝いのメッセージを考えて", "山田"),
    ("President Tanabe of our supplier asked for a discount; reply politely.", "Tanabe"),
    ("Mayor Okada of our town hall helped my mother; write a thank-you.", "Okada"),
    ("I live next to Tokyo Tower at 3-5-12 Shibakoen, Minato-ku; write a note to my landlord.", "3-5-12 Shibakoen"),
    ("Send the parcel to my flat near Osaka Castle, 2-8-15 Tanimachi, Chuo-ku, Osaka.", "2-8-15 Tanimachi"),
    ("友人の木村（台東区浅草橋5-3-8 コーポ浅草201）の営業時間外に届くように送って", "台東区浅草橋5-3-8"),
    ("株式会社ミドリ設計の川口社長に見積書を送る文面を考えて", "川口"),
    ("営業部の大谷選手の試合結果を社内報に載せて", "大谷"),
    ("田中選手に明日の練習の件で連絡して", "田中"),
    ("鈴木さんの株価予想が当たったのでお祝いのメッセージを", "鈴木"),
    ("実家は熱田神宮の近くで、名古屋市熱田区神宮3-6-14にあります。", "名古屋市熱田区神宮3-6-14"),
    ("伊勢丹新宿店、新宿区新宿4-2-9 パークハイツ503号室に届けてください", "新宿区新宿4-2-9"),
    # A colleague by a corporate title in a sentence that reads like news (lead's check):
    # executives and athletes by title, President, PM and a bare 議長 are not public offices.
    ("山田社長が来週の全社会議で新方針を発表するので、その資料の要点をまとめて。", "山田"),
    ("田中コーチの評価シートを今期の成績から作って", "田中"),
    ("President Tanaka announced the reorganisation at today's all-hands; summarise it for my team.", "Tanaka"),
    ("PM Suzuki asked for the status report by Friday.", "Suzuki"),
    ("取締役会議長の山田が議事を進行した記録をまとめて", "山田"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "keep"), KEPT, ids=[k[:16] for _, k in KEPT])
def test_a_public_role_or_business_is_kept(
    full_analyzer: PiiAnalyzer, text: str, keep: str
) -> None:
    start = text.index(keep)
    end = start + len(keep)
    found = [
        f
        for f in full_analyzer.analyze(text)
        if f.entity_type in _KINDS and f.start < end and start < f.end
    ]
    assert not found, [(f.entity_type, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize(("text", "value"), MASKED, ids=[v[:16] for _, v in MASKED])
def test_a_private_twin_stays_masked(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert covered_by_any(full_analyzer.analyze(text), text, value, "PERSON")


def test_a_record_is_never_a_public_role() -> None:
    text = "田中議員の携帯"
    assert in_public_office(text, 0, 2)
    assert not in_public_office(text, 0, 2, ["PHONE_NUMBER"])
    assert not in_public_office("田中さん議員", 0, 2)


# (half, values, at most missed, at most benign texts flagged). At HEAD 789e0d5 the stage
# altered T 9/45 and H 7/45 benign requests and leaked T 0/15, H 5/15 PERSON and ADDRESS values (H: a home
# address after "I live near <Station> at").
_FLOORS = [("T", 15, 0, 2), ("H", 15, 1, 8)]


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_floor(full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int) -> None:
    cases = bench_cases("pii_r25_public_gen")
    counts = tally(full_analyzer, cases, half, check=covered_by_any, kinds=_KINDS)
    assert_floor(counts, values, floor, benign)
