"""Seeded generator for issue 16, twenty-fifth round, over-masking of public things: public
places named bare (a tower, a temple, a station), embassies and consulates, city halls,
central post offices, hospitals and universities as institutions, public figures in their
public role with a title (石破首相, President Macron, 日銀総裁), firms and brands that look
like surnames (本田技研, スズキ), products, place names inside firms' names (千葉銀行),
fictional characters, and a public business's address given as such — each benign and kept
whole; and their twins, which must be masked: a private person who shares a famous surname
(with an honorific or a personal cue), a home address next to a landmark, a patient or a
clerk named at a public institution, a private firm's president with a title.

Written before any of this round's fixes: the templates, each with its own pools, were dealt
``T`` (tuned on) and ``H`` (held out) before the first run; only T's failures were read.

    .venv/bin/python bench/pii_r25_public_gen.py --run [--seed 2525] [--per-template 5]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import sys
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, kept, marker, pick, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r25_public_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r25_public_gen.json",
)
TYPES = {"N": "PERSON", "A": "ADDRESS", "P": "PHONE_NUMBER", "E": "EMAIL_ADDRESS"}
SEED = 2525
PER_TEMPLATE = 5
R = random.Random


# The markup of bench/pii_hand_sets.py, under this module's short names.
_n = marker("N")


def _a(value: str) -> str:
    return "{A:" + value + "}"


def _p(value: str) -> str:
    return "{P:" + value + "}"


_k = kept
_c = pick


# --- public places named bare ------------------------------------------------------------
def _b_landmark_t(r: R) -> str:
    place = _c(r, "東京タワー", "スカイツリー", "清水寺", "大阪城", "通天閣", "厳島神社", "雷門")
    ask = _c(
        r,
        "の混雑状況を教えて",
        "に行くなら何時頃がいい？",
        "の歴史を簡単に説明して",
        "の近くのランチを探して",
    )
    return f"{_k(place)}{ask}"


def _b_landmark_h(r: R) -> str:
    place = _c(
        r,
        "Tokyo Tower",
        "Osaka Castle",
        "Todai-ji",
        "Himeji Castle",
        "the Kaminarimon gate",
        "Meiji Jingu",
    )
    ask = _c(
        r,
        "How crowded is {} on a Sunday?",
        "Give me three facts about {}.",
        "Is {} worth visiting in the rain?",
    )
    return ask.format(_k(place))


def _b_institution_t(r: R) -> str:
    place = _c(
        r,
        "東京中央郵便局",
        "名古屋市役所",
        "福岡市役所",
        "大阪大学医学部附属病院",
        "東北大学",
        "虎の門病院",
        "在日フランス大使館",
        "在名古屋米国領事館",
    )
    ask = _c(
        r,
        "の受付時間は？",
        "への行き方を教えて",
        "で必要な手続きをまとめて",
        "は土日も開いていますか",
    )
    return f"{_k(place)}{ask}"


def _b_institution_h(r: R) -> str:
    place = _c(
        r,
        "Yokohama City Hall",
        "the Embassy of Canada in Tokyo",
        "Osaka University Hospital",
        "Tokyo Central Post Office",
        "Nagoya University",
        "the British Consulate in Osaka",
    )
    ask = _c(
        r,
        "What are the opening hours of {}?",
        "How do I get to {} from the nearest station?",
        "Does {} take appointments online?",
    )
    return ask.format(_k(place))


def _b_transport_t(r: R) -> str:
    a = _c(r, "品川駅", "京都駅", "仙台駅", "羽田空港", "中部国際空港", "天王寺駅")
    b = _c(r, "上野公園", "大阪城公園", "成田空港", "新大阪駅", "那覇空港", "円山公園")
    return f"{_k(a)}から{_k(b)}まで{_c(r, '電車で何分？', 'タクシー代はいくら？', '一番安い行き方は？')}"


def _b_transport_h(r: R) -> str:
    a = _c(r, "Kyoto Station", "Haneda Airport", "Shin-Osaka Station", "Sendai Airport")
    b = _c(r, "Hibiya Park", "Kansai Airport", "Tokyo Station", "Maruyama Park")
    return f"What's the fastest way from {_k(a)} to {_k(b)}?"


# --- public figures in their public role ------------------------------------------------------
def _b_title_ja_t(r: R) -> str:
    who = _c(
        r,
        "石破首相",
        "岸田前首相",
        "トランプ大統領",
        "習近平国家主席",
        "吉村府知事",
        "林官房長官",
        "加藤財務相",
        "パウエルFRB議長",
    )
    ask = _c(
        r, "の発言のポイントを整理して", "が打ち出した政策の影響を分析して", "の記者会見を要約して"
    )
    return f"{_k(who)}{ask}"


def _b_title_ja_h(r: R) -> str:
    who = _c(
        r,
        "高市首相",
        "バイデン前大統領",
        "大村愛知県知事",
        "植田総裁",
        "上川外相",
        "河野デジタル相",
        "横浜市の山中市長",
    )
    ask = _c(
        r,
        "は何と言っていましたか",
        "の主張を賛否両論で整理して",
        "のニュースをわかりやすく解説して",
    )
    return f"{_k(who)}{ask}"


def _b_title_en_t(r: R) -> str:
    who = _c(
        r,
        "President Macron",
        "Prime Minister Starmer",
        "Chancellor Scholz",
        "Governor Koike",
        "Secretary Rubio",
    )
    return f"What did {_k(who)} {_c(r, 'announce yesterday', 'say about tariffs', 'promise in the campaign')}?"


def _b_title_en_h(r: R) -> str:
    who = _c(
        r,
        "Prime Minister Ishiba",
        "President Lula",
        "Chairman Powell",
        "Mayor Adams",
        "Premier Li Qiang",
    )
    return (
        f"Summarise {_k(who)}'s {_c(r, 'latest speech', 'position on trade', 'press conference')}."
    )


def _b_figure_t(r: R) -> str:
    who = _c(r, "夏目漱石", "徳川家康", "聖徳太子", "イチロー", "宮崎駿", "手塚治虫", "松下幸之助")
    ask = _c(r, "について小学生向けに説明して", "の名言を一つ紹介して", "はどんな人物ですか")
    return f"{_k(who)}{ask}"


def _b_figure_h(r: R) -> str:
    who = _c(r, "Akira Kurosawa", "Hayao Miyazaki", "Naomi Osaka", "Yukio Mishima", "Ichiro Suzuki")
    return _c(r, "Who is {}?", "Why is {} famous?", "Recommend something by {}.").format(_k(who))


# --- firms, brands, products, fiction ---------------------------------------------------------
def _b_firm_t(r: R) -> str:
    firm = _c(
        r,
        "本田技研",
        "スズキ",
        "ヤマハ発動機",
        "武田薬品",
        "小林製薬",
        "伊藤園",
        "松屋",
        "吉野家",
        "高島屋",
    )
    ask = _c(r, "の今期の決算のポイントは？", "の株主優待を教えて", "の主力商品は？")
    return f"{_k(firm)}{ask}"


def _b_firm_h(r: R) -> str:
    a = _c(r, "京都銀行", "静岡銀行", "北海道電力", "広島ガス", "福岡銀行", "千葉興業銀行")
    b = _c(r, "横浜銀行", "中国電力", "東京ガス", "西日本シティ銀行")
    return f"{_k(a)}と{_k(b)}の{_c(r, '業績', '金利', '料金プラン')}を比べて"


def _b_product_t(r: R) -> str:
    p = _c(
        r, "カローラ", "ヴォクシー", "セレナ", "ハスラー", "ジムニー", "フィット", "ロードスター"
    )
    return f"{_k(p)}{_c(r, 'の燃費は？', 'の新型はいつ出る？', 'の中古の相場は？')}"


def _b_fiction_h(r: R) -> str:
    who = _c(
        r,
        "ルフィ",
        "孫悟空",
        "綾波レイ",
        "野比のび太",
        "毛利蘭",
        "サザエさん",
        "Sherlock Holmes",
        "Hermione Granger",
    )
    return f"{_k(who)}{_c(r, 'の名シーンを3つ挙げて', 'の性格を分析して', 'が登場する回を教えて')}"


def _b_business_addr_t(r: R) -> str:
    shop, addr = r.choice(
        [
            ("ビックカメラ有楽町店", "千代田区有楽町1-11-1"),
            ("大阪髙島屋", "大阪市中央区難波5-1-5"),
            ("ルミネ新宿", "新宿区西新宿1-1-5"),
            ("阪急うめだ本店", "大阪市北区角田町8-7"),
        ]
    )
    return f"{_k(shop)}（{_k(addr)}）{_c(r, 'の営業時間は？', 'は元日も開いていますか', 'の駐車場について教えて')}"


def _b_business_addr_h(r: R) -> str:
    shop, addr = r.choice(
        [
            ("ヨドバシ梅田", "大阪市北区大深町1-1"),
            ("東急ハンズ新宿", "渋谷区千駄ヶ谷5-24-2"),
            ("三越日本橋本店", "中央区日本橋室町1-4-1"),
        ]
    )
    return (
        f"{_k(shop)}の住所は{_k(addr)}ですか？{_c(r, '定休日も教えて', '最寄り駅も知りたい', '')}"
    )


# --- twins: must be masked ----------------------------------------------------------------------
def _t_surname_t(r: R) -> str:
    name = _c(r, "石破 恵子", "小池 大輔", "岸田 美穂", "大谷 智也", "豊田 沙織")
    return f"{_c(r, '経理の', '取引先の', '新人の')}{_n(name)}{_c(r, 'さん', '様')}に{_k(_c(r, '会議の案内', '請求書の再送', 'お礼状'))}を送って"


def _t_surname_h(r: R) -> str:
    name = _c(r, "Kenji Ishiba", "Mariko Koike", "Daniel Trump", "Yuki Honda", "Sara Macron")
    return f"Please draft {_k(_c(r, 'a reminder', 'an apology', 'a welcome note'))} to our {_c(r, 'client', 'customer', 'new hire')} {_n(name)}."


def _t_home_landmark_t(r: R) -> str:
    land = _c(r, "東京タワー", "清水寺", "大阪城", "名古屋駅")
    addr = _c(
        r,
        "港区芝公園3-4-17",
        "京都市東山区清水4丁目152-3",
        "大阪市中央区大手前2-5-9",
        "名古屋市中村区名駅南1-8-22",
    )
    return f"{_k(land)}の近くの{_a(addr)}に住んでいます。{_k(_c(r, '引っ越し', '転居届', '郵便の転送'))}の手続きを教えて"


def _t_home_landmark_h(r: R) -> str:
    land = _c(r, "Tokyo Station", "Ueno Park", "Osaka Castle")
    addr = _c(r, "2-7-14 Yaesu, Chuo-ku", "5-1-9 Ueno, Taito-ku", "3-2-6 Otemae, Chuo-ku, Osaka")
    return f"I live near {land} at {_a(addr)}. {_c(r, 'Write a letter to my landlord.', 'Draft a parcel redelivery request.')}"


def _t_patient_t(r: R) -> str:
    inst = _c(r, "聖路加国際病院", "東京大学医学部附属病院", "横浜市役所", "在日米国大使館")
    name = _c(r, "田村 紀子", "長谷川 誠", "藤井 亜希子", "村田 浩二")
    return f"{_k(inst)}の{_c(r, '担当の', '窓口の', '受付の')}{_n(name)}さんに{_k(_c(r, 'お礼のメール', '問い合わせ', '書類の送付'))}をしたい"


def _t_president_h(r: R) -> str:
    firm = _c(r, "有限会社サクラ工業", "株式会社アオバ設計", "丸一運送")
    name = _c(r, "片岡", "浜田", "小野寺")
    phone = _c(r, "090-4411-2873", "080-3390-1522", "070-6624-9031")
    return f"{firm}の{_n(name)}社長の携帯{_p(phone)}に{_k(_c(r, '見積もりの件', '納期の相談'))}で連絡して"


TEMPLATES: dict[str, list[Template]] = {
    "places": [
        ("landmark-t", "T", _b_landmark_t, True), ("landmark-h", "H", _b_landmark_h, True),
        ("institution-t", "T", _b_institution_t, True), ("institution-h", "H", _b_institution_h, True),
        ("transport-t", "T", _b_transport_t, True), ("transport-h", "H", _b_transport_h, True),
    ],
    "figures": [
        ("title-ja-t", "T", _b_title_ja_t, True), ("title-ja-h", "H", _b_title_ja_h, True),
        ("title-en-t", "T", _b_title_en_t, True), ("title-en-h", "H", _b_title_en_h, True),
        ("figure-t", "T", _b_figure_t, True), ("figure-h", "H", _b_figure_h, True),
    ],
    "things": [
        ("firm-t", "T", _b_firm_t, True), ("firm-h", "H", _b_firm_h, True),
        ("product-t", "T", _b_product_t, True), ("fiction-h", "H", _b_fiction_h, True),
        ("business-addr-t", "T", _b_business_addr_t, True), ("business-addr-h", "H", _b_business_addr_h, True),
    ],
    "twins": [
        ("surname-t", "T", _t_surname_t, False), ("surname-h", "H", _t_surname_h, False),
        ("home-landmark-t", "T", _t_home_landmark_t, False), ("home-landmark-h", "H", _t_home_landmark_h, False),
        ("patient-t", "T", _t_patient_t, False), ("president-h", "H", _t_president_h, False),
    ],
}  # fmt: skip


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r25p")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
