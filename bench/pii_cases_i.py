"""Held-out PII cases, fifth generator: message shapes and written forms the first four
generators do not use.

Chat-app lines (LINE, ``[10:21] name: …`` transcripts), e-mail bodies and signatures,
forms pasted as text (vCard, CSV, TSV, markdown tables, ``---- 問い合わせ内容 ----``
blocks, JSON pasted into a question), keigo and casual speech, mixed scripts; phones with
underscores, full-width brackets, ``☎``/``℡``, ``tel:`` URIs and mixed separators;
e-mail addresses typed with Japanese full stops (``example。co。jp``), plus-addressing,
markdown ``mailto:`` links; Sapporo grid and Kyoto 上ル/下ル addresses, rooms written
``-405``; dates of birth with the age after them, both calendars in brackets, compact
forms; bank details with branch numbers and ゆうちょ 記号/番号; numeral surnames (一ノ瀬,
二階堂, 三浦 …), a name after a phone number on the same line, a hiragana given name after
a kin word; casual special-care disclosures (…って診断されてさ, …持ちなんだけど); benign
look-alikes (romanised public figures in general questions, numeral place names, log
timestamps, product codes, general medical, legal and faith topics). New request shapes
too: the text in the system message as CRM context, a screenshot part between two text
parts, a search tool's result list.

Templates and value lists are in ``bench/data/pii_cases_i/``; person names and address
parts come from ``../shared/evaldata/names/`` (gimei, MIT; read at run time, not
shipped). Every template, value list and name list is split by position into **I** (even
positions: held out, only aggregate figures are printed) and **J** (odd positions:
failures may be read while fixing); the gimei names use the same parity as the other
generators. Half I was measured before any fix made with half J.

    .venv/bin/python bench/pii_cases_i.py [--seed 113] [--per-template 8] [--out FILE]
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pii_case_halves import (
    KEEP,
    SLOT,
    generate_halves,
    random_digits,
    read_generator_data,
    shapes_for,
    with_own_shapes,
    write_cases,
)
from pii_cases import Case, Secret, _Filled, _luhn_complete, _my_number_check

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_i"
DEFAULT_SEED = 113
DEFAULT_PER_TEMPLATE = 8
BENIGN_PER_TEMPLATE = 6

_FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789-/.()"}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip


# ---------------------------------------------------------------- values in new forms


def _phone_groups(rng: random.Random) -> list[str]:
    kind = rng.random()
    if kind < 0.6:
        return [rng.choice(["070", "080", "090"]), random_digits(rng, 4), random_digits(rng, 4)]
    if kind < 0.85:
        area = rng.choice(["03", "06", "011", "022", "045", "052", "075", "082", "092", "098"])
        first = rng.choice("2345678") + random_digits(rng, 10 - len(area) - 5)
        return [area, first, random_digits(rng, 4)]
    return ["050", random_digits(rng, 4), random_digits(rng, 4)]


def phone(rng: random.Random) -> tuple[str, str]:
    groups = _phone_groups(rng)
    style = rng.choice(["underscore", "fw_paren", "tel_uri", "mixed", "emoji", "fw_mixed",
                        "hyphen", "space_hyphen_end", "intl_compact", "ext"])  # fmt: skip
    if style == "underscore":
        text = "_".join(groups)
    elif style == "fw_paren":
        text = f"{groups[0]}（{groups[1]}）{groups[2]}"
    elif style == "tel_uri":
        text = "tel:+81" + groups[0][1:] + groups[1] + groups[2]
    elif style == "mixed":
        text = f"{groups[0]} {groups[1]}-{groups[2]}"
    elif style == "emoji":
        text = "☎" + "-".join(groups)
    elif style == "fw_mixed":
        text = groups[0].translate(_FW) + "-" + groups[1] + "-" + groups[2].translate(_FW)
    elif style == "space_hyphen_end":
        text = f"{groups[0]}-{groups[1]} {groups[2]}"
    elif style == "intl_compact":
        text = "+81" + groups[0][1:] + groups[1] + groups[2]
    elif style == "ext":
        text = "-".join(groups)
        return f"{text}（内線{rng.randint(100, 999)}）", text
    else:
        text = "-".join(groups)
    secret = text.removeprefix("tel:").removeprefix("☎")
    return text, secret


def email(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    user = rng.choice(values["email_users"])
    domain = rng.choice(values["email_domains"])
    style = rng.choice(["ja_period", "fw_all", "md_link", "trailing", "caps_domain", "plain",
                        "kana_paren", "spaced_dots"])  # fmt: skip
    if style == "ja_period":
        text = f"{user}@{domain.replace('.', '。')}"
    elif style == "fw_all":
        text = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in f"{user}@{domain}")
    elif style == "md_link":
        address = f"{user}@{domain}"
        return f"[{address}](mailto:{address})", address
    elif style == "trailing":
        text = f"{user}@{domain}"
        return text + "。", text
    elif style == "caps_domain":
        text = f"{user}@{domain.upper()}"
    elif style == "kana_paren":
        text = f"{user}（あっと）{domain}"
    elif style == "spaced_dots":
        text = f"{user}@{domain.replace('.', ' . ')}"
    else:
        text = f"{user}@{domain}"
    return text, text


def address(rng: random.Random, values: dict[str, Any], places: dict[str, Any]) -> tuple[str, str]:
    pref = rng.choice(places["prefecture"])[0]
    city = rng.choice(places["city"])[0]
    town = rng.choice(places["town"])[0]
    c, b, g = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
    room = f"{rng.randint(1, 12)}0{rng.randint(1, 9)}"
    building = rng.choice(values["buildings"])
    style = rng.choice(["room_dash", "building_space", "sapporo", "kyoto", "fw_blocks",
                        "chome_banchi", "town_only", "pref_city_room"])  # fmt: skip
    if style == "room_dash":
        text = f"{city}{town}{c}-{b}-{g}-{room}"
    elif style == "building_space":
        text = f"{pref}{city}{town}{c}-{b}-{g} {building} {room}"
    elif style == "sapporo":
        ward = rng.choice(["中央区", "北区", "東区", "白石区"])
        text = f"札幌市{ward}北{rng.randint(1, 30)}条西{rng.randint(1, 20)}丁目{b}-{g}"
    elif style == "kyoto":
        street = rng.choice(values["kyoto_streets"])
        cross = rng.choice(values["kyoto_cross"])
        direction = rng.choice(["上ル", "下ル"])
        text = f"京都市中京区{street}通{cross}{direction}{rng.choice(values['kyoto_towns'])}{b}番地"
    elif style == "fw_blocks":
        text = f"{city}{town}" + f"{c}-{b}-{g}".translate(_FW)
    elif style == "chome_banchi":
        text = f"{pref}{city}{town}{c}丁目{b}番地{g}"
    elif style == "town_only":
        text = f"{town}{c}丁目{b}-{g} {building}{room}号室"
    else:
        text = f"{pref}{city}{town}{c}-{b}-{g}-{room}"
    return text, text


def address_en(
    rng: random.Random, values: dict[str, Any], places: dict[str, Any]
) -> tuple[str, str]:
    if rng.random() < 0.5:
        number = rng.randint(10, 9999)
        street = rng.choice(values["en_streets"])
        unit = rng.choice(
            [f"Apt {rng.randint(1, 40)}{rng.choice('ABC')}", f"Suite {rng.randint(100, 900)}", ""]
        )
        text = f"{number} {street}{', ' + unit if unit else ''}, {rng.choice(values['en_cities'])}"
        return text, text
    city = rng.choice(places["city"])[3]
    town = rng.choice(places["town"])[3]
    c, b, g = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
    room = f"#{rng.randint(1, 12)}0{rng.randint(1, 9)}"
    text = f"{c}-{b}-{g} {town} {room}, {city}, {rng.choice(places['prefecture'])[3]}"
    return text, text


def postal(rng: random.Random) -> tuple[str, str]:
    first, second = random_digits(rng, 3), random_digits(rng, 4)
    style = rng.choice(["mark_plain", "plain", "mark_fw", "hyphen", "mark_space", "u2010"])
    text = {
        "mark_plain": f"〒{first}{second}",
        "plain": first + second,
        "mark_fw": f"〒{first}-{second}".translate(_FW),
        "hyphen": f"{first}-{second}",
        "mark_space": f"〒 {first}-{second}",
        "u2010": f"{first}\u2010{second}",
    }[style]
    return text, text.removeprefix("〒").strip()


def _era(year: int) -> tuple[str, str, int]:
    if year >= 2019:
        return "令和", "R", year - 2018
    if year >= 1989:
        return "平成", "H", year - 1988
    return "昭和", "S", year - 1925


def date_of_birth(rng: random.Random) -> tuple[str, str]:
    year, month, day = rng.randint(1940, 2023), rng.randint(1, 12), rng.randint(1, 28)
    era, letter, era_year = _era(year)
    style = rng.choice(["era_western_paren", "western_era_dot", "compact_slash", "zero_pad",
                        "era_fw", "letter_pad", "short_dot", "iso", "space_sep",
                        "kanji_western"])  # fmt: skip
    if style == "era_western_paren":
        text = f"{era}{era_year}({year})年{month}月{day}日"
    elif style == "western_era_dot":
        text = f"{year}({letter}{era_year}).{month}.{day}"
    elif style == "compact_slash":
        text = f"{year}/{month}/{day}"
    elif style == "zero_pad":
        text = f"{year}年{month:02d}月{day:02d}日"
    elif style == "era_fw":
        text = f"{era}{era_year}年{month}月{day}日".translate(_FW)
        text = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isdigit() else c for c in text)
    elif style == "letter_pad":
        text = f"{letter}{era_year:02d}/{month:02d}/{day:02d}"
    elif style == "short_dot":
        text = f"{year % 100:02d}.{month}.{day}"
    elif style == "iso":
        text = f"{year}-{month:02d}-{day:02d}"
    elif style == "space_sep":
        text = f"{year} {month:02d} {day:02d}"
    else:
        text = f"{year}年{month}月{day}日"
    return text, text


def date_of_birth_en(rng: random.Random) -> tuple[str, str]:
    year, month, day = rng.randint(1940, 2023), rng.randint(1, 12), rng.randint(1, 28)
    name = _MONTHS[month - 1]
    suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    style = rng.choice(["day_month", "month_ordinal", "us_slash", "iso", "eu_slash",
                        "abbr_no_comma", "eu_dot", "us_short"])  # fmt: skip
    text = {
        "day_month": f"{day} {name} {year}",
        "month_ordinal": f"{name} {day}{suffix}, {year}",
        "us_slash": f"{month}/{day}/{year}",
        "iso": f"{year}-{month:02d}-{day:02d}",
        "eu_slash": f"{day:02d}/{month:02d}/{year}",
        "abbr_no_comma": f"{name[:3]} {day} {year}",
        "eu_dot": f"{day:02d}.{month:02d}.{year}",
        "us_short": f"{month}/{day}/{year % 100:02d}",
    }[style]
    return text, text


def bank(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    number = rng.choice("1234567") + random_digits(rng, 6)
    name = rng.choice(values["banks"])
    branch = rng.choice(values["branches"])
    style = rng.choice(["full", "branch_no", "paren_kind", "yucho", "fw", "slash"])
    if style == "full":
        text = f"{name} {branch}支店 普通 {number}"
    elif style == "branch_no":
        text = f"{name}（支店番号{random_digits(rng, 3)}）口座番号{number}"
    elif style == "paren_kind":
        text = f"{name}{branch}支店 (普通) {number}"
    elif style == "yucho":
        number = f"{random_digits(rng, 5)}-{random_digits(rng, 8)}"
        text = f"ゆうちょ銀行 記号番号{number}"
    elif style == "fw":
        text = f"{name} {branch}支店 普通預金 " + number.translate(_FW)
        number = number.translate(_FW)
    else:
        text = f"{name}/{branch}/普通/{number}"
    return text, number


def bank_en(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    number = rng.choice("1234567") + random_digits(rng, rng.choice([6, 7, 9]))
    style = rng.choice(["acct_no", "routing", "bank_first", "hash"])
    if style == "acct_no":
        text = f"acct no. {number}"
    elif style == "routing":
        text = f"routing {random_digits(rng, 9)}, account {number}"
    elif style == "bank_first":
        text = f"{rng.choice(values['en_banks'])} account {number}"
    else:
        text = f"account #{number}"
    return text, number


def passport(rng: random.Random) -> tuple[str, str]:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    digits = random_digits(rng, 7)
    style = rng.choice(["plain", "fw", "lower_space", "dot", "hash"])
    text = {
        "plain": letters + digits,
        "fw": (letters + digits).translate({ord(c): ord(c) + 0xFEE0 for c in letters + digits}),
        "lower_space": f"{letters.lower()} {digits}",
        "dot": f"{letters}.{digits}",
        "hash": f"#{letters}{digits}",
    }[style]
    return text, text.removeprefix("#")


def licence(rng: random.Random) -> tuple[str, str]:
    digits = random_digits(rng, 12)
    style = rng.choice(["plain", "dai_space", "fw", "groups", "no_prefix"])
    if style == "dai_space":
        return f"第 {digits} 号", digits
    if style == "no_prefix":
        return f"No.{digits}", digits
    text = {
        "plain": digits,
        "fw": digits.translate(_FW),
        "groups": f"{digits[:2]}-{digits[2:4]}-{digits[4:10]}-{digits[10:]}",
    }[style]
    return text, text


def my_number(rng: random.Random) -> tuple[str, str]:
    body = random_digits(rng, 11)
    check = _my_number_check(body)
    if rng.random() < 0.25:
        check = (check + rng.randint(1, 9)) % 10
    digits = body + str(check)
    style = rng.choice(["spaced", "plain", "fw_space", "slash", "hyphen_fw"])
    groups = [digits[:4], digits[4:8], digits[8:]]
    text = {
        "spaced": " ".join(groups),
        "plain": digits,
        "fw_space": "\u3000".join(groups).translate(_FW),
        "slash": "/".join(groups),
        "hyphen_fw": "－".join(g.translate(_FW) for g in groups),
    }[style]
    return text, text


def card(rng: random.Random) -> tuple[str, str]:
    digits = _luhn_complete(rng.choice(["4", "51", "52", "35", "37"]) + random_digits(rng, 13))
    digits = digits[:16].ljust(16, "0")
    if rng.random() < 0.2:
        digits = digits[:15] + str((int(digits[15]) + rng.randint(1, 9)) % 10)
    groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    style = rng.choice(["spaced", "hyphen", "plain", "dots", "fw_mixed"])
    text = {
        "spaced": " ".join(groups),
        "hyphen": "-".join(groups),
        "plain": digits,
        "dots": ".".join(groups),
        "fw_mixed": " ".join(g.translate(_FW) if i % 2 else g for i, g in enumerate(groups)),
    }[style]
    return text, text


def full_name(rng: random.Random, person: list[list[str]], lang: str) -> str:
    surname, given = person
    if lang == "en":
        return rng.choice([f"{given[3]} {surname[3]}", f"{surname[3].upper()} {given[3]}"])
    style = rng.choice(["kanji", "kanji_space", "kanji_wide", "hiragana", "katakana",
                        "kanji_kata", "romaji"])  # fmt: skip
    if style == "kanji":
        return surname[0] + given[0]
    if style == "kanji_space":
        return f"{surname[0]} {given[0]}"
    if style == "kanji_wide":
        return f"{surname[0]}\u3000{given[0]}"
    if style == "hiragana":
        return f"{surname[1]} {given[1]}"
    if style == "katakana":
        return f"{surname[2]} {given[2]}"
    if style == "kanji_kata":
        return surname[0] + given[2]
    return f"{given[3]} {surname[3]}"


# ---------------------------------------------------------------- filling templates


class _Draw:
    """What one case draws: its people (so a reading matches the name before it)."""

    def __init__(self, rng: random.Random, names: dict[str, Any]) -> None:
        self.rng = rng
        self.names = names
        self.person = [rng.choice(names["surnames"]), rng.choice(names["given"])]
        self.other = [rng.choice(names["surnames"]), rng.choice(names["given"])]


def _value(
    slot: str, draw: _Draw, values: dict[str, Any], places: dict[str, Any], lang: str
) -> tuple[str, str, str]:
    """(text shown, secret part, entity type or "" when nothing is secret)."""
    rng = draw.rng
    simple: dict[str, tuple[Callable[[], tuple[str, str]], str]] = {
        "PHONE": (lambda: phone(rng), "PHONE_NUMBER"),
        "EMAIL": (lambda: email(rng, values), "EMAIL_ADDRESS"),
        "ADDRESS": (lambda: address(rng, values, places), "ADDRESS"),
        "ADDRESS_EN": (lambda: address_en(rng, values, places), "ADDRESS"),
        "POSTAL": (lambda: postal(rng), "POSTAL_CODE"),
        "DOB": (lambda: date_of_birth(rng), "DATE_OF_BIRTH"),
        "DOB_EN": (lambda: date_of_birth_en(rng), "DATE_OF_BIRTH"),
        "BANK": (lambda: bank(rng, values), "BANK_ACCOUNT"),
        "BANK_EN": (lambda: bank_en(rng, values), "BANK_ACCOUNT"),
        "PASSPORT": (lambda: passport(rng), "PASSPORT"),
        "LICENSE": (lambda: licence(rng), "DRIVER_LICENSE"),
        "MYNUMBER": (lambda: my_number(rng), "MY_NUMBER"),
        "CARD": (lambda: card(rng), "CREDIT_CARD"),
    }
    if slot in simple:
        make, entity_type = simple[slot]
        return (*make(), entity_type)
    surname, given = draw.person
    people: dict[str, Callable[[], str]] = {
        "NAME": lambda: full_name(rng, draw.person, lang),
        "NAME2": lambda: full_name(rng, draw.other, lang),
        "NAME_KATA": lambda: f"{surname[2]} {given[2]}",
        "NAME_ROMAJI": lambda: rng.choice(
            [f"{given[3]} {surname[3]}", f"{surname[3]}-san", f"Mr. {surname[3]}"]
        ),
        "NAME_EN": lambda: f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}",
        "SURNAME": lambda: surname[0],
        "SURNAME2": lambda: draw.other[0][0],
        "GIVEN_HIRA": lambda: given[1],
        "NUM_SURNAME": lambda: rng.choice(values["numeral_surnames"]),
        "NUM_NAME": lambda: rng.choice(values["numeral_surnames"]) + given[0],
    }
    if slot in people:
        shown = people[slot]()
        secret = shown.removesuffix("-san").removeprefix("Mr. ")
        return shown, secret, "PERSON"
    if slot.startswith("SC:"):
        # "元夫から[DV]を受けていて": the bracketed core is the secret, the rest is context.
        written = rng.choice(values["special_care"][slot[3:]])
        core = re.search(r"\[(.+?)\]", written)
        shown = written.replace("[", "").replace("]", "")
        return shown, core.group(1) if core else shown, "SPECIAL_CARE"
    year = rng.randint(2024, 2027)
    benign: dict[str, Callable[[], str]] = {
        "AGE": lambda: str(rng.randint(18, 80)),
        "FIGURE_R": lambda: rng.choice(values["figures_romaji"]),
        "FIGURE": lambda: rng.choice(values["figures"]),
        "MED_TOPIC": lambda: rng.choice(values["med_topics"]),
        "EN_MED_TOPIC": lambda: rng.choice(values["en_med_topics"]),
        "SURNAME_WORD": lambda: rng.choice(values["surname_words"]),
        "PLACE": lambda: rng.choice(values["places"]),
        "LAW_TOPIC": lambda: rng.choice(values["law_topics"]),
        "FAITH_TOPIC": lambda: rng.choice(values["faith_topics"]),
        "PRODUCT": lambda: rng.choice(values["products"]),
        "ORDER": lambda: rng.choice(
            [
                f"ORD-{random_digits(rng, 8)}",
                f"A{random_digits(rng, 10)}",
                f"#{year}-{random_digits(rng, 5)}",
            ]
        ),
        "EVENT_DATE": lambda: rng.choice(
            [
                f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                f"{rng.randint(1, 12)}/{rng.randint(1, 28)}（{rng.choice('月火水木金土日')}）",
                f"{year}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}",
            ]
        ),
        "TIMESTAMP": lambda: rng.choice(
            [_timestamp(rng, year, "-"), _timestamp(rng, year, "/") + f".{random_digits(rng, 3)}"]
        ),
        "PRICE": lambda: f"{rng.randint(1, 99)},{random_digits(rng, 3)}",
        "WEEKDAY_DATE": lambda: (
            f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日（{rng.choice('月火水木金')}）"
        ),
    }
    return benign[slot](), "", ""


def _timestamp(rng: random.Random, year: int, separator: str) -> str:
    """A log line's time stamp (2025-11-03 10:21:33): an event, not a birth date."""
    date = separator.join([str(year), f"{rng.randint(1, 12):02d}", f"{rng.randint(1, 28):02d}"])
    clock = ":".join(f"{rng.randint(0, limit):02d}" for limit in (23, 59, 59))
    return f"{date} {clock}"


def _fill(
    text: str, rng: random.Random, values: dict[str, Any], names: dict[str, Any],
    places: dict[str, Any], lang: str,
) -> _Filled:  # fmt: skip
    keep = [m.group(1) for m in KEEP.finditer(text)]
    text = KEEP.sub(lambda m: m.group(1), text)
    draw = _Draw(rng, names)
    secrets: list[Secret] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    position = 0
    for match in SLOT.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        shown, secret, entity_type = _value(match.group(1), draw, values, places, lang)
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type:
            offset = max(shown.find(secret), 0)
            spans.append((start + offset, start + offset + len(secret)))
            secrets.append(Secret(entity_type, secret))
    out.append(text[position:])
    return _Filled("".join(out), secrets, keep, [], spans)


def _new_shape(shape: str, filled: _Filled, rng: random.Random, lang: str) -> list[dict[str, Any]]:
    """The shapes no earlier generator uses."""
    text = filled.text
    ja = lang == "ja"
    if shape == "system_context":
        head = "以下は顧客情報です。丁寧に対応してください。\n" if ja else "Customer context:\n"
        return [
            {"role": "system", "content": head + text},
            {"role": "user", "content": "お願いします" if ja else "Go ahead."},
        ]
    if shape == "image_between":
        # A screenshot goes between sentences or lines, never inside a word or a value.
        outside = [
            i
            for i in range(1, len(text))
            if (text[i - 1] in _BREAKS or text[i] == "\n")
            and not any(s <= i < e for s, e in filled.spans)
        ]
        cut = rng.choice(outside) if outside else len(text)
        return [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": text[:cut]},
                    {"type": "image_url", "image_url": {"url": "https://example.com/shot.png"}},
                    {"type": "text", "text": text[cut:]},
                ],
            }
        ]
    # search_results: the text is one hit of a search tool's result list.
    result = json.dumps(
        {"hits": [{"title": "受信メール" if ja else "Inbox", "snippet": text, "score": 0.82},
                  {"title": "FAQ", "snippet": "営業時間は平日9時から17時です。", "score": 0.41}]},
        ensure_ascii=False,
    )  # fmt: skip
    return [
        {
            "role": "user",
            "content": "メールを探して要約して" if ja else "Find the mail and summarise it.",
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_3",
                    "type": "function",
                    "function": {"name": "search_mail", "arguments": '{"q": "latest"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_3", "content": result},
    ]


_BREAKS = frozenset(" 、。,.!?！？…\n")
_SHAPES = ["single", "single", "single", "multi_turn", "parts", "split_parts", "tool_call",
           "tool_result", "system_context", "image_between", "search_results"]  # fmt: skip
_NEW_SHAPES = frozenset({"system_context", "image_between", "search_results"})


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A participant name as a chat app shows it: kanji, romaji with a dot, kana, or two words."""
    names = half[1]
    person = [rng.choice(names["surnames"]), rng.choice(names["given"])]
    return str(
        rng.choice(
            [person[0][0] + person[1][0], f"{person[1][3]}.{person[0][3]}".lower(),
             f"{person[0][2]}{person[1][2]}", f"{person[1][3]} {person[0][3]}"]
        )
    )  # fmt: skip


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "IJ"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "IJ", places=True)
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="IJ",
        contexts=per_half,
        count=lambda family, text: BENIGN_PER_TEMPLATE if family == "BENIGN" else per_template,
        fill=lambda text, rng, half, lang: _fill(text, rng, half[0], half[1], half[2], lang),
        shapes=lambda family, filled: shapes_for(
            _SHAPES, family, filled, frozenset({"PERSON", "MIXED"})
        ),
        name=_name_field,
        messages=with_own_shapes(_NEW_SHAPES, _new_shape),
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="J",
        held_out="I",
    )


if __name__ == "__main__":
    raise SystemExit(main())
