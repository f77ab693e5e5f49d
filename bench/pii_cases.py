"""Adversarial PII cases: personal data written the way people really write it.

Generates seeded, reproducible chat requests from the templates and value lists under
``bench/data/pii_cases/`` (written for Mamori): phone numbers with dots, slashes, spaced
hyphens, kanji numerals, の and 〜; obfuscated e-mail addresses; addresses without a
prefecture, with kanji block numbers, buildings and rooms, in English; dates of birth in
kanji, 和暦 and English; postal codes with spaces; bank accounts written （普）; passports in
lower case; licences as ライセンス番号; identifiers with a typo; names as people write
them (hiragana given names, furigana, ・/＝ joined foreign names, word-surnames with a
title); special-care statements in casual speech, lab values and medications; placeholders
the user typed; and benign look-alikes (public figures, product codes, event dates,
prices, places, 支店, topic questions).

Each case is one request body (``messages``) in one of several shapes: a single message,
multi-turn, content parts (the value whole in one part, or split across two), a tool call's
arguments, a tool result, or the message ``name`` field. With it come the values that must
not reach the model, the request phrases that must (``keep``) and whether the case is
benign (nothing may change).

Templates are split into two disjoint halves by id (``A``: even position within its
family, ``B``: odd), so figures can be reported on a half that was not looked at while
tuning. Everything here is a pure function of the seed.

    .venv/bin/python bench/pii_cases.py [--seed 16] [--per-template 14] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent / "data" / "pii_cases"
DEFAULT_SEED = 16
DEFAULT_PER_TEMPLATE = 14

_SLOT = re.compile(r"\{([A-Z_]+(?::[a-z_]+)?)\}")
_KEEP = re.compile(r"\[\[(.+?)\]\]")
_KANJI_DIGITS = "〇一二三四五六七八九"
_FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


@dataclass(frozen=True, slots=True)
class Secret:
    """A personal value planted in a case: it must not reach the model."""

    entity_type: str
    value: str


@dataclass(slots=True)
class Case:
    """One generated request and what a correct gateway does with it."""

    id: str
    family: str
    template: str
    half: str
    lang: str
    shape: str
    messages: list[dict[str, Any]]
    secrets: list[Secret] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    typed: list[str] = field(default_factory=list)
    """Placeholders the user typed; they must come back exactly as typed."""
    benign: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "family": self.family,
            "template": self.template,
            "half": self.half,
            "lang": self.lang,
            "shape": self.shape,
            "benign": self.benign,
            "messages": self.messages,
            "secrets": [{"type": s.entity_type, "value": s.value} for s in self.secrets],
            "keep": self.keep,
            "typed": self.typed,
        }


def _load(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


# ---------------------------------------------------------------- numbers and their forms


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def _kanji_digits(text: str) -> str:
    return "".join(_KANJI_DIGITS[int(c)] if c.isdigit() else c for c in text)


def _phone_groups(rng: random.Random) -> list[str]:
    kind = rng.random()
    if kind < 0.55:
        return [rng.choice(["070", "080", "090"]), _digits(rng, 4), _digits(rng, 4)]
    if kind < 0.7:
        return [rng.choice(["03", "06"]), rng.choice("23456789") + _digits(rng, 3), _digits(rng, 4)]
    if kind < 0.85:
        # Four-digit area codes (a 2-digit exchange): real ones, never 050/070/080/090.
        area = rng.choice(["0466", "0422", "0550", "0263", "0166", "0995", "0742", "0859"])
        return [area, rng.choice("2345678") + _digits(rng, 1), _digits(rng, 4)]
    return ["050", _digits(rng, 4), _digits(rng, 4)]


def phone(rng: random.Random) -> tuple[str, str]:
    groups = _phone_groups(rng)
    style = rng.choice(
        ["hyphen", "dots", "slash", "spaced_hyphen", "kanji", "kanji_plain", "no", "wave",
         "spaces", "full", "plain", "intl", "paren"]
    )  # fmt: skip
    if style == "hyphen":
        text = "-".join(groups)
    elif style == "dots":
        text = ".".join(groups)
    elif style == "slash":
        text = "/".join(groups)
    elif style == "spaced_hyphen":
        text = " - ".join(groups)
    elif style == "kanji":
        text = _kanji_digits("-".join(groups)).replace("-", rng.choice(["-", "ー", "の"]))
    elif style == "kanji_plain":
        text = _kanji_digits("".join(groups))
    elif style == "no":
        text = "の".join(groups)
    elif style == "wave":
        text = rng.choice(["〜", "～"]).join(groups)
    elif style == "spaces":
        text = " ".join(groups)
    elif style == "full":
        text = "-".join(groups).translate(_FULL_WIDTH)
    elif style == "plain":
        text = "".join(groups)
    elif style == "intl":
        text = "+81 " + groups[0][1:] + "-" + groups[1] + "-" + groups[2]
    else:
        text = f"({groups[0]}){groups[1]}-{groups[2]}"
    return text, text


def email(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    user = rng.choice(values["email_users"])
    domain = rng.choice(values["email_domains"])
    style = rng.choice(
        ["plain", "atto", "atmark", "paren", "bracket", "words", "wide_at", "full", "dot_words"]
    )
    if style == "plain":
        text = f"{user}@{domain}"
    elif style == "atto":
        text = f"{user}{rng.choice(['あっと', ' あっと ', '(あっと)'])}{domain}"
    elif style == "atmark":
        text = f"{user}{rng.choice(['アットマーク', ' アットマーク ', '＠マーク'])}{domain}"
    elif style == "paren":
        text = f"{user}{rng.choice(['(at)', ' (at) ', '（at）'])}{domain}"
    elif style == "bracket":
        text = f"{user}{rng.choice(['[at]', ' [at] ', '[@]'])}{domain}"
    elif style == "words":
        text = f"{user} at {domain.replace('.', ' dot ')}"
    elif style == "wide_at":
        text = f"{user} ＠ {domain}"
    elif style == "full":
        text = f"{user}@{domain}".translate(
            {ord(c): ord(c) + 0xFEE0 for c in "abcdefghijklmnopqrstuvwxyz.@_-0123456789"}
        )
    else:
        text = f"{user}[at]{domain.replace('.', '[dot]')}"
    return text, text


def _kanji_number(value: int) -> str:
    """1..99 in kanji numerals (二十九)."""
    tens, ones = divmod(value, 10)
    text = ""
    if tens:
        text += ("" if tens == 1 else _KANJI_DIGITS[tens]) + "十"
    if ones:
        text += _KANJI_DIGITS[ones]
    return text


def address(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    city = rng.choice(values["cities"])
    town = rng.choice(values["towns"])
    chome, ban, go = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
    style = rng.choice(["full", "no_pref", "town_only", "kanji_blocks", "building", "room", "en_jp",
                        "en_us"])  # fmt: skip
    if style == "full":
        text = f"{rng.choice(values['prefectures'])}{city}{town}{chome}丁目{ban}番{go}号"
    elif style == "no_pref":
        text = f"{city}{town}{chome}-{ban}-{go}"
    elif style == "town_only":
        text = f"{town}{chome}-{ban}-{go}"
    elif style == "kanji_blocks":
        text = (
            f"{rng.choice(['', city])}{town}{_kanji_number(chome)}丁目"
            f"{_kanji_number(ban)}番{_kanji_number(go)}号"
        )
    elif style == "building":
        text = (
            f"{city}{town}{chome}-{ban}-{go} {rng.choice(values['buildings'])}"
            f"{rng.choice(['', ' '])}{rng.randint(1, 12)}0{rng.randint(1, 9)}"
        )
    elif style == "room":
        text = (
            f"{town}{chome}丁目{ban}-{go}{rng.choice(values['buildings'])}"
            f"{rng.randint(1, 9)}0{rng.randint(1, 9)}号室"
        )
    elif style == "en_jp":
        romaji_town = rng.choice(["Hongo", "Jingumae", "Sakae", "Umeda", "Tenjin", "Kita-Aoyama"])
        ward = rng.choice(["Bunkyo-ku, Tokyo", "Shibuya-ku, Tokyo", "Naka-ku, Nagoya",
                           "Kita-ku, Osaka", "Chuo-ku, Fukuoka"])  # fmt: skip
        text = f"{chome}-{ban}-{go} {romaji_town}, {ward} {_digits(rng, 3)}-{_digits(rng, 4)}"
    else:
        apt = rng.choice(["", f"Apt {rng.randint(1, 9)}{rng.choice('ABC')}, "])
        text = (
            f"{apt}{rng.randint(10, 9999)} {rng.choice(values['en_streets'])}, "
            f"{rng.choice(values['en_cities'])}"
        )
    return text, text


def postal(rng: random.Random) -> tuple[str, str]:
    first, second = _digits(rng, 3), _digits(rng, 4)
    style = rng.choice(["hyphen", "space", "wide_space", "plain", "full"])
    if style == "hyphen":
        text = f"{first}-{second}"
    elif style == "space":
        text = f"{first} {second}"
    elif style == "wide_space":
        text = f"{first}\u3000{second}"
    elif style == "plain":
        text = first + second
    else:
        text = f"{first}-{second}".translate(_FULL_WIDTH)
    return text, text


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_ERAS = [("昭和", 1925), ("平成", 1988)]


def date_of_birth(rng: random.Random) -> tuple[str, str]:
    year, month, day = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.choice(
        ["western", "kanji", "era", "era_kanji", "en_long", "en_slash", "iso", "en_day_first",
         "slash", "era_initial"]
    )  # fmt: skip
    if style == "western":
        text = f"{year}年{month}月{day}日"
    elif style == "kanji":
        text = f"{_kanji_digits(str(year))}年{_kanji_number(month)}月{_kanji_number(day)}日"
    elif style in {"era", "era_kanji", "era_initial"}:
        name, base = _ERAS[0] if year <= 1988 else _ERAS[1]
        era_year = year - base
        if style == "era":
            text = f"{name}{era_year}年{month}月{day}日"
        elif style == "era_kanji":
            text = (
                f"{name}{_kanji_number(era_year)}年{_kanji_number(month)}月{_kanji_number(day)}日"
            )
        else:
            text = f"{'S' if name == '昭和' else 'H'}{era_year}.{month}.{day}"
    elif style == "en_long":
        text = f"{_MONTHS[month - 1]} {day}, {year}"
    elif style == "en_slash":
        text = f"{month:02d}/{day:02d}/{year}"
    elif style == "iso":
        text = f"{year}-{month:02d}-{day:02d}"
    elif style == "en_day_first":
        text = f"{day} {_MONTHS[month - 1]} {year}"
    else:
        text = f"{year}/{month}/{day}"
    return text, text


def bank(rng: random.Random) -> tuple[str, str]:
    number = rng.choice("1234567") + _digits(rng, 6)
    style = rng.choice(["futsu_paren", "touza_paren", "futsu", "yokin", "bank_branch", "yucho"])
    if style == "futsu_paren":
        text = f"{rng.choice(['（普）', '(普)', '普）'])}{number}"
    elif style == "touza_paren":
        text = f"{rng.choice(['（当）', '(当)'])}{number}"
    elif style == "futsu":
        text = f"普通 {number}"
    elif style == "yokin":
        text = f"普通預金口座{number}"
    elif style == "bank_branch":
        text = f"{rng.choice(['みどり銀行', 'さくら信金', '第一銀行'])} 本店 普通 {number}"
    else:
        number = f"1{_digits(rng, 4)}-{_digits(rng, 8)}"
        text = f"ゆうちょ {number}"
    return text, number


def passport(rng: random.Random) -> tuple[str, str]:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    digits = _digits(rng, 7)
    style = rng.choice(["plain", "lower", "space", "full", "hyphen"])
    if style == "plain":
        text = letters + digits
    elif style == "lower":
        text = (letters + digits).lower()
    elif style == "space":
        text = f"{letters} {digits}"
    elif style == "full":
        text = (letters + digits).translate(
            {ord(c): ord(c) + 0xFEE0 for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}
        )
    else:
        text = f"{letters}-{digits}"
    return text, text


def licence(rng: random.Random) -> tuple[str, str]:
    digits = _digits(rng, 12)
    style = rng.choice(["plain", "spaced", "hyphen", "dai"])
    if style == "plain":
        text = digits
    elif style == "spaced":
        text = f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    elif style == "hyphen":
        text = f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    else:
        text = f"第{digits}号"
        return text, digits
    return text, text


def _my_number_check(body: str) -> int:
    total = 0
    for position, char in enumerate(reversed(body), start=1):
        weight = position + 1 if position <= 6 else position - 5
        total += int(char) * weight
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def my_number(rng: random.Random) -> tuple[str, str]:
    body = _digits(rng, 11)
    check = _my_number_check(body)
    if rng.random() < 0.3:  # a typo: the check digit no longer matches
        check = (check + rng.randint(1, 9)) % 10
    digits = body + str(check)
    style = rng.choice(["plain", "spaced", "hyphen"])
    text = (
        digits
        if style == "plain"
        else (" " if style == "spaced" else "-").join([digits[:4], digits[4:8], digits[8:]])
    )
    return text, text


def _luhn_complete(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char)
        if index % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> tuple[str, str]:
    prefix = rng.choice(["4", "5", "35"])
    digits = _luhn_complete(prefix + _digits(rng, 15 - len(prefix)))
    if rng.random() < 0.3:  # a typo: fails the Luhn check
        digits = digits[:15] + str((int(digits[15]) + rng.randint(1, 9)) % 10)
    style = rng.choice(["hyphen", "spaced", "plain"])
    groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    text = {"hyphen": "-".join(groups), "spaced": " ".join(groups), "plain": digits}[style]
    return text, text


def person(rng: random.Random, values: dict[str, Any], lang: str) -> tuple[str, str]:
    if lang == "en":
        style = rng.choice(["romaji", "english", "romaji_upper", "kanji"])
    else:
        style = rng.choice(["kanji", "kanji_space", "hiragana_given", "furigana_full",
                            "furigana_split", "foreign_dot", "foreign_equal", "katakana",
                            "kanji", "romaji"])  # fmt: skip
    surname = rng.choice(values["surnames"])
    given = rng.choice(values["given_kanji"])
    if style == "kanji":
        text = surname + given
    elif style == "kanji_space":
        text = f"{surname}{rng.choice([' ', '　'])}{given}"
    elif style == "hiragana_given":
        text = surname + rng.choice(values["given_hira"])
    elif style in {"furigana_full", "furigana_split"}:
        surname = rng.choice(sorted(values["surname_kana"]))
        given = rng.choice(sorted(values["given_kana"]))
        s_kana, g_kana = values["surname_kana"][surname], values["given_kana"][given]
        if style == "furigana_full":
            text = f"{surname}{given}（{s_kana} {g_kana}）"
        else:
            text = f"{surname}（{s_kana}）{given}（{g_kana}）"
    elif style == "foreign_dot":
        text = f"{rng.choice(values['foreign_given'])}・{rng.choice(values['foreign_family'])}"
    elif style == "foreign_equal":
        text = (
            f"{rng.choice(values['foreign_given'])}{rng.choice(['＝', '='])}"
            f"{rng.choice(values['foreign_second'])}・{rng.choice(values['foreign_family'])}"
        )
    elif style == "katakana":
        family = rng.choice(["ヤマダ", "サトウ", "スズキ", "タナカ"])
        text = f"{family} {rng.choice(values['given_kata'])}"
    elif style == "romaji":
        text = f"{rng.choice(values['romaji_given'])} {rng.choice(values['romaji_surname'])}"
    elif style == "romaji_upper":
        text = (
            f"{rng.choice(values['romaji_surname']).upper()} {rng.choice(values['romaji_given'])}"
        )
    else:
        text = f"{rng.choice(values['english_given'])} {rng.choice(values['english_family'])}"
    return text, text


def _jan(rng: random.Random) -> str:
    body = rng.choice(["45", "49"]) + _digits(rng, 10)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


_TYPED = ["<PERSON_1>", "<PERSON_2>", "<PHONE_NUMBER_1>", "<EMAIL_ADDRESS_1>", "＜PERSON_1＞",
          "<NAME>", "[PERSON_1]", "<ADDRESS_1>"]  # fmt: skip


# ---------------------------------------------------------------- filling templates


@dataclass(slots=True)
class _Filled:
    text: str
    secrets: list[Secret]
    keep: list[str]
    typed: list[str]
    # (start, end) of each secret value in text, to split content parts inside one.
    spans: list[tuple[int, int]]


def _fill(text: str, rng: random.Random, values: dict[str, Any], lang: str) -> _Filled:
    keep = [m.group(1) for m in _KEEP.finditer(text)]
    text = _KEEP.sub(lambda m: m.group(1), text)
    secrets: list[Secret] = []
    typed: list[str] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    position = 0
    for match in _SLOT.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        slot = match.group(1)
        shown, secret, entity_type = _value(slot, rng, values, lang)
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type == "TYPED":
            typed.append(shown)
        elif entity_type:
            offset = shown.find(secret)
            spans.append((start + max(offset, 0), start + max(offset, 0) + len(secret)))
            secrets.append(Secret(entity_type, secret))
    out.append(text[position:])
    return _Filled("".join(out), secrets, keep, typed, spans)


def _value(
    slot: str, rng: random.Random, values: dict[str, Any], lang: str
) -> tuple[str, str, str]:
    """(text shown, secret part, entity type or "" for benign / "TYPED")."""
    simple: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
        "PHONE": (phone, "PHONE_NUMBER"),
        "POSTAL": (postal, "POSTAL_CODE"),
        "DOB": (date_of_birth, "DATE_OF_BIRTH"),
        "BANK": (bank, "BANK_ACCOUNT"),
        "PASSPORT": (passport, "PASSPORT"),
        "LICENSE": (licence, "DRIVER_LICENSE"),
        "MYNUMBER": (my_number, "MY_NUMBER"),
        "CARD": (card, "CREDIT_CARD"),
    }
    if slot in simple:
        make, entity_type = simple[slot]
        shown, secret = make(rng)
        return shown, secret, entity_type
    if slot == "EMAIL":
        return (*email(rng, values), "EMAIL_ADDRESS")
    if slot == "ADDRESS":
        return (*address(rng, values), "ADDRESS")
    if slot == "NAME":
        return (*person(rng, values, lang), "PERSON")
    if slot == "TITLED":
        surname = rng.choice(values["word_surnames"])
        return surname + rng.choice(values["titles_ja"]), surname, "PERSON"
    if slot == "HONORED":
        surname = rng.choice(values["word_surnames"])
        return surname + rng.choice(["さん", "様", "くん", "ちゃん", "氏"]), surname, "PERSON"
    if slot.startswith("SC:"):
        key = slot[3:]
        core = rng.choice(values["special_care"][key])
        return core, core, "SPECIAL_CARE"
    if slot == "TYPED":
        shown = rng.choice(_TYPED)
        return shown, shown, "TYPED"
    benign: dict[str, Callable[[], str]] = {
        "FIGURE": lambda: rng.choice(values["public_figures"]),
        "FIGURE_EN": lambda: rng.choice(values["public_figures_en"]),
        "TOPIC_SURNAME": lambda: rng.choice(values["topic_surnames"]),
        "JAN": lambda: _jan(rng),
        "PLACE": lambda: rng.choice(values["place_topics"]),
        "BRANCH": lambda: rng.choice(values["branches"]),
        "YEAR": lambda: str(rng.randint(1990, 2025)),
        "MONTH": lambda: str(rng.randint(1, 12)),
        "DAY": lambda: str(rng.randint(1, 28)),
        "HOUR": lambda: str(rng.randint(9, 18)),
        "PRICE": lambda: f"{rng.randint(1, 99)},{rng.randint(100, 999)}",
        "PERCENT": lambda: f"{rng.randint(1, 40)}.{rng.randint(0, 9)}",
        "ORDER": lambda: rng.choice(["A", "B", "X"]) + "-" + _digits(rng, 8),
        "MODEL": lambda: rng.choice(["TS", "MX", "PX"]) + "-" + _digits(rng, 4),
    }
    return benign[slot](), "", ""


# ---------------------------------------------------------------- request shapes

_OPENERS = {
    "ja": [("こんにちは、少し相談があります。", "はい、どのようなご用件でしょうか。"),
           ("お世話になっております。", "お問い合わせありがとうございます。ご用件をどうぞ。"),
           ("ねえ、ちょっと聞いていい？", "もちろん、なんでもどうぞ。")],
    "en": [("Hi, I have a question.", "Sure, how can I help?"),
           ("Hello there.", "Hello! What can I do for you?")],
}  # fmt: skip
_FOLLOW_UPS = {
    "ja": ["ありがとう。あと一つ確認させてください。", "了解です。よろしくお願いします。"],
    "en": ["Thanks. One more thing, please.", "Great, thank you."],
}


def _shape_messages(
    shape: str, filled: _Filled, rng: random.Random, lang: str, name: str | None
) -> list[dict[str, Any]]:
    text = filled.text
    if shape == "single":
        return [{"role": "user", "content": text}]
    if shape == "multi_turn":
        opener, reply = rng.choice(_OPENERS[lang])
        if rng.random() < 0.5:
            return [
                {"role": "system", "content": "You are a helpful customer support assistant."},
                {"role": "user", "content": opener},
                {"role": "assistant", "content": reply},
                {"role": "user", "content": text},
            ]
        return [
            {"role": "user", "content": text},
            {"role": "assistant", "content": reply},
            {"role": "user", "content": rng.choice(_FOLLOW_UPS[lang])},
        ]
    if shape in {"parts", "split_parts"}:
        cut = _cut(text, filled.spans, inside=shape == "split_parts", rng=rng)
        return [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": text[:cut]},
                    {"type": "text", "text": text[cut:]},
                ],
            }
        ]
    if shape == "tool_call":
        arguments = json.dumps({"note": text, "priority": "normal"}, ensure_ascii=False)
        return [
            {"role": "user", "content": "記録をお願いします。" if lang == "ja" else "Log this."},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "save_note", "arguments": arguments},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": '{"status": "saved"}'},
        ]
    if shape == "tool_result":
        result = json.dumps({"status": "ok", "record": {"memo": text}}, ensure_ascii=False)
        return [
            {"role": "user", "content": "顧客メモを要約して" if lang == "ja" else "Summarise it."},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_7",
                        "type": "function",
                        "function": {"name": "get_memo", "arguments": '{"id": 7}'},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_7", "content": result},
        ]
    # name_field: the person's name is in the message's name field as well.
    message: dict[str, Any] = {"role": "user", "content": text}
    if name is not None:
        message["name"] = name
    return [message]


def _cut(text: str, spans: Sequence[tuple[int, int]], *, inside: bool, rng: random.Random) -> int:
    """Where to split the text into two parts: inside a value, or outside every value."""
    if inside and spans:
        start, end = rng.choice(list(spans))
        if end - start >= 4:
            return rng.randint(start + 2, end - 2)
    outside = [i for i in range(1, len(text)) if not any(s <= i < e for s, e in spans)]
    return rng.choice(outside) if outside else max(1, len(text) // 2)


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "split_parts", "tool_call",
           "tool_result"]  # fmt: skip
_SPLITTABLE = {"PHONE_NUMBER", "EMAIL_ADDRESS", "MY_NUMBER", "CREDIT_CARD", "ADDRESS"}


def _lang(text: str) -> str:
    return "ja" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) else "en"


def generate(seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE) -> list[Case]:
    """Every case for ``seed``: ``per_template`` per template (benign ones too)."""
    values = _load("values.yaml")
    templates: dict[str, list[dict[str, str]]] = _load("templates.yaml")
    rng = random.Random(seed)
    cases: list[Case] = []
    for family, family_templates in templates.items():
        for position, template in enumerate(sorted(family_templates, key=lambda t: t["id"])):
            half = "A" if position % 2 == 0 else "B"
            lang = _lang(_SLOT.sub("", template["text"]))
            # A template without slots is the same text every time: a few shapes suffice.
            count = per_template if _SLOT.search(template["text"]) else min(4, per_template)
            for index in range(count):
                filled = _fill(template["text"], rng, values, lang)
                kinds = {s.entity_type for s in filled.secrets}
                shapes = list(_SHAPES)
                if family == "PERSON":
                    shapes.append("name_field")
                if not kinds & _SPLITTABLE:
                    shapes.remove("split_parts")
                shape = rng.choice(shapes)
                name = None
                if shape == "name_field":
                    name_value, _ = person(rng, values, lang)
                    name = name_value.replace(" ", "_") if lang == "en" else name_value
                    filled.secrets.append(Secret("PERSON", name))
                cases.append(
                    Case(
                        id=f"{template['id']}-{index:02d}",
                        family=family,
                        template=template["id"],
                        half=half,
                        lang=lang,
                        shape=shape,
                        messages=_shape_messages(shape, filled, rng, lang, name),
                        secrets=filled.secrets,
                        keep=filled.keep,
                        typed=filled.typed,
                        benign=family == "BENIGN",
                    )
                )
    return cases


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--per-template", type=int, default=DEFAULT_PER_TEMPLATE)
    parser.add_argument("--out", type=Path, default=None, help="JSONL (default: stdout)")
    args = parser.parse_args(argv)
    cases = generate(args.seed, args.per_template)
    lines = [json.dumps(c.to_json(), ensure_ascii=False) for c in cases]
    if args.out is None:
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        benign = sum(c.benign for c in cases)
        print(f"wrote {len(cases)} cases ({benign} benign) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
