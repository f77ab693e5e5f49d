"""Other official identification numbers (twelfth round): 基礎年金番号, 雇用保険被保険者番号,
住民票コード, 在留カード番号, 受給者番号, and a car's number plate.

Each identifies one person as surely as a My Number does, and none has a checksum or a
shape of its own that a bare number would show, so a number is taken when its label stands
right before it (with は, が, :, # or a space between): 「基礎年金番号は1234-567890です」,
「雇用保険被保険者番号：1234-567890-1」, 「住民票コード 12345678901」, 「受給者番号は7447575」,
"pension number 6907203487", "residence card no. AB12345678CD". A residence card's number
(two letters, eight digits, two letters) is taken after 在留カード / residence card up to 40
characters before it, also in the sentence before. A number plate is taken by its shape: a
plate region (品川, なにわ, 尾張小牧 …), a two- or three-digit class number, one hiragana and the
serial number (``品川300あ12-34``, ``なにわ 590 れ ・651``); without a region, a
three-digit class, hiragana and a hyphenated serial (``517さ70-65``). Not taken: a label
with no number, a number with no label (``在留期間は3年``), an institution's number
(公費負担者番号, 保険者番号: they identify a scheme, not a person).
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from guardrails.pii.entities import ID_NUMBER
from guardrails.pii.recognizers.keyword_pattern import (
    DIGITS_END,
    HYPHENS,
    KeywordPatternRecognizer,
)

__all__ = ["IdNumberRecognizer"]

_LABEL: Final = (
    r"(?:基礎年金番号|年金番号|年金手帳の番号|ねんきん番号|年金の番号|雇用保険被保険者番号|雇用保険番号|被保険者番号"
    r"|住民票コード|住民票のコード|在留カード番号|在留カードの番号|特別永住者証明書番号"
    r"|受給者番号|受給者証番号|受給資格者番号|被保護者番号|手帳番号"
    r"|(?i:(?:basic )?pension (?:number|no\.?)|employment insurance (?:number|no\.?)"
    r"|resident(?:'s)? (?:record )?code|residence card (?:number|no\.?)"
    # Nineteenth round: other countries' national numbers after their names (SSN
    # 219-09-9999, NHS number 401 023 2137, SIN 046 454 286, Aadhaar 2345 6789 0123).
    r"|social security(?: (?:number|no\.?|#))?|social insurance (?:number|no\.?)"
    r"|national insurance (?:number|no\.?)|(?:nhs|aadhaar|aadhar)(?: (?:number|no\.?|#))?"
    r"|national id(?:entity)? (?:number|no\.?)"
    # Twenty-seventh round: the short forms people type (my soc sec # is …, SS# …).
    r"|(?<![A-Za-z])soc(?:ial|\.)? ?sec(?:urity|\.)?(?: (?:number|no\.?|num))? ?#?)"
    r"|(?<![A-Za-z])(?:SSN|ssn|SIN|NINO)(?: ?(?:#|(?i:number|no\.?)))?|(?<![A-Za-z])SS ?#"
    # Twenty-seventh round: a US or other country's social security number named in
    # Japanese (社会保障番号, ソーシャルセキュリティー番号).
    r"|社会保障(?:カード)?番号|ソーシャル ?セキュリティ(?:ー)? ?(?:ナンバー|番号))"
)
# Eighteenth session: the numbers an employer, school, shop or clinic gives one person
# (社員番号：E20731, 会員番号 0082-5519-3307, 学籍番号は21B3047, Employee ID 48812-JP,
# membership no. M-88-20471): each names its holder to anyone with the roster. After the
# label only, as a code of letters and digits with at least four digits (invalidate_result).
_MEMBER_LABEL: Final = (
    r"(?:(?:社員|従業員|職員|教職員|スタッフ)(?:番号|ID|No\.?|コード|ナンバー)"
    r"|(?:学籍|学生|学生証)番号|(?:会員|組合員|利用者|契約者|顧客|お客様|患者)(?:番号|ID|No\.?|コード|ナンバー)"
    # Thirty-third round: a course's, an exam's, a scheme's or an application's person.
    r"|(?:受講者|受講生|受験者?|加入者|申込者|応募者|参加者|入居者)(?:番号|ID|No\.?)"
    r"|(?:診察券|カルテ)番号|(?:ポイント|メンバーズ|会員)カード(?:の)?番号"
    # Wave 2 of the twenty-first round: a medical record number names one patient to the
    # hospital (MRN 00458821, medical record no. 2810954, カルテNo.1234567).
    r"|(?<![A-Za-z])MRN(?![A-Za-z])|(?i:medical record (?:number|no\.?|num|#))"
    r"|(?:診察券|カルテ)(?:No\.?|ＮＯ|ID)"
    # Twenty-first round: an insurance policy's number names its holder to the insurer
    # (Policy No. P-20481137, 証券番号：AB-1029-3847); a rule's number (policy No. 3 of the
    # handbook) has too few digits (invalidate_result).
    r"|(?:保険)?証券(?:番号|No\.?)|(?i:(?:insurance )?policy ?(?:number|no\.?|num|#))"
    r"|マイレージ(?:番号|会員番号)|(?i:(?:frequent[ \-]flyer|mileage|miles)"
    r"(?: (?:club|program(?:me)?|account))? ?(?:number|no\.?|num|#|id))"
    r"|(?i:(?:employee|staff|student|member(?:ship)?|customer|patient|loyalty|rewards?|client"
    # Thirty-third round: the short and other forms (emp # A-10234, personnel no., applicant ID).
    r"|(?<![A-Za-z])(?:emp|cust\.?)|personnel|subscriber|applicant|candidate|participant|enrol?lee"
    # The insurer's number for one person (Insurance ID: QZK550219934, insured ID #W229…,
    # policyholder number, health plan ID, beneficiary ID), as a patient's or a member's.
    r"|insurance|insured|policy ?holder|health ?plan|beneficiary)"
    r"[ _\-]?(?:id|number|no\.?|num|code|#|ref(?:erence)?)(?: ?(?:no\.?|number|num|#))?)"
    # Twenty-first round, second pass (tuned on pii_r21_struct_gen2 half T): a loyalty or
    # points card named without "number" (my Nectar card is 6208 3852 6515, ポイントカードは…).
    r"|(?i:(?:loyalty|rewards?|points?|club|store|nectar|clubcard|advantage)[ \-]?card"
    r"(?: (?:number|no\.?|num|#))?)|(?:ポイント|メンバーズ|スタンプ|会員)カード"
    # Thirty-second round: the codes a hotel, an airline, a building's door or the police
    # give one person (予約番号はHR-58213947, booking reference QX7P2M, 入館証番号：B-004417,
    # badge number 7731902, 受理番号 R6-01234, crime reference number 46/112233/24): each
    # opens that person's booking, door or file to whoever holds it.
    r"|(?:ご?予約|宿泊予約)(?:確認|照会)?(?:番号|No\.?|コード|ID|の番号)|予約確認コード"
    r"|(?:入館証|社員証|職員証|学生証|入構証|IDカード|セキュリティカード|アクセスカード)(?:の)?"
    r"(?:番号|No\.?|ID)|(?:受理|事件|相談受付|相談|被害届(?:の)?受理)番号"
    r"|お客さま(?:番号|ID|No\.?|コード)"
    r"|(?i:(?:booking|reservation|confirmation)[ _\-]?(?:ref(?:erence)?|code|number|no\.?|num|#|id)"
    r"(?: (?:no\.?|number|code))?|(?<![A-Za-z])pnr(?![A-Za-z])|record locator"
    r"|(?:badge|access[ \-]card|id[ \-]card|employee[ \-]card|security pass)"
    # A card named without "number" only before "is" or a colon (my badge is 0049213;
    # not "the badge 2024 Champion", "the ID card 2025 redesign").
    r"(?:[ _\-]?(?:id|number|no\.?|num|#)|(?=\s*(?:is\b|[:#])))"
    r"|crime (?:reference|ref\.?)(?: (?:number|no\.?|#))?"
    r"|(?<![A-Za-z])(?:police|incident|case)[ _\-]?(?:reference|ref\.?|number|no\.?|num|#)))"
)
# Thirty-second round: a member's label right after the code, in brackets or as what the
# code is (… is my booking reference, …が社員番号です).
_LABEL_AFTER: Final = (
    rf"\s*(?:[(（]\s*{_MEMBER_LABEL}\s*[)）]|(?:is|was|=) (?:my|our|your|the|his|her|their) "
    rf"{_MEMBER_LABEL}|(?:が|は)(?:私の|僕の|わたしの)?{_MEMBER_LABEL})"
)
_MEMBER_VALUE: Final = (
    # Thirty-second round: not a code shown as a format's example (予約番号：ABC123のような
    # 形式, 1234-5678 みたいな).
    r"(?![0-9A-Za-z\-_/ ]{1,40}?"
    r"(?:のような|みたいな|のように|などの|の?形式|(?i:format\b|as an example)))"
    # Twenty-first round: letters apart from the digits (FF 8830 2291 44, HX 77 120 994).
    r"(?:[A-Za-z]{1,4}[\-_ ]?)?\d[0-9A-Za-z]*(?:[\-_/][0-9A-Za-z]+){0,4}(?: \d{2,}){0,4}"
    r"(?![0-9A-Za-z年月日円])"
)
# Between the label and the number: は, が, :, #, No., brackets, spaces.
# 第 before a number written as a certificate prints it (証券番号は第 2023-118847 号).
# Twenty-seventh round: a gloss in brackets after the label (SSN（社会保障番号）は …,
# 社員番号 (本社): …, 基礎年金番号（10桁）：…), with no digit in it but a count of digits, is
# passed over as well.
_BETWEEN: Final = (
    r"(?:\s*(?:は|が|:|#|=|is|No\.?|[—–―]|-(?=\s)"
    r"|[(（](?:[^()（）\d\n]{1,14}|\d{1,2} ?(?:桁|digits?))[)）]"
    r"|\(|「|第)\s*){0,3}\s*"
)
# Twentieth round: a JSON member keyed in Japanese by a member's own number
# ({"会員ID": "C-7781-2290"}); a customer's or an order's key (customer_id) stays a record's.
# Twenty-first round, second pass (tuned on pii_r21_struct_gen2 half T): the key a person's
# role alone ({"社員": "A-5521"}): the value is then that person's code (four digits or
# more, invalidate_result), since a name would have none.
_JA_MEMBER_KEY: Final = (
    r"(?:(?:会員|組合員|社員|従業員|職員|学籍|学生|患者)(?:番号|ID|ＩＤ|No\.?|コード)"
    r"|(?<=[\"'“])(?:会員|組合員|社員|従業員|職員|担当者|応募者|候補者|患者|学生|入居者|利用者))"
    r"[\"'”]\s*[:：]\s*[\"'“]"
)
# Twentieth round: the group number printed beside a member's ID on an insurance or
# membership card (Member ID 123456789 group 00471) is read with it.
_GROUP: Final = r"(?:\s*[,;/、]\s*|\s+)(?i:(?:and\s+)?(?:group|grp)(?:\s*(?:number|no\.?|#|id))?)"

# A UK National Insurance number: two letters, three pairs of digits, a letter A-D.
_NINO: Final = r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])"
_GROUPED: Final = rf"\d{{2,11}}(?:[ {HYPHENS}]\d{{1,10}}){{0,3}}"
# Thirteenth round: also with a separator after the letters, between the digits' halves
# and before the last letters (EF-97319961-LU, LG 7250 6735 XF), the same one throughout.
_ZAIRYU: Final = (
    r"(?<![A-Za-z0-9])[A-Za-z]{2}"
    r"(?:\d{8}|(?P<s>[ \-・])\d{8}(?P=s)|(?P<t>[ \-・])\d{4}(?P=t)\d{4}(?P=t))"
    r"[A-Za-z]{2}(?![A-Za-z0-9])"
)
# Plate regions (運輸支局・自動車検査登録事務所 and the local-name plates people write).
_REGIONS: Final = (
    "札幌|函館|旭川|室蘭|苫小牧|釧路|知床|帯広|北見|青森|八戸|弘前|岩手|盛岡|平泉|宮城|仙台"
    "|秋田|山形|庄内|福島|会津|郡山|白河|いわき|水戸|土浦|つくば|宇都宮|那須|とちぎ|群馬|前橋"
    "|高崎|大宮|川口|所沢|川越|熊谷|春日部|越谷|千葉|成田|習志野|市川|船橋|袖ヶ浦|市原|野田|柏"
    "|松戸|品川|世田谷|練馬|杉並|板橋|足立|江東|葛飾|八王子|多摩|横浜|川崎|湘南|相模|山梨"
    "|富士山|新潟|長岡|上越|富山|石川|金沢|福井|長野|松本|諏訪|岐阜|飛騨|静岡|浜松|沼津|伊豆"
    "|名古屋|豊橋|三河|岡崎|豊田|尾張小牧|一宮|春日井|三重|鈴鹿|四日市|伊勢志摩|滋賀|京都|大阪"
    "|なにわ|和泉|堺|奈良|飛鳥|和歌山|神戸|姫路|鳥取|島根|岡山|倉敷|広島|福山|山口|下関|徳島"
    "|香川|高松|愛媛|高知|福岡|北九州|久留米|筑豊|佐賀|長崎|佐世保|熊本|大分|宮崎|鹿児島|奄美"
    "|沖縄"
)
# The serial: 12-34, ・651 or ・6-51 (dots stand for missing leading digits), or plain digits.
_SERIAL: Final = (
    rf"(?:\d{{1,2}}[{HYPHENS}]\d{{2}}|[・.]{{1,3}} ?\d{{1,3}}(?:[{HYPHENS}]\d{{2}})?|\d{{1,4}})"
)
_PLATE_LABEL: Final = (
    r"(?:(?i:(?:licen[cs]e|number|registration|reg\.?|car|vehicle)[ \-]?plate"
    r"(?:[ \-]?(?:no\.?|number|#))?|(?<![A-Za-z])plate[ \-]?(?:no\.?|number|#)"
    r"|(?:vehicle |car )?registration(?: (?:no\.?|number|mark|plate|#))?"
    r"|(?<![A-Za-z])reg(?:\.|istration)? ?(?:no\.?|number|#))"
    r"|ナンバープレート|車両番号|車のナンバー|車番)"
)
_PLATE_VALUE: Final = (
    # not a word in capitals first (Registration: OPEN 2024)
    r"(?=[A-Z0-9 \-]*[A-Z])(?=[A-Z0-9 \-]*\d)(?![A-Z]{4,}(?![0-9A-Za-z]))"
    r"[A-Z0-9]{1,10}(?:[ \-][A-Z0-9]{1,4}){0,4}(?![0-9A-Za-z])"
)
_PLATE_TAIL: Final = rf"\s?\d{{2,3}}\s?[ぁ-ゖ]\s?{_SERIAL}(?!\d)"
# Twenty-seventh round: a US Social Security number by its shape, three, two and four digits
# (a CSV row or a pasted record with no label next to it: "Robert Hale";"612-20-8841"),
# never issued with area 000, 666 or 9xx, group 00 or serial 0000. Hyphenated it is
# taken alone (no other number people write is grouped 3-2-4 with hyphens); spaced
# (231 45 7789) only with SSN or social security before it or in its column's header.
_SSN_SHAPE: Final = r"(?!000|666|9)\d{3}(?P<g>[-‐‑–—−])(?!00)\d{2}(?P=g)(?!0000)\d{4}"
_SSN_SPACED: Final = r"(?!000|666|9)\d{3} (?!00)\d{2} (?!0000)\d{4}"
# A label of a thing's or a document's number right before it makes it that number
# (Part no. 123-45-6789, 注文番号 123-45-6789). The patterns look ahead for the digits' shape
# first, so these lookbehinds run only where such a number starts.
_NOT_SSN: Final = (
    r"(?<!(?i:part|model|item|sku|product|order|invoice|ticket|serial|lot|ref|case|tracking"
    r"|catalog(?:ue)?|po|batch|build)(?: ?(?:no\.?|number|num|#|id|code))?[ \t:#.]*"
    r"|(?:品番|型番|部品|製品|商品|注文|伝票|請求書?|受付|管理|問い?合わせ|シリアル|ロット|整理)"
    r"(?:番号|コード|No\.?)?[ \t:：は]*)"
)
_NOT_DIGIT = re.compile(r"\D")
# Thirty-second round: an airline's or a hotel's booking code has five to eight capitals
# and digits with as few as one digit (QX7P2M); after a member's label it is that code.
_BOOKING_CODE: Final = re.compile(r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,8}")
# Thirty-third round: a British plate has two digits only (AB12 CDE).
_UK_PLATE: Final = re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{3}")


class IdNumberRecognizer(KeywordPatternRecognizer):
    """ID_NUMBER: a labelled official number, a residence card number, a number plate."""

    ENTITY: ClassVar[str] = ID_NUMBER
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        ("labelled", rf"(?<={_LABEL}{_BETWEEN})(?:[A-Za-z]{{2}})?{_GROUPED}{DIGITS_END}", 0.85),
        # \K rather than a lookbehind: the label is matched once, not tried back from
        # every position (a third of this recognizer's time on 200 characters).
        ("member", rf"{_MEMBER_LABEL}{_BETWEEN}\K{_MEMBER_VALUE}", 0.85),
        ("member_json_ja", rf"{_JA_MEMBER_KEY}\K{_MEMBER_VALUE}", 0.85),
        # Thirty-second round: the label after the code (HR-58213947（予約番号）,
        # K-33108 is my employee number, A-5521 が社員番号です).
        ("member_before", rf"(?<![0-9A-Za-z\-_/.]){_MEMBER_VALUE}(?={_LABEL_AFTER})", 0.85),
        (
            "member_group",
            rf"{_MEMBER_LABEL}{_BETWEEN}{_MEMBER_VALUE}{_GROUP}{_BETWEEN}\K{_MEMBER_VALUE}",
            0.85,
        ),
        (
            "nino",
            rf"(?<=(?<![A-Za-z])(?i:national insurance|NINO|NI)(?: ?(?i:number|no\.?))?"
            rf"{_BETWEEN}){_NINO}",
            0.85,
        ),
        ("residence_card", _ZAIRYU, 0.4),
        (
            "ssn_shape",
            rf"(?=\d{{3}}[{HYPHENS}]\d\d[{HYPHENS}])(?<![A-Za-z\d.:/{HYPHENS}]){_NOT_SSN}{_SSN_SHAPE}(?![\d{HYPHENS}]|\.\d)",
            0.6,
        ),
        (
            "ssn_spaced",
            rf"(?=\d{{3}} \d\d )(?<!\d )(?<![A-Za-z\d.:/{HYPHENS}]){_NOT_SSN}{_SSN_SPACED}"
            rf"(?![\d{HYPHENS}]| \d|\.\d)",
            0.4,
        ),
        ("plate", rf"(?<![\u4e00-\u9fff])(?:{_REGIONS}){_PLATE_TAIL}", 0.9),
        # Thirty-third round: another country's plate after its label (plate no. KA 01 MJ
        # 4455, registration: AB12 CDE, 車両番号 7ABC123): capitals and digits, both.
        ("plate_labelled", rf"{_PLATE_LABEL}{_BETWEEN}\K{_PLATE_VALUE}", 0.85),
        (
            "plate_no_region",
            rf"(?<![\d\u4e00-\u9fffぁ-ゖ])\d{{3}}\s?[ぁ-ゖ]\s?\d{{1,2}}[{HYPHENS}]\d{{2}}(?!\d)",
            0.6,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "在留カード",
        "特別永住者証明書",
        "residence card",
        "residence_card",
        # twentieth session: the card as people name it in English or romaji
        "resident card",
        "residency card",
        "zairyu card",
        "ナンバー",
        "plate",
        # twenty-seventh round: a spaced SSN (231 45 7789) under its label or header
        "ssn",
        "social security",
        "soc sec",
        "社会保障",
    )
    BEFORE: ClassVar[int] = 40
    AFTER: ClassVar[int] = 0
    # 「在留カードを見せてもらいました。番号は…」: the card is named a sentence before.
    BEFORE_CROSSES_SENTENCE: ClassVar[bool] = True
    CONTEXT_SCORE: ClassVar[float] = 0.9

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = len(_NOT_DIGIT.sub("", pattern_text))
        if _BOOKING_CODE.fullmatch(pattern_text) is not None:
            return False
        if _UK_PLATE.fullmatch(pattern_text) is not None:
            return False
        return digits < 4 and not re.search(r"[ぁ-ゖ]", pattern_text)
