"""Seeded generator for issue 16, twenty-fifth round: structured values in the formats people
really use, Japanese and international, and look-alikes that must pass unchanged.

Families: addresses in Cyrillic (Ukrainian ``вул.``/``просп.`` and Russian ``ул.``/``д.``/
``кв.``, street first or postcode and city first), Hong Kong flats (``Flat``/``Room``, a
floor ``12/F``, ``Block``/``Tower`` and an estate), Korean Hangul addresses with a floor
(``12층``), Chinese addresses with a room, building or unit (``…100号2305室``,
``3号楼2单元``); dates of birth after French, German, Spanish, Italian, Ukrainian, Russian,
Korean and Chinese labels, and with European month names; phones abroad, IBANs and UK sort
codes, e-mail written around filters (checks that nothing else regressed). Benign: order and
invoice numbers, versions, timestamps, prices, ISBNs, tracking numbers, company main lines,
postcodes asked about, public places in Cyrillic and Chinese, dates of events.

Each family's value formats and carrier sentences were dealt before any fix: formats and
carriers in even positions are half ``T`` (tuned on), odd positions half ``H`` (held out);
an ``H`` case is an ``H`` format inside an ``H`` carrier.

    .venv/bin/python bench/pii_r25_formats_gen.py --run [--seed 2503] [--per-template 8]
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from pii_hand_sets import HandSet
from pii_seeded_formats import Fmt, Rng, SeededFormats, dealt_templates

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r25_formats_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r25_formats_gen.json",
)
TYPES = {
    "TEL": "PHONE_NUMBER",
    "MAIL": "EMAIL_ADDRESS",
    "ADDR": "ADDRESS",
    "ZIP": "POSTAL_CODE",
    "BANK": "BANK_ACCOUNT",
    "DOB": "DATE_OF_BIRTH",
}


def _d(rng: Rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: Rng, n: int) -> str:
    return rng.choice("123456789") + _d(rng, n - 1)


# ---------------------------------------------------------------- Cyrillic addresses
UA_STREETS = (
    "вул. Хрещатик",
    "вул. Володимирська",
    "просп. Науки",
    "вул. Шевченка",
    "бульв. Лесі Українки",
    "пров. Рильський",
)
UA_CITIES = ("Київ", "Львів", "Одеса", "Харків", "Дніпро")
RU_STREETS = (
    "ул. Тверская",
    "ул. Ленина",
    "пр-т Мира",
    "ул. Садовая-Кудринская",
    "пер. Столярный",
    "наб. Фонтанки",
)
RU_CITIES = ("Москва", "Санкт-Петербург", "Новосибирск", "Казань", "Екатеринбург")


def ua_street_first(rng: Rng) -> str:
    return f"{{ADDR:{rng.choice(UA_STREETS)}, {rng.randint(1, 150)}, кв. {rng.randint(1, 120)}, {rng.choice(UA_CITIES)}, 0{_d(rng, 4)}}}"


def ru_postcode_first(rng: Rng) -> str:
    return f"{{ADDR:{_nz(rng, 6)}, г. {rng.choice(RU_CITIES)}, {rng.choice(RU_STREETS)}, д. {rng.randint(1, 90)}, кв. {rng.randint(1, 200)}}}"


def ru_street_dom(rng: Rng) -> str:
    korp = rng.choice(("", f", корп. {rng.randint(1, 4)}", f", стр. {rng.randint(1, 3)}"))
    return f"{{ADDR:{rng.choice(RU_STREETS)}, д. {rng.randint(1, 90)}{korp}, кв. {rng.randint(1, 200)}}}"


def ua_city_first(rng: Rng) -> str:
    return f"{{ADDR:м. {rng.choice(UA_CITIES)}, {rng.choice(UA_STREETS)}, буд. {rng.randint(1, 99)}, кв. {rng.randint(1, 99)}}}"


# ---------------------------------------------------------------- Hong Kong, Korea, China
HK_ESTATES = (
    "Tai Koo Shing",
    "Wah Fu Estate",
    "Lok Fu Estate",
    "City Garden",
    "Laguna City",
    "Kornhill Gardens",
)
HK_AREAS = (
    "Quarry Bay, Hong Kong",
    "Pok Fu Lam",
    "Kowloon",
    "North Point, Hong Kong",
    "Kwun Tong, Kowloon",
)


def hk_flat_block(rng: Rng) -> str:
    return f"{{ADDR:Flat {rng.randint(1, 30)}{rng.choice('ABCDEFGH')}, Block {rng.randint(1, 12)}, {rng.choice(HK_ESTATES)}, {rng.choice(HK_AREAS)}}}"


def hk_room_estate_block(rng: Rng) -> str:
    return f"{{ADDR:Room {rng.randint(1, 40)}{_d(rng, 2)}, {rng.choice(HK_ESTATES)} Block {rng.randint(1, 9)}, {rng.choice(HK_AREAS)}}}"


def hk_floor_tower(rng: Rng) -> str:
    return f"{{ADDR:Flat {rng.choice('ABCDEFGH')}, {rng.randint(2, 45)}/F, Tower {rng.randint(1, 6)}, {rng.choice(HK_ESTATES)}, {rng.choice(HK_AREAS)}}}"


def hk_unit_floor_block(rng: Rng) -> str:
    return f"{{ADDR:Unit {rng.randint(1, 20)}, {rng.randint(2, 40)}/F, Block {rng.choice('ABCDE')}, {rng.choice(HK_ESTATES)}, {rng.choice(HK_AREAS)}}}"


KR = (
    ("서울특별시", "강남구", "테헤란로"),
    ("부산광역시", "해운대구", "센텀중앙로"),
    ("서울특별시", "마포구", "양화로"),
    ("인천광역시", "연수구", "송도과학로"),
)


def kr_floor_room(rng: Rng) -> str:
    city, gu, ro = rng.choice(KR)
    return f"{{ADDR:{city} {gu} {ro} {rng.randint(1, 400)}, {rng.randint(2, 30)}층 {rng.randint(2, 30)}0{rng.randint(1, 9)}호}}"


def kr_floor(rng: Rng) -> str:
    city, gu, ro = rng.choice(KR)
    return f"{{ADDR:{city} {gu} {ro} {rng.randint(1, 400)} {rng.randint(2, 30)}층}}"


CN = (
    ("上海市", "浦东新区", "世纪大道"),
    ("北京市", "朝阳区", "建国路"),
    ("广州市", "天河区", "天河路"),
    ("深圳市", "南山区", "科技园南路"),
)


def cn_room(rng: Rng) -> str:
    city, district, road = rng.choice(CN)
    return f"{{ADDR:{city}{district}{road}{rng.randint(1, 300)}号{rng.randint(2, 30)}0{rng.randint(1, 9)}室}}"


def cn_building_unit(rng: Rng) -> str:
    city, district, road = rng.choice(CN)
    return f"{{ADDR:{city}{district}{road}{rng.randint(1, 300)}号{rng.randint(1, 9)}号楼{rng.randint(1, 4)}单元{rng.randint(2, 30)}0{rng.randint(1, 9)}室}}"


# ---------------------------------------------------------------- dates of birth abroad
FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
DE_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
ES_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def _ymd(rng: Rng) -> tuple[int, int, int]:
    return rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)


def dob_fr_label(rng: Rng) -> str:
    y, m, d = _ymd(rng)
    return f"Date de naissance : {{DOB:{d:02d}/{m:02d}/{y}}}"


def dob_de_label(rng: Rng) -> str:
    y, m, d = _ymd(rng)
    return f"Geburtsdatum: {{DOB:{d:02d}.{m:02d}.{y}}}"


def dob_fr_words(rng: Rng) -> str:
    y, m, d = _ymd(rng)
    return f"née le {{DOB:{d} {FR_MONTHS[m - 1]} {y}}}"


def dob_de_words(rng: Rng) -> str:
    y, m, d = _ymd(rng)
    return f"geboren am {{DOB:{d}. {DE_MONTHS[m - 1]} {y}}}"


def dob_es_words(rng: Rng) -> str:
    y, m, d = _ymd(rng)
    return f"fecha de nacimiento: {{DOB:{d} de {ES_MONTHS[m - 1]} de {y}}}"


def dob_ua_label(rng: Rng) -> str:
    y, m, d = _ymd(rng)
    return f"Дата народження: {{DOB:{d:02d}.{m:02d}.{y}}}"


def dob_ru_label(rng: Rng) -> str:
    y, m, d = _ymd(rng)
    return f"дата рождения {{DOB:{d:02d}.{m:02d}.{y}}}"


def dob_kr_label(rng: Rng) -> str:
    y, m, d = _ymd(rng)
    return f"생년월일: {{DOB:{y}.{m:02d}.{d:02d}}}"


def dob_it_label(rng: Rng) -> str:
    y, m, d = _ymd(rng)
    return f"data di nascita {{DOB:{d:02d}/{m:02d}/{y}}}"


def dob_cn_label(rng: Rng) -> str:
    y, m, d = _ymd(rng)
    return f"出生日期：{{DOB:{y}年{m}月{d}日}}"


# ---------------------------------------------------------------- checks: phones, banks, mail
def tel_uk(rng: Rng) -> str:
    return f"{{TEL:+44 7{_d(rng, 3)} {_d(rng, 6)}}}"


def tel_fr(rng: Rng) -> str:
    return f"{{TEL:0{rng.choice('67')} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}}}"


def tel_ua(rng: Rng) -> str:
    return f"{{TEL:+380 {rng.choice(('67', '50', '93'))} {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}}}"


def tel_jp_0081(rng: Rng) -> str:
    return f"{{TEL:0081 {rng.choice(('90', '80', '70'))} {_nz(rng, 4)} {_d(rng, 4)}}}"


def iban_de(rng: Rng) -> str:
    return f"IBAN {{BANK:DE{_d(rng, 2)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}}}"


def uk_sort_code(rng: Rng) -> str:
    return (
        f"sort code {{BANK:{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}}}, account {{BANK:{_d(rng, 8)}}}"
    )


def mail_at_word(rng: Rng) -> str:
    user = rng.choice(("yuki", "k.sato", "m-ito", "anna.k"))
    return f"{{MAIL:{user}{_d(rng, 2)} アットマーク {rng.choice(('gmail.com', 'yahoo.co.jp', 'icloud.com'))}}}"


def mail_upper_tag(rng: Rng) -> str:
    user = rng.choice(("TARO.YAMADA", "H.SUZUKI", "ANNA.KOVALENKO"))
    return f"{{MAIL:{user}+{rng.choice(('shop', 'inv', 'hr'))}@{rng.choice(('MAIL.EXAMPLE-CORP.CO.JP', 'GMAIL.COM'))}}}"


ADDRESS_CARRIERS = (
    "配送先はこちらです：{v}",
    "Please send the parcel to {v}. Thanks!",
    "取引先担当者の自宅住所 {v} を宛名ラベルにしてください",
    "new home address: {v}",
    "住所：{v}\n電話は後で送ります",
    "Can you translate this address into English for the form? {v}",
)
DOB_CARRIERS = (
    "本人確認書類より：{v}。この情報で申請書を埋めてください",
    "Patient record — {v}; allergies none.",
    "{v}\n上記を英語の履歴書に転記して",
    "Форма: {v}, громадянство Україна",
    "Fill in the visa form, {v}, place of birth Lyon.",
    "社員名簿の抜粋 {v} を整形して",
)
CHECK_CARRIERS = (
    "連絡先は {v} です",
    "Here are my details: {v}",
    "振込・連絡の情報：{v}（至急）",
    "please update the CRM with {v}",
)

FAMILIES: dict[str, tuple[tuple[Fmt, ...], tuple[str, ...]]] = {
    "cyrillic": (
        (ua_street_first, ru_postcode_first, ru_street_dom, ua_city_first),
        ADDRESS_CARRIERS,
    ),
    "hong_kong": (
        (hk_flat_block, hk_room_estate_block, hk_floor_tower, hk_unit_floor_block),
        ADDRESS_CARRIERS,
    ),
    "korea_china": ((kr_floor_room, cn_room, kr_floor, cn_building_unit), ADDRESS_CARRIERS),
    "dob_abroad": (
        (
            dob_fr_label,
            dob_de_label,
            dob_fr_words,
            dob_de_words,
            dob_es_words,
            dob_ua_label,
            dob_ru_label,
            dob_kr_label,
            dob_it_label,
            dob_cn_label,
        ),
        DOB_CARRIERS,
    ),
    "checks": (
        (tel_uk, tel_fr, tel_ua, tel_jp_0081, iban_de, uk_sort_code, mail_at_word, mail_upper_tag),
        CHECK_CARRIERS,
    ),
}

BENIGN: dict[str, tuple[Callable[[Rng], str], ...]] = {
    "codes": (
        lambda r: (
            f"注文番号 ORD-{r.randint(2023, 2025)}-{_d(r, 4)}-{_d(r, 4)} の配送状況を教えてください"
        ),
        lambda r: (
            f"Invoice INV-{_d(r, 8)}-{_d(r, 4)} is overdue by {r.randint(2, 30)} days; draft a reminder."
        ),
        lambda r: (
            f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)} から v{r.randint(10, 12)}.0.{r.randint(0, 5)} への移行手順を教えて"
        ),
        lambda r: (
            f"ログの {r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} のエラーの意味は？"
        ),
        lambda r: f"ISBN 978-4-{_d(r, 2)}-{_d(r, 6)}-{r.randint(0, 9)} の本の感想文を書いて",
        lambda r: f"追跡番号 {_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)} の荷物の再配達依頼メールを作って",
    ),
    "prices_dates": (
        lambda r: (
            f"見積は ¥{r.randint(1, 99)},{_d(r, 3)},{_d(r, 3)}（税込）でした。値下げ交渉の文面を"
        ),
        lambda r: (
            f"The price changed to €{r.randint(100, 999)}.{_d(r, 2)} on {r.randint(1, 28)} {r.choice(('mars', 'avril', 'mai'))} {r.randint(2020, 2025)}; write the notice in French."
        ),
        lambda r: (
            f"契約は{r.randint(2024, 2026)}年{r.randint(1, 12)}月{r.randint(1, 28)}日から開始です。案内文を作って"
        ),
        lambda r: (
            f"Die Messe findet am {r.randint(1, 28)}. {r.choice(('März', 'April', 'Oktober'))} {r.randint(2025, 2026)} statt — bitte eine Einladung entwerfen."
        ),
    ),
    "places_lines": (
        lambda r: (
            f"弊社の代表番号は 03-{r.randint(3000, 6999)}-{r.choice(('1111', '0001', '1000'))} です、とWebサイトに載せたい"
        ),
        lambda r: f"郵便番号 {r.randint(100, 999)}-{_d(r, 4)} はどの市区町村ですか？",
        lambda r: (
            f"Что находится на {r.choice(('Красной площади', 'Невском проспекте', 'Хрещатике'))}? Расскажи коротко."
        ),
        lambda r: f"{r.choice(('上海浦东新区', '北京朝阳区', '深圳南山区'))}的人口是多少？",
        lambda r: (
            f"Which MTR line serves {r.choice(('Tai Koo Shing', 'Wah Fu Estate', 'Quarry Bay'))}?"
        ),
        lambda r: (
            f"IBAN と sort code の違いを説明してください（例：{r.choice(('英国', 'ドイツ', 'フランス'))}）"
        ),
    ),
}


TEMPLATES = dealt_templates(FAMILIES, BENIGN)
GENERATOR = SeededFormats(SET, TEMPLATES, TYPES, "r25f", 2503, 8, description=__doc__)
cases = GENERATOR.cases
main = GENERATOR.main

if __name__ == "__main__":
    sys.exit(main())
