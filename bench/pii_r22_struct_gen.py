"""Seeded generator of round 22's structured values in formats nobody tested (issue 16), JA
and EN, and of benign look-alikes that must reach the model unchanged.

Families: international phones (UK mobiles 5-3-3 with hyphens, +44/+1/+82/+86/+61/+33/+49,
00/001/0086 prefixes, digits only); Japanese phones split by の/ノ, long-vowel marks, dashes
and minus signs of every width, kanji numerals; e-mail spelled out or disguised ((at)/(dot),
［at］, full width, あっとまーく, アットマーク/ドット, <at>, ★を@に); addresses over lines
(UK, US, FR, DE, ES, IT, NL, IE, AU) and in romaji; records (headerless CSV, vCard, YAML,
JSON, TSV); signatures and OCR spacing; passport, licence, NI/NHS/SSN, IBAN and sort-code
numbers; dates of birth in many forms. Benign: toll-free and shared-cost lines beside a
country name ("the US is 1-800-…"), company support inboxes, a company's head office,
Washington DC, Jackson, subnet plans with a NAS, SKUs, tracking, invoice and order numbers,
versions, timestamps, prices.

Every family's templates (a frame together with its pool of formats) were dealt into half
``T`` (tuned on) and ``H`` (held out) before any fix; H uses other frames and other formats.

    .venv/bin/python bench/pii_r22_struct_gen.py --run [--seed 2201] [--per-template 10]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, marked, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r22_struct_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r22_struct_gen.json",
)
TYPES = {
    "TEL": "PHONE_NUMBER",
    "MAIL": "EMAIL_ADDRESS",
    "ADDR": "ADDRESS",
    "ZIP": "POSTAL_CODE",
    "DOB": "DATE_OF_BIRTH",
    "BANK": "BANK_ACCOUNT",
    "PASS": "PASSPORT",
    "LIC": "DRIVER_LICENSE",
    "INS": "INSURANCE_NUMBER",
    "FID": "FOREIGN_ID",
}
Draw = Callable[[random.Random], str]

LOCALS = ("k.sato", "yui_0412", "tom.barker", "priya.n", "l.moreau", "hiro88", "m-ito", "jwong")
FREE_DOMAINS = ("gmail", "outlook", "yahoo", "icloud", "proton", "gmx")
JA_DOMAINS = ("docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "nifty.com", "yahoo.co.jp")
FW = str.maketrans(
    "0123456789-@.abcdefghijklmnopqrstuvwxyz_",
    "０１２３４５６７８９－＠．ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ＿",
)
KANJI = str.maketrans("0123456789", "〇一二三四五六七八九")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _d(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _nz(rng: random.Random, k: int) -> str:
    return str(rng.randint(1, 9)) + _d(rng, k - 1)


def _up(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))


# The markup of bench/pii_hand_sets.py, under this module's short names.
_m = marked


def _pick(rng: random.Random, draws: Sequence[Draw]) -> str:
    return rng.choice(draws)(rng)


# --- international phones -------------------------------------------------------------------
TEL_INTL_T: tuple[Draw, ...] = (
    lambda r: f"07{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}",
    lambda r: f"+44 7{_d(r, 3)} {_d(r, 6)}",
    lambda r: f"+44 (0)20 {_d(r, 4)} {_d(r, 4)}",
    lambda r: f"+1 ({r.randint(201, 989)}) {_d(r, 3)}-{_d(r, 4)}",
    lambda r: f"+1 {r.randint(201, 989)}-{_d(r, 3)}-{_d(r, 4)}",
    lambda r: f"+82 10-{_d(r, 4)}-{_d(r, 4)}",
    lambda r: f"+86 1{r.choice('3589')}{_d(r, 1)} {_d(r, 4)} {_d(r, 4)}",
    lambda r: f"447{_d(r, 9)}",
    lambda r: f"8190{_d(r, 8)}",
)
TEL_INTL_H: tuple[Draw, ...] = (
    lambda r: f"00 44 7{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
    lambda r: f"+1.{r.randint(201, 989)}.{_d(r, 3)}.{_d(r, 4)}",
    lambda r: f"010-{_d(r, 4)}-{_d(r, 4)}",
    lambda r: f"+86-1{r.choice('3589')}{_d(r, 1)}-{_d(r, 4)}-{_d(r, 4)}",
    lambda r: f"0086 1{r.choice('3589')}{_d(r, 9)}",
    lambda r: f"+61 4{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
    lambda r: f"+33 6 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
    lambda r: f"+49 15{_d(r, 1)} {_d(r, 8)}",
    lambda r: f"001-1-{r.randint(201, 989)}-{_d(r, 3)}-{_d(r, 4)}",
    lambda r: f"(+44) 07{_d(r, 3)} {_d(r, 6)}",
)


def _tel_intl_t1(r: random.Random) -> str:
    lead = r.choice(("My mobile is", "Text me on", "my cell:", "Call me at"))
    ask = r.choice(("when the van is outside", "about the boiler repair", "to confirm the slot"))
    return f"{lead} {_m('TEL', _pick(r, TEL_INTL_T))}, {ask}."


def _tel_intl_t2(r: random.Random) -> str:
    where = r.choice(("ロンドン", "ソウル", "上海", "ニューヨーク"))
    return f"{where}にいる私の携帯 {_m('TEL', _pick(r, TEL_INTL_T))} に折り返しをお願いします"


def _tel_intl_h1(r: random.Random) -> str:
    tail = r.choice(("is my number, ping me there", "— reach me there after 6pm", "(WhatsApp too)"))
    return f"{_m('TEL', _pick(r, TEL_INTL_H))} {tail}; please reschedule the visit."


def _tel_intl_h2(r: random.Random) -> str:
    who = r.choice(("夫の海外携帯", "私の現地の番号", "母の韓国の携帯", "出張先での私の電話"))
    return f"{who}は {_m('TEL', _pick(r, TEL_INTL_H))} です。SMSが届かない理由は？"


# --- Japanese phones with odd separators ----------------------------------------------------
SEP_T = ("の", "ー", "‐", "−", "―", "－")
SEP_H = ("ノ", "〜", "ｰ", "—", "～", "‒")


def _ja_number(r: random.Random, seps: Sequence[str], kanji: bool) -> str:
    sep = r.choice(seps)
    parts = r.choice(
        (
            ("0" + r.choice("789") + "0", _d(r, 4), _d(r, 4)),
            ("0" + str(r.randint(3, 6)), _d(r, 4), _d(r, 4)),
            ("0" + str(r.randint(11, 99)), _d(r, 3), _d(r, 4)),
        )
    )
    num = sep.join(parts)
    if kanji and r.random() < 0.5:
        return num.translate(KANJI)
    return num.translate(FW) if r.random() < 0.3 else num


def _tel_sep_t1(r: random.Random) -> str:
    lead = r.choice(("携帯は", "連絡先：", "自宅の電話 ", "でんわばんごう "))
    ask = r.choice(("明日の午前中に電話ください", "至急連絡をお願いします", "配送日時を変えたい"))
    return f"{lead}{_m('TEL', _ja_number(r, SEP_T, False))}です。{ask}"


def _tel_sep_h1(r: random.Random) -> str:
    who = r.choice(("父の携帯", "私の番号", "実家", "妻の携帯"))
    return f"{_m('TEL', _ja_number(r, SEP_H, True))}（{who}）に夕方以降に折り返してください"


# --- e-mail ---------------------------------------------------------------------------------
def _local(r: random.Random) -> str:
    return r.choice(LOCALS) + r.choice(("", str(r.randint(1, 99))))


MAIL_T: tuple[Draw, ...] = (
    lambda r: f"{_local(r)}(at){r.choice(FREE_DOMAINS)}(dot)com",
    lambda r: f"{_local(r)}［at］{r.choice(JA_DOMAINS)}",
    lambda r: f"{_local(r)}@{r.choice(JA_DOMAINS)}".translate(FW),
    lambda r: f"{_local(r)}あっとまーく{r.choice(JA_DOMAINS)}",
    lambda r: f"{_local(r)} AT {r.choice(FREE_DOMAINS)} DOT com",
    lambda r: f"{_local(r)} (at) {r.choice(FREE_DOMAINS)} (dot) fr",
)
MAIL_H: tuple[Draw, ...] = (
    lambda r: f"{_local(r)} アットマーク {r.choice(FREE_DOMAINS)} ドット com",
    lambda r: f"{_local(r)}<at>{r.choice(JA_DOMAINS)}",
    lambda r: f"{_local(r)}（あっと）{r.choice(JA_DOMAINS)}",
    lambda r: f"{_local(r)} ＠ {r.choice(JA_DOMAINS)}",
    lambda r: f"{_local(r)}★{r.choice(JA_DOMAINS)}",
    lambda r: f"{_local(r)} at {r.choice(FREE_DOMAINS)} dot es",
    lambda r: f"{_local(r)}[at]{r.choice(FREE_DOMAINS)}[dot]de",
)


def _mail_t1(r: random.Random) -> str:
    return f"メールは {_m('MAIL', _pick(r, MAIL_T))} です、議事録を送ってください"


def _mail_t2(r: random.Random) -> str:
    return f"my personal email: {_m('MAIL', _pick(r, MAIL_T))}, cc me on the thread"


def _mail_h1(r: random.Random) -> str:
    note = r.choice(("（★を@に変えて）", "", "※迷惑メール対策の表記です"))
    return f"連絡は {_m('MAIL', _pick(r, MAIL_H))} まで{note}。見積もりを至急"


def _mail_h2(r: random.Random) -> str:
    return f"Write to me at {_m('MAIL', _pick(r, MAIL_H))} to confirm the dates."


# --- addresses over lines and in romaji -----------------------------------------------------
ADDR_T: tuple[Draw, ...] = (
    lambda r: (
        f"{r.randint(1, 240)}{r.choice(('', 'B', 'A'))} {r.choice(('Baker Street', 'Cromwell Road', 'Elm Grove'))}\n{r.choice(('London NW1 6XE', 'Bristol BS6 5HD', 'Leeds LS6 2AW'))}"
    ),
    lambda r: (
        f"Flat {r.randint(1, 20)}, {r.randint(1, 90)} {r.choice(('Park Lane', 'Victoria Road', 'High Street'))}\n{r.choice(('Manchester', 'Cardiff', 'York'))}\n{r.choice(('M14 5QH', 'CF10 1EP', 'YO1 7HH'))}"
    ),
    lambda r: (
        f"{r.randint(100, 9999)} {r.choice(('Oak Ridge Drive', 'Maple Avenue', 'Cedar Lane'))}\n{r.choice(('Boulder, CO 80302', 'Springfield, IL 62704', 'Austin, TX 78701'))}"
    ),
    lambda r: (
        f"{r.randint(1, 80)} rue {r.choice(('des Martyrs', 'de Rivoli', 'Oberkampf'))}\n750{r.randint(10, 20)} Paris"
    ),
    lambda r: (
        f"{r.choice(('Lindenstraße', 'Hauptstraße', 'Bergstraße'))} {r.randint(1, 90)}\n{r.choice(('10969 Berlin', '80331 München', '50667 Köln'))}"
    ),
    lambda r: (
        f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(('Nishi-Shinjuku', 'Minami-Aoyama', 'Tenjin'))}, {r.choice(('Shinjuku-ku, Tokyo', 'Minato-ku, Tokyo', 'Chuo-ku, Fukuoka'))}"
    ),
)
ADDR_H: tuple[Draw, ...] = (
    lambda r: (
        f"Calle de {r.choice(('Alcalá', 'Serrano', 'Toledo'))} {r.randint(1, 200)}, {r.randint(1, 9)}º {r.choice('ABCD')}\n280{r.randint(10, 50)} Madrid"
    ),
    lambda r: (
        f"Via {r.choice(('Garibaldi', 'Roma', 'Mazzini'))} {r.randint(1, 99)}\n101{r.randint(10, 50)} Torino TO"
    ),
    lambda r: (
        f"{r.choice(('Keizersgracht', 'Prinsengracht'))} {r.randint(100, 700)}-H\n10{r.randint(10, 20)} {r.choice(('DV', 'KL'))} Amsterdam"
    ),
    lambda r: (
        f"{r.randint(1, 90)} {r.choice(('Rathmines Road Lower', 'Clontarf Road'))}, Dublin {r.randint(3, 9)}, D0{r.randint(3, 9)} {r.choice(('F5X7', 'K2P4'))}"
    ),
    lambda r: (
        f"Unit {r.randint(1, 30)}, {r.randint(1, 99)} {r.choice(('Smith St', 'Brunswick St'))}\n{r.choice(('Fitzroy VIC 3065', 'Newtown NSW 2042'))}"
    ),
    lambda r: (
        f"{r.randint(101, 1503)}, {r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(('SHIBUYA', 'HAKATAEKIMAE', 'UMEDA'))}, {r.choice(('SHIBUYA-KU, TOKYO', 'HAKATA-KU, FUKUOKA', 'KITA-KU, OSAKA'))}"
    ),
    lambda r: (
        f"{r.choice(('Shimo-Meguro', 'Kamiyacho', 'Hongo'))} {r.randint(1, 6)}-chome {r.randint(1, 30)}-{r.randint(1, 20)}, {r.choice(('Meguro City', 'Bunkyo City', 'Kita-ku, Osaka'))}"
    ),
)


def _addr_t1(r: random.Random) -> str:
    return f"Deliver to:\n{_m('ADDR', _pick(r, ADDR_T))}\nLeave it with a neighbour if I am out."


def _addr_t2(r: random.Random) -> str:
    return f"自宅の住所は {_m('ADDR', _pick(r, ADDR_T))} です。英文の在職証明書に書いてください"


def _addr_h1(r: random.Random) -> str:
    return (
        f"I moved to {_m('ADDR', _pick(r, ADDR_H))} — please update my lease and the deposit letter"
    )


def _addr_h2(r: random.Random) -> str:
    return f"送り先（実家）：\n{_m('ADDR', _pick(r, ADDR_H))}\nEMSの伝票の書き方を教えて"


# --- records ---------------------------------------------------------------------------------
def _ja_tel(r: random.Random) -> str:
    return r.choice(
        (f"0{r.choice('789')}0-{_d(r, 4)}-{_d(r, 4)}", f"0{r.randint(3, 6)}-{_d(r, 4)}-{_d(r, 4)}")
    )


def _ja_zip(r: random.Random) -> str:
    return r.choice((f"{_d(r, 3)}-{_d(r, 4)}", f"{_d(r, 7)}", f"〒{_d(r, 3)}-{_d(r, 4)}"))


def _rec_t1(r: random.Random) -> str:
    rows = "\n".join(
        f"C-{_d(r, 4)},{_m('ZIP', _ja_zip(r))},{_m('TEL', _ja_tel(r))}" for _ in range(2)
    )
    return f"この行をJSONに変換して\n{rows}"


def _rec_t2(r: random.Random) -> str:
    tel = f"+44 7{_d(r, 3)} {_d(r, 6)}"
    mail = f"{_local(r)}@{r.choice(FREE_DOMAINS)}.com"
    return (
        "import this contact:\nBEGIN:VCARD\nVERSION:3.0\n"
        f"TEL;TYPE=CELL:{_m('TEL', tel)}\nEMAIL:{_m('MAIL', mail)}\nEND:VCARD"
    )


def _rec_h1(r: random.Random) -> str:
    return (
        "YAMLの書き方はこれで合ってる？\ncustomer:\n"
        f'  tel: "{_m("TEL", _ja_tel(r))}"\n  zip: "{_m("ZIP", _ja_zip(r))}"'
    )


def _rec_h2(r: random.Random) -> str:
    zip_ = r.choice((f"{_d(r, 5)}", f"{r.choice(('CF10', 'EH3', 'SW9'))} {_nz(r, 1)}{_up(r, 2)}"))
    tel = f"+1 ({r.randint(201, 989)}) {_d(r, 3)}-{_d(r, 4)}"
    return f'{{"mobile": "{_m("TEL", tel)}", "postcode": "{_m("ZIP", zip_)}"}} pretty print this'


def _rec_h3(r: random.Random) -> str:
    return f"TSVを表にして\n{_m('ZIP', _ja_zip(r))}\t{_m('TEL', _ja_tel(r))}\t有効"


# --- signatures and OCR ----------------------------------------------------------------------
def _sig_t1(r: random.Random) -> str:
    tel = f"+44 7{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"
    mail = f"{_local(r)}.home@{r.choice(FREE_DOMAINS)}.com"
    return f"Shorten this reply:\nThanks, see you Monday.\n--\nField engineer\nm: {_m('TEL', tel)}\ne: {_m('MAIL', mail)}"


def _ocr_h1(r: random.Random) -> str:
    num = " ".join(f"0{r.choice('789')}0-{_d(r, 4)}-{_d(r, 4)}")
    return f"スキャンの読み取り結果：携 帯 {_m('TEL', num)}　スペースを詰めて"


def _ocr_h2(r: random.Random) -> str:
    num = f"({r.randint(201, 989)}) {_d(r, 3)}-\n{_d(r, 4)}"
    return f"OCR output, fix the broken lines:\nPhone: {_m('TEL', num)}"


# --- IDs --------------------------------------------------------------------------------------
def _id_t1(r: random.Random) -> str:
    value = r.choice(
        (
            ("PASS", f"{r.choice(('TR', 'TZ', 'MU', 'TK'))}{_d(r, 7)}"),
            ("LIC", f"{_up(r, 5)}{_d(r, 6)}{_up(r, 2)}9{_up(r, 2)}"),
            ("INS", f"{_up(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {r.choice('ABCD')}"),
            ("BANK", f"GB{_d(r, 2)} {_up(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}"),
        )
    )
    label = {
        "PASS": "passport no.",
        "LIC": "driving licence number",
        "INS": "NI number",
        "BANK": "IBAN",
    }[value[0]]
    return f"My {label} is {_m(*value)} — is that enough for the form?"


def _id_h1(r: random.Random) -> str:
    value = r.choice(
        (
            ("PASS", _nz(r, 9), "passport number"),
            ("LIC", f"{_up(r, 1)}{_d(r, 7)}", "California DL"),
            ("FID", f"{r.randint(100, 665)}-{_d(r, 2)}-{_d(r, 4)}", "SSN"),
            ("INS", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}", "NHS number"),
        )
    )
    return f"{value[2]}: {_m(value[0], value[1])}, fill the form for me"


def _id_h2(r: random.Random) -> str:
    sort = f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}"
    return f"sort code {_m('BANK', sort)}, account {_m('BANK', _d(r, 8))} — pay the deposit"


# --- dates of birth ---------------------------------------------------------------------------
def _dob_t(r: random.Random) -> str:
    y, m, d = r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        (
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}年{m}月{d}日",
            f"H{r.randint(1, 15)}.{m}.{d}",
        )
    )


def _dob_h(r: random.Random) -> str:
    y, m, d = r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        (
            f"{d} {MONTHS[m - 1][:3]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"昭和{r.randint(30, 63)}年{m}月{d}日",
            f"S{r.randint(30, 63)}.{m}.{d}",
            f"{MONTHS[m - 1]} {d}, {y}",
        )
    )


def _dob_t1(r: random.Random) -> str:
    return r.choice(
        (
            f"DOB {_m('DOB', _dob_t(r))} — am I old enough to rent a car?",
            f"生年月日：{_m('DOB', _dob_t(r))}、保険の見積もりをお願いします",
        )
    )


def _dob_h1(r: random.Random) -> str:
    return r.choice(
        (
            f"I was born {_m('DOB', _dob_h(r))}; which weekday was it?",
            f"私は{_m('DOB', _dob_h(r))}生まれです。年齢を計算して",
        )
    )


# --- benign look-alikes -----------------------------------------------------------------------
def _tollfree(r: random.Random) -> str:
    return r.choice(
        (
            f"1-800-{_d(r, 3)}-{_d(r, 4)}",
            f"1-888-{_d(r, 3)}-{_d(r, 4)}",
            f"1 (877) {_d(r, 3)}-{_d(r, 4)}",
            f"0120-{_d(r, 3)}-{_d(r, 3)}",
            f"0800 {_d(r, 3)} {_d(r, 4)}",
        )
    )


def _ben_t1(r: random.Random) -> str:
    country = r.choice(("the US", "Canada", "the USA", "North America"))
    return r.choice(
        (
            f"Our support line in {country} is {_tollfree(r)}; which one should overseas customers call?",
            f"For customers in {country} the number is {_tollfree(r)} (toll-free, 24/7). Make this friendlier.",
        )
    )


def _ben_t2(r: random.Random) -> str:
    box = r.choice(("support", "info", "sales", "help", "contact"))
    dom = r.choice(("example-shop.jp", "northwind.co.jp", "acme-corp.com"))
    return r.choice(
        (
            f"お問い合わせは {box}@{dom} まで、と書いた案内文を敬語に直して",
            f"Email {box}@{dom} for quotes. Rewrite this more formally.",
        )
    )


def _ben_t3(r: random.Random) -> str:
    return r.choice(
        (
            "What time zone is Washington DC in compared to Tokyo?",
            f"I'm driving to Jackson on the {r.randint(2, 28)}th, how long from Memphis?",
            f"Subnet plan: 192.168.{r.randint(0, 99)}.0/24, NAS at .{r.randint(2, 40)}. Is /24 enough?",
            f"弊社本社所在地は東京都千代田区大手町1-{r.randint(1, 9)}-2です。英語表記を教えて",
        )
    )


def _ben_t4(r: random.Random) -> str:
    return r.choice(
        (
            f"SKU ABX-{_d(r, 4)}-BLK is out of stock; suggest a substitute.",
            f"Invoice INV-2026-{_d(r, 6)} was paid twice; draft a refund email.",
            f"バージョン 1.{r.randint(1, 20)}.{r.randint(0, 9)} から上げたら動かない",
            f"価格は税込 {r.randint(1, 99)},{_d(r, 3)}円です。端数処理は？",
        )
    )


def _ben_h1(r: random.Random) -> str:
    return r.choice(
        (
            f"海外のお客様へ：米国は {_tollfree(r)}、日本は {_tollfree(r)} にお電話ください。自然な文にして",
            f"Our US helpline is {_tollfree(r)} and the UK one is 0808 {_d(r, 3)} {_d(r, 4)}. Put both in the footer.",
        )
    )


def _ben_h2(r: random.Random) -> str:
    return r.choice(
        (
            "How far is Washington, D.C. from Baltimore by train?",
            "ジャクソン（ミシシッピ州）まで車で何時間かかる？",
            f"VLAN plan: 10.{r.randint(1, 99)}.0.0/16, NAS on 10.{r.randint(1, 99)}.5.10. Any overlap?",
            f"本社：大阪市中央区本町{r.randint(1, 4)}-5-7（会社案内より）を英語の会社概要に入れたい",
        )
    )


def _ben_h3(r: random.Random) -> str:
    return r.choice(
        (
            f"Tracking 1Z{_up(r, 3)}{_d(r, 3)}{_d(r, 10)} says in transit. How long?",
            f"注文番号 #A2026-{_d(r, 6)} のキャンセル方法を教えて",
            f"Python 3.{r.randint(8, 13)}.{r.randint(0, 9)} と 3.{r.randint(8, 13)}.1 の違いは？",
            f"ログ「2026-12-0{r.randint(1, 6)} 09:{r.randint(10, 59)}:44,221 ERROR worker-3」の意味は？",
            f"Prices: ¥{r.randint(1, 9)},{_d(r, 3)} / €{r.randint(10, 99)}.50. Which is cheaper?",
        )
    )


TEMPLATES: dict[str, list[Template]] = {
    "phone_intl": [
        ("tel-intl-t1", "T", _tel_intl_t1, False),
        ("tel-intl-t2", "T", _tel_intl_t2, False),
        ("tel-intl-h1", "H", _tel_intl_h1, False),
        ("tel-intl-h2", "H", _tel_intl_h2, False),
    ],
    "phone_ja_sep": [
        ("tel-sep-t1", "T", _tel_sep_t1, False),
        ("tel-sep-h1", "H", _tel_sep_h1, False),
    ],
    "mail": [
        ("mail-t1", "T", _mail_t1, False),
        ("mail-t2", "T", _mail_t2, False),
        ("mail-h1", "H", _mail_h1, False),
        ("mail-h2", "H", _mail_h2, False),
    ],
    "address": [
        ("addr-t1", "T", _addr_t1, False),
        ("addr-t2", "T", _addr_t2, False),
        ("addr-h1", "H", _addr_h1, False),
        ("addr-h2", "H", _addr_h2, False),
    ],
    "records": [
        ("rec-t1", "T", _rec_t1, False),
        ("rec-t2", "T", _rec_t2, False),
        ("rec-h1", "H", _rec_h1, False),
        ("rec-h2", "H", _rec_h2, False),
        ("rec-h3", "H", _rec_h3, False),
    ],
    "signature_ocr": [
        ("sig-t1", "T", _sig_t1, False),
        ("ocr-h1", "H", _ocr_h1, False),
        ("ocr-h2", "H", _ocr_h2, False),
    ],
    "ids": [
        ("id-t1", "T", _id_t1, False),
        ("id-h1", "H", _id_h1, False),
        ("id-h2", "H", _id_h2, False),
    ],
    "dob": [("dob-t1", "T", _dob_t1, False), ("dob-h1", "H", _dob_h1, False)],
    "benign": [
        ("ben-t1", "T", _ben_t1, True),
        ("ben-t2", "T", _ben_t2, True),
        ("ben-t3", "T", _ben_t3, True),
        ("ben-t4", "T", _ben_t4, True),
        ("ben-h1", "H", _ben_h1, True),
        ("ben-h2", "H", _ben_h2, True),
        ("ben-h3", "H", _ben_h3, True),
    ],
}


def cases(seed: int = 2201, per_template: int = 10) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r22g")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(2201, 10))


if __name__ == "__main__":
    sys.exit(main())
