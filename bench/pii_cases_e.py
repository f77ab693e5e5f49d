"""Held-out PII cases, third generator: styles neither ``pii_cases.py`` nor ``pii_cases_c.py``
uses.

Chat-app messages (stamps, 草, w, 〜), forms pasted as ``key=value`` / ``key→value`` /
``【key】value`` / tab-separated, CSV rows under a header, signatures between rules of ━ or
＝, values broken across lines, OCR-like spacing (``0 9 0 - 1 2 3 4 …``), old-style kanji
numerals (壱弐参, 〇一二), full-width everything, romaji names in several orders and cases,
variant kanji surnames (髙橋, 齋藤), forty honorifics and titles, mixed scripts; and benign
look-alikes in the same styles (public figures in kanji and romaji, product codes, prices,
event and historical dates, meeting ids, versions, opening hours, places and surnames as
topics, medical and legal topics asked about in general). Templates and value lists are in
``bench/data/pii_cases_e/``; person names come from ``../shared/evaldata/names/names.yml``
(gimei, MIT; data read at run time, not shipped).

Every template, value list and name list is split by position into **E** (even positions:
held out, only aggregate figures are printed) and **F** (odd positions: failures may be
read while fixing). The gimei names use the same parity as ``pii_cases_c.py`` (E draws
from C's names, F from D's), so reading F never shows a name of either held-out half.

Cases are ``pii_cases.Case`` objects scored by ``bench/pii_case_run.py``. Everything is a
pure function of the seed.

    .venv/bin/python bench/pii_cases_e.py [--seed 83] [--per-template 9] [--out FILE]
"""

from __future__ import annotations

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
    write_cases,
)
from pii_cases import Case, Secret, _Filled, _luhn_complete, _my_number_check

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_e"
DEFAULT_SEED = 83
DEFAULT_PER_TEMPLATE = 9
BENIGN_PER_TEMPLATE = 5

_ASCII = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.,/():"
_FW = {ord(c): ord(c) + 0xFEE0 for c in _ASCII}
_KANJI_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")
_DAIJI = {1: "壱", 2: "弐", 3: "参", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "拾"}


def _ocr(text: str) -> str:
    """Every character spaced out, as OCR and copy from a PDF produce."""
    return " ".join(text)


def _kanji_number(n: int) -> str:
    """1..99 in kanji (十二, 二十三)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else "一二三四五六七八九"[tens - 1] + "十")
    return head + ("" if ones == 0 else "一二三四五六七八九"[ones - 1])


def _daiji_number(n: int) -> str:
    """1..99 in old-style numerals as on old registers (壱拾弐, 参拾)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("拾" if tens == 1 else _DAIJI[tens] + "拾")
    return head + ("" if ones == 0 else _DAIJI[ones])


# ---------------------------------------------------------------- values in new forms


def phone(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.55:
        groups = [rng.choice(["070", "080", "090"]), random_digits(rng, 4), random_digits(rng, 4)]
    else:
        area = rng.choice(["03", "06", "011", "022", "048", "0466", "092", "0120"])
        if area == "0120":
            groups = [area, rng.choice("2345678") + random_digits(rng, 2), random_digits(rng, 3)]
        else:
            first = rng.choice("2345678") + random_digits(rng, 10 - len(area) - 5)
            groups = [area, first, random_digits(rng, 4)]
    style = rng.choice(["ocr", "break", "kanji", "fw_all", "kata_bar", "paren_area", "intl_dots",
                        "intl_noplus", "spaces", "dash_bar", "ext"])  # fmt: skip
    if style == "ocr":
        text = _ocr("-".join(groups))
    elif style == "break":
        text = f"{groups[0]}-{groups[1]}-\n{groups[2]}"
    elif style == "kanji":
        text = rng.choice(["ー", "−", "の"]).join(g.translate(_KANJI_DIGITS) for g in groups)
    elif style == "fw_all":
        text = "-".join(groups).translate(_FW)
    elif style == "kata_bar":
        text = "ｰ".join(groups)
    elif style == "paren_area":
        text = f"({groups[0]}){groups[1]}-{groups[2]}"
    elif style == "intl_dots":
        text = f"+81.{groups[0][1:]}.{groups[1]}.{groups[2]}"
    elif style == "intl_noplus":
        text = f"81-{groups[0][1:]}-{groups[1]}-{groups[2]}"
    elif style == "spaces":
        text = " ".join(groups)
    elif style == "dash_bar":
        text = "―".join(groups)
    else:
        text = "-".join(groups)
        return f"{text}（内線{rng.randint(100, 999)}）", text
    return text, text


def email(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    user, domain = rng.choice(values["email_users"]), rng.choice(values["email_domains"])
    style = rng.choice(["ocr_dots", "fw_all", "bracket_at", "kana_at", "atmark_word", "break",
                        "plus_tag", "caps", "at_dot_words", "plain"])  # fmt: skip
    if style == "ocr_dots":
        text = f"{user} @ {domain.replace('.', ' . ')}"
    elif style == "fw_all":
        text = f"{user}@{domain}".translate(_FW)
    elif style == "bracket_at":
        text = f"{user}【at】{domain}"
    elif style == "kana_at":
        text = f"{user}（アット）{domain}"
    elif style == "atmark_word":
        text = f"{user} あっとまーく {domain}"
    elif style == "break":
        text = f"{user}@\n{domain}"
    elif style == "plus_tag":
        text = f"{user}+shop@{domain}"
    elif style == "caps":
        text = f"{user}@{domain}".upper()
    elif style == "at_dot_words":
        text = f"{user} AT {domain.replace('.', ' DOT ')}"
    else:
        text = f"{user}@{domain}"
    return text, text


def address(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    pref, city = rng.choice(values["prefectures"]), rng.choice(values["cities"])
    town = rng.choice(values["towns"])
    c, b, g = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
    room = f"{rng.randint(1, 12)}0{rng.randint(1, 9)}"
    style = rng.choice(["daiji", "kanji_full", "break", "fw_all", "kata_bar", "ocr", "romaji",
                        "banchi_no", "building_floor", "aza", "kanji_hyphen"])  # fmt: skip
    if style == "daiji":
        text = f"{city}{town}{_daiji_number(c)}丁目{_daiji_number(b)}番{_daiji_number(g)}号"
    elif style == "kanji_full":
        text = f"{pref}{city}{town}{_kanji_number(c)}丁目{_kanji_number(b)}番地{_kanji_number(g)}"
    elif style == "break":
        text = f"{pref}{city}\n{town}{c}-{b}-{g}"
    elif style == "fw_all":
        text = f"{city}{town}{c}-{b}-{g}".translate(_FW)
    elif style == "kata_bar":
        text = f"{city}{town}{c}ｰ{b}ｰ{g}"
    elif style == "ocr":
        text = " ".join(f"{city}{town}") + f" {c} - {b} - {g}"
    elif style == "romaji":
        text = (f"{c}-{b}-{g} {rng.choice(values['romaji_towns'])}, "
                f"{rng.choice(values['romaji_wards'])}")  # fmt: skip
    elif style == "banchi_no":
        text = f"{city}{town}{b}番地の{g}"
    elif style == "building_floor":
        text = f"{city}{town}{c}-{b}-{g} {rng.choice(values['buildings'])}{rng.randint(2, 9)}F"
    elif style == "aza":
        text = f"{pref}{city}字{town}{rng.randint(100, 1999)}"
    else:
        text = f"{city}{town}{_kanji_number(c)}-{_kanji_number(b)}-{_kanji_number(g)}"
        return text, text
    del room
    return text, text


def postal(rng: random.Random) -> tuple[str, str]:
    first, second = random_digits(rng, 3), random_digits(rng, 4)
    style = rng.choice(["fw_all", "kanji", "ocr", "kata_bar", "plain", "hyphen", "break"])
    text = {
        "fw_all": f"{first}-{second}".translate(_FW),
        "kanji": f"{first}-{second}".translate(_KANJI_DIGITS),
        "ocr": _ocr(f"{first}-{second}"),
        "kata_bar": f"{first}ｰ{second}",
        "plain": first + second,
        "hyphen": f"{first}-{second}",
        "break": f"{first}-\n{second}",
    }[style]
    return text, text


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip


def date_of_birth(rng: random.Random) -> tuple[str, str]:
    year, month, day = rng.randint(1940, 2020), rng.randint(1, 12), rng.randint(1, 28)
    if year >= 1989:
        era, era_year = "平成", year - 1988
    else:
        era, era_year = "昭和", year - 1925
    style = rng.choice(["iso", "kanji_era", "kanji_west", "ocr", "fw_slash", "en_long",
                        "en_day_first", "weekday", "zero_pad", "era_dots", "apos"])  # fmt: skip
    if style == "iso":
        text = f"{year}-{month:02d}-{day:02d}"
    elif style == "kanji_era":
        era_text = "元" if era_year == 1 else _kanji_number(era_year)
        text = f"{era}{era_text}年{_kanji_number(month)}月{_kanji_number(day)}日"
    elif style == "kanji_west":
        kanji_year = str(year).translate(_KANJI_DIGITS)
        text = f"{kanji_year}年{_kanji_number(month)}月{_kanji_number(day)}日"
    elif style == "ocr":
        text = _ocr(f"{year}/{month:02d}/{day:02d}")
    elif style == "fw_slash":
        text = f"{year}/{month}/{day}".translate(_FW)
    elif style == "en_long":
        text = f"{_MONTHS[month - 1]} {day}, {year}"
    elif style == "en_day_first":
        text = f"{day} {_MONTHS[month - 1]} {year}"
    elif style == "weekday":
        text = f"{year}年{month}月{day}日（{rng.choice('月火水木金土日')}）"
    elif style == "zero_pad":
        text = f"{year}年{month:02d}月{day:02d}日"
    elif style == "era_dots":
        text = f"{era}{era_year}.{month}.{day}"
    else:
        text = f"'{year % 100:02d}/{month}/{day}"
    return text, text


def bank(rng: random.Random) -> tuple[str, str]:
    number = rng.choice("1234567") + random_digits(rng, 6)
    style = rng.choice(["fw", "ocr", "kanji_label", "slash", "csv_like"])
    if style == "fw":
        return f"さくら銀行　本店営業部　普通　{number.translate(_FW)}", number.translate(_FW)
    if style == "ocr":
        return f"普通 {_ocr(number)}", number
    if style == "kanji_label":
        return f"口座番号（普通預金）{number}", number
    if style == "slash":
        return f"あおば銀行/駅前支店/普通/{number}", number
    return f"普通預金口座 {number} 名義カタカナ", number


def card(rng: random.Random) -> tuple[str, str]:
    digits = _luhn_complete(rng.choice(["4", "5", "35"]) + random_digits(rng, 13))
    digits = digits[:16].ljust(16, "0")
    groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    style = rng.choice(["ocr", "fw_all", "break", "dots", "hyphen"])
    text = {
        "ocr": _ocr(digits),
        "fw_all": "-".join(groups).translate(_FW),
        "break": "-".join(groups[:2]) + "-\n" + "-".join(groups[2:]),
        "dots": ".".join(groups),
        "hyphen": "-".join(groups),
    }[style]
    return text, text


def my_number(rng: random.Random) -> tuple[str, str]:
    body = random_digits(rng, 11)
    digits = body + str(_my_number_check(body))
    style = rng.choice(["ocr", "fw_all", "kanji", "spaced", "plain"])
    text = {
        "ocr": _ocr(digits),
        "fw_all": digits.translate(_FW),
        "kanji": digits.translate(_KANJI_DIGITS),
        "spaced": f"{digits[:4]} {digits[4:8]} {digits[8:]}",
        "plain": digits,
    }[style]
    return text, text


def passport(rng: random.Random) -> tuple[str, str]:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    digits = random_digits(rng, 7)
    style = rng.choice(["fw_all", "ocr", "lower", "plain"])
    text = {
        "fw_all": (letters + digits).translate(_FW),
        "ocr": _ocr(letters + digits),
        "lower": (letters + digits).lower(),
        "plain": letters + digits,
    }[style]
    return text, text


def licence(rng: random.Random) -> tuple[str, str]:
    digits = random_digits(rng, 12)
    style = rng.choice(["fw_all", "ocr", "kanji", "plain"])
    text = {
        "fw_all": digits.translate(_FW),
        "ocr": _ocr(digits),
        "kanji": digits.translate(_KANJI_DIGITS),
        "plain": digits,
    }[style]
    return text, text


def full_name(rng: random.Random, names: dict[str, Any]) -> str:
    surname: list[str] = rng.choice(names["surnames"])
    given: list[str] = rng.choice(names["given"])
    style = rng.choice(["kanji", "kanji_space", "ocr", "fw_space", "hira_kanji", "kanji_hira",
                        "kata_dot", "hiragana", "romaji_caps_last", "romaji_lower"])  # fmt: skip
    if style == "kanji":
        return surname[0] + given[0]
    if style == "kanji_space":
        return f"{surname[0]} {given[0]}"
    if style == "ocr":
        return _ocr(surname[0] + given[0])
    if style == "fw_space":
        return f"{surname[0]}\u3000{given[0]}"
    if style == "hira_kanji":
        return surname[1] + given[0]
    if style == "kanji_hira":
        return surname[0] + given[1]
    if style == "kata_dot":
        return f"{surname[2]}・{given[2]}"
    if style == "hiragana":
        return f"{surname[1]}　{given[1]}"
    if style == "romaji_caps_last":
        return f"{given[3]} {surname[3].upper()}"
    return f"{surname[3].lower()} {given[3].lower()}"


def romaji_name(rng: random.Random, names: dict[str, Any]) -> str:
    surname: list[str] = rng.choice(names["surnames"])
    given: list[str] = rng.choice(names["given"])
    style = rng.choice(["given_first", "caps_first", "initial", "fw", "comma"])
    if style == "given_first":
        return f"{given[3]} {surname[3]}"
    if style == "caps_first":
        return f"{surname[3].upper()} {given[3]}"
    if style == "initial":
        return f"{given[3][0]}. {surname[3]}"
    if style == "fw":
        return f"{given[3]} {surname[3]}".translate(_FW)
    return f"{surname[3]}, {given[3]}"


def _secret_of_name(shown: str) -> str:
    """What must not reach the model: for ``T. Yamada`` the surname."""
    match = re.fullmatch(r"[A-Z]\. (\S+)", shown)
    return match.group(1) if match else shown


# ---------------------------------------------------------------- filling templates


def _value(
    slot: str, rng: random.Random, values: dict[str, Any], names: dict[str, Any]
) -> tuple[str, str, str]:
    """(text shown, secret part, entity type or "" when nothing is secret)."""
    simple: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
        "PHONE": (phone, "PHONE_NUMBER"),
        "POSTAL": (postal, "POSTAL_CODE"),
        "DOB": (date_of_birth, "DATE_OF_BIRTH"),
        "BANK": (bank, "BANK_ACCOUNT"),
        "CARD": (card, "CREDIT_CARD"),
        "MYNUMBER": (my_number, "MY_NUMBER"),
        "PASSPORT": (passport, "PASSPORT"),
        "LICENSE": (licence, "DRIVER_LICENSE"),
    }
    if slot in simple:
        make, entity_type = simple[slot]
        return (*make(rng), entity_type)
    if slot == "EMAIL":
        return (*email(rng, values), "EMAIL_ADDRESS")
    if slot == "ADDRESS":
        return (*address(rng, values), "ADDRESS")
    if slot.startswith("SC:"):
        core = rng.choice(values["special_care"][slot[3:]])
        return core, core, "SPECIAL_CARE"
    people: dict[str, Callable[[], str]] = {
        "NAME": lambda: full_name(rng, names),
        "NAME_ROMAJI": lambda: romaji_name(rng, names),
        "NAME_EN": lambda: f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}",
        "VARIANT": lambda: (
            rng.choice(values["variant_surnames"])[0]
            + rng.choice(["", " ", "\u3000"])
            + rng.choice(names["given"])[0]
        ),
        "FOREIGN": lambda: rng.choice(values["foreign_names"]),
        "SURNAME": lambda: rng.choice(
            [rng.choice(names["surnames"])[0], rng.choice(values["variant_surnames"])[0]]
        ),
        "KANA": lambda: f"{rng.choice(names['surnames'])[2]} {rng.choice(names['given'])[2]}",
    }
    if slot in people:
        shown = people[slot]()
        return shown, _secret_of_name(shown), "PERSON"
    year = rng.randint(2024, 2027)
    benign: dict[str, Callable[[], str]] = {
        "HON": lambda: rng.choice(values["honorifics"]),
        "PREF": lambda: rng.choice(values["prefectures"]),
        "FIGURE": lambda: rng.choice(values["figures"]),
        "FIGURE_R": lambda: rng.choice(values["figures_romaji"]),
        "PLACE": lambda: rng.choice(values["place_topics"]),
        "SURNAME_WORD": lambda: rng.choice(values["surname_words"]),
        "MED": lambda: rng.choice(values["medical_topics"]),
        "EN_MED": lambda: rng.choice(values["en_medical_topics"]),
        "LAW": lambda: rng.choice(values["law_topics"]),
        "PRODUCT": lambda: rng.choice(values["products"]),
        "PRICE": lambda: f"{rng.randint(1, 99)},{random_digits(rng, 3)}",
        "EVENT_DATE": lambda: rng.choice(
            [
                f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                f"{year}/{rng.randint(1, 12)}/{rng.randint(1, 28)}",
                f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日（{rng.choice('月火水木金土日')}）",
            ]
        ),
        "ORDER": lambda: rng.choice(
            [
                f"{random_digits(rng, 4)}-{random_digits(rng, 4)}-{random_digits(rng, 4)}",
                "A" + random_digits(rng, 9),
            ]
        ),
        "ORDER_SHORT": lambda: str(rng.randint(1, 60)),
        "JAN": lambda: "49" + random_digits(rng, 11),
        "MEETING_ID": lambda: (
            f"{random_digits(rng, 3)} {random_digits(rng, 4)} {random_digits(rng, 4)}"
        ),
        "VERSION": lambda: f"{rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 30000)}",
        "HOURS": lambda: f"{rng.randint(8, 11)}:00〜{rng.randint(17, 21)}:00",
        "HIST_DATE": lambda: rng.choice(
            [
                "1945年8月15日",
                "1868年10月23日",
                "昭和64年1月7日",
                "1995年1月17日",
                "2011年3月11日",
                "1964年10月10日",
                "平成元年1月8日",
                "July 20, 1969",
                "1923年9月1日",
            ]
        ),
    }
    return benign[slot](), "", ""


def _fill(text: str, rng: random.Random, values: dict[str, Any], names: dict[str, Any]) -> _Filled:
    keep = [m.group(1) for m in KEEP.finditer(text)]
    text = KEEP.sub(lambda m: m.group(1), text)
    secrets: list[Secret] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    position = 0
    for match in SLOT.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        shown, secret, entity_type = _value(match.group(1), rng, values, names)
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type:
            offset = max(shown.find(secret), 0)
            spans.append((start + offset, start + offset + len(secret)))
            secrets.append(Secret(entity_type, secret))
    out.append(text[position:])
    return _Filled("".join(out), secrets, keep, [], spans)


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "split_parts", "tool_call",
           "tool_result"]  # fmt: skip


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "EF"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "EF")
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="EF",
        contexts=per_half,
        count=lambda family, text: BENIGN_PER_TEMPLATE if family == "BENIGN" else per_template,
        fill=lambda text, rng, half, lang: _fill(text, rng, half[0], half[1]),
        shapes=lambda family, filled: shapes_for(
            _SHAPES, family, filled, frozenset({"PERSON", "MIXED"})
        ),
        name=lambda rng, half, lang: _name_field(rng, half[1]),
    )


def _name_field(rng: random.Random, names: dict[str, Any]) -> str:
    """A name as a message's ``name`` field carries it (romaji or Japanese, no spaces)."""
    name = rng.choice(
        [romaji_name(rng, names).replace(" ", "_").replace(",", ""),
         full_name(rng, names).replace(" ", "").replace("\u3000", "")]
    )  # fmt: skip
    return _secret_of_name(name.replace("._", ". ")).replace(" ", "_")


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="F",
        held_out="E",
    )


if __name__ == "__main__":
    raise SystemExit(main())
