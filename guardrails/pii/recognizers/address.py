"""Japanese postal addresses: 都道府県, 市区町村, 町域, 丁目・番地・号.

Works on the Sudachi tokens in the NLP artifacts. Sudachi knows most municipalities and
many town names as 地名 (often as one long token such as 宮城県仙台市青葉区本町), so an
address starts at a prefecture, a 地名 token, a proper noun that begins with a municipality
(名古屋市中村区名駅, one token not tagged 地名), or a location span GiNZA found just before
any of them, and runs over the following noun-like tokens (town names, 大字/字, numbers joined by
hyphens, 丁目/番地/番/号/条) until a particle, verb, space or punctuation. The tail is then
trimmed back to something an address can end with (a number, a 地名, an address unit); a
building name with a room or floor number right after the block number is included.

Scores: a place with a block number (…1丁目, …番地, …692-2) is an address (0.85); a
prefecture followed by a municipality but no number (東京都新宿区) is a weaker one (0.6);
a place name alone (大阪府, 横浜市) is not reported here — GiNZA's LOCATION covers that when
asked for. A prefecture and municipality with no number that are the topic of a question
(「東京都渋谷区の人口は？」, 「大阪府堺市の天気」, 「…への行き方」) name a place, not where someone
lives: not reported (a town, a block or a building still is; 「私の住所は東京都渋谷区です」,
an area given as one's address, still is).

People often write only the town and the block (高砂4-20-1, 中央7-3-11, 博多駅前一丁目
二十九番二十四号 — kanji numerals arrive as digits), with town names Sudachi does not know
as places. So a block number of address shape (1-2-3, 1丁目2番3号, 3番地5) is an address
together with the one or two nouns right before it (0.8), stopping at words that only
introduce an address (住所, お届け先, 請求書) or a time word (今). A building and room after
the block are part of it: 「…5-3ライオンズマンション602」, 「… サンハイツ 1008」, 「…201号室」,
also after a comma with の before the room when the name has a building word (「…2-14-3、
コーポ桜の202」), and a ward or city named before the town with の (「世田谷区の三軒茶屋…」;
not 地区の / 学区の).
Forms put spaces between the parts (「長崎県 交野市 山之作 3丁目6番4号」): one space after a
prefecture, municipality or place continues the address, and so does one between a number
and its unit in a block OCR spread apart (「安条3 丁目 24 番 11 号」); blocks are also written
with の (「新浜町2の40の27」).
Twenty-second round: a span of the token walk with no Japanese character is not reported:
Sudachi tags country names in Latin letters as places, and "the US is 1-800-466-2210" or
"Japan 0120-555-812" was read as a place and a block; Latin-script addresses are
:class:`~guardrails.pii.recognizers.western_address.WesternAddressRecognizer`'s.
Never raises; without NLP artifacts it reports nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import ADDRESS, LOCATION
from guardrails.pii.nlp_engine import Morph, morphs
from guardrails.pii.public_places import PUBLIC_PLACE_KEY, owned_by_public_place
from guardrails.pii.recognizers.phone_number import is_japanese_phone_number
from guardrails.pii.recognizers.prefectures import PREFECTURES
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer

__all__ = ["AddressRecognizer"]

_PREFECTURE = re.compile("|".join(PREFECTURES))
_MUNICIPALITY = re.compile(r"[^\s\d]{1,8}?[市区町村郡]")
_BLOCK = re.compile(r"\d+\s?(?:丁目|番地|番|号|条|地割)|\d+(?:[-‐‑‒–—―−ーの]\d+)+$")
# A building and room after the block number: " 青葉ハイツ201号室", "グランビル3F".
_BUILDING = re.compile(r"[ \u3000]?[^\s、。,，()（）「」]{1,20}?\d{1,4}(?:号室|号館|階|F)")
# A building name (its kind word somewhere in it) and a room number after the block, also
# after a comma and joined to the room by の (「…2-14-3、コーポ桜の202です」).
_NAMED_BUILDING = re.compile(
    r"(?:[、,，][ \u3000]?|[ \u3000])?[^\s、。,，()（）「」\d]{0,12}?"
    r"(?:ハイツ|コーポ|マンション|ビル|レジデンス|メゾン|荘|ハイム|コート|タワー|ヒルズ|パレス|"
    r"ヴィラ|シャトー|アパート|テラス|ガーデン|プラザ|ハウス|ホームズ|カーサ|パーク|寮|団地)"
    r"[^\s、。,，()（）「」\d]{0,10}?[ \u3000]?(?:第?\d{1,2}棟)?(?:[A-Za-z][\-‐]?)?\d{1,4}"
    r"(?:号室|号|階|F)?(?!\d)"
)
# A building name (digits allowed: クレスト北1条, 第3松尾ビル) and, after a space, its room
# with a unit: " クレスト北1条 805号室", " パークハウス芝2丁目 1203号室", " 梅田第1ビル 12F".
_SPACED_ROOM = re.compile(
    r"[ \u3000]?[^\s、。,，()（）「」]{1,20}[ \u3000]\d{1,4}(?:号室|階|F)(?![\dA-Za-z])"
)
# A named building whose name holds a number before its kind word (第3松尾ビル 402).
_NUMBERED_BUILDING = re.compile(
    r"[ \u3000]?[^\s、。,，()（）「」]{0,12}?"
    r"(?:ハイツ|コーポ|マンション|ビル|レジデンス|メゾン|荘|ハイム|コート|タワー|ヒルズ|パレス|"
    r"ヴィラ|シャトー|アパート|テラス|ガーデン|プラザ|ハウス|ホームズ|カーサ|パーク|寮|団地)"
    r"[^\s、。,，()（）「」\d]{0,10}?[ \u3000](?:[A-Za-z][\-‐]?)?\d{1,4}(?:号室|号|階|F)?(?!\d)"
)
# A building with no kind word in its name (サンライズ, グランドール梅田) and, after a space
# (a full-width one is a space after NFKC) or joined to it, a bare room number of three or
# four digits, with a wing (B棟, 第2棟) allowed between: 「…1-2-3　サンライズ　７０４」,
# 「…２１号　ナビタウン７０４」, 「… メゾン日吉 B棟 305号室」.
_NAMED_ROOM = re.compile(
    r"[ \u3000]?[\u30a1-\u30faー・\u3400-\u9fff々]{2,16}"
    r"(?:[ \u3000](?:第?\d{1,2}|[A-Za-z])棟)?[ \u3000]?(?:[A-Za-z][\-‐]?)?\d{3,4}(?:号室|号)?"
    # the room ends the address: not a count or an amount (333メートル, 1000円)
    r"(?=$|[\s、。,，.)）」!！?？]|[にへでまのをはがと宛様])"
)
_TOWN_BLOCK = re.compile(
    r"(?<![\d\-‐‑‒–—―−])(?:\d{1,4}丁目(?:\d{1,4}(?:番地?|-))?(?:\d{1,4}号?)?(?:-\d{1,4})?"
    r"|\d{1,4}(?:[-‐‑‒–—―−ー]\d{1,4}){2,3}|\d{1,4}(?:の\d{1,4}){2,3}"
    r"|\d{1,4}番地?(?:の|-)?\d{1,4}号?)(?![\d\-‐‑‒–—―−ー])"
)
_NOT_TOWN = frozenset(
    {"住所", "現住所", "新住所", "旧住所", "実家", "自宅", "届け先", "送り先", "送付先", "宛先",
     "請求書", "変更", "勤務先", "会社", "先", "所在地", "本社", "支店", "番号", "電話", "携帯"}
)  # fmt: skip
# Twenty-ninth round: a label that introduces an address, right before a bare block.
_ADDRESS_LABEL_BEFORE: Final = re.compile(
    r"(?:住所|現住所|新住所|旧住所|お届け先|届け先|送り先|送付先|宛先|配送先|自宅|実家|所在地"
    r"|[Aa]ddress)[ \t\u3000]*(?:は|[:：])?[ \t\u3000]*\Z"
)
_UNIT_IN_BLOCK: Final = re.compile(r"丁目|番|号")
_UNITS = frozenset({"丁目", "番地", "番", "号", "条", "丁", "地割", "線", "字", "大字"})
_NUMBER_LABEL_ENDINGS = ("番号", "コード", "ナンバー", "No", "ID")
_HYPHENS = frozenset("-‐‑‒–—―−ー")
_KYOTO_DIRECTIONS = frozenset({"上ル", "下ル", "入ル", "上る", "下る", "入る", "東入", "西入"})
_MAX_TOKENS = 24


_KANJI_CHAR = re.compile(r"[\u3400-\u9fff]")
_JAPANESE_CHAR = re.compile(r"[\u3041-\u30ff\u3400-\u9fff々ヶ]")
# A municipality and の right before a town and its block (世田谷区の三軒茶屋2-14-3).
_WARD_BEFORE = re.compile(r"([\u3400-\u9fff々ヶ]{1,6}[市区町村])の$")
_NOT_WARDS = ("地区", "学区", "選挙区", "市区町村", "特区", "管区", "校区", "都市", "市町村")
_TOWN_WORD = re.compile(r"^[\u3400-\u9fff々ヶ\u30a1-\u30faーがの]{1,8}$")


# Twenty-first round, second pass (tuned on bench/pii_r21_struct_gen2 half T): an address
# broken over a line, as a form's field or an envelope wraps it (京都市左京区下鴨泉川町⏎25番地):
# a line that is a municipality and a town (kanji and katakana, no particle), and the next
# line the block alone. Each line alone is no address to the token walk.
_BROKEN_OVER_A_LINE = re.compile(
    r"(?:(?<=\n)|(?<=^)|(?<=[：:]))[ \t\u3000]*"
    r"((?:" + "|".join(PREFECTURES) + r")?[\u3400-\u9fff々ヶ]{1,6}?[市区郡町村]"
    r"[\u3400-\u9fff々ヶ\u30a1-\u30faー]{0,16}"
    r"[ \t\u3000]*\n[ \t\u3000]*"
    r"\d{1,4}[ \u3000]?(?:丁目|番地|番|号|条)(?:[ \u3000]?\d{1,4}[ \u3000]?(?:番地|番|号|の))*"
    r"(?:[-‐ー]\d{1,4})*(?:\d{1,4}号?)?)"
    # the block ends its line or clause (渋谷区⏎1番人気の店 is a ranking)
    r"(?=[ \t\u3000]*(?:\n|$|[、。,，()（）]))"
)


def _broken_over_a_line(
    text: str,
    found: Sequence[RecognizerResult],
    result: Callable[[int, int, float], RecognizerResult],
) -> list[RecognizerResult]:
    """Addresses over two lines (see _BROKEN_OVER_A_LINE) that overlap nothing found."""
    out: list[RecognizerResult] = []
    for match in _BROKEN_OVER_A_LINE.finditer(text):
        start, end = match.span(1)
        if any(r.start < end and start < r.end for r in found):
            continue
        out.append(result(start, end, AddressRecognizer.BLOCK_SCORE))
    return out


# Twenty-seventh round: a rural address by its 大字 / 字 and its 番地, with no prefecture or a
# town Sudachi does not know (大字中野字西ノ前123番地, 字北谷821番地,
# 美里町大字小島字中道512番地の3, 大字藤沢1089-2): 大字 and a name, or 字 (not inside a word:
# 文字, 数字) and a name before a 番地, then the block. The token walk stops at a katakana ノ
# or a name it reads as a person.
_AZA_NAME = r"[\u3400-\u9fff々ヶ\u30a1-\u30faー]{1,8}?"
_RURAL = re.compile(
    r"(?:[\u3400-\u9fff々ヶ]{1,5}?郡)?(?:[\u3400-\u9fff々ヶ]{1,5}?[町村])?"
    rf"(?:(?<![\u3400-\u9fff])大字{_AZA_NAME}(?:字{_AZA_NAME})?[ \u3000]?"
    r"\d{1,5}(?:番地?(?:の|[\-‐−ー])?\d{0,4}号?|(?:[\-‐−ー]\d{1,4}){1,2}|(?![\d]))"
    rf"|(?<![\u3400-\u9fff々])字{_AZA_NAME}[ \u3000]?\d{{1,5}}番地"
    r"(?:の?\d{1,4}|[\-‐−ー]\d{1,4})?)"
    r"(?![\d\-‐−ー])"
)


def _rural_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of rural addresses (see _RURAL), each with a building after it."""
    return [(match.start(), _with_building(text, match.end())) for match in _RURAL.finditer(text)]


# Twenty-fifth round (tuned on probes; the hand set's half B holds a reading): an address's
# reading in katakana or hiragana, as a form's フリガナ field holds it (トウキョウト ネリマク
# トヨタマキタ 5-21-3; ふくおかし はかたく はかたえきまえ 1-2-3): a municipality's word (…シ,
# …ク, …チョウ, …マチ, …ムラ, …グン), maybe a prefecture's before it and a town after it, then
# a block of two to four numbers. Sudachi reads such kana as no place.
_KATA = r"[\u30a1-\u30faー]"
_HIRA = r"[\u3041-\u3096ー]"


def _kana_reading(kana: str, prefecture: str, municipality: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\u3041-\u3096\u30a1-\u30faー])"
        rf"(?P<pref>(?:{prefecture})[ \u3000]?)?"
        rf"{kana}{{1,10}}?(?:{municipality})(?P<muni2>[ \u3000]?{kana}{{1,10}}?(?:{municipality}))?"
        rf"(?P<town>[ \u3000]?{kana}{{1,14}})?[ \u3000]?"
        r"(?:\d{1,2}[ \u3000]?(?:チョウメ|ちょうめ|丁目)[ \u3000]?)?"
        r"(?P<block>\d{1,4}(?:[-‐－ー]\d{1,4}){1,3})(?![\d\-‐－ー])"
    )


# A katakana word ending in シ or ク (デスク, ミュージック) before a number is no town: the
# reading needs a prefecture, or a city and a ward, or a town after a space and a full block.
_KANA_READINGS = (
    _kana_reading(
        _KATA,
        rf"トウキョウト|ホッカイドウ|オオサカフ|キョウトフ|{_KATA}{{2,6}}?ケン",
        "シ|ク|チョウ|マチ|ムラ|グン",
    ),
    _kana_reading(
        _HIRA,
        rf"とうきょうと|ほっかいどう|おおさかふ|きょうとふ|{_HIRA}{{2,6}}?けん",
        "し|く|ちょう|まち|むら|ぐん",
    ),
)
# The reading's label before it, for a reading with no prefecture and one municipality.
_READING_LABEL = re.compile(
    r"フリガナ|ふりがな|カナ|かな|読み|よみ|住所|じゅうしょ|届け先|送付先|(?i:address)"
)


def _kana_readings(
    text: str,
    found: Sequence[RecognizerResult],
    result: Callable[[int, int, float], RecognizerResult],
) -> list[RecognizerResult]:
    """Addresses read in kana (see _KANA_READINGS) that overlap nothing found."""
    out: list[RecognizerResult] = []
    for pattern in _KANA_READINGS:
        for match in pattern.finditer(text):
            full_block = len(re.split(r"[-‐－ー]", match["block"])) >= 3
            labelled = _READING_LABEL.search(text, max(0, match.start() - 24), match.start())
            spaced_town = match["town"] is not None and match["town"][:1].isspace()
            spaced_ward = match["muni2"] is not None and match["muni2"][:1].isspace()
            if not (
                match["pref"]
                or (match["muni2"] and (spaced_ward or labelled))
                or (spaced_town and full_block and labelled)
            ):
                continue
            start, end = match.span()
            if any(r.start < end and start < r.end for r in [*found, *out]):
                continue
            out.append(result(start, _with_building(text, end), AddressRecognizer.TOWN_BLOCK_SCORE))
    return out


_BUILDING_PATTERNS = (_SPACED_ROOM, _BUILDING, _NAMED_BUILDING, _NUMBERED_BUILDING, _NAMED_ROOM)
# Twenty-third round (tuned on bench/pii_r23_struct_gen half T): the building and room on
# the line under the block, as a form or an envelope puts them (東京都港区芝公園4-2-8⏎
# サンライズ芝公園 1203号室; …梅田1-1-3⏎グランドハイツ梅田 805). That line must be a building:
# a room unit (号室, 号, 階, F), a building word or a name in katakana, and it ends there.
_LINE_BREAK = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")
_BUILDING_LINE = re.compile(
    r"号室|号|階|F|^[\u30a1-\u30fa]|ハイツ|コーポ|マンション|ビル|レジデンス|メゾン|荘|ハイム|コート"
    r"|タワー|ヒルズ|パレス|ヴィラ|シャトー|アパート|テラス|ガーデン|プラザ|ハウス|ホームズ|カーサ"
)
_LINE_ENDS = re.compile(r"[ \t\u3000]*(?:\n|$)|[ \u3000、。,，]")


# Twenty-fifth round: a Chinese address's room, floor or building counter right after its
# number (…世纪大道100号2305室, …3号楼2单元1501室): 室 is not read as an address unit.
_ROOM_COUNTER_AFTER_DIGITS = re.compile(r"(?<=\d)[室层楼栋幢](?![\u3400-\u9fff])")


# Twenty-seventh round: the room after a floor or a wing the building patterns end on
# (メゾン・ド・栄 7F 701号, 桜ヴィラ 2F-B, …ビル 3階 302): a room number, maybe with a letter
# before or after it, or a letter alone after a hyphen; not a time, a date or an amount.
_ROOM_AFTER_FLOOR = re.compile(
    r"[ \u3000\-‐]?(?:[A-Za-z][\-‐]?)?\d{1,4}(?:[\-‐]?[A-Za-z](?![A-Za-z]))?(?:号室|号)?"
    r"(?![\dA-Za-z:：年月日円時分人個件回名])"
    r"|[\-‐][A-Za-z0-9](?![A-Za-z0-9])"
)


def _with_building(text: str, end: int) -> int:
    """``end`` moved past a building and room written right after the block number, or on
    the next line alone."""
    counter = _ROOM_COUNTER_AFTER_DIGITS.match(text, end)
    if counter is not None:
        return counter.end()
    for pattern in _BUILDING_PATTERNS:
        building = pattern.match(text, end)
        if building is not None:
            if building.group().endswith(("階", "F", "棟")):
                room = _ROOM_AFTER_FLOOR.match(text, building.end())
                if room is not None:
                    return room.end()
            return building.end()
    line_break = _LINE_BREAK.match(text, end)
    if line_break is None:
        return end
    for pattern in _BUILDING_PATTERNS:
        building = pattern.match(text, line_break.end())
        if (
            building is not None
            and _BUILDING_LINE.search(building.group().strip()) is not None
            and _LINE_ENDS.match(text, building.end()) is not None
        ):
            return building.end()
    return end


def _with_ward(text: str, start: int) -> int:
    """``start`` moved back over a ward or city named before the town with の
    (「世田谷区の三軒茶屋2-14-3」: the ward is part of the address); not a generic word
    (地区の, 学区の)."""
    ward = _WARD_BEFORE.search(text, max(0, start - 10), start)
    if ward is None or ward.group(1).endswith(_NOT_WARDS):
        return start
    return ward.start(1)


def _is_number(token: Morph) -> bool:
    return token.tag.startswith("名詞-数詞") or token.text.isdigit()


def _is_place(token: Morph) -> bool:
    return "地名" in token.tag


def _is_named_municipality(token: Morph) -> bool:
    """A proper noun that starts with a municipality: Sudachi reads some city-ward-town
    runs (名古屋市中村区名駅) as one proper noun that is not tagged 地名."""
    return token.tag.startswith("名詞-固有名詞") and _MUNICIPALITY.match(token.text) is not None


def _is_counter(token: Morph) -> bool:
    return "助数詞" in token.tag and token.text not in _UNITS


def _continues(doc: Sequence[Morph], index: int) -> bool:
    """Whether the token at ``index`` can belong to an address that reached it."""
    token = doc[index]
    tag = token.tag
    if token.text in _KYOTO_DIRECTIONS:
        return True
    if token.text in {" ", "\u3000"}:
        # 長崎県 交野市 山之作 3丁目: one space after a place part, before a noun or number;
        # 府屋 4丁目: one space between a town and its block number.
        if not 0 < index < len(doc) - 1 or doc[index + 1].text.isspace():
            return False
        previous, following = doc[index - 1], doc[index + 1]
        # 3 丁目 24 番 11 号: OCR spreads a block number's digits and units apart.
        if (_is_number(previous) and following.text in _UNITS) or (
            previous.text in _UNITS and _is_number(following)
        ):
            return True
        if _ends_place_part(previous):
            return following.tag.startswith(("名詞", "接頭辞"))
        return (
            previous.tag.startswith("名詞")
            and _is_number(following)
            and index + 2 < len(doc)
            and (doc[index + 2].text in _UNITS or doc[index + 2].text in _HYPHENS)
        )
    if token.text in _HYPHENS or token.text == "の":
        # Only inside a block number (1-2-3, 3番地の5; twenty-sixth round: の after 番地 or
        # 番 itself, 26番地の7, which ended the address before its last number).
        return (
            index > 0
            and index + 1 < len(doc)
            and (
                _is_number(doc[index - 1])
                or (
                    token.text == "の"
                    and doc[index - 1].text in ("番地", "番")
                    and index > 1
                    and _is_number(doc[index - 2])
                )
            )
            and _is_number(doc[index + 1])
        )
    return tag.startswith(("名詞", "接尾辞", "接頭辞")) and not token.text.isspace()


def _ends_place_part(token: Morph) -> bool:
    """A prefecture, municipality or place name: what an address part ends with."""
    return (
        _is_place(token)
        or token.text[-1:] in "都道府県市区町村郡"
        or _PREFECTURE.search(token.text) is not None
    )


def _can_end(doc: Sequence[Morph], index: int) -> bool:
    token = doc[index]
    if _is_number(token):
        following = doc[index + 1] if index + 1 < len(doc) else None
        return following is None or not _is_counter(following)
    return _is_place(token) or token.text in _UNITS or token.text[-1:] in "市区町村郡"


# What is asked or told about a place, right after a prefecture + municipality (no block):
# the area is the topic, not someone's address.
_AREA_TOPIC = re.compile(
    r"(?:の|って|は|[ \u3000])?(?:人口|天気|気温|気候|歴史|観光|名物|名産|特産|由来|読み方"
    r"|面積|治安|地形"
    r"|魅力|特徴|イベント|祭り|お祭り|地図|ハザードマップ|ゴミ|ごみ|家賃相場|地価|おすすめ|オススメ"
    r"|ランチ|グルメ|ホテル|区長|市長|町長|村長|区役所|市役所|議会|選挙|方言|出身の有名人|有名な"
    r"|行き方|アクセス|交通|どんな|どこ|何が|なにが|何区|何市)"
    r"|(?:へ|に|まで)(?:の行き方|行くには|はどう|どうやって|どのくらい|何分|何時間)"
)


# Twenty-third round, wave 2 (tuned on): numbered parts of a document (第3章2-5-3節, 4-2-1項,
# 第2編1-3-2款, 図3-1-2) are no block numbers: the number opens with a chapter word or is
# followed by a section word. 条 is left out (札幌の北1条西2丁目 is an address).
_PART_WORD_FIRST: Final = re.compile(r"[章節項款編部図]")
_PART_WORD_AFTER: Final = re.compile(r"[ \t]*(?:節|項|款|章|編|図|表)")
_PART_WORD_BEFORE: Final = re.compile(r"(?:図|表|第[0-9０-９]{1,3}[章節編部])[ \t]*\Z")


def _document_part(text: str, start: int, end: int) -> bool:
    """Whether the found span is a numbered part of a document (see the patterns above)."""
    return (
        _PART_WORD_FIRST.match(text, start) is not None
        or _PART_WORD_AFTER.match(text, end) is not None
        or _PART_WORD_BEFORE.search(text, max(0, start - 8), start) is not None
    )


class AddressRecognizer(SingleEntityRecognizer):
    """ADDRESS from Sudachi 地名 tokens, prefectures and block numbers."""

    ENTITY: ClassVar[str] = ADDRESS
    BLOCK_SCORE: ClassVar[float] = 0.85
    TOWN_BLOCK_SCORE: ClassVar[float] = 0.8
    AREA_SCORE: ClassVar[float] = 0.6

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or not len(nlp_artifacts.tokens):
            return []
        doc = morphs(nlp_artifacts.tokens)
        locations = [
            (ent.start, ent.end) for ent in nlp_artifacts.entities if ent.label_ == LOCATION
        ]
        results: list[RecognizerResult] = []
        index = 0
        while index < len(doc):
            span = self._address_at(doc, index, locations)
            if span is None:
                index += 1
                continue
            start_token, end_token, score = span
            start = _with_ward(text, doc[start_token].idx)
            end = doc[end_token - 1].idx + len(doc[end_token - 1])
            if _JAPANESE_CHAR.search(text, start, end) is None:
                # Sudachi tags country names in Latin letters as places (US, Japan): "the US
                # is 1-800-466-2210" is a place word, a verb and a phone number, not an
                # address; Latin-script addresses are WesternAddressRecognizer's.
                index = end_token
                continue
            if score == self.BLOCK_SCORE:
                end = _with_building(text, end)
            elif score == self.AREA_SCORE and _AREA_TOPIC.match(text, end) is not None:
                index = end_token
                continue  # 東京都渋谷区の人口: a place asked about (module)
            results.append(self._result(start, end, score))
            while end_token < len(doc) and doc[end_token].idx < end:
                end_token += 1
            index = end_token
        results.extend(self._town_blocks(text, doc, results))
        results.extend(_broken_over_a_line(text, results, self._result))
        results.extend(_kana_readings(text, results, self._result))
        # Rural 大字 / 字 blocks (_RURAL) widen what they overlap or stand alone.
        for start, end in _rural_blocks(text) if "字" in text else ():
            overlapping = [r for r in results if r.start < end and start < r.end]
            for result in overlapping:
                result.start, result.end = min(result.start, start), max(result.end, end)
            if not overlapping:
                results.append(self._result(start, end, self.TOWN_BLOCK_SCORE))
        results = [
            r
            for r in results
            if not _document_part(text, r.start, r.end) and _without_phone_end(text, r)
        ]
        # A castle's or a ministry's address asked about is no one's (public_places).
        for result in results:
            if owned_by_public_place(text, result.start):
                result.recognition_metadata[PUBLIC_PLACE_KEY] = True
        return results

    def _town_blocks(
        self, text: str, doc: Sequence[Morph], found: Sequence[RecognizerResult]
    ) -> list[RecognizerResult]:
        """Town name + block number where the town is not a known place (see docstring)."""
        results: list[RecognizerResult] = []
        starts = {m.idx: i for i, m in enumerate(doc)}
        for match in _TOWN_BLOCK.finditer(text):
            block_start, end = match.span()
            if any(r.start < end and block_start < r.end for r in found):
                continue
            index = starts.get(block_start)
            if index is None:
                continue
            first = index
            while (
                first > 0
                and index - first < 2
                and doc[first - 1].tag.startswith("名詞")
                and not doc[first - 1].tag.startswith(("名詞-数詞", "名詞-普通名詞-副詞可能"))
                and doc[first - 1].text not in _NOT_TOWN
                and _TOWN_WORD.match(doc[first - 1].text) is not None
            ):
                first -= 1
            town = "".join(m.text for m in doc[first:index])
            if first == index or _KANJI_CHAR.search(town) is None:
                # Twenty-ninth round: a block alone in its units right after an address
                # label (住所は三丁目十二番五号です, 住所：3丁目12番5号 ハイツ青葉203) is that
                # address; digits and hyphens alone (住所は1-2-3です) are not.
                if _UNIT_IN_BLOCK.search(match.group()) and _ADDRESS_LABEL_BEFORE.search(
                    text, max(0, block_start - 12), block_start
                ):
                    results.append(
                        self._result(block_start, _with_building(text, end), self.TOWN_BLOCK_SCORE)
                    )
                continue
            # A label of a number glued to it (個人番号090-…, 郵便番号 090-…, OCR having
            # closed the space) names the number, not a town.
            if town.endswith(_NUMBER_LABEL_ENDINGS):
                continue
            results.append(
                self._result(
                    _with_ward(text, doc[first].idx),
                    _with_building(text, end),
                    self.TOWN_BLOCK_SCORE,
                )
            )
        return results

    def _address_at(
        self, doc: Sequence[Morph], index: int, locations: Sequence[tuple[int, int]]
    ) -> tuple[int, int, float] | None:
        token = doc[index]
        prefecture = _PREFECTURE.search(token.text)
        if not (_is_place(token) or prefecture is not None or _is_named_municipality(token)):
            return None
        stop = index
        while stop < len(doc) and stop - index < _MAX_TOKENS and _continues(doc, stop):
            stop += 1
        while stop > index and not _can_end(doc, stop - 1):
            stop -= 1
        if stop <= index:
            return None
        text = "".join(m.text for m in doc[index:stop])
        head = _PREFECTURE.match(text)
        if not _BLOCK.search(text):
            stop = _before_glued_building(doc, index, stop)
            text = "".join(m.text for m in doc[index:stop])
        if _BLOCK.search(text) or _kyoto_lot(doc, index, stop):
            score = self.BLOCK_SCORE
        elif head is not None and _MUNICIPALITY.match(text, head.end()):
            score = self.AREA_SCORE
        else:
            return None
        start = index
        for loc_start, loc_end in locations:
            # A GiNZA location span right before the address belongs to it.
            if loc_end == index or loc_start < index < loc_end:
                start = min(start, loc_start)
        return start, stop, score

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


# Thirty-first round (issue 16, tuned on the PII formats hand set's half A): a building
# name glued to a hyphenated block (…日吉本町4-8-12ライオンズマンション日吉第2 305号室) made
# the token walk read on to the building's own number, which is no block: the walk is cut
# back to the block, and the building and room are added after it as for any block. And a
# Kyoto address gives its lot number alone after the directions (河原町通三条上ル恵比須町427,
# 松原通室町西入ル中野之町173): a walk over 上ル / 下ル / 入ル that ends on a number is one.
# Only a home's building: a room (号室) after it, or a residential kind word in its name and
# the walk ending on a room number. An office's floor (日栄ビル3階) or a hall's name
# (…93-2サンシビック尼崎内), an organisation's address in a notice, stays as before.
_HOME_BUILDING_WORD: Final = re.compile(
    r"ハイツ|コーポ|マンション|レジデンス|メゾン|荘|ハイム|コート|アパート|ハウス|ヴィラ|パレス|カーサ"
)
_ROOM_REACH: Final = 14


def _before_glued_building(doc: Sequence[Morph], index: int, stop: int) -> int:
    """``stop`` moved back to the end of the last hyphenated block number of the walk
    ``doc[index:stop]`` (a number the walk may end on) when a home's building and room
    follow it, or ``stop``."""
    for end in range(stop - 1, index + 2, -1):
        if (
            _is_number(doc[end - 1])
            and doc[end - 2].text in _HYPHENS
            and _is_number(doc[end - 3])
            and _can_end(doc, end - 1)
        ):
            after = doc[end : min(len(doc), stop + 3, end + _ROOM_REACH)]
            building = "".join(m.text for m in doc[end:stop])
            if any(m.text == "号室" for m in after) or (
                _HOME_BUILDING_WORD.search(building) is not None
                and doc[stop - 1].text.isdigit()
                and 3 <= len(doc[stop - 1].text) <= 4
            ):
                return end
            return stop
    return stop


def _kyoto_lot(doc: Sequence[Morph], index: int, stop: int) -> bool:
    """Whether the walk ``doc[index:stop]`` crosses a Kyoto direction and ends on a lot
    number (no unit after it)."""
    return (
        stop - index >= 3
        and _is_number(doc[stop - 1])
        and any(m.text in _KYOTO_DIRECTIONS for m in doc[index : stop - 1])
    )


# Twenty-sixth round: a block never opens with a zero; a phone number after a place word
# (渋谷区役所 03-3463-1211 は土曜日も開いていますか) is the phone recognizer's to judge, not a
# town and its block. An address read on into a phone number after it (a table row:
# 北七条西8-22-20   080-1573-7202) ends before the phone; one with no number left is none.
_PHONE_AT_END: Final = re.compile(r"(?<![\d\-])0\d{1,4}-\d{1,4}-\d{3,4}$")
_DIGIT: Final = re.compile(r"\d")


def _without_phone_end(text: str, result: RecognizerResult) -> bool:
    """False when ``result`` is a place word and a phone number; otherwise True, with the
    result's end moved back before a phone number it read on into."""
    match = _PHONE_AT_END.search(text, max(result.start, result.end - 16), result.end)
    if match is None or not is_japanese_phone_number(match.group()):
        return True
    end = match.start()
    while end > result.start and text[end - 1].isspace():
        end -= 1
    if _DIGIT.search(text, result.start, end) is None:
        return False
    result.end = end
    return True
