"""Seeded generator for issue 16, twenty-fourth round: public places' addresses (benign:
the address given as the address OF a named public facility, JA and EN, many facility kinds
and layouts) and look-alikes that must stay masked (a private person's home next to a
landmark's name, after 自宅/住所/my address, a delivery address in an order).

Templates are dealt by position into half ``T`` (tuned on, even) and ``H`` (held out, odd)
per family. The facility lists and templates were written after the round's first fixes
(tuned on the hand set's half A), so ``H`` is held out with respect to the templates, not
blind to the fixes' families; HEAD is measured on both halves for the start figure.

    .venv/bin/python bench/pii_r24_landmark_gen.py --run [--seed 2424] [--per-template 6]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r24_landmark_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r24_landmark_gen.json",
)
TYPES = {"ADDR": "ADDRESS", "ZIP": "POSTAL_CODE"}
Rng = random.Random

# (name, postcode, address) of public facilities, as their own sites publish them.
JA_PLACES = [
    ("東京タワー", "105-0011", "東京都港区芝公園4-2-8"),
    ("東京都庁", "163-8001", "東京都新宿区西新宿2-8-1"),
    ("国立新美術館", "106-8558", "東京都港区六本木7-22-2"),
    ("名古屋城", "460-0031", "愛知県名古屋市中区本丸1-1"),
    ("福岡市役所", "810-8620", "福岡県福岡市中央区天神1-8-1"),
    ("仙台駅", "980-0021", "宮城県仙台市青葉区中央1-1-1"),
    ("京都市動物園", "606-8333", "京都府京都市左京区岡崎法勝寺町"),
    ("神戸市立博物館", "650-0034", "兵庫県神戸市中央区京町24"),
    ("広島平和記念資料館", "730-0811", "広島県広島市中区中島町1-2"),
    ("札幌ドーム", "062-0045", "北海道札幌市豊平区羊ケ丘1"),
    ("金沢21世紀美術館", "920-8509", "石川県金沢市広坂1-2-1"),
    ("横浜中央郵便局", "220-8799", "神奈川県横浜市西区高島2-14-2"),
]
EN_PLACES = [
    ("the Tate Modern", "Bankside, London SE1 9TG"),
    ("the Space Needle", "400 Broad St, Seattle, WA 98109"),
    ("the Art Institute of Chicago", "111 S Michigan Ave, Chicago, IL 60603"),
    ("the Empire State Building", "20 W 34th St, New York, NY 10001"),
    ("the Rijksmuseum", "Museumstraat 1, 1071 XX Amsterdam"),
    (
        "the Smithsonian National Air and Space Museum",
        "600 Independence Ave SW, Washington, DC 20560",
    ),
    ("the Golden 1 Center", "500 David J Stern Walk, Sacramento, CA 95814"),
    ("Los Angeles City Hall", "200 N Spring St, Los Angeles, CA 90012"),
    ("the Field Museum", "1400 S Lake Shore Dr, Chicago, IL 60605"),
    ("Tokyo Big Sight", "3-11-1 Ariake, Koto-ku, Tokyo 135-0063"),
]
JA_STREETS = [
    "芝公園3-5-8",
    "西新宿6-14-2",
    "六本木7-19-11",
    "本丸3-2-17",
    "天神2-11-4",
    "中央2-8-15",
    "京町61-3",
]
JA_BUILDINGS = ["サンハイツ", "コーポ", "レジデンス", "パークハウス", "グランメゾン"]
EN_HOMES = [
    "14 Elm Street, Apt 3B, Seattle, WA 98109",
    "27 Rosebery Ave, London EC1R 4SP",
    "835 W Adams St, Unit 12, Chicago, IL 60607",
    "1208 Oak Park Dr, Sacramento, CA 95822",
]
JA_ASKS = [
    "の営業時間を教えてください。",
    "の休館日はいつですか？",
    "へのアクセスを教えて",
    "は車椅子で入れますか？",
    "に団体で行く予定です。予約は必要？",
]
EN_ASKS = [
    " - what are the opening hours?",
    ". Is there a cloakroom?",
    ". Please draft directions from the airport.",
    " - can we book a group tour?",
]


def _ja_place(rng: Rng) -> tuple[str, str, str]:
    return rng.choice(JA_PLACES)


def _ja_home(rng: Rng, place_address: str) -> str:
    ward = place_address.split("区")[0] + "区" if "区" in place_address else place_address[:6]
    return f"{ward}{rng.choice(JA_STREETS)} {rng.choice(JA_BUILDINGS)}{rng.randint(2, 12)}0{rng.randint(1, 9)}"


# ---- benign ----
def b_ja_paren(rng: Rng) -> str:
    name, _, address = _ja_place(rng)
    return f"{name}（{address}）{rng.choice(JA_ASKS)}"


def b_ja_paren_zip(rng: Rng) -> str:
    name, zipcode, address = _ja_place(rng)
    return f"{name}（〒{zipcode} {address}）{rng.choice(JA_ASKS)}"


def b_ja_address_is(rng: Rng) -> str:
    name, _, address = _ja_place(rng)
    return f"{name}の{rng.choice(['住所', '所在地'])}は{address}ですよね。{rng.choice(JA_ASKS)}"


def b_ja_table(rng: Rng) -> str:
    rows = rng.sample(JA_PLACES, 3)
    body = "\n".join(f"| {n} | {a} |" for n, _, a in rows)
    return f"見学候補です。{rng.choice(JA_ASKS)}\n| 施設 | 住所 |\n|---|---|\n{body}"


def b_ja_list_colon(rng: Rng) -> str:
    rows = rng.sample(JA_PLACES, 2)
    body = "\n".join(f"・{n}：{a}" for n, _, a in rows)
    return f"出張の合間に寄りたい所\n{body}\nそれぞれの休館日を調べて。"


def b_ja_zip_space(rng: Rng) -> str:
    name, zipcode, address = _ja_place(rng)
    return f"{name} 〒{zipcode} {address} 宛の問い合わせ文を作ってください。"


def b_en_paren(rng: Rng) -> str:
    name, address = rng.choice(EN_PLACES)
    return f"{name[0].upper() + name[1:]} ({address}){rng.choice(EN_ASKS)}"


def b_en_located(rng: Rng) -> str:
    name, address = rng.choice(EN_PLACES)
    return f"I read that {name} is located at {address}{rng.choice(EN_ASKS)}"


def b_en_held_at(rng: Rng) -> str:
    name, address = rng.choice(EN_PLACES)
    return f"The workshop will be held at {name}, {address}. Please write the invitation."


def b_en_dash_list(rng: Rng) -> str:
    rows = rng.sample(EN_PLACES, 2)
    body = "\n".join(f"- {n[4:] if n.startswith('the ') else n}: {a}" for n, a in rows)
    return f"Sights for the team day:\n{body}\nWhich is closer to the hotel?"


# ---- personal look-alikes ----
def p_ja_live_near(rng: Rng) -> str:
    name, _, address = _ja_place(rng)
    return f"{name}の近くの{{ADDR:{_ja_home(rng, address)}}}に住んでいます。{rng.choice(['夜道は安全ですか？', '近所の病院を教えて。'])}"


def p_ja_jitaku(rng: Rng) -> str:
    name, _, address = _ja_place(rng)
    return f"{rng.choice(['自宅住所', '現住所', '私の住所'])}：{{ADDR:{_ja_home(rng, address)}}}（{name}のすぐそば）"


def p_ja_delivery(rng: Rng) -> str:
    name, zipcode, address = _ja_place(rng)
    return f"お届け先：〒{{ZIP:{zipcode[:3]}-{rng.randint(1000, 9999)}}} {{ADDR:{_ja_home(rng, address)}}}\n備考：{name}側の入口からお願いします"


def p_ja_paren_home(rng: Rng) -> str:
    name, _, address = _ja_place(rng)
    return f"{name}の裏にある実家（{{ADDR:{_ja_home(rng, address)}}}）に帰省します。"


def p_en_live_near(rng: Rng) -> str:
    name, _ = rng.choice(EN_PLACES)
    return f"I live at {{ADDR:{rng.choice(EN_HOMES)}}}, a short walk from {name}. Any good cafés nearby?"


def p_en_ship_to(rng: Rng) -> str:
    name, _ = rng.choice(EN_PLACES)
    return f"Order 4471\nShip to: {{ADDR:{rng.choice(EN_HOMES)}}}\nNote: leave it with the doorman (we're opposite {name})."


def p_en_my_address(rng: Rng) -> str:
    name, _ = rng.choice(EN_PLACES)
    return f"My address is {{ADDR:{rng.choice(EN_HOMES)}}}, right behind {name}. Please update my file."


def p_en_paren_home(rng: Rng) -> str:
    name, _ = rng.choice(EN_PLACES)
    return (
        f"After visiting {name}, come over to my flat ({{ADDR:{rng.choice(EN_HOMES)}}}) for dinner."
    )


def _dealt(makers: list[Callable[[Rng], str]], benign: bool, family: str) -> list[Template]:
    return [(f"{family}-{m.__name__}", "TH"[i % 2], m, benign) for i, m in enumerate(makers)]


TEMPLATES: dict[str, list[Template]] = {
    "benign_ja": _dealt(
        [b_ja_paren, b_ja_paren_zip, b_ja_address_is, b_ja_table, b_ja_list_colon, b_ja_zip_space],
        True,
        "bja",
    ),
    "benign_en": _dealt([b_en_paren, b_en_located, b_en_held_at, b_en_dash_list], True, "ben"),
    "personal_ja": _dealt(
        [p_ja_live_near, p_ja_jitaku, p_ja_delivery, p_ja_paren_home], False, "pja"
    ),
    "personal_en": _dealt(
        [p_en_live_near, p_en_ship_to, p_en_my_address, p_en_paren_home], False, "pen"
    ),
}


def cases(seed: int = 2424, per_template: int = 6) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r24l")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(2424, 6))


if __name__ == "__main__":
    sys.exit(main())
