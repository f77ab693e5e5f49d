"""Seeded generator for issue 16, twenty-fourth round: structured values as people really
write them (EN and JA carriers), and benign look-alikes that must pass unchanged.

Families: addresses abroad (Montréal with rue/av./boul. and (Québec)/QC before the postcode,
Seoul in romaji with -ro/-gil and in Hangul, Hong Kong flats, Kyiv in Cyrillic and romaji,
US with ZIP+4); romaji Japanese addresses ending with the prefecture then the postcode (in
capitals, -ken/-fu, lower case); phones with odd dashes (ー, ‐, ―, –, full width), brackets,
dots, +81 and spoken digits; e-mail written around filters (full-width ＠, at/dot words,
[at], (dot), あっと, upper case, plus tags, inside URLs and angle brackets); IP addresses
(compressed IPv6, IPv4 in log lines); bank accounts (支店/口座番号, ABA#/Acct#, IBAN in
groups of four). Benign: example numbers in docs and regexes (03-1234-5678, 090-XXXX-XXXX),
versions, tracking and order numbers, postal codes as a topic, public landmarks, private
subnets.

Each family's value formats and carrier sentences were dealt before any fix: formats and
carriers in even positions are half ``T`` (tuned on), odd positions half ``H`` (held out);
an ``H`` case is an ``H`` format inside an ``H`` carrier.

    .venv/bin/python bench/pii_r24_struct_gen.py --run [--seed 2417] [--per-template 10]
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
    name="pii_r24_struct_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r24_struct_gen.json",
)
TYPES = {
    "TEL": "PHONE_NUMBER",
    "MAIL": "EMAIL_ADDRESS",
    "ADDR": "ADDRESS",
    "ZIP": "POSTAL_CODE",
    "BANK": "BANK_ACCOUNT",
    "IP": "IP_ADDRESS",
}


def _d(rng: Rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: Rng, n: int) -> str:
    return rng.choice("123456789") + _d(rng, n - 1)


_FULL = str.maketrans(
    "0123456789-.@abcdefghijklmnopqrstuvwxyz",
    "０１２３４５６７８９－．＠ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
)
_KANA = dict(
    zip(
        "0123456789",
        ("ゼロ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"),
        strict=True,
    )
)
_EN = dict(
    zip(
        "0123456789",
        ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
        strict=True,
    )
)


# ---------------------------------------------------------------- addresses abroad

MTL_STREETS = (
    "rue Saint-Denis",
    "av. du Parc",
    "boul. Saint-Laurent",
    "rue Beaubien Est",
    "av. Laurier Ouest",
    "rue Ontario Est",
    "boul. Rosemont",
)
KR_ROADS = (
    "Olympic-ro",
    "Teheran-ro",
    "World Cup-buk-ro",
    "Dosan-daero",
    "Yanghwa-ro",
    "Hangang-daero",
)
KR_GU = ("Songpa-gu", "Gangnam-gu", "Mapo-gu", "Seocho-gu", "Yongsan-gu", "Jongno-gu")
KR_HANGUL = (
    ("마포구", "월드컵북로"),
    ("강남구", "테헤란로"),
    ("송파구", "올림픽로"),
    ("서초구", "반포대로"),
)
HK_ESTATES = ("Laguna Verde", "Taikoo Shing", "Mei Foo Sun Chuen", "Kornhill", "South Horizons")
HK_AREAS = (
    "Hung Hom, Kowloon",
    "Quarry Bay",
    "Lai Chi Kok, Kowloon",
    "Quarry Bay, Hong Kong Island",
    "Ap Lei Chau",
)
KY_STREETS = (
    ("вул. Саксаганського", "Saksahanskoho St"),
    ("вул. Антоновича", "Antonovycha St"),
    ("просп. Перемоги", "Peremohy Ave"),
    ("вул. Ярославів Вал", "Yaroslaviv Val St"),
)
US_TOWNS = (
    ("Boise", "ID", "837"),
    ("Spokane", "WA", "992"),
    ("Madison", "WI", "537"),
    ("Tulsa", "OK", "741"),
    ("Raleigh", "NC", "276"),
)
US_STREETS = ("Alder Creek Rd", "N Maple Ave", "Sycamore Dr", "W Elm St", "Granite Ridge Ln")


def _ca_pc(rng: Rng) -> str:
    L = "ABCEGHJKLMNPRSTVXY"
    return (
        f"H{rng.randint(1, 4)}{rng.choice(L)} {rng.randint(1, 9)}{rng.choice(L)}{rng.randint(1, 9)}"
    )


def mtl_quebec(rng: Rng) -> str:
    return f"{{ADDR:{rng.randint(100, 9999)} {rng.choice(MTL_STREETS)}, app. {rng.randint(1, 12)}, Montréal (Québec)}} {{ZIP:{_ca_pc(rng)}}}"


def mtl_qc(rng: Rng) -> str:
    return f"{{ADDR:{rng.randint(100, 9999)} {rng.choice(MTL_STREETS)}, Montréal, QC}} {{ZIP:{_ca_pc(rng)}}}"


def seoul_romaji(rng: Rng) -> str:
    return f"{{ADDR:{rng.randint(1, 120)} {rng.choice(KR_ROADS)} {rng.randint(1, 40)}-gil, {rng.choice(KR_GU)}, Seoul}} {{ZIP:0{_d(rng, 4)}}}"


def seoul_hangul(rng: Rng) -> str:
    gu, ro = rng.choice(KR_HANGUL)
    return f"{{ADDR:서울특별시 {gu} {ro}{rng.randint(1, 40)}길 {rng.randint(1, 99)}, {rng.randint(1, 15)}0{rng.randint(1, 9)}호}}"


def hk_flat(rng: Rng) -> str:
    return f"{{ADDR:Flat {rng.randint(1, 40)}{rng.choice('ABCDEFGH')}, Block {rng.randint(1, 9)}, {rng.choice(HK_ESTATES)}, {rng.choice(HK_AREAS)}}}"


def kyiv_cyrillic(rng: Rng) -> str:
    st = rng.choice(KY_STREETS)[0]
    return f"{{ADDR:{st}, {rng.randint(1, 120)}, кв. {rng.randint(1, 90)}, Київ}} {{ZIP:0{_d(rng, 4)}}}"


def kyiv_romaji(rng: Rng) -> str:
    st = rng.choice(KY_STREETS)[1]
    return (
        f"{{ADDR:Apt {rng.randint(1, 90)}, {rng.randint(1, 120)} {st}, Kyiv}} {{ZIP:0{_d(rng, 4)}}}"
    )


def us_zip4(rng: Rng) -> str:
    town, state, z = rng.choice(US_TOWNS)
    return f"{{ADDR:{rng.randint(100, 9999)} {rng.choice(US_STREETS)}, Apt {rng.randint(1, 9)}{rng.choice('ABC')}, {town}, {state}}} {{ZIP:{z}{_d(rng, 2)}-{_d(rng, 4)}}}"


# ---------------------------------------------------------------- romaji, prefecture then postcode

JP_PLACES = (
    ("Tenjin", "Chuo-ku", "Fukuoka-shi", "Fukuoka", "810"),
    ("Umeda", "Kita-ku", "Osaka-shi", "Osaka", "530"),
    ("Sakae", "Naka-ku", "Nagoya-shi", "Aichi", "460"),
    ("Kichijoji-Honcho", "", "Musashino-shi", "Tokyo", "180"),
    ("Tsurumi-Chuo", "Tsurumi-ku", "Yokohama-shi", "Kanagawa", "230"),
    ("Ichibancho", "Aoba-ku", "Sendai-shi", "Miyagi", "980"),
)


def _jp(rng: Rng) -> tuple[str, str, str, str]:
    town, ward, city, pref, z = rng.choice(JP_PLACES)
    block = f"{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    head = f"{block} {town}, " + (f"{ward}, " if ward else "") + city
    return head, pref, z, f"{z}-{_d(rng, 4)}"


def romaji_pref_upper(rng: Rng) -> str:
    head, pref, _, pc = _jp(rng)
    return f"{{ADDR:{head}, {pref.upper()}}} {{ZIP:{pc}}}"


def romaji_pref_ken(rng: Rng) -> str:
    head, pref, _, pc = _jp(rng)
    suffix = {"Tokyo": "-to", "Osaka": "-fu", "Kyoto": "-fu"}.get(pref, "-ken")
    return f"{{ADDR:{head}, {pref}{suffix}}} {{ZIP:{pc}}}"


def romaji_pref_plain(rng: Rng) -> str:
    head, pref, _, pc = _jp(rng)
    return f"{{ADDR:{head}, {pref}}} {{ZIP:{pc}}}"


def romaji_pref_lower(rng: Rng) -> str:
    head, pref, _, pc = _jp(rng)
    return f"{{ADDR:{head.lower()} {pref.lower()}}} {{ZIP:{pc}}}"


# ---------------------------------------------------------------- phones


def _mobile(rng: Rng) -> tuple[str, str, str]:
    return rng.choice(("090", "080", "070")), _nz(rng, 4), _d(rng, 4)


def tel_choon(rng: Rng) -> str:
    return "{TEL:" + "ー".join(_mobile(rng)) + "}"


def tel_hyphen_u2010(rng: Rng) -> str:
    return "{TEL:" + "‐".join(_mobile(rng)) + "}"


def tel_bar(rng: Rng) -> str:
    return "{TEL:0" + str(rng.randint(3, 6)) + "―" + _nz(rng, 4) + "―" + _d(rng, 4) + "}"


def tel_fullwidth(rng: Rng) -> str:
    return "{TEL:" + "-".join(_mobile(rng)).translate(_FULL) + "}"


def tel_paren(rng: Rng) -> str:
    return f"{{TEL:(0{rng.randint(3, 6)}){_nz(rng, 4)}-{_d(rng, 4)}}}"


def tel_dots(rng: Rng) -> str:
    return "{TEL:" + ".".join(_mobile(rng)) + "}"


def tel_plus81_dots(rng: Rng) -> str:
    a, b, c = _mobile(rng)
    return f"{{TEL:+81.{a[1:]}.{b}.{c}}}"


def tel_spoken_kana(rng: Rng) -> str:
    return "{TEL:" + "、".join("".join(_KANA[c] for c in g) for g in _mobile(rng)) + "}"


def tel_spoken_en(rng: Rng) -> str:
    return "{TEL:" + ", ".join(" ".join(_EN[c] for c in g) for g in _mobile(rng)) + "}"


def tel_en_dash(rng: Rng) -> str:
    return "{TEL:" + "–".join(_mobile(rng)) + "}"


# ---------------------------------------------------------------- e-mail

LOCALS = ("k.tanaka", "yumi.sato", "h_nakamura", "ryo.kimura88", "a.fujita", "m.ogawa", "t.inoue")
DOMAINS = (
    "hokuyo-denki.co.jp",
    "gmail.com",
    "minato-shoji.jp",
    "icloud.com",
    "corvane.io",
    "seto-kogyo.co.jp",
)


def _mail(rng: Rng) -> tuple[str, str, str]:
    local = rng.choice(LOCALS)
    domain = rng.choice(DOMAINS)
    name, _, tld = domain.partition(".")
    return local, domain, name + " dot " + tld.replace(".", " dot ")


def mail_fullwidth_at(rng: Rng) -> str:
    local, domain, _ = _mail(rng)
    return f"{{MAIL:{local}＠{domain}}}"


def mail_square_at(rng: Rng) -> str:
    local, domain, _ = _mail(rng)
    return f"{{MAIL:{local}[at]{domain}}}"


def mail_words(rng: Rng) -> str:
    local, _, spoken = _mail(rng)
    return f"{{MAIL:{local} at {spoken}}}"


def mail_paren(rng: Rng) -> str:
    local, domain, _ = _mail(rng)
    return f"{{MAIL:{local} (at) {domain.replace('.', ' (dot) ')}}}"


def mail_upper_plus(rng: Rng) -> str:
    local, domain, _ = _mail(rng)
    return f"{{MAIL:{local.upper()}+{rng.choice(('shop', 'news', 'work'))}@{domain.upper()}}}"


def mail_atto(rng: Rng) -> str:
    local, domain, _ = _mail(rng)
    return f"{{MAIL:{local} あっと {domain}}}"


def mail_url(rng: Rng) -> str:
    local, domain, _ = _mail(rng)
    return f"https://portal.example-crm.jp/contacts?email={{MAIL:{local}%40{domain}}}&tab=2"


def mail_angle(rng: Rng) -> str:
    local, domain, _ = _mail(rng)
    return f"<{{MAIL:{local}@{domain}}}>"


# ---------------------------------------------------------------- IP addresses


def ipv6_compressed(rng: Rng) -> str:
    head = rng.choice(("2400:4051", "2001:268", "240b:11", "2409:10"))
    return f"{{IP:{head}:{rng.randint(0x100, 0xFFFF):x}:{rng.randint(0x100, 0xFFFF):x}::{rng.randint(1, 0xFF):x}}}"


def ipv4_log(rng: Rng) -> str:
    return f"src={{IP:{rng.choice((126, 60, 118, 153, 219, 114))}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}}}"


def ipv6_full(rng: Rng) -> str:
    groups = ":".join(f"{rng.randint(0x100, 0xFFFF):x}" for _ in range(6))
    return f"{{IP:2400:{rng.randint(0x1000, 0x4FFF):x}:{groups}}}"


def ipv4_paren(rng: Rng) -> str:
    return f"（{{IP:{rng.choice((126, 60, 118, 153, 219, 114))}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}}}）"


# ---------------------------------------------------------------- bank accounts

JP_BANKS = (
    "三井住友銀行 渋谷駅前支店",
    "みずほ銀行 新宿南口支店",
    "三菱UFJ銀行 梅田支店",
    "りそな銀行 池袋支店",
    "楽天銀行 第一営業支店",
)


def bank_jp_line(rng: Rng) -> str:
    return f"{rng.choice(JP_BANKS)} 普通 {{BANK:{_d(rng, 7)}}}"


def bank_jp_fullwidth(rng: Rng) -> str:
    return f"{rng.choice(JP_BANKS)}（店番号{_d(rng, 3)}） 口座番号 {{BANK:{_d(rng, 7).translate(_FULL)}}}"


def _iban(cc: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(digits) % 97:02d}{bban}"


def bank_iban_groups(rng: Rng) -> str:
    value = rng.choice(
        (
            lambda: _iban("DE", _d(rng, 18)),
            lambda: _iban("FR", _d(rng, 23)),
            lambda: _iban("GB", "BARC" + _d(rng, 14)),
        )
    )()
    return "{BANK:" + " ".join(value[i : i + 4] for i in range(0, len(value), 4)) + "}"


def _aba(rng: Rng) -> str:
    body = _d(rng, 8)
    total = sum(int(c) * w for c, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return body + str((10 - total % 10) % 10)


def bank_aba_hash(rng: Rng) -> str:
    return f"ABA# {_aba(rng)}, Acct# {{BANK:{_nz(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}}}"


def bank_routing_acct(rng: Rng) -> str:
    return f"Routing no. {_aba(rng)} / Acct # {{BANK:00{_d(rng, 10)}}}"


def bank_jp_chat(rng: Rng) -> str:
    return f"口座は{{BANK:{_nz(rng, 7)}}}（普通）で、支店は{rng.choice(('梅田', '池袋', '天神', '栄'))}です"


# ---------------------------------------------------------------- families

_EN_CARRIERS = (
    "Please update the record: {v}",
    "new details below\n{v}\nthanks!",
    "Can you check this is right? {v}",
    "FYI the customer gave {v} on the call.",
)
_JA_CARRIERS = (
    "登録情報を更新してください：{v}",
    "先方から連絡がありました。{v} とのことです。",
    "{v} で合っているか確認してもらえますか",
    "メモ：{v}（折り返し不要）",
)
FAMILIES: dict[str, tuple[tuple[Fmt, ...], tuple[str, ...]]] = {
    "addr_abroad": (
        (
            mtl_quebec,
            mtl_qc,
            seoul_romaji,
            seoul_hangul,
            kyiv_romaji,
            hk_flat,
            us_zip4,
            kyiv_cyrillic,
        ),
        _EN_CARRIERS + _JA_CARRIERS,
    ),
    "romaji_pref_zip": (
        (romaji_pref_upper, romaji_pref_ken, romaji_pref_lower, romaji_pref_plain),
        _EN_CARRIERS,
    ),
    "phone": (
        (
            tel_choon,
            tel_hyphen_u2010,
            tel_fullwidth,
            tel_bar,
            tel_dots,
            tel_paren,
            tel_spoken_kana,
            tel_spoken_en,
            tel_plus81_dots,
            tel_en_dash,
        ),
        _JA_CARRIERS + _EN_CARRIERS,
    ),
    "mail": (
        (
            mail_fullwidth_at,
            mail_square_at,
            mail_words,
            mail_paren,
            mail_upper_plus,
            mail_atto,
            mail_url,
            mail_angle,
        ),
        _EN_CARRIERS + _JA_CARRIERS,
    ),
    "ip": (
        (ipv6_compressed, ipv4_log, ipv6_full, ipv4_paren),
        (
            "VPN logs: {v} is my home line",
            "自宅回線のIPです {v}",
            "please allowlist {v} (my laptop)",
            "不正ログインの送信元 {v} を調べて",
        ),
    ),
    "bank": (
        (
            bank_jp_line,
            bank_aba_hash,
            bank_jp_fullwidth,
            bank_iban_groups,
            bank_routing_acct,
            bank_jp_chat,
        ),
        _JA_CARRIERS + _EN_CARRIERS,
    ),
}

_LANDMARKS = (
    "東京都港区芝公園4丁目2-8",
    "大阪府大阪市中央区大阪城1-1",
    "京都府京都市東山区清水1丁目294",
    "20 W 34th St, New York, NY 10001",
    "1600 Pennsylvania Avenue NW, Washington, DC 20500",
)
BENIGN: dict[str, tuple[Callable[[Rng], str], ...]] = {
    "examples": (
        lambda r: (
            f"電話番号の入力例として「03-1234-5678」を表示していますが、{r.choice(('全角', 'ハイフンなし', '括弧付き'))}も受け付けるべき？"
        ),
        lambda r: (
            f"How do I validate numbers like 03-1234-5678 with a regex such as ^0\\d{{1,4}}-\\d{{1,4}}-\\d{{4}}$ in {r.choice(('Python', 'Go', 'TypeScript'))}?"
        ),
        lambda r: (
            f"placeholder text: 090-XXXX-XXXX / example@example.com — is that OK for the {r.choice(('signup', 'contact', 'billing'))} form?"
        ),
        lambda r: (
            f"携帯番号は 090-1234-5678 のような形式で入力してください（例）。{r.choice(('半角', '全角'))}でお願いします。"
        ),
    ),
    "codes": (
        lambda r: (
            f"注文番号 {r.randint(2023, 2025)}-{_d(r, 4)}-{_d(r, 4)} の発送状況を教えてください"
        ),
        lambda r: (
            f"We upgraded from v{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)} to v{r.randint(5, 9)}.0.0-rc.{r.randint(1, 5)}"
        ),
        lambda r: f"追跡番号 {_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)} がまだ発送準備中です",
        lambda r: f"Order #{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)} arrived damaged, what are my options?",
    ),
    "topics": (
        lambda r: f"郵便番号が{r.choice(('7桁', '3桁と4桁'))}になった理由を教えて",
        lambda r: f"The address of the landmark is {r.choice(_LANDMARKS)} — how do I get there?",
        lambda r: (
            f"How are {r.choice(('UK postcodes', 'Canadian postal codes', 'US ZIP+4 codes'))} structured?"
        ),
        lambda r: (
            f"LAN 192.168.{r.randint(0, 50)}.0/24, gateway 192.168.{r.randint(0, 50)}.1 で問題ないですか"
        ),
    ),
}


TEMPLATES = dealt_templates(FAMILIES, BENIGN)
GENERATOR = SeededFormats(SET, TEMPLATES, TYPES, "r24s", 2417, 10, description=__doc__)
cases = GENERATOR.cases
main = GENERATOR.main

if __name__ == "__main__":
    sys.exit(main())
