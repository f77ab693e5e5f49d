"""Seeded generator of round 22's structured values, wave 2 (issue 16): the four families
still let through after the first structured round, and benign look-alikes on the same
shapes that must reach the model unchanged.

Families: bank details with no account word of ours (a UK sort code and account number
written as people write them: "sort code 40-67-45, account 53417829", "SC 20-00-00 /
12345678", the two on separate lines; a US routing and account number, an Australian BSB
and account); a TSV row whose digit cells meet at a tab (a postcode cell beside a phone
cell, a phone beside an account cell); a phone number broken over a line inside or after
its brackets, or after its label; an address in romaji, upper case or chome style. Benign:
product and part codes in a sort code's shape, tab-separated order exports with quantities
and prices and no person, a company's own head office and a government office written in
romaji, numbers in brackets broken over a line that are no phone (a figure, a fiscal year,
a ticket).

Every family's templates (a frame with its pool of formats) were dealt into half ``T``
(tuned on) and ``H`` (held out) before any fix; H uses other frames and other formats.

    .venv/bin/python bench/pii_r22_struct_wave2.py --run [--seed 2202] [--per-template 10]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, marked, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r22_struct_wave2",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r22_struct_wave2.json",
)
TYPES = {
    "TEL": "PHONE_NUMBER",
    "ADDR": "ADDRESS",
    "ZIP": "POSTAL_CODE",
    "BANK": "BANK_ACCOUNT",
}
Draw = Callable[[random.Random], str]


def _d(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


# The markup of bench/pii_hand_sets.py, under this module's short names.
_m = marked


def _sc(r: random.Random, sep: str = "-") -> str:
    return sep.join(_d(r, 2) for _ in range(3))


# --- 1. bank details without an account word ---------------------------------------------------
def _bank_t1(r: random.Random) -> str:
    sc, acc = _sc(r), _d(r, 8)
    return r.choice(
        (
            f"Please pay the deposit to sort code {_m('BANK', sc)}, {_m('BANK', acc)}. Write this as a polite reminder.",
            f"my bank details: sort code {_m('BANK', sc)} number {_m('BANK', acc)} — put them in the invoice footer",
            f"SC {_m('BANK', sc)} / {_m('BANK', acc)} (Monzo). Can you format this for the tenant?",
            f"Sort Code: {_m('BANK', sc)}\nAcc No: {_m('BANK', acc)}\nPayee: me. Tidy this up.",
            f"振込先はイギリスの口座です。sort code {_m('BANK', sc)}、{_m('BANK', acc)}。英文メールにして",
        )
    )


def _bank_t2(r: random.Random) -> str:
    routing, acc = f"0{r.randint(1, 3)}{_d(r, 7)}", _d(r, r.choice((9, 10, 12)))
    return r.choice(
        (
            f"Direct deposit form: routing {_m('BANK', routing)}, checking {_m('BANK', acc)}. Is that enough for payroll?",
            f"ABA {_m('BANK', routing)} acct {_m('BANK', acc)} — reword for HR please",
            f"Routing number: {_m('BANK', routing)}\n{_m('BANK', acc)} (Chase checking)\nsummarise",
        )
    )


def _bank_h1(r: random.Random) -> str:
    sc, acc = _sc(r, r.choice(("-", " ", ""))), _d(r, 8)
    return r.choice(
        (
            f"Lloyds\n{_m('BANK', sc)}\n{_m('BANK', acc)}\nTranslate these payment details into Japanese.",
            f"You can transfer it to me: {_m('BANK', sc)} {_m('BANK', acc)} (Barclays). Make it friendlier.",
            f"sortcode {_m('BANK', sc)} acc {_m('BANK', acc)} — is this the right order for a BACS form?",
            f"UKの銀行に送金して：ソートコード {_m('BANK', sc)}、番号 {_m('BANK', acc)}。手順を教えて",
            f"S/C: {_m('BANK', sc)}  A/N: {_m('BANK', acc)}\nRewrite as a table.",
        )
    )


def _bank_h2(r: random.Random) -> str:
    bsb = f"{_d(r, 3)}-{_d(r, 3)}"
    acc = _d(r, r.choice((6, 8, 9)))
    routing = f"0{r.randint(1, 3)}{_d(r, 7)}"
    return r.choice(
        (
            f"BSB {_m('BANK', bsb)} Acc {_m('BANK', acc)} (CommBank) — write a short rent reminder",
            f"Pay me via BSB: {_m('BANK', bsb)}\n{_m('BANK', acc)}\nthanks! make this sound professional",
            f"US bank for the refund — RTN {_m('BANK', routing)} / {_m('BANK', _d(r, 10))}. 日本語で説明して",
            f"wire: bank routing no. {_m('BANK', routing)}, my checking is {_m('BANK', _d(r, 11))}",
        )
    )


def _bank_ben_t(r: random.Random) -> str:
    return r.choice(
        (
            f"Part 40-{_d(r, 2)}-{_d(r, 2)} and 12345678 in the catalogue — which bracket fits?",
            f"Mix ratio 20-{_d(r, 2)}-{_d(r, 2)} fertiliser, bag code {_d(r, 8)}. Is this good for tomatoes?",
            "The sort code format is six digits like 00-00-00; what does each pair mean?",
            f"Score was 3-1-2 after {r.randint(10, 90)} minutes; write the match report headline",
        )
    )


def _bank_ben_h(r: random.Random) -> str:
    return r.choice(
        (
            f"Product code {_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}, batch {_d(r, 8)}: draft a recall notice",
            f"NPK {r.randint(10, 20)}-{r.randint(10, 20)}-{r.randint(10, 20)}, lot {_d(r, 8)}. 使い方を教えて",
            "How do UK sort codes and US routing numbers differ? Just explain the formats.",
            f"Gear ratio 11-{r.randint(20, 34)}-{r.randint(40, 52)} vs model {_d(r, 8)} — which is faster?",
        )
    )


# --- 2. TSV rows: digit cells meeting at a tab --------------------------------------------------
def _ja_tel(r: random.Random) -> str:
    return r.choice(
        (f"0{r.choice('789')}0-{_d(r, 4)}-{_d(r, 4)}", f"0{r.randint(3, 6)}-{_d(r, 4)}-{_d(r, 4)}")
    )


def _tsv_t1(r: random.Random) -> str:
    zip_ = r.choice((f"{_d(r, 3)}-{_d(r, 4)}", f"{_d(r, 7)}"))
    tel = _ja_tel(r)
    return r.choice(
        (
            f"この行を整形して\n{_m('ZIP', zip_)}\t{_m('TEL', tel)}",
            f"TSVをCSVにして\n{r.randint(1, 99)}\t{_m('ZIP', zip_)}\t{_m('TEL', tel)}\t済",
            f"copy from sheet:\n{_m('TEL', tel)}\t{_m('ZIP', zip_)}\tOK",
        )
    )


def _tsv_t2(r: random.Random) -> str:
    tel = f"0{r.choice('789')}0{_d(r, 8)}"
    zip_ = f"{_d(r, 7)}"
    return r.choice(
        (
            f"Excelから貼ります。列を説明して\n{_m('ZIP', zip_)}\t{_m('TEL', tel)}\t会員",
            f"make this a markdown table\n{_m('TEL', tel)}\t{_m('ZIP', zip_)}",
        )
    )


def _tsv_h1(r: random.Random) -> str:
    us = f"{_d(r, 5)}"
    tel = f"{r.randint(201, 989)}-{_d(r, 3)}-{_d(r, 4)}"
    zip_ = f"{_d(r, 3)}-{_d(r, 4)}"
    return r.choice(
        (
            f"clean this export row\n{_m('ZIP', us)}\t{_m('TEL', tel)}\tactive",
            f"行を分解して：\n{_m('ZIP', zip_)}\t{_m('TEL', _ja_tel(r))}\t{_m('BANK', _d(r, 7))}",
            f"paste:\n{_m('TEL', _ja_tel(r))}\t\t{_m('ZIP', zip_)}",
        )
    )


def _tsv_h2(r: random.Random) -> str:
    tel = f"0{r.choice('789')}0 {_d(r, 4)} {_d(r, 4)}"
    zip_ = f"〒{_d(r, 3)}-{_d(r, 4)}"
    return r.choice(
        (
            f"スプレッドシートの1行です。JSONにして\n{_m('ZIP', zip_)}\t{_m('TEL', tel)}",
            f"{_m('TEL', _ja_tel(r))}\t{_m('BANK', _d(r, 7))}\t普通\nこの行の列名を考えて",
        )
    )


def _tsv_ben_t(r: random.Random) -> str:
    rows = "\n".join(
        f"A-{_d(r, 4)}\t{r.randint(1, 9)}\t{r.randint(100, 9999)}\t{r.randint(1000, 99999)}"
        for _ in range(2)
    )
    return r.choice(
        (
            f"注文エクスポートを合計して\nSKU\t数量\t単価\t金額\n{rows}",
            f"sum the last column\n{rows}",
        )
    )


def _tsv_ben_h(r: random.Random) -> str:
    rows = "\n".join(
        f"2026-{r.randint(10, 12)}-{r.randint(10, 28)}\t{_d(r, 4)}\t{r.randint(1, 99)}\t{r.randint(100, 999)}.{_d(r, 2)}"
        for _ in range(2)
    )
    return r.choice(
        (
            f"order export, no header:\n{rows}\nwhich day sold most?",
            f"{r.randint(100, 999)}\t{_d(r, 4)}\t{r.randint(10, 99)}\n在庫表です。平均は？",
        )
    )


# --- 3. phones broken over a line ---------------------------------------------------------------
def _tel_br_t1(r: random.Random) -> str:
    area, mid, end = r.randint(201, 989), _d(r, 3), _d(r, 4)
    tel = r.choice(
        (
            f"({area}) {mid}-\n{end}",
            f"({area})\n{mid}-{end}",
            f"({area}\n) {mid}-{end}",
        )
    )
    return r.choice(
        (
            f"Call me back on {_m('TEL', tel)} after 5. Make this more formal.",
            f"My cell {_m('TEL', tel)} — add it to the signature",
        )
    )


def _tel_br_t2(r: random.Random) -> str:
    tel = r.choice(
        (
            f"(03)\n{_d(r, 4)}-{_d(r, 4)}",
            f"(0{r.randint(3, 6)})\n{_d(r, 4)}‐{_d(r, 4)}",
            f"090\n{_d(r, 4)}-{_d(r, 4)}",
        )
    )
    return r.choice(
        (
            f"自宅：{_m('TEL', tel)}\nこの連絡先を敬語の文にして",
            f"電話\n{_m('TEL', tel)}\nに折り返しください、を丁寧に",
        )
    )


def _tel_br_h1(r: random.Random) -> str:
    tel = r.choice(
        (
            f"（0{r.randint(3, 6)}）\n{_d(r, 4)}-{_d(r, 4)}",
            f"(0{r.randint(3, 6)}\n){_d(r, 4)}-{_d(r, 4)}",
            f"0{r.choice('789')}0-\n{_d(r, 4)}\n-{_d(r, 4)}",
            f"0{r.choice('789')}0\n{_d(r, 4)}\n{_d(r, 4)}",
        )
    )
    return r.choice(
        (
            f"携帯 {_m('TEL', tel)} まで連絡ください。英語にして",
            f"TEL：\n{_m('TEL', tel)}\nこの名刺の文字起こしを整えて",
        )
    )


def _tel_br_h2(r: random.Random) -> str:
    area, mid, end = r.randint(201, 989), _d(r, 3), _d(r, 4)
    tel = r.choice(
        (
            f"({area})\n{mid} {end}",
            f"+1 ({area})\n{mid}-{end}",
            f"{area}\n{mid}-{end}",
            f"+44 (0)\n7{_d(r, 3)} {_d(r, 6)}",
        )
    )
    return r.choice(
        (
            f"Phone:\n{_m('TEL', tel)}\nFix the line breaks in this OCR.",
            f"reach me at {_m('TEL', tel)} anytime; summarise",
        )
    )


def _tel_br_ben_t(r: random.Random) -> str:
    return r.choice(
        (
            f"See table ({r.randint(2, 9)})\n{_d(r, 4)}-{_d(r, 4)} are the sample IDs. Summarise the method.",
            f"FY(2026)\n{_d(r, 4)}-{_d(r, 4)} budget line — explain the code",
            f"図(3)\n{r.randint(1990, 2025)}-{r.randint(1990, 2025)}年の推移を説明して",
        )
    )


def _tel_br_ben_h(r: random.Random) -> str:
    return r.choice(
        (
            f"Ticket (#{r.randint(10, 99)})\n{_d(r, 4)}-{_d(r, 4)} was closed. Draft the reply.",
            f"式(12)\n{r.randint(1000, 9999)}-{r.randint(100, 999)} = ? を計算して",
            f"Chapter (4)\npp. {r.randint(100, 300)}-{r.randint(301, 500)} — summarise",
        )
    )


# --- 4. romaji addresses ------------------------------------------------------------------------
TOWNS = (
    ("NISHISHINJUKU", "Nishi-Shinjuku", "SHINJUKU-KU", "Shinjuku-ku", "TOKYO", "160"),
    ("KITAAOYAMA", "Kita-Aoyama", "MINATO-KU", "Minato-ku", "TOKYO", "107"),
    ("TENJIN", "Tenjin", "CHUO-KU", "Chuo-ku", "FUKUOKA", "810"),
    ("UMEDA", "Umeda", "KITA-KU", "Kita-ku", "OSAKA", "530"),
    ("HIGASHIIKEBUKURO", "Higashi-Ikebukuro", "TOSHIMA-KU", "Toshima-ku", "TOKYO", "170"),
    ("SAKAE", "Sakae", "NAKA-KU", "Naka-ku", "NAGOYA", "460"),
    ("KAMIMEGURO", "Kami-Meguro", "MEGURO-KU", "Meguro-ku", "TOKYO", "153"),
)


def _block(r: random.Random) -> str:
    return f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"


def _romaji_t(r: random.Random) -> str:
    up, town, wup, ward, city, z = r.choice(TOWNS)
    c, b, g = r.randint(1, 5), r.randint(1, 30), r.randint(1, 20)
    return r.choice(
        (
            f"{_block(r)} {up}, {wup}, {city} {z}-{_d(r, 4)}",
            f"{town} {c}-chome {b}-{g}, {ward}",
            f"{_block(r)} {town}, {ward}, {city.title()}",
            f"{up} {_block(r)}, {wup}, {city}",
        )
    )


def _romaji_h(r: random.Random) -> str:
    up, town, wup, ward, city, z = r.choice(TOWNS)
    c, b, g = r.randint(1, 5), r.randint(1, 30), r.randint(1, 20)
    return r.choice(
        (
            f"{c}-CHOME {b}-{g} {up}\n{wup}, {city}",
            f"{_block(r)}-{r.randint(101, 905)} {up} {wup} {city} {z}-{_d(r, 4)} JAPAN",
            f"{town} {c}-chome, {b}-ban {g}-go, {ward}, {city.title()}",
            f"{ward}, {town} {_block(r)}",
            f"#{r.randint(101, 905)}, {_block(r)} {town.upper()}, {wup}",
        )
    )


def _addr_t1(r: random.Random) -> str:
    a = _m("ADDR", _romaji_t(r))
    return r.choice(
        (
            f"Ship it to my flat: {a}. Write the label text.",
            f"Please send the documents to {a} — make this polite",
            f"自宅の住所を英語で書くとこうです：{a}。合ってる？",
        )
    )


def _addr_t2(r: random.Random) -> str:
    a = _m("ADDR", _romaji_t(r))
    return r.choice(
        (
            f"Name: (me)\nAddress: {a}\nturn this into a customs form line",
            f"I live at {a}; can you write a change-of-address email to my bank?",
        )
    )


def _addr_h1(r: random.Random) -> str:
    a = _m("ADDR", _romaji_h(r))
    return r.choice(
        (
            f"Deliver to\n{a}\nthank you! (rewrite for the courier)",
            f"Airbnb guest here, we are staying at {a}. Write a note to the host.",
        )
    )


def _addr_h2(r: random.Random) -> str:
    a = _m("ADDR", _romaji_h(r))
    return r.choice(
        (
            f"祖母の家の住所（ローマ字）：{a}。EMSの伝票に書けるようにして",
            f"return address - {a}. check the order of the parts",
        )
    )


def _addr_ben_t(r: random.Random) -> str:
    return r.choice(
        (
            "Tokyo Metropolitan Government: 2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo. What are its opening hours?",
            f"Our head office: {_block(r)} KITAAOYAMA, MINATO-KU, TOKYO. Write the About page footer.",
            "The Shinjuku City Office is at 1-4-1 Kabukicho, Shinjuku-ku. How do I get there from the station?",
        )
    )


def _addr_ben_h(r: random.Random) -> str:
    return r.choice(
        (
            "Osaka City Hall, 1-3-20 Nakanoshima, Kita-ku, Osaka — is it open on Saturdays?",
            f"Company profile: headquartered at {_block(r)} Umeda, Kita-ku, Osaka. Translate into Japanese.",
            "Tokyo Station is at 1-9-1 Marunouchi, Chiyoda-ku. Which exit for the Imperial Palace?",
            "弊社本社：1-1-1 UCHISAIWAICHO, CHIYODA-KU, TOKYO（会社概要）を整えて",
        )
    )


TEMPLATES: dict[str, list[Template]] = {
    "bank_no_word": [
        ("bank-t1", "T", _bank_t1, False),
        ("bank-t2", "T", _bank_t2, False),
        ("bank-h1", "H", _bank_h1, False),
        ("bank-h2", "H", _bank_h2, False),
        ("bank-ben-t", "T", _bank_ben_t, True),
        ("bank-ben-h", "H", _bank_ben_h, True),
    ],
    "tsv_cells": [
        ("tsv-t1", "T", _tsv_t1, False),
        ("tsv-t2", "T", _tsv_t2, False),
        ("tsv-h1", "H", _tsv_h1, False),
        ("tsv-h2", "H", _tsv_h2, False),
        ("tsv-ben-t", "T", _tsv_ben_t, True),
        ("tsv-ben-h", "H", _tsv_ben_h, True),
    ],
    "phone_broken": [
        ("telbr-t1", "T", _tel_br_t1, False),
        ("telbr-t2", "T", _tel_br_t2, False),
        ("telbr-h1", "H", _tel_br_h1, False),
        ("telbr-h2", "H", _tel_br_h2, False),
        ("telbr-ben-t", "T", _tel_br_ben_t, True),
        ("telbr-ben-h", "H", _tel_br_ben_h, True),
    ],
    "romaji_address": [
        ("romaji-t1", "T", _addr_t1, False),
        ("romaji-t2", "T", _addr_t2, False),
        ("romaji-h1", "H", _addr_h1, False),
        ("romaji-h2", "H", _addr_h2, False),
        ("romaji-ben-t", "T", _addr_ben_t, True),
        ("romaji-ben-h", "H", _addr_ben_h, True),
    ],
}


def cases(seed: int = 2202, per_template: int = 10) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r22w2")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(2202, 10))


if __name__ == "__main__":
    sys.exit(main())
