"""Japanese telephone numbers: fixed lines, mobiles, IP (050), toll-free and +81 forms.

Digit groups may be separated by hyphens (any dash after NFKC, including ー), dots,
slashes, underscores (090_1234_5678, as file names and handles write them), waves (〜),
「の」, spaces (also around another separator: 06 - 1095 - 2736) or parentheses
(03(1234)5678, (03)1234-5678), or not at all, and read out in smaller groups
(0 7 0 3635 8304, 0-9-0-1-2-3-4-5-6-7-8: a space or hyphen may precede any digit), or
with the leading zero of a mobile number read as the letter O by OCR (O90-1234-5678);
numbers written in kanji arrive as digits (see :mod:`guardrails.pii.normalize`). A match
must add up to a real Japanese number: 10 digits for fixed lines and 0120/0570, 11 for
070/080/090/050/020 and 0800; with +81 (or 81 and a separator: 81-90-1234-5678,
+81.3.5610.9839, (+81) 70 4418 9023 with the country code in parentheses) the
leading 0 is dropped. Anything else is not reported. A keyword
nearby (電話, TEL, 携帯, 連絡先, FAX, ☎, ℡, 📱, ケータイ, 直通, denwa) raises the score.
Thirteenth round: a middle dot between the groups when the same one separates all of them
(075・848・0517), the area code in parentheses after the country code (+81(50)2121-4293),
and the international call prefix dialled from Japan (0081-75-978-9592, 010-81-…).
Sixteenth round (issue 16, second wave): foreign numbers in their own national formats
(:func:`is_foreign_phone_number`): any ``+`` country code other than 81 with 8–15 digits
(+1 (415) 555-0147, +82 10-8823-4410, +44 20 7946 0958, +886 912 345 678); North
American numbers ((415) 555-0147, 415.555.0147, 415-555-0147, 1-415-…: area code and
exchange starting 2–9); Korean mobiles (010-8823-4410); eleven-digit national numbers
starting 01, 02, 07 or 09 grouped 5-6, 4-3-4 or 3-4-4 (07700 900123, 0161 496 0000,
0917 123 4567). Shapes shared with too many other numbers — Chinese mobiles
(138 0013 8000), Indian (98765 43210), eight-digit Singapore / Hong Kong numbers — need a
phone word before them (携帯, mobile, 手机, 전화…). A foreign shape right after a word
naming another number (注文番号, 型番, order, invoice, SKU…) is that number.
Seventeenth round (issue 16): a foreign number written with its country code but no ``+``
(``82-10-5532-1908``, ``447700900842``, ``8613912345678``, ``12125550183``) counts after a
phone word (also contact, office, WhatsApp, text me) when what follows the country code is
that country's mobile or national number (:data:`_COUNTRY_NUMBERS`: Korea, China, the UK,
Germany, France, Singapore, Hong Kong, Taiwan, the Philippines, Thailand, Vietnam,
Indonesia, Malaysia, India, Australia, North America); the ``1`` before a bracketed North
American area code belongs to the number (``1 (415) 555-0147``); a number key of a form or
JSON record (``order_id``, ``tracking_no``) names another number for plain or hyphenated
digits too (``"order_id": "249-2526230-9004241"``); and
digit groups that continue an alphanumeric code (the UPS ``1Z 999 AA1 01 2345 6784``: the
group before them mixes letters and digits) are that code, not a phone number.
Nineteenth round, second wave: a seven-digit local number (a subscriber number without its
area code: ``555-0199``, ``234 5678``, ``5550123``) right after a phone label
(``Phone:``, ``Tel.``, ``Ph:``, ``電話：``, ``TEL``, ``自宅電話番号``); only there, since
seven digits alone are every other number.
Twenty-first round (a lead's decision): toll-free and shared-cost business lines are public
numbers a company prints for anyone to call, not anyone's personal data, so they are left
alone (:func:`is_business_line`): Japan's 0120, 0800 and 0570 (ナビダイヤル), North
America's 1-800/888/877/866/855/844/833, the UK's 0800 and 0808, with or without the
country code.
Twenty-second round: UK mobiles hyphenated 5-3-3 (07911-123-456); Japan's number written
the international way without its plus, digits only, after a phone word (819012345678); a
number dialled with an international prefix instead of the plus (00 44 7700 900123,
0086 13612345678, 001-1-206-555-0177: the rest must be a country's number); の in katakana
(ノ) between the groups.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import PHONE_NUMBER
from guardrails.pii.recognizers.keyword_pattern import (
    DIGITS_END,
    DIGITS_START,
    HYPHENS,
    KeywordPatternRecognizer,
)

__all__ = [
    "PhoneNumberRecognizer",
    "is_business_line",
    "is_foreign_phone_number",
    "is_japanese_phone_number",
]

_NOT_DIGIT = re.compile(r"\D")
_ELEVEN_DIGIT_PREFIXES = ("070", "080", "090", "050", "020", "0800")
_SEPARATORS = frozenset(f" .{HYPHENS}".replace("\\", ""))

_SEP = rf"[ {HYPHENS}]?"
# Between digit groups: one separator, maybe with spaces around it, or spaces alone.
_GROUP_SEP = rf"(?: ?[{HYPHENS}./〜~_] ?|[のノ]| )"
_BEFORE = r"(?<![A-Za-z0-9_+\-.@])"
_AFTER = DIGITS_END
# A foreign number ends where no digit, dotted digit or hyphenated digit follows.
_FOREIGN_AFTER = rf"{DIGITS_END}(?!\.\d)"
# A colon only after a letter or digit (10:30, tel:, id:): after a Japanese label
# (番号です：…) the number starts there.
_NOT_BEFORE = r"(?:[A-Za-z0-9_+\-.@/]|[A-Za-z0-9]:)"

# Words naming another kind of number: a foreign-shaped number right after one is that.
_OTHER_NUMBER = re.compile(
    r"(?:注文|受注|発注|伝票|請求書?|追跡|問い?合わせ|管理|会員|受付|製造|商品|品|型|部品|契約)"
    r"(?:番号|No\.?|#)|品番|型番|型式"
    r"|\b(?i:order|invoice|tracking|sku|serial|model|part|isbn)(?:[_ \-]?(?i:id|no|num|number))?\b"
)
# Twenty-eighth round: a part, catalogue or book number grouped like a Japanese phone
# number (part number 090-1234-5678, P/N 080-2231-7745A, catalog no. 070-…, ISBN
# 0-306-40615-2, 製品コード ０９０－…) right after the word naming it, with nothing but a
# label's joint between: that number. A word further off (注文番号 1234 の件で 090-… に電話)
# names another value; a member's or contract's number may be the phone itself
# (会員番号 090-…), so those words are not here.
_CODE_LABEL_BEFORE = re.compile(
    r"(?:(?:注文|受注|発注|伝票|請求書?|追跡|製造|商品|部品|製品|品目|図面|図|品|型)"
    r"(?:番号|コード|No\.?|#|番)|品番|型番|型式|品名コード"
    r"|\b(?i:order|invoice|tracking|serial|item|product|article|drawing|catalog(?:ue)?|cat\.?)"
    r"[ _\-]?(?i:id|no|num|number|code|#)(?![A-Za-z])\.?"
    r"|\b(?i:model|part|sku|p/n|mpn|upc|dwg|isbn(?:-1[03])?|issn)"
    r"(?:[ _\-]?(?i:no|num|number|#))?\.?)"
    r"[ \t]*(?:[:：=#]|は|(?i:is))?[ \t]*[「『\"'(（]?[ \t]*$"
)
# A key of a form or JSON record naming another number, right before plain digits
# ({"order_id": "0123456789"}, 注文番号: 0312345678): those digits are that number.
_OTHER_KEY = re.compile(rf"(?:{_OTHER_NUMBER.pattern})[\"']?\s*[:=]\s*[\"']?$")
_DIGITS_AND_HYPHENS = re.compile(r"\d+(?:-\d+)*")
# A group mixing letters and digits right before the match (the UPS 1Z 999 AA1 01 2345 6784).
_CODE_BEFORE = re.compile(r"(?:^|\s)(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z0-9]{2,8} $")

# A country code without its plus, then that country's number (digits only, or the code
# and the groups hyphenated or spaced): (code, national number as digits).
_COUNTRY_NUMBERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(national))
    for code, national in (
        ("1", r"[2-9]\d\d[2-9]\d{6}"),  # North America
        ("44", r"7\d{9}|[12]\d{8,9}"),  # UK mobiles, geographic
        ("82", r"1[016-9]\d{7,8}|2\d{7,8}"),  # Korea: mobiles, Seoul
        ("86", r"1[3-9]\d{9}"),  # China: mobiles
        ("49", r"1[5-7]\d{8,9}"),  # Germany: mobiles
        ("33", r"[67]\d{8}"),  # France: mobiles
        ("65", r"[689]\d{7}"),  # Singapore
        ("852", r"[5679]\d{7}"),  # Hong Kong
        ("886", r"9\d{8}"),  # Taiwan: mobiles
        ("63", r"9\d{9}"),  # the Philippines: mobiles
        ("66", r"[689]\d{8}"),  # Thailand: mobiles
        ("84", r"[35789]\d{8}"),  # Vietnam: mobiles
        ("62", r"8\d{8,11}"),  # Indonesia: mobiles
        ("60", r"1\d{8,9}"),  # Malaysia: mobiles
        ("91", r"[6-9]\d{9}"),  # India: mobiles
        ("61", r"4\d{8}"),  # Australia: mobiles
        # Japan written the international way without its plus (819012345678): the
        # national number without its 0, a mobile or a fixed line
        ("81", r"[5789]0\d{8}|[1-9]\d{8}"),
    )
)
_COUNTRY_CODE_WRITTEN = re.compile(r"(\d{1,3})[ .\-]\(?\d")

# Toll-free and shared-cost lines by their digits alone (separators and + dropped): Japan
# (0120 and 0570 ten digits, 0800 eleven; after 81 the 0 is gone), North America (the 1 is
# optional), the UK (0800/0808, ten or eleven digits; after 44 the 0 is gone). The same
# digits read as 080 and eight more are a Japanese mobile (080-8123-4567, 080.0543.3542):
# 0800/0808 count only written with their four digits as the first group (_FREEPHONE_GROUP).
_BUSINESS_LINE = re.compile(
    r"(?:0120|0570|81120|81570)\d{6}|(?:0800|81800)\d{7}"
    r"|1?(?:800|888|877|866|855|844|833)[2-9]\d{6}"
    r"|(?:0800|44800)\d{6}|(?:0808|44808)\d{6,7}"
)
_FREEPHONE_GROUP = re.compile(r"\s*080[08](?!\d)")


def is_business_line(text: str) -> bool:
    """Whether ``text`` (a matched phone number) is a toll-free or shared-cost business line
    (0120-123-456, 0570-000-123, 1-800-555-0199, 0800 123 4567): a public number, never a
    person's, so the recognizer leaves it alone."""
    digits = _NOT_DIGIT.sub("", text)
    if _BUSINESS_LINE.fullmatch(digits) is None:
        return False
    return not digits.startswith("080") or _FREEPHONE_GROUP.match(text) is not None


def _country_number(text: str) -> bool:
    """A country code without its plus and that country's number (see the module doc):
    the digits alone, or the code set apart by a separator."""
    digits = _NOT_DIGIT.sub("", text)
    stripped = text.strip()
    if stripped.isdigit():
        codes = [code for code, _ in _COUNTRY_NUMBERS if digits.startswith(code)]
    else:
        written = _COUNTRY_CODE_WRITTEN.match(stripped)
        codes = [written.group(1)] if written else []
    return any(
        digits.startswith(code) and national.fullmatch(digits[len(code) :]) is not None
        for code, national in _COUNTRY_NUMBERS
        if code in codes
    )


_OTHER_REACH = 16

# Foreign national shapes, matched whole against the number found (after NFKC).
_FOREIGN_SHAPES = tuple(
    re.compile(shape)
    for shape in (
        # North America: (415) 555-0147, 415.555.0147, 415-555-0147, 1 415 555 0147
        r"(?:1[ .\-]?)?\([2-9]\d\d\) ?[2-9]\d\d[ .\-]?\d{4}",
        r"(?:1([ .\-]))?[2-9]\d\d([.\- ])[2-9]\d\d\2\d{4}",
        r"1 [2-9]\d\d [2-9]\d\d \d{4}",
        # Korean mobiles: 010-8823-4410, 011-234-5678
        r"01[016-9]([ .\-])\d{3,4}\1\d{4}",
        # Eleven-digit national numbers (UK, the Philippines, …): 5-6, 4-3-4, 3-4-4
        r"0[1279]\d{3}[ \-]\d{6}",
        r"0[1279]\d\d([ \-])\d{3}\1\d{4}",
        r"0[1279]\d([ \-])\d{4}\1\d{4}",
        # UK mobiles read out 5-3-3: 07700 900 461, 07911-123-456
        r"07\d{3}([ \-])\d{3}\1\d{3}",
        # With a phone word only: Chinese mobiles, Indian, Singapore / Hong Kong numbers
        r"1[3-9]\d([ \-]?)\d{4}\1\d{4}",
        r"[6-9]\d{4}[ \-]\d{5}",
        r"[235689]\d{3}[ \-]\d{4}",
    )
)


def is_japanese_phone_number(text: str) -> bool:
    """True if the digits in ``text`` form a plausible Japanese telephone number."""
    digits = _NOT_DIGIT.sub("", text)
    # The country code may be written in parentheses: (+81) 70 4418 9023, +(81)…
    stripped = text.lstrip().lstrip("(")
    # Or after the international call prefix dialled from Japan: 0081-75-…, 010-81-…
    for prefix in ("0081", "01081"):
        if digits.startswith(prefix) and stripped.startswith(prefix[:3]):
            return is_japanese_phone_number("+81 " + digits[len(prefix) :])
    if stripped.startswith("+") or (stripped.startswith("81") and stripped[2:3] in _SEPARATORS):
        if not digits.startswith("81"):
            return False
        digits = digits[2:]
        digits = "0" + digits.removeprefix("0")
    if not digits.startswith("0") or digits.startswith("00"):
        return False
    if len(digits) == 11:
        return digits.startswith(_ELEVEN_DIGIT_PREFIXES)
    # 020 numbers (pagers, M2M) have 11 digits: a 10-digit 020… is an order or record id.
    return len(digits) == 10 and not digits.startswith(("070", "080", "090", "050", "0800", "020"))


# Twenty-second round: an international call prefix dialled before the country code instead
# of the + (00 44 7700 900123, 0086-135-…, 001-1-206-…, 011 44 … from North America; 0033,
# 0041, 0061 and 001 are Japanese carriers' prefixes). The rest must be a country's number.
_DIAL_PREFIXES: Final = ("0033", "0041", "0061", "001", "011", "00")


def _dialled_abroad(text: str) -> bool:
    for prefix in _DIAL_PREFIXES:
        if text.startswith(prefix):
            rest = text[len(prefix) :].lstrip(" .-")
            return rest[:1] in set("123456789") and _country_number(rest)
    return False


def is_foreign_phone_number(text: str) -> bool:
    """True if ``text`` is written like a foreign telephone number (see the module doc)."""
    stripped = text.strip()
    if stripped.startswith(("00", "011")) and _dialled_abroad(stripped):
        return True
    if stripped.startswith("+"):
        digits = _NOT_DIGIT.sub("", stripped)
        return 8 <= len(digits) <= 15 and not digits.startswith("81")
    return any(shape.fullmatch(stripped) for shape in _FOREIGN_SHAPES) or _country_number(stripped)


# Nineteenth round: a number said rather than written. Digits in English words (oh,
# zero, double-oh, triple seven), digit groups and words mixed, and the groups set apart
# by fillers and particles (080の、えーと、5566の7788; 090, uh, 1234, um, 5678).
_WORD_DIGITS: Final = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_WORD = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)"
# The normaliser has read some words as digits already (double-6-91-6095).
_UNIT = rf"(?:\d+|(?i:\b(?:(?:double|triple)[ -]?)?{_WORD}\b|\b(?:double|triple)[ -]?\d(?!\d)))"
_FILLER = (
    r"(?:えーと|えーっと|えっと|えと|あのー?|えー"
    r"|(?<![A-Za-z])(?i:uh+|um+|er+|erm|ah+)(?![A-Za-z]))"
)
_SAID_SEP = rf"(?:[ \t,、.…・{HYPHENS}]|の|{_FILLER}){{1,12}}"
_SAID_START = rf"(?:(?<![\d.,]){DIGITS_START}0\d*|(?i:\b(?:double[ -]?)?(?:zero|oh|o)\b))"
_SAID_CHAIN: Final = re.compile(rf"{_SAID_START}(?:{_SAID_SEP}{_UNIT})+")
_SAID_UNIT: Final = re.compile(_UNIT)
# の between groups set apart by spaces (090 の 7439 の 5755, as speech-to-text writes a
# number read out) marks a said number as a filler does; の glued to digits is "grouped".
_SAID_FILLER: Final = re.compile(rf"{_FILLER}|[,、…]|\.\.| の ")
_SAID_SCORE = 0.85


# Nineteenth round, second wave: a seven-digit local number right after a phone label.
_LOCAL_AFTER_LABEL: Final = re.compile(
    r"(?:(?<![A-Za-z])(?i:tel|phone|ph|cell|mobile|home phone)\.?"
    r"|電話(?:番号)?|でんわ(?:ばんごう)?|携帯(?:番号)?|☎|℡)"
    rf"[ \t]*(?:(?i:no\.?|number|#)[ \t]*)?(?:[:：=]|は|(?i:is))?[ \t]*"
    rf"(?<![\d])(\d{{3}}[ .{HYPHENS}]?\d{{4}})(?![\d]|[.{HYPHENS}]\d)"
)
_LOCAL_SCORE = 0.85
# Twenty-third round, wave 2 (tuned on): an international number after a phone label,
# broken over a line where its groups meet (Tel: +44 20⏎7946 0958; Mobile +44 7700⏎900123).
# The label and the plus make the digits a phone number; 8 to 14 digits after the code.
# Thirty-first round (issue 16, tuned on the PII formats hand set's half A): the same in a
# country's domestic form, its leading zero and area or mobile code on the first line
# (call me: 07700⏎900 456), and after "call me" or "text me" too.
_BROKEN_AFTER_LABEL: Final = re.compile(
    r"(?:(?<![A-Za-z])(?i:tel|phone|ph|cell|mobile|fax|whatsapp|(?:call|text|ring) me"
    r"(?: on| at)?)\.?|電話(?:番号)?|携帯(?:番号)?)"
    r"[ \t]*(?:[:：=][ \t]*)?"
    r"((?:\+[1-9]\d{0,2}[ .\-]?\(?\d{1,5}\)?|(?<![\d+])0\d{2,4})"
    r"[ \t]*\n[ \t]*\d{2,8}(?:[ .\-]\d{2,5}){0,3})"
    r"(?![\d]|[.\-]\d)"
)


# Twenty-fifth round (tuned on probes; partly blind: a held-out German mobile is of this
# family): a number in its own country's domestic form right after a phone label in the
# language of that country (Telefon: 030 12345678, Handy 0171 2345678, móvil 612 34 56 78,
# celular (11) 91234-5678, тел. 8 (495) 123-45-67, téléphone 01 23 45 67 89): 8 to 13
# digits in groups; the label is what makes it a phone number.
_ABROAD_LABEL = (
    r"(?:(?<![A-Za-zÀ-ÿ])(?i:telefon|telefono|teléfono|telefone|telefoon|téléphone|telephone"
    r"|tél|tel|handy|mobil|mobiel|móvil|movil|celular|cellulare|portable|rufnummer|festnetz)\.?"
    r"|(?<![а-яё])(?i:тел|телефон|моб|мобільний|мобильный)\.?|전화번호|연락처|휴대폰)"
)
_ABROAD_AFTER_LABEL: Final = re.compile(
    rf"{_ABROAD_LABEL}[ \t]*(?:(?i:nr|no|n°|number|#)\.?[ \t]*)?(?:[:：=]|(?i:is|es|ist))?[ \t]*"
    r"(?<![\d+])((?:\(\d{2,5}\)|\d{1,5}(?: ?\(\d{2,5}\))?)(?:[ .\-/]?\d{2,8}){1,4})"
    r"(?![\d]|[.\-/]\d)"
)


# A date or a time after the label is no number (Telefon 12.03.2024, tel 2024-03-12).
_ABROAD_NOT_PHONE: Final = re.compile(
    r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}"
)


def _said_digits(token: str) -> str:
    if token.isdigit():
        return token
    lowered = token.lower().replace("-", " ").split()
    if len(lowered) == 1 and lowered[0][-1].isdigit():
        lowered = [lowered[0][:-1], lowered[0][-1]]
    digit = _WORD_DIGITS.get(lowered[-1], lowered[-1])
    if lowered[0] == "double":
        return digit * 2
    if lowered[0] == "triple":
        return digit * 3
    return digit


def said_phone_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of Japanese numbers said in words or broken by fillers (see above): the
    digits read from the words and groups must add up to a real number
    (:func:`is_japanese_phone_number`), and the span must hold a word or a filler."""
    spans: list[tuple[int, int]] = []
    for chain in _SAID_CHAIN.finditer(text):
        units = [
            (m.start(), m.end(), _said_digits(m.group()))
            for m in _SAID_UNIT.finditer(text, chain.start(), chain.end())
        ]
        index = 0
        while index < len(units):
            if not units[index][2].startswith("0"):
                index += 1
                continue
            digits = ""
            best = -1
            for last in range(index, len(units)):
                digits += units[last][2]
                if len(digits) > 11:
                    break
                if len(digits) >= 10 and is_japanese_phone_number(digits):
                    best = last
            if best < 0:
                index += 1
                continue
            start, end = units[index][0], units[best][1]
            said = any(unit[2] != text[unit[0] : unit[1]] for unit in units[index : best + 1])
            if said or _SAID_FILLER.search(text, start, end):
                spans.append((start, end))
            index = best + 1
    return spans


# Eighteenth session: a company's switchboard named as such (東京タワーの代表番号
# 03-3433-5111, the main line is …) is asked about, not anyone's personal data, and masking
# it changed a general question. Only for fixed lines and service numbers, and not after a
# bare 代表 (代表03-…, the representative). Help desks (カスタマーセンター, support line,
# 窓口) stay phone numbers, as the default policy's help-desk-is-not-a-person case fixes.
_ORGANISATION_LINE: Final = re.compile(
    r"(?:代表(?:番号|電話)|(?i:switchboard|main (?:line|number|office)))"
    r"(?:\s*(?:は|が|の|:|：|is|was|on|at|\(|（)\s*){0,2}\s*$"
)
_PERSONAL_PREFIXES = ("070", "080", "090", "050", "020")


# Twenty-sixth round: a public office's number asked about (東京都庁の代表番号…は土日も
# つながりますか, 国民生活センター 03-3446-0999 はどう使い分ける？, Is the embassy's number
# +81-3-… still correct?): the office named right before the number on its line, and the
# sentence a question, with no one's desk or person in it (担当, 直通, 内線, さん, 様, 私,
# my, direct line, extension). Companies' help desks (カスタマーセンター) stay phone numbers.
_PUBLIC_OFFICE_BEFORE: Final = re.compile(
    r"(?:都庁|道庁|府庁|県庁|市庁|市役所|区役所|町役場|村役場|役所|役場|税務署|警察署|消防署|保健所"
    r"|年金事務所|ハローワーク|大使館|領事館|国民生活センター|消費生活センター|裁判所|法務局"
    r"|出入国在留管理局|入国管理局|労働基準監督署|児童相談所"
    r"|(?<![A-Za-z])(?i:embassy|consulate|city hall|town hall|ward office|city office"
    r"|police station|tax office|immigration (?:bureau|office)|pension office))"
    r"(?:'s)?[^。\n？?！!]{0,12}?(?:\s*(?:は|が|の|:|：|is|was|at|on|\(|（)\s*){0,2}\s*$"
)
_QUESTION_END: Final = re.compile(r"[^。\n？?！!]*[？?]")
_SOMEONES_DESK: Final = re.compile(
    r"担当|直通|内線|さん|様|私|僕|自宅|携帯"
    r"|(?<![A-Za-z])(?i:my|direct line|extension|ext\.|mr|ms|mrs)(?![A-Za-z])"
)


def _public_office_asked(text: str, start: int, end: int) -> bool:
    line_start = max(text.rfind("\n", 0, start) + 1, start - 40)
    if _PUBLIC_OFFICE_BEFORE.search(text, line_start, start) is None:
        return False
    question = _QUESTION_END.match(text, end)
    if question is None:
        return False
    sentence_start = max(
        line_start, *(text.rfind(mark, 0, start) + 1 for mark in ("。", "？", "?", "！"))
    )
    return _SOMEONES_DESK.search(text, sentence_start, question.end()) is None


def _organisation_line(text: str, start: int, end: int) -> bool:
    """A Japanese fixed or service number right after a word naming a company's
    switchboard (``_ORGANISATION_LINE``) on the same line, or a public office's number
    asked about (``_PUBLIC_OFFICE_BEFORE``)."""
    digits = _NOT_DIGIT.sub("", text[start:end])
    if not is_japanese_phone_number(text[start:end]):
        return False
    # Twenty-eighth round: a company's switchboard may be an IP line (JR東日本の代表番号
    # 050-2016-1600); mobiles and pagers stay someone's.
    company = digits.startswith("050") or not digits.startswith(_PERSONAL_PREFIXES)
    line_start = max(text.rfind("\n", 0, start) + 1, start - 24)
    if company and _ORGANISATION_LINE.search(text, line_start, start) is not None:
        return True
    if digits.startswith(_PERSONAL_PREFIXES):
        return False
    return _public_office_asked(text, start, end)


# Nineteenth round: a list of small numbers (lottery draws: 03 11 19 27 38 44, bingo
# calls, scores) reads as a phone number read out in pairs. Groups of one or two digits
# only, with another such group right before or after the match, make a list.
_SMALL_GROUPS: Final = re.compile(r"\d{1,2}(?:[ ,、]\s?\d{1,2})+")
_SMALL_GROUP_AFTER: Final = re.compile(r"[ ,、]\s?\d{1,2}(?!\d)")
_SMALL_GROUP_BEFORE: Final = re.compile(r"(?<!\d)\d{1,2}[ ,、]\s?$")


def _in_number_list(text: str, start: int, end: int) -> bool:
    """The match is a run of one- or two-digit groups inside a longer such run."""
    if _SMALL_GROUPS.fullmatch(text, start, end) is None:
        return False
    return (
        _SMALL_GROUP_AFTER.match(text, end) is not None
        or _SMALL_GROUP_BEFORE.search(text, max(0, start - 4), start) is not None
    )


class PhoneNumberRecognizer(KeywordPatternRecognizer):
    """PHONE_NUMBER: Japanese numbers in the common written forms."""

    ENTITY: ClassVar[str] = PHONE_NUMBER
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        (
            "grouped",
            rf"{DIGITS_START}{_BEFORE}0\d{{1,4}}{_GROUP_SEP}\d{{1,4}}"
            rf"{_GROUP_SEP}\d{{3,4}}{_AFTER}",
            0.75,
        ),
        # A middle dot between the groups, the same one throughout (075・848・0517; not
        # 06-6489-6256・6257, two numbers sharing their first groups).
        (
            "dotted",
            rf"{DIGITS_START}{_BEFORE}0\d{{1,4}}(・)\d{{1,4}}\1\d{{3,4}}{_AFTER}",
            0.75,
        ),
        # The bracket itself ends a label written flush against it (TEL(03)3581-4420,
        # ＴＥＬ（０３）… after NFKC, Tel.(045)…), so only a digit or sign may precede it.
        (
            "parenthesised",
            rf"(?:(?<![0-9_+\-@])\(0\d{{1,4}}\) ?\d{{1,4}}{_SEP}\d{{3,4}}"
            # twenty-sixth round: a space on either side of the bracketed group too
            # (0466 (22) 7153), as the area code and the local exchange are often written
            rf"|{_BEFORE}0\d{{1,4}} ?\(\d{{1,4}}\) ?\d{{3,4}}){_AFTER}",
            0.75,
        ),
        ("plain", rf"{DIGITS_START}{_BEFORE}0\d{{9,10}}{_AFTER}", 0.6),
        # Read out digit by digit or in uneven groups: one separator before any digit.
        ("uneven", rf"{DIGITS_START}{_BEFORE}0(?:[ {HYPHENS}]?\d){{9,10}}{_AFTER}", 0.6),
        (
            "international",
            rf"(?:\+81|\(\+81\)|\+\(81\)|(?<!\d)00 ?81|(?<!\d)010[ {HYPHENS}]?81)[ .{HYPHENS}]?"
            rf"(?:\(0\) ?|0)?\(?\d{{1,4}}\)?"
            rf"[ .{HYPHENS}()]?\d{{1,4}}"
            rf"[ .{HYPHENS}]?\d{{3,4}}{_AFTER}",
            0.8,
        ),
        # OCR reads the leading zero of a mobile number as the letter O (O90-1234-5678):
        # grouped like a mobile number, the rest digits.
        (
            "ocr_letter_o",
            rf"(?<![A-Za-z0-9_+\-.@])[Oo][5-9]0{_GROUP_SEP}\d{{4}}{_GROUP_SEP}\d{{4}}{_AFTER}",
            0.75,
        ),
        # The country code without its plus (81-90-1234-5678), separators required.
        (
            "country_code",
            rf"{DIGITS_START}{_BEFORE}81[ .{HYPHENS}](?:\(0\) ?|0)?\d{{1,4}}[ .{HYPHENS}]"
            rf"\d{{1,4}}[ .{HYPHENS}]\d{{3,4}}{_AFTER}",
            0.6,
        ),
        # Foreign numbers (see is_foreign_phone_number): a + and a country code,
        (
            "foreign_international",
            rf"(?<![A-Za-z0-9_+])\+[1-9]\d{{0,3}}(?:[ .{HYPHENS}]?\(\d{{1,4}}\))?"
            rf"[ .{HYPHENS}]?\d{{1,12}}(?:[ .{HYPHENS}]\d{{1,8}}){{0,4}}{_FOREIGN_AFTER}",
            0.8,
        ),
        # North American numbers with the area code in brackets or dotted,
        # North American numbers with the area code in brackets, dotted or hyphenated
        # (each pattern opens with a character, the lookbehind after it: much cheaper).
        (
            "foreign_na_bracket",
            rf"\((?<![A-Za-z0-9_+\-.@(]\()[2-9]\d\d\) ?[2-9]\d\d[ .\-]?\d{{4}}{_FOREIGN_AFTER}",
            0.7,
        ),
        # The 1 of North America before the bracketed area code (1 (415) 555-0147).
        (
            "foreign_na_one_bracket",
            rf"1(?<!{_NOT_BEFORE}1)[ .\-]?\([2-9]\d\d\) ?[2-9]\d\d[ .\-]?\d{{4}}{_FOREIGN_AFTER}",
            0.7,
        ),
        # A country code without its plus (82-10-5532-1908, 447700900842): with a phone
        # word only; _country_number checks the country's own number.
        (
            "foreign_country_code",
            rf"[1-9](?<!{_NOT_BEFORE}[1-9])\d{{0,2}}(?:[ .\-]\d{{1,4}}){{2,4}}{_FOREIGN_AFTER}"
            rf"|[1-9](?<!{_NOT_BEFORE}[1-9])\d{{9,13}}{_FOREIGN_AFTER}",
            0.4,
        ),
        (
            "foreign_na_grouped",
            rf"[2-9](?<!{_NOT_BEFORE}[2-9])\d\d[.\-][2-9]\d\d[.\-]\d{{4}}{_FOREIGN_AFTER}",
            0.7,
        ),
        (
            "foreign_na_one",
            rf"1(?<!{_NOT_BEFORE}1)[.\-][2-9]\d\d[.\-][2-9]\d\d[.\-]\d{{4}}{_FOREIGN_AFTER}",
            0.7,
        ),
        # Twenty-second round: dialled with an international prefix instead of the +
        # (00 44 7700 900123, 0086 13612345678, 001-1-206-555-0177); _dialled_abroad checks.
        (
            "foreign_dialled",
            rf"0(?<!{_NOT_BEFORE}0)(?:0|01|033|041|061|11)[ .\-]?[1-9]\d{{0,2}}"
            rf"(?:[ .\-]?\d{{1,4}}){{2,5}}{_FOREIGN_AFTER}",
            0.6,
        ),
        # UK-style 5-6 grouping (07700 900123); 4-3-4 and 3-4-4 come through "grouped".
        (
            "foreign_five_six",
            rf"0(?<!{_NOT_BEFORE}0)[1279]\d{{3}}[ \-]\d{{6}}{_FOREIGN_AFTER}"
            # and 5-3-3, as UK mobiles are read out (07700 900 461) and hyphenated
            # (07911-123-456)
            rf"|0(?<!{_NOT_BEFORE}0)7\d{{3}}(?P<uk> |-)\d{{3}}(?P=uk)\d{{3}}{_FOREIGN_AFTER}",
            0.7,
        ),
        # Shapes that need a phone word before them: Chinese mobiles, Indian 5-5, 8-digit
        # Singapore / Hong Kong numbers, and North American numbers in spaced groups
        # (425 555 0173: tables of figures are written so too). The shapes decide which.
        (
            "foreign_with_word",
            rf"[1-9](?<!{_NOT_BEFORE}[1-9])(?:[3-9]\d[ \-]?\d{{4}}[ \-]?\d{{4}}"
            rf"|\d{{4}}[ \-]\d{{5}}|\d{{3}}[ \-]\d{{4}}|\d\d [2-9]\d\d \d{{4}}"
            rf"| [2-9]\d\d [2-9]\d\d \d{{4}}){_FOREIGN_AFTER}",
            0.4,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "手机",
        "电话",
        "전화",
        "핸드폰",
        "휴대폰",
        "whatsapp",
        "電話",
        "TEL",
        "携帯",
        "連絡先",
        "FAX",
        "ファックス",
        "phone",
        "call",
        "でんわ",
        "☎",
        "℡",
        "📞",
        "📱",
        "ケータイ",
        "mobile",
        "cell",
        "電番",
        "直通",
        "国際電話",
        "denwa",
        "keitai",
        "contact",
        "office",
        "text me",
        "sms",
        "telegram",
        "viber",
        "signal",
        "reach me",
    )
    # What the number is for, said right after it: 国際電話のかけ方, に電話して, (WhatsApp).
    CONTEXT_AFTER: ClassVar[tuple[str, ...]] = (
        "国際電話",
        "に電話",
        "へ電話",
        "に掛け",
        "にかけ",
        "whatsapp",
        "までお電話",
        "に折り返",
        "にSMS",
        "にショートメール",
    )
    BEFORE: ClassVar[int] = 16
    AFTER: ClassVar[int] = 8
    CONTEXT_SCORE: ClassVar[float] = 0.9

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = [
            r
            for r in results
            if not self._other_number(text, r.start, r.end)
            and _CODE_LABEL_BEFORE.search(text, max(0, r.start - 24), r.start) is None
            and not self._other_key(text, r.start, r.end)
            and _CODE_BEFORE.search(text, max(0, r.start - 10), r.start) is None
            and not _organisation_line(text, r.start, r.end)
            and not _in_number_list(text, r.start, r.end)
            and not is_business_line(text[r.start : r.end])
        ]
        spans = [(start, end, _SAID_SCORE) for start, end in said_phone_numbers(text)]
        spans += [(m.start(1), m.end(1), _LOCAL_SCORE) for m in _LOCAL_AFTER_LABEL.finditer(text)]
        spans += [
            (m.start(1), m.end(1), _LOCAL_SCORE)
            for m in _ABROAD_AFTER_LABEL.finditer(text)
            if 8 <= sum(c.isdigit() for c in m.group(1)) <= 13
            and _ABROAD_NOT_PHONE.fullmatch(m.group(1)) is None
            # a Japanese number is the patterns' (with their organisation and list checks)
            and not is_japanese_phone_number(m.group(1))
        ]
        if "\n" in text:
            for m in _BROKEN_AFTER_LABEL.finditer(text):
                start, end = m.span(1)
                digits = sum(c.isdigit() for c in m.group(1))
                if (10 if m.group(1)[0] == "0" else 9) <= digits <= 15:
                    # the part before the break, read alone, gives way to the whole number
                    results = [r for r in results if not (start <= r.start and r.end <= end)]
                    spans.append((start, end, _LOCAL_SCORE))
        for start, end, score in spans:
            if any(r.start < end and start < r.end for r in results):
                continue
            before = text[max(0, start - _OTHER_REACH) : start]
            if _OTHER_NUMBER.search(before) or _OTHER_KEY.search(before):
                continue
            if is_business_line(text[start:end]):
                continue
            results.append(
                RecognizerResult(
                    entity_type=self.ENTITY,
                    start=start,
                    end=end,
                    score=score,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results

    @staticmethod
    def _other_key(text: str, start: int, end: int) -> bool:
        """Plain digits as the value of a key naming another number (order_id: …)."""
        if _DIGITS_AND_HYPHENS.fullmatch(text, start, end) is None:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        return _OTHER_KEY.search(text, max(line_start, start - 24), start) is not None

    def _other_number(self, text: str, start: int, end: int) -> bool:
        """A foreign-shaped number right after a word naming another kind of number."""
        matched = text[start:end]
        if is_japanese_phone_number(matched) or not is_foreign_phone_number(matched):
            return False
        before = text[max(0, start - _OTHER_REACH) : start]
        ends = [match.end() for match in _OTHER_NUMBER.finditer(before)]
        if not ends:
            return False
        return self._before is None or self._before.search(before, ends[-1]) is None

    def invalidate_result(self, pattern_text: str) -> bool:
        if pattern_text[:1] in {"O", "o"}:
            pattern_text = "0" + pattern_text[1:]
        return not (is_japanese_phone_number(pattern_text) or is_foreign_phone_number(pattern_text))
