"""Seeded generator for issue 16, twenty-sixth round: structured personal values in the formats
people really type, Japanese and English, and look-alikes that must pass unchanged.

Families: phones (dots, slashes, spaced hyphens, full width, kanji numerals, katakana and kanji
read-outs mixed ``ゼロキューゼロの…``, ``の``/``〜``/``ー`` between groups, ``+81`` with spaces or
dots, an extension after ``内線``, a number broken over two lines, a bracketed area code with
spaces); e-mail (``あっと``, ``アットマーク``, ``(at)``, ``[at]``, ``{at}``, ``＠`` with spaces,
``at … dot …``, ``ドット``, kana local parts, full width); addresses (no prefecture, kanji
numerals in 丁目番地号, 番地の, a building and room after the block, romaji homes with no ward
cue, ``方``/``c/o``, US and UK streets); postcodes (spaces, full width, kanji numerals);
dates of birth (和暦 in kanji, 西暦 in kanji digits, ``S58.3.9``, English month names,
``DOB: 04/12/1985``, ``b. 1985``); bank accounts (``（普）``, ``（当）``, 普通/当座, 店番 and
口座番号, English); card numbers with spaces, dots or a mistyped digit after a card word;
My Number with a mistyped digit after its keyword; passports in lower case, with a space or
full width; licences (``ライセンス番号``, ``免許証番号 第…号``); insurance cards' 記号・番号;
employee and student IDs after their label. Benign: order, invoice and tracking numbers,
JAN/EAN codes, prices, times, versions, dates of public events and public figures' births,
public offices' phone numbers asked about, a company's own footer address.

Each family's value formats and carrier sentences were dealt before any fix: formats and
carriers in even positions are half ``T`` (tuned on), odd positions half ``H`` (held out);
an ``H`` case is an ``H`` format inside an ``H`` carrier. Benign makers alternate T/H.

    .venv/bin/python bench/pii_r26_formats.py --run [--seed 2604] [--per-template 8]
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
    name="pii_r26_formats",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r26_formats.json",
)
TYPES = {
    "TEL": "PHONE_NUMBER",
    "MAIL": "EMAIL_ADDRESS",
    "ADDR": "ADDRESS",
    "ZIP": "POSTAL_CODE",
    "BANK": "BANK_ACCOUNT",
    "DOB": "DATE_OF_BIRTH",
    "CARD": "CREDIT_CARD",
    "MYNO": "MY_NUMBER",
    "PASS": "PASSPORT",
    "LIC": "DRIVER_LICENSE",
    "INS": "HEALTH_INSURANCE",
    "IDNO": "ID_NUMBER",
}

KANJI = "〇一二三四五六七八九"
KATA = ("ゼロ", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ")
HIRA = ("ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _d(rng: Rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: Rng, n: int) -> str:
    return rng.choice("123456789") + _d(rng, n - 1)


def _kanji(digits: str) -> str:
    return "".join(KANJI[int(c)] for c in digits)


def _mobile(rng: Rng) -> tuple[str, str, str]:
    return rng.choice(("090", "080", "070")), _nz(rng, 4), _d(rng, 4)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        x = int(c) * (2 if i % 2 else 1)
        total += x - 9 if x > 9 else x
    return total % 10 == 0


def _card(rng: Rng, *, typo: bool = False) -> str:
    body = rng.choice(("4", "53", "3530", "6011"))
    body += _d(rng, 15 - len(body))
    check = next(c for c in "0123456789" if _luhn_ok(body + c))
    digits = body + check
    if typo:
        i = rng.randrange(4, 15)
        digits = digits[:i] + str((int(digits[i]) + rng.randint(1, 8)) % 10) + digits[i + 1 :]
    return digits


def _my_number(rng: Rng, *, typo: bool = False) -> str:
    d = [int(c) for c in _nz(rng, 11)]
    t = sum(d[11 - n] * ((n + 1) if n <= 6 else (n - 5)) for n in range(1, 12)) % 11
    check = 0 if t <= 1 else 11 - t
    if typo:
        check = (check + rng.randint(1, 9)) % 10
    return "".join(map(str, d)) + str(check)


def _groups(s: str, sep: str) -> str:
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- phones
def tel_dots(rng: Rng) -> str:
    return "{TEL:" + ".".join(_mobile(rng)) + "}"


def tel_slashes(rng: Rng) -> str:
    return "{TEL:" + "/".join(_mobile(rng)) + "}"


def tel_spaced_hyphens(rng: Rng) -> str:
    return "{TEL:" + " - ".join(_mobile(rng)) + "}"


def tel_full_width(rng: Rng) -> str:
    return "{TEL:" + "－".join(_mobile(rng)).translate(FULL) + "}"


def tel_kanji(rng: Rng) -> str:
    return "{TEL:" + rng.choice(("-", " ", "・")).join(_kanji(g) for g in _mobile(rng)) + "}"


def tel_kata_kanji(rng: Rng) -> str:
    a, b, c = _mobile(rng)
    head = "".join(("キュー" if x == "9" else KATA[int(x)]) for x in a)
    return (
        "{TEL:"
        + head
        + rng.choice(("の", "、", " "))
        + _kanji(b)
        + rng.choice(("の", "、", " "))
        + _kanji(c)
        + "}"
    )


def tel_no_sep(rng: Rng) -> str:
    return "{TEL:" + "の".join(_mobile(rng)) + "}"


def tel_wave_sep(rng: Rng) -> str:
    return "{TEL:" + rng.choice(("〜", "~", "ー")).join(_mobile(rng)) + "}"


def tel_plus81(rng: Rng) -> str:
    a, b, c = _mobile(rng)
    return (
        "{TEL:+81"
        + rng.choice((" ", ".", "-", " (0)"))
        + a[1:]
        + rng.choice((" ", "."))
        + b
        + rng.choice((" ", "."))
        + c
        + "}"
    )


def tel_extension(rng: Rng) -> str:
    area = rng.choice(("03", "06", "045", "052"))
    rest = _nz(rng, 8 - len(area) + 2)
    return (
        "{TEL:"
        + f"{area}-{rest[:-4]}-{rest[-4:]}"
        + "}"
        + rng.choice((" 内線", "（内線", " ext. "))
        + _d(rng, 3)
    )


def tel_two_lines(rng: Rng) -> str:
    a, b, c = _mobile(rng)
    return "{TEL:" + a + "-" + b + rng.choice(("-\n", "\n")) + c + "}"


def tel_area_paren(rng: Rng) -> str:
    return "{TEL:" + f"0{_nz(rng, 3)} ({_d(rng, 2)}) {_d(rng, 4)}" + "}"


def tel_hiragana(rng: Rng) -> str:
    a, b, c = _mobile(rng)
    return "{TEL:" + "、".join("".join(HIRA[int(x)] for x in g) for g in (a, b, c)) + "}"


def tel_zero_kanji(rng: Rng) -> str:
    a, b, c = _mobile(rng)
    return "{TEL:" + "-".join(("零" + _kanji(a[1:]), _kanji(b), _kanji(c))) + "}"


PHONE_CARRIERS = (
    "急ぎのときは {v} に電話してください",
    "My phone number is {v}, call after 6pm.",
    "携帯：{v}\nよろしくお願いします",
    "Reach me on {v} if the courier is late",
    "連絡先は{v}です。留守電に残してもらえれば折り返します",
    "text me at {v} pls",
    "お客様の電話番号 {v} を台帳に追加しておいて",
    "callback number: {v} (mobile)",
)


# ---------------------------------------------------------------- e-mail
USERS = ("tanaka.yuki", "s_kimura", "hiro.m", "k-ito", "mori.k", "yui0312", "jane.doe", "m.evans")
DOMAINS = ("gmail.com", "yahoo.co.jp", "example.co.jp", "docomo.ne.jp", "outlook.com", "icloud.com")


def mail_atto(rng: Rng) -> str:
    return (
        "{MAIL:"
        + rng.choice(USERS)
        + rng.choice((" あっと ", "あっと", "(あっと)"))
        + rng.choice(DOMAINS)
        + "}"
    )


def mail_atmark(rng: Rng) -> str:
    return (
        "{MAIL:"
        + rng.choice(USERS)
        + rng.choice((" アットマーク ", "アットマーク", "［アット］", " あっとまーく "))
        + rng.choice(DOMAINS)
        + "}"
    )


def mail_paren_at(rng: Rng) -> str:
    return (
        "{MAIL:"
        + rng.choice(USERS)
        + rng.choice(("(at)", " (at) ", "（at）"))
        + rng.choice(DOMAINS)
        + "}"
    )


def mail_bracket_at(rng: Rng) -> str:
    return (
        "{MAIL:"
        + rng.choice(USERS)
        + rng.choice(("[at]", " [at] ", "［at］", " <at> "))
        + rng.choice(DOMAINS)
        + "}"
    )


def mail_spaced_fullwidth_at(rng: Rng) -> str:
    return (
        "{MAIL:"
        + rng.choice(USERS)
        + rng.choice((" ＠ ", "＠ ", " ＠", " @ "))
        + rng.choice(DOMAINS)
        + "}"
    )


def mail_words(rng: Rng) -> str:
    user = rng.choice(USERS).replace(".", " dot ")
    dom = rng.choice(DOMAINS).replace(".", " dot ")
    at = rng.choice((" at ", " AT ", " (at) "))
    return "{MAIL:" + user + at + dom + "}"


def mail_kana_local(rng: Rng) -> str:
    user = rng.choice(("すずき.はなこ", "やまだたろう", "さとう_けん", "タナカ.ユキ", "はなこ"))
    return "{MAIL:" + user + rng.choice(("@", "＠")) + rng.choice(DOMAINS) + "}"


def mail_dotto(rng: Rng) -> str:
    user = rng.choice(USERS).replace(".", " ドット ")
    dom = rng.choice(DOMAINS).replace(".", rng.choice((" ドット ", "ドット", "．")))
    return "{MAIL:" + user + rng.choice((" アットマーク ", " あっと ", "＠")) + dom + "}"


MAIL_CARRIERS = (
    "メールは {v} にお願いします",
    "Email me at {v} with the quote.",
    "連絡先メール：{v}（スパム対策で変えてます）",
    "my personal email is {v}, not the work one",
    "返信は{v}まで",
    "please cc {v} on the thread",
)


# ---------------------------------------------------------------- addresses
TOWNS = ("高砂", "緑町", "本町", "青葉台", "桜ヶ丘", "若葉台", "南町", "栄町", "泉", "東雲")
BUILDINGS = (
    "サンハイツ",
    "コーポ松風",
    "メゾン青葉",
    "グランドパレス",
    "ハイツ緑",
    "ライオンズ本町",
)
ROMAJI_TOWNS = (
    "Minami-Aoyama",
    "Kichijoji Honcho",
    "Ebisu Nishi",
    "Shimouma",
    "Nishiki",
    "Sakae",
    "Kitazawa",
)


def _kn(n: int) -> str:
    """1..99 in kanji numerals (二十九)."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else KANJI[tens]) + "十" if tens else "") + (
        KANJI[ones] if ones else ""
    )


def addr_hyphen_building(rng: Rng) -> str:
    return (
        "{ADDR:"
        + f"{rng.choice(TOWNS)}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}{rng.choice((' ', '　', ''))}{rng.choice(BUILDINGS)}{rng.choice(('', ' '))}{rng.randint(1, 12)}0{rng.randint(1, 9)}"
        + rng.choice(("", "号室"))
        + "}"
    )


def addr_kanji_blocks(rng: Rng) -> str:
    return (
        "{ADDR:"
        + f"{rng.choice(TOWNS)}{_kn(rng.randint(1, 9))}丁目{_kn(rng.randint(1, 40))}番{_kn(rng.randint(1, 30))}号"
        + "}"
    )


def addr_banchi_no(rng: Rng) -> str:
    return (
        "{ADDR:"
        + f"{rng.choice(TOWNS)}{rng.randint(1, 5)}丁目{rng.randint(1, 40)}番地の{rng.randint(1, 9)}"
        + "}"
    )


def addr_ward_room(rng: Rng) -> str:
    ward = rng.choice(("中央区", "北区", "港北区", "博多区", "東区", "左京区"))
    return (
        "{ADDR:"
        + f"{ward}{rng.choice(TOWNS)}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号 {rng.choice(BUILDINGS)}{rng.randint(2, 15)}0{rng.randint(1, 9)}号室"
        + "}"
    )


def addr_romaji_home(rng: Rng) -> str:
    tail = rng.choice(
        (
            "",
            f", Apt {rng.randint(2, 15)}0{rng.randint(1, 9)}",
            f", Room {rng.randint(1, 9)}0{rng.randint(1, 9)}",
        )
    )
    return (
        "{ADDR:"
        + f"{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(ROMAJI_TOWNS)}{tail}"
        + "}"
    )


def addr_care_of(rng: Rng) -> str:
    who = rng.choice(("鈴木方", "田中様方", "山本方"))
    return (
        who
        + " {ADDR:"
        + f"{rng.choice(TOWNS)}{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 12)}"
        + "}"
    )


def addr_us_street(rng: Rng) -> str:
    street = rng.choice(
        ("Evergreen Terrace", "Maple Ave", "Oak Street", "Sunset Blvd", "Baker Road")
    )
    unit = rng.choice(
        ("", f" Apt {rng.randint(1, 9)}{rng.choice('ABC')}", f", Unit {rng.randint(10, 99)}")
    )
    return "{ADDR:" + f"{rng.randint(12, 9999)} {street}{unit}" + "}"


def addr_oaza(rng: Rng) -> str:
    return (
        "{ADDR:"
        + f"大字{rng.choice(('長岡', '鶴島', '上野', '中村'))}{rng.randint(100, 2999)}{rng.choice(('', '-' + str(rng.randint(1, 9)), '番地'))}"
        + "}"
    )


ADDRESS_CARRIERS = (
    "住所は {v} です",
    "Please ship it to {v}.",
    "お届け先：{v}\n不在時は宅配ボックスへ",
    "I live at {v}, near the station.",
    "自宅の住所 {v} に書類を送ってください",
    "My home address: {v}",
)


# ---------------------------------------------------------------- postcodes
def zip_spaces(rng: Rng) -> str:
    return rng.choice(("〒", "〒 ", "郵便番号 ")) + "{ZIP:" + f"{_d(rng, 3)} {_d(rng, 4)}" + "}"


def zip_full_width(rng: Rng) -> str:
    return (
        "〒{ZIP:" + f"{_d(rng, 3)}{rng.choice(('－', 'ー', '−'))}{_d(rng, 4)}".translate(FULL) + "}"
    )


def zip_kanji(rng: Rng) -> str:
    return "郵便番号 {ZIP:" + _kanji(_d(rng, 3)) + "－" + _kanji(_d(rng, 4)) + "}"


def zip_spaced_hyphen(rng: Rng) -> str:
    return "〒 {ZIP:" + f"{_d(rng, 3)} - {_d(rng, 4)}" + "}"


ZIP_CARRIERS = (
    "{v} の住所に送ってください",
    "postcode: {v}",
    "届け先 {v}、建物名は後で連絡します",
    "my zip is {v}",
)


# ---------------------------------------------------------------- dates of birth
ERAS = (("昭和", 30, 63), ("平成", 1, 30))
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


def dob_era_kanji(rng: Rng) -> str:
    era, lo, hi = rng.choice(ERAS)
    return (
        "{DOB:"
        + f"{era}{_kn(rng.randint(lo, hi))}年{_kn(rng.randint(1, 12))}月{_kn(rng.randint(1, 28))}日"
        + "}"
    )


def dob_kanji_digits(rng: Rng) -> str:
    return (
        "{DOB:"
        + f"{_kanji(str(rng.randint(1950, 2005)))}年{_kn(rng.randint(1, 12))}月{_kn(rng.randint(1, 28))}日"
        + "}"
    )


def dob_english_month(rng: Rng) -> str:
    m, d, y = rng.choice(MONTHS), rng.randint(1, 28), rng.randint(1950, 2005)
    return "{DOB:" + rng.choice((f"{m} {d}, {y}", f"{d} {m} {y}", f"{m[:3]}. {d}, {y}")) + "}"


def dob_label_slash(rng: Rng) -> str:
    return (
        rng.choice(("DOB: ", "D.O.B. ", "Date of birth "))
        + "{DOB:"
        + f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1950, 2005)}"
        + "}"
    )


def dob_era_abbrev(rng: Rng) -> str:
    return (
        "{DOB:"
        + f"{rng.choice('SH')}{rng.randint(1, 60)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}"
        + "}"
        + rng.choice(("生", "生まれ"))
    )


def dob_born_year(rng: Rng) -> str:
    return "{DOB:" + rng.choice(("b. ", "b.")) + str(rng.randint(1940, 2004)) + "}"


DOB_CARRIERS = (
    "生年月日：{v}。この内容で会員登録をお願いします",
    "Applicant K. Mori, {v}, please fill in the form.",
    "本人確認のため生年月日 {v} を入力しました",
    "Customer record — {v}; loyalty tier gold.",
)


# ---------------------------------------------------------------- bank accounts
def bank_paren_futsu(rng: Rng) -> str:
    return rng.choice(("（普）", "(普)", "普）")) + "{BANK:" + _d(rng, 7) + "}"


def bank_paren_toza(rng: Rng) -> str:
    return rng.choice(("（当）", "(当)", "当座 ")) + "{BANK:" + _d(rng, 7) + "}"


def bank_branch_account(rng: Rng) -> str:
    return (
        rng.choice(("支店番号", "店番", "支店コード"))
        + f"{_d(rng, 3)} 口座番号"
        + "{BANK:"
        + _d(rng, 7)
        + "}"
    )


def bank_futsu_space(rng: Rng) -> str:
    return f"{rng.choice(('渋谷', '梅田', '本店営業部'))}支店 普通 " + "{BANK:" + _d(rng, 7) + "}"


def bank_english(rng: Rng) -> str:
    return (
        f"branch {_d(rng, 3)}, {rng.choice(('savings', 'ordinary', 'checking'))} account "
        + "{BANK:"
        + _d(rng, 7)
        + "}"
    )


def bank_full_width(rng: Rng) -> str:
    return "口座番号：{BANK:" + _d(rng, 7).translate(FULL) + "}"


BANK_CARRIERS = (
    "返金は {v} へお願いします",
    "Please transfer the refund to {v}.",
    "振込先 {v}（名義はカタカナ）",
    "payout account: {v}",
)


# ---------------------------------------------------------------- cards, My Number, passports, licences, insurance, IDs
def card_spaces(rng: Rng) -> str:
    return "カード番号 {CARD:" + _groups(_card(rng), " ") + "}"


def card_typo(rng: Rng) -> str:
    return (
        rng.choice(("クレジットカード番号 ", "card number ", "カード番号："))
        + "{CARD:"
        + _groups(_card(rng, typo=True), rng.choice((" ", "-", "")))
        + "}"
    )


def card_dots(rng: Rng) -> str:
    return "card no. {CARD:" + _groups(_card(rng), rng.choice((".", "-"))) + "}"


def card_full_width(rng: Rng) -> str:
    return (
        "クレカ {CARD:" + _groups(_card(rng, typo=rng.random() < 0.5), "　").translate(FULL) + "}"
    )


def myno_typo(rng: Rng) -> str:
    return (
        rng.choice(("マイナンバー ", "個人番号：", "My Number: "))
        + "{MYNO:"
        + _groups(_my_number(rng, typo=True), rng.choice((" ", "-", "")))
        + "}"
    )


def myno_valid(rng: Rng) -> str:
    return (
        rng.choice(("マイナンバーは", "個人番号 ", "my individual number "))
        + "{MYNO:"
        + _groups(_my_number(rng), rng.choice((" ", "-")))
        + "}"
    )


def _pp(rng: Rng) -> str:
    return rng.choice(("TK", "TS", "MZ", "TR", "RE")) + _d(rng, 7)


def pass_lower(rng: Rng) -> str:
    return rng.choice(("パスポート番号 ", "passport no. ")) + "{PASS:" + _pp(rng).lower() + "}"


def pass_space(rng: Rng) -> str:
    p = _pp(rng)
    return (
        rng.choice(("旅券番号：", "passport "))
        + "{PASS:"
        + p[:2]
        + rng.choice((" ", "-"))
        + p[2:]
        + "}"
    )


def pass_full_width(rng: Rng) -> str:
    p = _pp(rng)
    return (
        "パスポート番号 {PASS:"
        + p.translate(str.maketrans("TKSMZRE0123456789", "ＴＫＳＭＺＲＥ０１２３４５６７８９"))
        + "}"
    )


def lic_license_word(rng: Rng) -> str:
    return (
        rng.choice(("ライセンス番号 ", "免許番号：", "driver's licence "))
        + "{LIC:"
        + _groups(_nz(rng, 12), rng.choice((" ", "-", "")))
        + "}"
    )


def lic_dai_go(rng: Rng) -> str:
    return "免許証番号 第{LIC:" + _nz(rng, 12) + "}号"


def ins_symbol_number(rng: Rng) -> str:
    return (
        "{INS:"
        + rng.choice(("記号 ", "記号："))
        + _d(rng, rng.randint(4, 8))
        + rng.choice((" 番号 ", " 番号：", "・番号"))
        + _d(rng, rng.randint(2, 5))
        + "}"
    )


def ins_english(rng: Rng) -> str:
    return "insurance card {INS:symbol " + _d(rng, 4) + ", number " + _d(rng, 3) + "}"


def id_employee(rng: Rng) -> str:
    return (
        rng.choice(("社員番号 ", "社員ID：", "職員番号 ", "employee ID "))
        + "{IDNO:"
        + rng.choice(("E", "S-", "", "JP-"))
        + _d(rng, 6)
        + "}"
    )


def id_student(rng: Rng) -> str:
    return (
        rng.choice(("学籍番号 ", "学生証番号：", "student ID "))
        + "{IDNO:"
        + f"{rng.randint(18, 25)}{rng.choice('TBAM')}{_d(rng, 4)}"
        + "}"
    )


ID_CARRIERS = (
    "{v} で登録してください",
    "Here it is: {v}. Please update my profile.",
    "申請書の記入：{v}\n確認お願いします",
    "for the form: {v}",
)

FAMILIES: dict[str, tuple[tuple[Fmt, ...], tuple[str, ...]]] = {
    "phone": (
        (
            tel_dots,
            tel_slashes,
            tel_spaced_hyphens,
            tel_full_width,
            tel_kanji,
            tel_kata_kanji,
            tel_no_sep,
            tel_wave_sep,
            tel_plus81,
            tel_extension,
            tel_two_lines,
            tel_area_paren,
            tel_hiragana,
            tel_zero_kanji,
        ),
        PHONE_CARRIERS,
    ),
    "mail": (
        (
            mail_atto,
            mail_atmark,
            mail_paren_at,
            mail_bracket_at,
            mail_spaced_fullwidth_at,
            mail_words,
            mail_kana_local,
            mail_dotto,
        ),
        MAIL_CARRIERS,
    ),
    "address": (
        (
            addr_hyphen_building,
            addr_kanji_blocks,
            addr_banchi_no,
            addr_ward_room,
            addr_romaji_home,
            addr_care_of,
            addr_us_street,
            addr_oaza,
        ),
        ADDRESS_CARRIERS,
    ),
    "postcode": ((zip_spaces, zip_full_width, zip_kanji, zip_spaced_hyphen), ZIP_CARRIERS),
    "dob": (
        (
            dob_era_kanji,
            dob_kanji_digits,
            dob_english_month,
            dob_label_slash,
            dob_era_abbrev,
            dob_born_year,
        ),
        DOB_CARRIERS,
    ),
    "bank": (
        (
            bank_paren_futsu,
            bank_paren_toza,
            bank_branch_account,
            bank_futsu_space,
            bank_english,
            bank_full_width,
        ),
        BANK_CARRIERS,
    ),
    "ids": (
        (
            card_spaces,
            card_typo,
            card_dots,
            card_full_width,
            myno_typo,
            myno_valid,
            pass_lower,
            pass_space,
            pass_full_width,
            lic_license_word,
            lic_dai_go,
            ins_symbol_number,
            ins_english,
            id_employee,
            id_student,
        ),
        ID_CARRIERS,
    ),
}

BENIGN: dict[str, tuple[Callable[[Rng], str], ...]] = {
    "codes": (
        lambda r: f"注文番号 [[{_nz(r, 13)}]] の配送状況を教えて",
        lambda r: (
            f"Order #[[{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}]] still hasn't shipped, draft a complaint."
        ),
        lambda r: f"JANコード [[49{_d(r, 11)}]] の商品名は？",
        lambda r: f"What product is EAN [[45{_d(r, 11)}]]?",
        lambda r: (
            f"請求書番号 [[{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_d(r, 4)}]] の金額を確認して"
        ),
        lambda r: f"Invoice [[INV {_d(r, 4)}-{_d(r, 4)}]] is overdue; write a reminder.",
        lambda r: f"追跡番号 [[{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}]] の荷物が届きません",
        lambda r: f"受注番号：[[{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}]] をキャンセルしたい",
    ),
    "numbers": (
        lambda r: (
            f"見積は [[¥{r.randint(1, 99)},{_d(r, 3)},{_d(r, 3)}]] でした。値引き交渉の文面を"
        ),
        lambda r: (
            f"The total came to [[${r.randint(1, 99)},{_d(r, 3)}.{_d(r, 2)}]] — split it three ways."
        ),
        lambda r: (
            f"会議は [[{r.randint(9, 11)}:{r.choice(('00', '30'))}〜{r.randint(12, 17)}:{r.choice(('00', '15', '45'))}]] です。議題案を作って"
        ),
        lambda r: (
            f"Upgrade from [[{r.randint(2, 3)}.{r.randint(0, 12)}.{r.randint(0, 9)}]] to [[{r.randint(4, 5)}.{r.randint(0, 3)}.{r.randint(0, 9)}]] broke the build."
        ),
        lambda r: f"ビルド [[10.0.{_d(r, 5)}.{_d(r, 4)}]] でクラッシュします",
        lambda r: (
            f"Convert [[{r.randint(1, 9)},{_d(r, 3)},000]] JPY to USD at [[{r.randint(140, 160)}.{_d(r, 2)}]]."
        ),
    ),
    "public": (
        lambda r: (
            f"東京オリンピックの開会式は[[1964年10月10日]]でした。{r.choice(('当時の様子は？', '何が話題になった？'))}"
        ),
        lambda r: (
            f"The Berlin Wall fell on [[November 9, 1989]]. {r.choice(('Summarise why.', 'What led to it?'))}"
        ),
        lambda r: (
            f"{r.choice(('夏目漱石', '徳川家康', '大谷翔平'))}の生年月日を教えて。[[{r.choice(('1867年2月9日', '1543年1月31日', '1994年7月5日'))}]]で合ってる？"
        ),
        lambda r: (
            f"Einstein was born on [[March 14, 1879]]; {r.choice(('what else happened that year?', 'summarise his early life.'))}"
        ),
        lambda r: (
            f"{r.choice(('東京都庁', '大阪市役所', '国民生活センター'))}の代表番号 [[{r.choice(('03-5321-1111', '06-6208-8181', '03-3446-0999'))}]] は土日もつながりますか？"
        ),
        lambda r: (
            f"Is the embassy's number [[+81-3-3224-{r.choice(('5000', '5001'))}]] still right for visa questions?"
        ),
        lambda r: (
            f"弊社フッターの住所「[[千代田区丸の内{r.randint(1, 3)}-{r.randint(1, 9)}-{r.randint(1, 9)}]]」を英語表記にしてください"
        ),
        lambda r: (
            f"Our website footer reads 'Head office: [[{r.randint(1, 3)}-{r.randint(1, 9)}-{r.randint(1, 9)} Marunouchi, Chiyoda-ku]], Tokyo'. Is that formatted right?"
        ),
    ),
}


TEMPLATES = dealt_templates(FAMILIES, BENIGN)
GENERATOR = SeededFormats(SET, TEMPLATES, TYPES, "r26f", 2604, 8, description=__doc__)
cases = GENERATOR.cases
main = GENERATOR.main

if __name__ == "__main__":
    sys.exit(main())
