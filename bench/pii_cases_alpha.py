"""Held-out PII cases, thirteenth generator: structured values in shapes not used before.

Only values with a shape (phones, e-mail, addresses, postcodes, dates of birth, bank
accounts, cards, My Number, passports, driving licences, health insurance, pension and
residence-card numbers), written the ways the twelve earlier generators did not write them:

- separators they never used: ``‐ ‑ – — ― −`` (hyphen, non-breaking hyphen, en and em dash,
  horizontal bar, minus), the half-width long-vowel mark ``ｰ``, ``～``, ``･``, the ideographic
  space, the no-break space, full-width full stops; a separator per group;
- full-width and half-width mixed per group, kanji digits with ``零`` and ``○`` for zero;
- values broken over two lines (``090-1234-⏎5678``, ``東京都新宿区⏎西新宿2-8-1``), a
  label on the line above its value;
- labels in many wordings and symbols (``☎ ℡ 📞 📱 〶 ✉``, ``ｹｰﾀｲ``, ``電番``, ``直通``,
  romaji ``denwa``, ``kouza bangou``) and with typos (``電和番号``, ``生年月目``,
  ``口座晩号``, ``旅劵番号``, ``マイナンバ``);
- values typed with a slip (``090-12345678``, ``0901-234-5678``, ``taro@@example.jp``,
  ``taro@example,co.jp``) or written around (``+81-090-…`` keeping the trunk 0,
  ``0081-…``, ``+81(90)…``);
- containers: vCards, HTML ``tel:`` links and form fields, Markdown tables and links, YAML,
  TSV, key=value logs, e-mail headers and signatures, quoted replies, a passport's MRZ
  lines; ゆうちょ 記号-番号 pairs;
- a value in the message's ``name`` field (an e-mail address, or an SMS gateway's ``+81…``
  sender) as well as in its text;
- a fifth of the templates benign look-alikes (13 cases each): order, tracking, serial and
  meeting numbers, prices, statistics, dates of events and history, versions, times, room
  and extension numbers, case and patent numbers, flight numbers, JAN, ISBN, invoice
  registration numbers, masked card numbers (last four digits), IP addresses, coordinates,
  commit hashes. **Phone numbers of public offices are not among them**: the gateway
  cannot tell a city office's number from a person's direct line, and pseudonymization
  gives the number back in the answer, so every phone number counts as one (documented
  in docs/pii.md).

The other official numbers are planted as ``ID_NUMBER``. A passport's MRZ holds a
romaji name, planted as ``PERSON``. Templates and label lists are in
``bench/data/pii_cases_alpha/``; address parts and romaji names come from
``../shared/evaldata/names/`` (gimei, MIT; read at run time, not shipped). Every template
and value list is split by position into **α** (even positions: held out, only aggregate
figures are printed) and **β** (odd positions: failures may be read while fixing).

    .venv/bin/python bench/pii_cases_alpha.py [--seed 277] [--per-template 9] [--out FILE]
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pii_case_halves import (
    fill_slots,
    generate_halves,
    random_digits,
    read_generator_data,
    with_own_shapes,
    write_cases,
)
from pii_cases import Case, Secret, _Filled

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_alpha"
DEFAULT_SEED = 277
DEFAULT_PER_TEMPLATE = 9
BENIGN_PER_TEMPLATE = 13
HALVES = "αβ"

_FULL = str.maketrans(
    "0123456789-/.@abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "０１２３４５６７８９－／．＠ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ",
)
#: Separators the earlier generators never put between digit groups.
_NEW_SEPS = ["‐", "‑", "–", "—", "―", "−", "ｰ", "～", "･", "\u3000", "\u00a0", "．", " ‐ ", "－ "]
_KANJI_SETS = ["〇一二三四五六七八九", "零一二三四五六七八九", "○一二三四五六七八九"]
_WEEKDAYS = "月火水木金土日"
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]  # fmt: skip
_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "outlook.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "nifty.com", "example-corp.co.jp", "hotmail.co.jp",
            "au.com", "mail.tsukuba-u.ac.jp"]  # fmt: skip


# ------------------------------------------------------------------ spellings


def _full(text: str) -> str:
    return text.translate(_FULL)


def _width(rng: random.Random, text: str) -> str:
    """All full-width, all half-width, or mixed per character."""
    kind = rng.randrange(3)
    if kind == 0:
        return _full(text)
    if kind == 1:
        return text
    return "".join(_full(c) if rng.random() < 0.5 else c for c in text)


def _kanji(rng: random.Random, text: str) -> str:
    digits = rng.choice(_KANJI_SETS)
    return "".join(digits[int(c)] if c.isdigit() else c for c in text)


def _join_new(rng: random.Random, groups: Sequence[str]) -> str:
    """Groups joined by one new separator, each group half- or full-width."""
    sep = rng.choice(_NEW_SEPS)
    full = rng.random() < 0.4
    return sep.join(_full(g) if full or rng.random() < 0.2 else g for g in groups)


def _break(rng: random.Random, groups: Sequence[str], sep: str) -> str:
    """The groups over two lines, the break after a separator or in place of one."""
    cut = rng.randint(1, len(groups) - 1)
    head, tail = sep.join(groups[:cut]), sep.join(groups[cut:])
    return head + (sep if rng.random() < 0.5 else "") + "\n" + tail


# ------------------------------------------------------------------ phones


def _phone_groups(rng: random.Random) -> list[str]:
    kind = rng.randrange(6)
    if kind == 0:
        return [rng.choice(["03", "06"]), random_digits(rng, 4), random_digits(rng, 4)]
    if kind == 1:
        return [rng.choice(["045", "052", "092", "011", "075", "078", "022"]),
                random_digits(rng, 3), random_digits(rng, 4)]  # fmt: skip
    if kind == 2:
        return [rng.choice(["0467", "0544", "0263", "0898"]), random_digits(rng, 2),
                random_digits(rng, 4)]  # fmt: skip
    if kind == 3:
        return ["050", random_digits(rng, 4), random_digits(rng, 4)]
    return [rng.choice(["070", "080", "090"]), random_digits(rng, 4), random_digits(rng, 4)]


def _phone(rng: random.Random) -> str:
    g = _phone_groups(rng)
    return rng.choice(
        ["-".join(g), "".join(g), f"({g[0]}){g[1]}-{g[2]}", f"{g[0]}({g[1]}){g[2]}",
         _width(rng, "-".join(g)), f"{g[0]} {g[1]} {g[2]}"]
    )  # fmt: skip


def _phone_sep(rng: random.Random) -> str:
    return _join_new(rng, _phone_groups(rng))


def _phone_kanji(rng: random.Random) -> str:
    g = _phone_groups(rng)
    return _kanji(rng, rng.choice(["ー", "‐", "－", "の", "・", "", "−"]).join(g))


def _phone_intl(rng: random.Random) -> str:
    g = _phone_groups(rng)
    rest = g[0][1:]
    return rng.choice(
        [f"+81 {rest}-{g[1]}-{g[2]}", f"+81({rest}){g[1]}-{g[2]}", f"+81-{g[0]}-{g[1]}-{g[2]}",
         f"0081-{rest}-{g[1]}-{g[2]}", _full(f"+81-{rest}-{g[1]}-{g[2]}"),
         f"+81{rest}{g[1]}{g[2]}", f"+81 {rest} {g[1]} {g[2]}", f"+81‐{rest}‐{g[1]}‐{g[2]}",
         f"+81 (0) {rest}-{g[1]}-{g[2]}"]
    )  # fmt: skip


def _phone_teluri(rng: random.Random) -> str:
    g = _phone_groups(rng)
    return rng.choice([f"+81{g[0][1:]}{g[1]}{g[2]}", "".join(g), f"+81-{g[0][1:]}-{g[1]}-{g[2]}"])


def _phone_split(rng: random.Random) -> str:
    return _break(rng, _phone_groups(rng), rng.choice(["-", "‐", " ", "－"]))


def _phone_typo(rng: random.Random) -> str:
    g = _phone_groups(rng)
    digits = "".join(g)
    kind = rng.randrange(6)
    if kind == 0:
        return f"{g[0]}-{g[1]}{g[2]}"
    if kind == 1:
        return f"{digits[:4]}-{digits[4:7]}-{digits[7:]}"
    if kind == 2:
        return f"{g[0]}-{g[1]}- {g[2]}"
    if kind == 3:
        return f"{g[0]} -{g[1]}-{g[2]}"
    if kind == 4:
        return _full("ー".join(g)).replace("－", "ー")
    return f"{g[0]}{g[1]}-{g[2]}"


def _fax(rng: random.Random) -> str:
    g = [rng.choice(["03", "06"]), random_digits(rng, 4), random_digits(rng, 4)]
    return rng.choice(["-".join(g), _join_new(rng, g)])


# ------------------------------------------------------------------ e-mail


def _local(rng: random.Random, romaji: list[str]) -> str:
    word = rng.choice(romaji).lower()
    return rng.choice(
        [word, f"{word}{rng.randint(1, 99)}", f"{word}.{rng.choice('abcdkmstyz')}",
         f"{rng.choice('abcdkmstyz')}_{word}", f"{word}-{rng.randint(70, 99)}",
         f"{word}+shop"]
    )  # fmt: skip


def _email(rng: random.Random, romaji: list[str]) -> str:
    return f"{_local(rng, romaji)}@{rng.choice(_DOMAINS)}"


def _email_fw(rng: random.Random, romaji: list[str]) -> str:
    local, domain = _local(rng, romaji), rng.choice(_DOMAINS)
    kind = rng.randrange(4)
    if kind == 0:
        return _full(f"{local}@{domain}")
    if kind == 1:
        return f"{local}＠{domain.replace('.', '．')}"
    if kind == 2:
        return f"{local}@{domain.replace('.', '．')}"
    return f"{_full(local)}@{domain}"


def _email_hdr(rng: random.Random, romaji: list[str]) -> str:
    address = _email(rng, romaji)
    return rng.choice([f"<{address}>", f"営業部 <{address}>", f'"{address}" <{address}>'])


def _email_typo(rng: random.Random, romaji: list[str]) -> str:
    local, domain = _local(rng, romaji), rng.choice(_DOMAINS)
    kind = rng.randrange(5)
    if kind == 0:
        return f"{local}@@{domain}"
    if kind == 1:
        return f"{local}@{domain.replace('.', ',', 1)}"
    if kind == 2:
        return f"{local}@ {domain}"
    if kind == 3:
        return f"{local}@{domain.replace('.', '..', 1)}"
    return f"{local} @{domain}"


def _email_split(rng: random.Random, romaji: list[str]) -> str:
    local, domain = _local(rng, romaji), rng.choice(_DOMAINS)
    return rng.choice([f"{local}@\n{domain}", f"{local}\n@{domain}"])


def _email_en(rng: random.Random, romaji: list[str]) -> str:
    local, domain = _local(rng, romaji), rng.choice(_DOMAINS)
    return rng.choice(
        [f"{local}@{domain}".upper(), f"{local}[@]{domain}", f"{local}{{at}}{domain}",
         f"{local}<at>{domain}", f"{local} @ {domain}", f"{local}#{domain} (# -> @)",
         f"{local}@{domain.replace('.', '[.]')}"]
    )  # fmt: skip


# ------------------------------------------------------------------ addresses, postcodes


def _block(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25)


def _place(rng: random.Random, places: dict[str, Any], index: int = 0) -> tuple[str, str, str]:
    pref, city, town = (rng.choice(places[k])[index] for k in ("prefecture", "city", "town"))
    return pref, city, town


def _address(rng: random.Random, places: dict[str, Any]) -> str:
    pref, city, town = _place(rng, places)
    a, b, c = _block(rng)
    room = rng.randint(101, 1208)
    block = rng.choice(
        [f"{a}-{b}-{c}", f"{a}丁目{b}-{c}", f"{a}-{b}-{c}-{room}", f"{a}丁目{b}番地{c}",
         f"{a}-{b}-{c} {rng.choice(['メゾン', 'グラン', 'コーポ'])}{town[:2]}{room}号室",
         f"{a}の{b}の{c}", f"{b}番地の{c}", f"{a}‐{b}‐{c}"]
    )  # fmt: skip
    return (pref if rng.random() < 0.5 else "") + city + town + block


def _address_fw(rng: random.Random, places: dict[str, Any]) -> str:
    pref, city, town = _place(rng, places)
    a, b, c = _block(rng)
    sep = rng.choice(["−", "－", "ー", "ｰ", "‐"])
    block = rng.choice(
        [_full(f"{a}{sep}{b}{sep}{c}").replace("－", sep), f"{_full(str(a))}丁目{_full(str(b))}番"
         f"{_full(str(c))}号", f"{_full(str(a))}丁目{_full(str(b))}{sep}{_full(str(c))}"]
    )  # fmt: skip
    return pref + city + town + block


def _address_split(rng: random.Random, places: dict[str, Any]) -> str:
    pref, city, town = _place(rng, places)
    a, b, c = _block(rng)
    block = f"{a}-{b}-{c}"
    return rng.choice(
        [f"{pref}{city}\n{town}{block}", f"{pref}\n{city}{town}{block}",
         f"{pref}{city}{town}\n{block}", f"{city}{town}{a}-\n{b}-{c}"]
    )  # fmt: skip


def _address_r(rng: random.Random, places: dict[str, Any]) -> str:
    pref, city, town = _place(rng, places, 3)
    a, b, c = _block(rng)
    room = rng.randint(101, 1208)
    return rng.choice(
        [f"{a}-{b}-{c} {town}, {city}, {pref}", f"Room {room}, {a}-{b}-{c} {town}, {city}",
         f"{a}-{b}-{c}-{room} {town} {city} {pref}", f"{town} {a}-chome {b}-{c}, {city}",
         f"{a}-{b}-{c}, {town}, {city}-shi, {pref} Japan"]
    )  # fmt: skip


def _address_rural(rng: random.Random, places: dict[str, Any]) -> str:
    pref, city, town = _place(rng, places)
    n = rng.randint(1, 3999)
    return rng.choice(
        [f"{pref}{city}大字{town}{n}番地", f"{city}{town}字北原{n}",
         f"{pref}{city}{town}{n}番地{rng.randint(1, 9)}",
         f"{city}{town}甲{n}-{rng.randint(1, 9)}", f"{pref}{city}{town}{_kanji(rng, str(n))}番地",
         f"{city}大字{town}字{rng.choice(['上ノ原', '中島', '西浦'])}{n}の{rng.randint(1, 9)}"]
    )  # fmt: skip


def _postal_digits(rng: random.Random) -> str:
    return str(rng.randint(100, 999)) + random_digits(rng, 4)


def _postal(rng: random.Random) -> str:
    d = _postal_digits(rng)
    return rng.choice([f"{d[:3]}-{d[3:]}", d, f"{d[:3]}-{d[3:]}"])


def _postal_sep(rng: random.Random) -> str:
    d = _postal_digits(rng)
    return _join_new(rng, [d[:3], d[3:]])


def _postal_kanji(rng: random.Random) -> str:
    d = _postal_digits(rng)
    return _kanji(rng, rng.choice(["-", "‐", "－", "ー", ""]).join([d[:3], d[3:]]))


# ------------------------------------------------------------------ dates of birth


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1940, 2012), rng.randint(1, 12), rng.randint(1, 28)


def _era(year: int) -> tuple[str, str, int]:
    if year >= 2019:
        return "令和", "R", year - 2018
    if year >= 1989:
        return "平成", "H", year - 1988
    return "昭和", "S", year - 1925


def _dob_new(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    era, letter, n = _era(y)
    weekday = _WEEKDAYS[datetime.date(y, m, d).weekday()]
    return rng.choice(
        [f"{y}年（{era}{n}年）{m}月{d}日", f"{letter}{n}/{m}/{d}", f"{letter}.{n}.{m}.{d}",
         f"{era[0]}{n}.{m}.{d}", _full(f"{y}/{m:02d}/{d:02d}"),
         f"{y}年{m:02d}月{d:02d}日（{weekday}）",
         f"{y}-{m}-{d}", f"{y}．{m}．{d}", f"{y}年{m}月{d}日", f"{y}/{m}/{d}"]
    )  # fmt: skip


def _dob_en(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    name = _MONTHS_EN[m - 1]
    return rng.choice(
        [f"{d} {name[:3]}. {y}", f"{name[:3]} {d} {y}", f"{d:02d}/{name[:3]}/{y}",
         f"{y}-{name[:3]}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{name} {d} {y}",
         f"{d} {name.upper()} {y}"]
    )  # fmt: skip


def _dob_num(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    return rng.choice(
        [f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}",
         f"{y}‐{m:02d}‐{d:02d}"]
    )  # fmt: skip


def _dob_split(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    return rng.choice([f"{y}年\n{m}月{d}日", f"{y}/\n{m:02d}/{d:02d}", f"{y}年{m}月\n{d}日"])


def _dob_era(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    era, letter, n = _era(y)
    said = "元" if n == 1 else str(n)
    return rng.choice(
        [f"{era}{said}年{m}月{d}日", f"{letter}{n}.{m}.{d}", _full(f"{era}{n}年{m}月{d}日"),
         f"{letter}{n}/{m}/{d}", f"{era}{n}年({y}年){m}月{d}日", f"{era}{n}.{m:02d}.{d:02d}",
         f"{letter}{n:02d}{m:02d}{d:02d}"]
    )  # fmt: skip


# ------------------------------------------------------------------ accounts, cards, My Number


def _bank_num(rng: random.Random) -> str:
    return random_digits(rng, 7)


def _bank_num_form(rng: random.Random) -> tuple[str, str]:
    """(shown, the number as shown)."""
    number = _bank_num(rng)
    kind = rng.randrange(7)
    if kind == 0:
        return f"{number}（普通）", number
    if kind == 1:
        shown = _full(number)
        return shown, shown
    if kind == 2:
        shown = _kanji(rng, number)
        return shown, shown
    if kind == 3:
        return f"No.{number}", number
    if kind == 4:
        shown = f"{number[:4]} {number[4:]}"
        return shown, shown
    if kind == 5:
        return f"#{number}", number
    shown = f"{number[:3]}-{number[3:]}"
    return shown, shown


def _yucho(rng: random.Random) -> tuple[str, str]:
    symbol = "1" + random_digits(rng, 3) + "0"
    number = random_digits(rng, 7) + "1"
    shown = rng.choice(
        [f"{symbol}-{number}", f"記号：{symbol}／番号：{number}", _full(f"{symbol}-{number}"),
         f"記号{symbol}-番号{number}", f"{symbol}‐{number}", f"記号 {symbol}\n番号 {number}",
         f"[記号]{symbol} [番号]{number}"]
    )  # fmt: skip
    return shown, _full(number) if _full(number) in shown else number


def _luhn(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + random_digits(rng, length - 1 - len(prefix))
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def _card_groups(rng: random.Random) -> list[str]:
    kind = rng.randrange(5)
    if kind == 0:
        digits = _luhn(rng, rng.choice(["34", "37"]), 15)
        return [digits[:4], digits[4:10], digits[10:]]
    digits = _luhn(rng, rng.choice(["4", "5", "35", "4"]), 16)
    return [digits[i : i + 4] for i in range(0, 16, 4)]


def _card(rng: random.Random) -> str:
    return rng.choice([" ", "-", ""]).join(_card_groups(rng))


def _card_new(rng: random.Random) -> str:
    groups = _card_groups(rng)
    return rng.choice([_join_new(rng, groups), "/".join(groups), "_".join(groups)])


def _card_split(rng: random.Random) -> str:
    return _break(rng, _card_groups(rng), rng.choice([" ", "-", "‐"]))


def _card_kanji(rng: random.Random) -> str:
    return _kanji(rng, rng.choice([" ", "-", "ー", "・"]).join(_card_groups(rng)))


def _my_number_digits(rng: random.Random, *, valid: bool = True) -> str:
    body = random_digits(rng, 11)
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(reversed(body), 1))
    remainder = total % 11
    check = 0 if remainder <= 1 else 11 - remainder
    if not valid:
        check = (check + rng.randint(1, 9)) % 10
    return body + str(check)


def _groups4(digits: str) -> list[str]:
    return [digits[i : i + 4] for i in range(0, len(digits), 4)]


# ------------------------------------------------------------------ documents


def _passport_digits(rng: random.Random) -> tuple[str, str]:
    return rng.choice(["TK", "TR", "TZ", "MZ", "MU", "TH", "TS", "TT"]), random_digits(rng, 7)


def _passport(rng: random.Random) -> str:
    letters, digits = _passport_digits(rng)
    return letters + digits


def _passport_new(rng: random.Random) -> str:
    letters, digits = _passport_digits(rng)
    return rng.choice(
        [_full(letters + digits), f"{letters} {digits[:3]} {digits[3:]}", f"{letters}‐{digits}",
         letters[0] + letters[1].lower() + digits, f"{letters}－{digits}",
         " ".join(letters + digits),
         f"{letters}・{digits}", f"{letters}{_full(digits)}", f"{letters}{digits}"]
    )  # fmt: skip


def _mrz_check(text: str) -> str:
    values = {**{str(i): i for i in range(10)}, "<": 0}
    values.update({chr(ord("A") + i): 10 + i for i in range(26)})
    weights = [7, 3, 1]
    return str(sum(values[c] * weights[i % 3] for i, c in enumerate(text)) % 10)


def _mrz(rng: random.Random) -> tuple[str, str]:
    number = _passport(rng)
    y, m, d = _birth(rng)
    birth = f"{y % 100:02d}{m:02d}{d:02d}"
    expiry = f"{rng.randint(27, 35)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    line = (
        f"{number}{_mrz_check(number)}JPN{birth}{_mrz_check(birth)}{rng.choice('MF')}"
        f"{expiry}{_mrz_check(expiry)}<<<<<<<<<<<<<<0{rng.randint(0, 9)}"
    )
    return line, number


def _license_digits(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}{random_digits(rng, 10)}"


def _license_new(rng: random.Random) -> str:
    d = _license_digits(rng)
    return rng.choice(
        [_full(d), _join_new(rng, [d[:4], d[4:8], d[8:]]), f"No.{d}", f"{d}号",
         f"第{_full(d)}号", f"{d[:2]}-{d[2:8]}-{d[8:]}"]
    )  # fmt: skip


def _license_split(rng: random.Random) -> str:
    d = _license_digits(rng)
    return _break(rng, [d[:4], d[4:8], d[8:]], " ")


def _pension(rng: random.Random) -> str:
    a, b = random_digits(rng, 4), random_digits(rng, 6)
    return rng.choice([f"{a}-{b}", _join_new(rng, [a, b]), _full(f"{a}{b}"), f"{a}－{b}"])


def _zairyu(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    head = rng.choice(letters) + rng.choice(letters)
    tail = rng.choice(letters) + rng.choice(letters)
    digits = random_digits(rng, 8)
    return rng.choice(
        [f"{head}{digits}{tail}", f"{head} {digits[:4]} {digits[4:]} {tail}",
         _full(f"{head}{digits}{tail}"), f"{head}-{digits}-{tail}"]
    )  # fmt: skip


def _empins(rng: random.Random) -> str:
    groups = [random_digits(rng, 4), random_digits(rng, 6), str(rng.randint(0, 9))]
    return rng.choice(["-".join(groups), _join_new(rng, groups), "".join(groups)])


# ------------------------------------------------------------------ benign look-alikes


def _jan(rng: random.Random) -> str:
    body = "49" + random_digits(rng, 10)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _benign(slot: str, rng: random.Random, values: dict[str, Any]) -> str:
    year, month, day = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    weekday = _WEEKDAYS[datetime.date(year, month, day).weekday()]
    hist = rng.randint(1868, 1999)
    make: dict[str, Callable[[], str]] = {
        "ORDER": lambda: rng.choice(
            [
                f"{year}-{month:02d}{day:02d}-{random_digits(rng, 4)}",
                f"A{random_digits(rng, 2)}-{random_digits(rng, 7)}",
                f"#{random_digits(rng, 10)}",
                f"ORD{year}{month:02d}{day:02d}-{random_digits(rng, 4)}",
                _full(random_digits(rng, 11)),
                f"{random_digits(rng, 3)}‐{random_digits(rng, 4)}‐{random_digits(rng, 4)}",
            ]
        ),
        "ORDER_EN": lambda: random_digits(rng, rng.choice([9, 10, 11])),
        "PRICE": lambda: rng.choice(
            [
                f"{rng.randint(1000, 9_999_999):,}",
                str(rng.randint(100, 99999)),
                _full(f"{rng.randint(1000, 999_999):,}"),
            ]
        ),
        "PRICE_B": lambda: f"{rng.randint(1000, 999_999):,}",
        "PRICE_EN": lambda: f"{rng.randint(10, 99999):,}.{rng.randint(0, 99):02d}",
        "EVDATE": lambda: rng.choice(
            [
                f"{year}年{month}月{day}日（{weekday}）",
                f"{year}/{month}/{day}",
                f"{month}月{day}日",
                f"令和{year - 2018}年{month}月{day}日",
                _full(f"{year}.{month:02d}.{day:02d}"),
                f"{year}‐{month:02d}‐{day:02d}",
            ]
        ),
        "EVDATE_EN": lambda: rng.choice(
            [f"{_MONTHS_EN[month - 1]} {day}, {year}", f"{day} {_MONTHS_EN[month - 1][:3]} {year}"]
        ),
        "VER": lambda: rng.choice(
            [
                f"{rng.randint(1, 20)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
                f"v{rng.randint(1, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 9)}",
                f"10.0.{rng.randint(17000, 26000)}.{rng.randint(1000, 4000)}",
                f"{year}.{month:02d}.{rng.randint(0, 3)}",
            ]
        ),
        "TIME": lambda: rng.choice(
            [
                f"{rng.randint(8, 10)}:00〜{rng.randint(17, 20)}:30",
                f"{rng.randint(8, 10)}時〜18時",
                f"午前{rng.randint(8, 10)}時から午後{rng.randint(4, 7)}時",
                f"{rng.randint(9, 15)}:{rng.choice(['00', '30'])}-{rng.randint(16, 21)}:00",
                _full(f"{rng.randint(8, 10)}:00"),
            ]
        ),
        "ROOM": lambda: rng.choice(
            [
                f"{rng.randint(1, 12)}0{rng.randint(1, 9)}",
                f"{rng.randint(2, 9)}F-{rng.randint(201, 905)}",
                f"B1-0{rng.randint(1, 9)}",
                f"{rng.randint(101, 1205)}号",
            ]
        ),
        "PCODE": lambda: rng.choice(
            [
                str(rng.choice(values["products"])),
                f"AB-{random_digits(rng, 4)}-{random_digits(rng, 4)}",
                f"{random_digits(rng, 3)}-{random_digits(rng, 4)}-{random_digits(rng, 3)}X",
            ]
        ),
        "PRODUCT": lambda: str(rng.choice(values["products"])),
        "PRODUCT_B": lambda: str(rng.choice(values["products"])),
        "JAN": lambda: _jan(rng),
        "ISBN": lambda: (
            f"978-4-{random_digits(rng, 2)}-{random_digits(rng, 6)}-{rng.randint(0, 9)}"
        ),
        "TRACK": lambda: rng.choice(
            [
                f"{random_digits(rng, 4)}-{random_digits(rng, 4)}-{random_digits(rng, 4)}",
                random_digits(rng, 12),
                _join_new(rng, [random_digits(rng, 4) for _ in range(3)]),
            ]
        ),
        "MEETING": lambda: (
            f"{rng.randint(810, 989)} {random_digits(rng, 4)} {random_digits(rng, 4)}"
        ),
        "CORP_T": lambda: "T" + str(rng.randint(1, 9)) + random_digits(rng, 12),
        "MASKED_CARD": lambda: rng.choice(
            [
                random_digits(rng, 4),
                f"****-****-****-{random_digits(rng, 4)}",
                f"XXXX XXXX XXXX {random_digits(rng, 4)}",
                f"＊＊＊＊{random_digits(rng, 4)}",
            ]
        ),
        "HIST_DATE": lambda: rng.choice(
            [
                f"{hist}年{month}月{day}日",
                f"{hist}/{month}/{day}",
                f"{hist}年（明治{max(1, hist - 1867)}年）",
                f"昭和{rng.randint(1, 64)}年{month}月{day}日",
            ]
        ),
        "EVENT": lambda: str(rng.choice(values["events"])),
        "IP": lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "STAT": lambda: f"{rng.randint(10_000, 14_000_000):,}",
        "CASE_NO": lambda: rng.choice(
            [
                f"令和{rng.randint(1, 6)}年(ワ)第{rng.randint(100, 29999)}号",
                f"平成{rng.randint(1, 31)}年（行ウ）第{rng.randint(1, 999)}号",
            ]
        ),
        "PATENT": lambda: rng.choice(
            [f"第{rng.randint(5_000_000, 7_999_999)}号", f"JP{year}-{random_digits(rng, 6)}A"]
        ),
        "FLIGHT": lambda: rng.choice(["JL", "NH", "MM", "BC"]) + str(rng.randint(1, 999)),
        "RANGE": lambda: rng.choice(
            [
                f"{year}/{month:02d}/01〜{year}/{month:02d}/28",
                f"{month}/1-{month}/{day}",
                f"{year}年{month}月1日～{month}月{day}日",
            ]
        ),
        "HASH": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12]))),
        "SERIAL": lambda: rng.choice(
            [
                f"SN-{year % 100}{month:02d}-{random_digits(rng, 7)}",
                f"XJ{random_digits(rng, 8)}",
                " ".join(random_digits(rng, 4) for _ in range(4)),
            ]
        ),
        "EXTNUM": lambda: random_digits(rng, rng.choice([3, 4])),
        "OFFICE": lambda: str(rng.choice(values["offices"])),
        "CHAPTER": lambda: rng.choice(
            [
                f"{rng.randint(1, 120)}条の{rng.randint(2, 5)}",
                f"{rng.randint(1, 99)}条{rng.randint(1, 5)}項",
            ]
        ),
        "SCORE": lambda: rng.choice(
            [
                f"{rng.randint(0, 9)}-{rng.randint(0, 9)}",
                f"{rng.randint(60, 120)}-{rng.randint(60, 120)}",
            ]
        ),
        "YEAR": lambda: str(rng.randint(2015, 2026)),
        "PERCENT": lambda: f"{rng.randint(80, 130)}.{rng.randint(0, 9)}",
        "COORD": lambda: (
            f"{rng.randint(26, 44)}.{random_digits(rng, 4)}, "
            f"{rng.randint(127, 145)}.{random_digits(rng, 4)}"
        ),
        "ISSUE": lambda: str(rng.randint(100, 99999)),
        "EXPIRY": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
        "EXPIRY_LONG": lambda: (
            f"{rng.randint(2027, 2034)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        ),
        "EXT": lambda: f"内線{random_digits(rng, rng.choice([3, 4]))}",
        "BRANCH_NO": lambda: random_digits(rng, 3),
        "BRANCH_DIGIT": lambda: str(rng.randint(0, 9)),
    }
    return make[slot]()


# ------------------------------------------------------------------ filling

_LABELS = {
    "PHONE_LABEL": "phone_labels", "FAX_LABEL": "fax_labels", "MAIL_LABEL": "mail_labels",
    "POSTAL_LABEL": "postal_labels", "ADDR_LABEL": "address_labels", "DOB_LABEL": "dob_labels",
    "BANK_LABEL": "bank_labels", "BANK_KIND": "bank_kinds", "BANK_NAME": "banks",
    "BRANCH": "branches", "CARD_LABEL": "card_labels", "MYNUM_LABEL": "mynum_labels",
    "PP_LABEL": "passport_labels", "LIC_LABEL": "license_labels", "INS_LABEL": "insure_labels",
    "ROLE": "roles_ja", "ROLE_EN": "roles_en",
}  # fmt: skip


def _romaji(names: dict[str, list[list[str]]]) -> list[str]:
    return [n[3] for n in names["surnames"]] + [n[3] for n in names["given"]]


def _value(slot: str, rng: random.Random, half: tuple[Any, ...]) -> tuple[str, str, list[str]]:
    """(text shown, entity type or "" when nothing is secret, the secret values)."""
    values, names, places = half
    if slot in _LABELS:
        return str(rng.choice(values[_LABELS[slot]])), "", []
    if slot in {"PREF", "CITY", "TOWN"}:
        key = {"PREF": "prefecture", "CITY": "city", "TOWN": "town"}[slot]
        return str(rng.choice(places[key])[0]), "", []
    romaji = _romaji(names)
    if slot == "MRZ_NAME":
        surname, given = rng.choice(names["surnames"])[3], rng.choice(names["given"])[3]
        shown = f"{surname.upper()}<<{given.upper()}"
        return shown, "PERSON", [shown]
    if slot == "MRZ":
        line, number = _mrz(rng)
        return line, "PASSPORT", [number]
    if slot == "BANK_NUM_FORM":
        shown, number = _bank_num_form(rng)
        return shown, "BANK_ACCOUNT", [number]
    if slot == "YUCHO":
        shown, number = _yucho(rng)
        return shown, "BANK_ACCOUNT", [number]
    secret: dict[str, tuple[Callable[[], str], str]] = {
        "PHONE": (lambda: _phone(rng), "PHONE_NUMBER"),
        "PHONE_SEP": (lambda: _phone_sep(rng), "PHONE_NUMBER"),
        "PHONE_KANJI": (lambda: _phone_kanji(rng), "PHONE_NUMBER"),
        "PHONE_INTL": (lambda: _phone_intl(rng), "PHONE_NUMBER"),
        "PHONE_TELURI": (lambda: _phone_teluri(rng), "PHONE_NUMBER"),
        "PHONE_SPLIT": (lambda: _phone_split(rng), "PHONE_NUMBER"),
        "PHONE_TYPO": (lambda: _phone_typo(rng), "PHONE_NUMBER"),
        "FAX": (lambda: _fax(rng), "PHONE_NUMBER"),
        "EMAIL": (lambda: _email(rng, romaji), "EMAIL_ADDRESS"),
        "EMAIL_FW": (lambda: _email_fw(rng, romaji), "EMAIL_ADDRESS"),
        "EMAIL_HDR": (lambda: _email_hdr(rng, romaji), "EMAIL_ADDRESS"),
        "EMAIL_TYPO": (lambda: _email_typo(rng, romaji), "EMAIL_ADDRESS"),
        "EMAIL_SPLIT": (lambda: _email_split(rng, romaji), "EMAIL_ADDRESS"),
        "EMAIL_EN": (lambda: _email_en(rng, romaji), "EMAIL_ADDRESS"),
        "ADDRESS": (lambda: _address(rng, places), "ADDRESS"),
        "ADDRESS_FW": (lambda: _address_fw(rng, places), "ADDRESS"),
        "ADDRESS_SPLIT": (lambda: _address_split(rng, places), "ADDRESS"),
        "ADDRESS_R": (lambda: _address_r(rng, places), "ADDRESS"),
        "ADDRESS_RURAL": (lambda: _address_rural(rng, places), "ADDRESS"),
        "POSTAL": (lambda: _postal(rng), "POSTAL_CODE"),
        "POSTAL_SEP": (lambda: _postal_sep(rng), "POSTAL_CODE"),
        "POSTAL_KANJI": (lambda: _postal_kanji(rng), "POSTAL_CODE"),
        "DOB_NEW": (lambda: _dob_new(rng), "DATE_OF_BIRTH"),
        "DOB_EN": (lambda: _dob_en(rng), "DATE_OF_BIRTH"),
        "DOB_NUM": (lambda: _dob_num(rng), "DATE_OF_BIRTH"),
        "DOB_SPLIT": (lambda: _dob_split(rng), "DATE_OF_BIRTH"),
        "DOB_ERA": (lambda: _dob_era(rng), "DATE_OF_BIRTH"),
        "BANK_NUM": (lambda: _bank_num(rng), "BANK_ACCOUNT"),
        "CARD": (lambda: _card(rng), "CREDIT_CARD"),
        "CARD_NEW": (lambda: _card_new(rng), "CREDIT_CARD"),
        "CARD_SPLIT": (lambda: _card_split(rng), "CREDIT_CARD"),
        "CARD_KANJI": (lambda: _card_kanji(rng), "CREDIT_CARD"),
        "MYNUM": (lambda: _my_number_digits(rng), "MY_NUMBER"),
        "MYNUM_NEW": (lambda: _join_new(rng, _groups4(_my_number_digits(rng))), "MY_NUMBER"),
        "MYNUM_TYPO": (
            lambda: rng.choice([" ", "-", ""]).join(_groups4(_my_number_digits(rng, valid=False))),
            "MY_NUMBER",
        ),
        "MYNUM_SPLIT": (lambda: _break(rng, _groups4(_my_number_digits(rng)), " "), "MY_NUMBER"),
        "MYNUM_KANJI": (
            lambda: _kanji(rng, rng.choice([" ", "-", ""]).join(_groups4(_my_number_digits(rng)))),
            "MY_NUMBER",
        ),
        "PASSPORT": (lambda: _passport(rng), "PASSPORT"),
        "PASSPORT_NEW": (lambda: _passport_new(rng), "PASSPORT"),
        "LICENSE": (lambda: _license_digits(rng), "DRIVER_LICENSE"),
        "LICENSE_NEW": (lambda: _license_new(rng), "DRIVER_LICENSE"),
        "LICENSE_SPLIT": (lambda: _license_split(rng), "DRIVER_LICENSE"),
        "HI_SYMBOL": (
            lambda: _width(rng, random_digits(rng, rng.randint(4, 8))),
            "HEALTH_INSURANCE",
        ),
        "HI_NUMBER": (
            lambda: _width(rng, random_digits(rng, rng.randint(3, 7))),
            "HEALTH_INSURANCE",
        ),
        "HI_LONG": (lambda: random_digits(rng, 8), "HEALTH_INSURANCE"),
        "PENSION": (lambda: _pension(rng), "ID_NUMBER"),
        "ZAIRYU": (lambda: _zairyu(rng), "ID_NUMBER"),
        "EMPINS": (lambda: _empins(rng), "ID_NUMBER"),
    }
    if slot in secret:
        make, entity_type = secret[slot]
        shown = make()
        # A licence number's 第…号 / No. frame is not the value.
        core = re.sub(r"^(?:No\.|第)|号$", "", shown) if slot == "LICENSE_NEW" else shown
        return shown, entity_type, [core]
    return _benign(slot, rng, values), "", []


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    return fill_slots(text, rng, lambda slot: _value(slot, rng, half))


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "split_parts", "tool_call",
           "tool_result"]  # fmt: skip
_CONTACT_FAMILIES = frozenset({"PHONE", "EMAIL", "MIXED"})


def _shapes(family: str, filled: _Filled) -> list[str]:
    shapes = [s for s in _SHAPES if s != "split_parts" or filled.secrets]
    if family in _CONTACT_FAMILIES:
        shapes.append("contact_name")
    return shapes


def _contact_name(
    shape: str, filled: _Filled, rng: random.Random, lang: str
) -> list[dict[str, Any]]:
    """The message's ``name`` is a contact: an SMS gateway's ``+81…`` sender or an e-mail
    address (drawn from the text, so the half's other cases do not shift)."""
    own = random.Random(filled.text)
    if own.random() < 0.5:
        value = (
            "+81" + own.choice("789") + "0" + "".join(own.choice("0123456789") for _ in range(8))
        )
        entity_type = "PHONE_NUMBER"
    else:
        local = own.choice(["user", "guest", "k.sato", "m_ito"]) + str(own.randint(1, 99))
        value = f"{local}@{own.choice(_DOMAINS)}"
        entity_type = "EMAIL_ADDRESS"
    filled.secrets.append(Secret(entity_type, value))
    return [{"role": "user", "name": value, "content": filled.text}]


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = HALVES
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, HALVES, places=True)
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names=HALVES,
        contexts=per_half,
        count=lambda family, text: BENIGN_PER_TEMPLATE if family == "BENIGN" else per_template,
        fill=_fill,
        shapes=_shapes,
        messages=with_own_shapes(frozenset({"contact_name"}), _contact_name),
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="β",
        held_out="α",
    )


if __name__ == "__main__":
    raise SystemExit(main())
