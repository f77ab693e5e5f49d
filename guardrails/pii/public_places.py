"""Whether an address belongs to a public place the text names: a castle, a ministry, a
museum, a station, a landmark — not to a person.

People ask where a landmark or an institution is, or quote its address as a fact
(「皇居の住所は東京都千代田区千代田1-1ですか？」, 「大阪城の所在地は…」, "Is the White House still
at 1600 Pennsylvania Ave NW?", "the British Museum is at Great Russell St"); that address
is no one's personal data and masking it changed a general question. An address counts as
a public place's when the words right before it name its owner:

* Japanese: a name ending in a facility or institution word (城, 宮, 庁, 省, 役所, 議事堂,
  美術館, 駅, 空港, 神社, 大学, タワー …) followed by の and 住所 / 所在地 / 場所 (with は, が, :
  or a line break after them), or in the brackets of such a name;
* English: ``the`` and one to five capitalised words (people's names take no article), or
  capitalised words ending in a facility word (Museum, Palace, Station …), followed by
  ``is (still) (located) at`` / ``at`` / ``is on`` — or by ``'s address is``; and a
  company's own premises (``our head office is at``, ``the store is on``);
* a company's seat as a profile or a notice writes it (twenty-second round):
  ``headquartered at``, ``Head office:``, ``registered office is at``, 本社：, 当社の所在地は,
  本社移転のお知らせ：新住所は.

A title (Mr., Dr.) or a possessive (Grandma Rose's House, the Hendersons' Tower) makes the
owner a person, and the address stays masked. Only the owner's words are looked at, in at
most :data:`_REACH` characters before the address on its own line or the line above;
``my``, ``our``, 私, 自宅, 実家 name no such owner. Such an address is reported with
:data:`PUBLIC_PLACE_KEY` set, so it is masked neither by itself nor by a recognizer that
reads a word of it as something else. Never raises.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["PUBLIC_PLACE_KEY", "owned_by_public_place"]

PUBLIC_PLACE_KEY: Final = "public_place"
"""Recognition-metadata key set on an ADDRESS result that is a public place's: the result
still claims its span when overlaps are resolved (so a name reader's misfire on a word of
the address, ``Downing Street`` or ``尼崎市杭瀬南新町``, does not take its place) and is then
dropped (:func:`guardrails.pii.analyzer` ``_resolve``)."""

_REACH: Final = 48
_JA_FACILITY: Final = (
    r"(?:城|皇居|御所|宮|神宮|神社|大社|寺|院|庁|省|役所|役場|庁舎|議事堂|官邸|裁判所|大使館|領事館"
    r"|警察署|消防署|郵便局|美術館|博物館|記念館|資料館|図書館|科学館|動物園|植物園|水族館|公園|庭園"
    r"|駅|空港|港|大学|高校|学園|病院|センター|ホール|タワー|ツリー|ドーム|スタジアム|球場|競技場"
    r"|劇場|会館|公会堂|本社|本店|本部|事務所|協会|機構|銀行)"
)
_JA_OWNER: Final = re.compile(
    rf"[^\s、。,.!?！？「」()（）]{{0,16}}{_JA_FACILITY}[)）]?(?:の|は|\s+)?"
    r"(?:住所|所在地|場所|アドレス)(?:は|が|って|を)?\s*[:：、,（(]?\s*$"
)
_EN_FACILITY: Final = (
    r"(?:Museum|Gallery|Palace|Castle|Cathedral|Church|Temple|Shrine|Tower|Building"
    r"|Hall|Library|Station|Airport|University|College|Hospital|Embassy|Consulate|Parliament"
    r"|Capitol|Court|Stadium|Arena|Theatre|Theater|Park|Zoo|Centre|Center|Ministry|Office"
    r"|Headquarters|HQ)"
)
_CAPITALISED: Final = r"[A-Z][A-Za-z'&.\-]*"
# Public bodies whose name alone, then a colon or comma, gives their address (not Building,
# Tower or Hall alone: Sunrise Hall, 1-2-3 … is a block of flats).
_EN_PUBLIC_BODY: Final = (
    r"(?:Government|City Hall|Town Hall|City Office|Ward Office|Prefectural Office|Ministry"
    r"|Embassy|Consulate|Station|Museum|Library|Court|Parliament|Police Station)"
)
_EN_VERB: Final = r"(?:'s address is|is (?:still )?(?:located )?(?:at|on)|(?:still )?(?:at|on))"
_EN_OWNER: Final = re.compile(
    rf"(?:\b[Tt]he (?:{_CAPITALISED} ){{0,4}}{_CAPITALISED}"
    rf"|(?:{_CAPITALISED} ){{0,4}}{_EN_FACILITY})\s+{_EN_VERB}\s*,?\s*$"
    # Wave 2 of the twenty-second round: a public body or facility named and its address
    # after a colon or comma (Tokyo Metropolitan Government: 2-8-1 …; Osaka City Hall, …).
    rf"|(?:{_CAPITALISED} ){{1,4}}{_EN_PUBLIC_BODY}\s*[:,]\s*$"
)
# Twenty-second round: a public body named and its address in brackets right after it, or
# after は (東京都庁（東京都新宿区西新宿2-8-1）, 愛知県庁は名古屋市中区…, How do I get to 大阪府庁
# (…)): only bodies of the state or a town, not a company's or a person's rooms.
_JA_PUBLIC_BODY: Final = (
    r"(?:都庁|道庁|府庁|県庁|市庁|庁舎|市役所|区役所|町役場|村役場|役所|役場|省|議事堂|官邸"
    r"|裁判所|大使館|領事館|警察署|消防署|税務署|年金事務所|ハローワーク)"
)
_JA_BODY_AT: Final = re.compile(
    rf"[^\s、。,.!?！？「」()（）]{{0,16}}{_JA_PUBLIC_BODY}(?:\s*[（(]|は)\s*$"
)
# A company's own premises (our head office is at …, the store is on …): a business address.
_EN_PREMISES: Final = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Ii]ts) (?:head office|headquarters|HQ|main office|office|store|shop"
    rf"|branch|showroom|factory|warehouse) {_EN_VERB}\s*,?\s*$"
)
# Twenty-second round: a company's seat written as a profile or a notice writes it
# (headquartered at …, Head office: …, registered office is at …; 本社：…, 当社の所在地は …,
# 本社移転のお知らせ：新住所は …): a business address.
_EN_SEAT: Final = re.compile(
    r"(?:\b(?:[Hh]ead-?quartered|HQ'd) (?:at|in)"
    r"|\b(?:[Hh]ead office|HQ|[Hh]eadquarters|[Rr]egistered office|[Cc]ompany address)"
    r"(?: is)?(?: located)?(?: at)?\s*:?"
    # Twenty-sixth round: the address on the company's own page or stationery (our website
    # footer reads '…', our letterhead: …); "our" before it, as for "Our head office: …"
    r"|\b(?:[Ww]ebsite |[Ss]ite |[Ww]eb |[Ee]-?mail )?(?:[Ff]ooter|[Ll]etterhead"
    r"|[Bb]usiness card|[Ss]ignature)(?: address)?(?: (?:reads|says|is|shows|lists))?\s*:?"
    r"\s*['\"“‘]?(?:(?:[Hh]ead office|[Aa]ddress|HQ|Office)\s*:)?)\s*,?\s*$"
)
_JA_SEAT: Final = re.compile(
    r"(?:(?:弊社|当社|本社|本店|支社|支店|営業所|事務所|工場)(?:の)?(?:新)?(?:住所|所在地)?"
    r"|移転[^。\n]{0,20}?新(?:住所|所在地)"
    # Twenty-sixth round: the address printed on the company's own page or stationery
    # (弊社フッターの住所「…」, 当社サイトの会社概要にある所在地：…, 自社の名刺の住所を英語に)
    r"|(?:弊社|当社|自社|我が社)の?[^。\n「」]{0,12}?(?:フッター|サイト|ホームページ|HP|会社概要"
    r"|名刺|レターヘッド|パンフレット|チラシ|請求書|封筒|署名)[^。\n「」]{0,6}?(?:住所|所在地))"
    r"(?:は|が|を)?\s*[:：]?\s*[「『\"“]?\s*$"
)
# Words that make the owner a person: one's own (my, 自宅), a title (Mr. Park is at …), a
# possessive (Grandma's Building, the Smiths' Tower): such an address stays masked.
_NOT_OWNER: Final = re.compile(
    r"(?:私|自宅|実家|うち|僕|俺|弊社の私|\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er)\b"
    r"|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b|[A-Za-z]'s\b|[A-Za-z]s'(?=\s))"
)


_OUR_SEAT: Final = re.compile(r"(?<![A-Za-z])[Oo]ur $")


# Twenty-fourth round: a facility named and its address right after it, the way guides,
# lists and tables give it (東京タワー（東京都港区芝公園4-2-8）, ・京都国立博物館：…,
# | 東京国立博物館 | …, 麹町税務署 〒102-8311 …; the Eiffel Tower (5 Av. Anatole France …),
# held at the Moscone Center, 747 Howard St …). On the address's own line only; a space
# alone counts after a 〒 code. Not when the sentence says someone lives, stays or receives
# things there (_RESIDENCE): 東京タワーの近くの港区芝公園…に住んでいます stays masked.
_JA_FACILITY_EXTRA: Final = (
    r"(?:天守閣|閣|ホテル|旅館|商業施設|モール|市場|寺院|教会|聖堂|記念碑|広場|門|本館|別館|分館"
    # thirtieth round: venues of events and offices (東京国際フォーラム, 梅田スカイビル)
    r"|フォーラム|アリーナ|メッセ|展示場|会議場|ビル)"
)
_JA_NAMED_AT: Final = re.compile(
    r"[^\s、。,.!?！？「」()（）|｜・:：]{1,16}"
    rf"(?:{_JA_FACILITY}|{_JA_PUBLIC_BODY}|{_JA_FACILITY_EXTRA})"
    r"(?P<sep>\s*[（(]|\s*[:：|｜]|\s*[、，]|\s+)\s*$"
)
_EN_LANDMARK: Final = (
    rf"(?:{_EN_FACILITY}|Memorial|Monument|House|Opera House|Gardens?|Square|Bridge|Gate"
    r"|Basilica|Abbey|Mosque|Synagogue|Observatory|Aquarium|Pavilion|Market|Hotel|Plaza"
    r"|Garden|Point|Pier|Dome|Convention Center|Exhibition Centre)"
)
_EN_NAMED_AT: Final = re.compile(
    rf"(?:\b[Tt]he (?:{_CAPITALISED} ){{0,5}}{_EN_LANDMARK}"
    rf"(?: of(?: the)?(?: {_CAPITALISED}){{1,2}})?"
    rf"|(?:^|(?<=[:\-–—•*|] ))(?:{_CAPITALISED} ){{1,4}}{_EN_LANDMARK}"
    rf"|(?:{_CAPITALISED} ){{1,4}}(?:{_EN_PUBLIC_BODY}|Memorial|Monument|Cathedral|Stadium"
    r"|Arena|Museum|Gallery|Airport|Library|University|Hospital|Palace|Castle|Shrine|Temple)"
    # thirtieth round: the facility word first (Hotel New Otani Tokyo, Museum of Modern Art)
    rf"|\b(?:Hotel|Museum of|Gallery of|Palace of|Temple of|Castle of)(?: {_CAPITALISED}){{1,4}})"
    r"(?P<sep>\s*\(|\s*,)\s*$"
)
_RESIDENCE: Final = re.compile(
    r"住んで|住む|住み|住ん|在住|暮らし|自宅|実家|住所変更|引っ越|転居|現住所|新住所|お届け|届け先"
    r"|配送|配達|送り先|送付先|宛先|差出人|発送|泊ま|の家|マンション|アパート|号室"
    r"|ハイツ|コーポ|レジデンス|メゾン|ハイム|荘\d"
    r"|\b(?:[Ll]ive[sd]?|[Ll]iving|[Mm]y|[Oo]ur (?:house|home|flat|apartment|place)|[Hh]ome"
    r"|[Ss]hip(?:ping)?|[Dd]eliver\w*|[Ss]end (?:it |this |the \w+ )?to|[Aa]pt|[Aa]partment"
    r"|[Ff]lat|[Uu]nit|[Rr]oom|[Ss]tay(?:ing)?|[Mm]ail (?:it|this) to)\b"
)
_ROW_HEAD: Final = re.compile(r"[\s・•*\-–|｜0-9０-９.)）]*")
_POSTCODE_BEFORE: Final = re.compile(r"〒\s*[0-9０-９]{3}\s*[-‐－ー]?\s*[0-9０-９]{4}\s*$|〒\s*$")


def _sentence(text: str, start: int) -> str:
    head = max(text.rfind(c, 0, start) for c in "?!。？！\n") + 1
    tail = re.compile(r"[?!。？！\n]|\.(?:\s|$)").search(text, start)
    return text[head : tail.end() if tail is not None else len(text)]


def _named_right_before(text: str, start: int) -> bool:
    """Whether a facility is named right before the address starting at ``start`` on its
    line (twenty-fourth round, above)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _REACH) : start]
    if line_start < start - _REACH:
        before = "\x00" + before  # ^ is the line's start only
    postcode = _POSTCODE_BEFORE.search(before)
    if postcode is not None:
        before = before[: postcode.start()]
    match = _JA_NAMED_AT.search(before) or _EN_NAMED_AT.search(before)
    if match is None or (match.group("sep").isspace() and postcode is None):
        return False
    # After a colon, a pipe or a space the name opens its line or its list item or cell
    # (・京都国立博物館：…, | 東京国立博物館 | …): 山田太郎 東京タワー 〒… is someone's label.
    if (
        not match.group("sep").strip().startswith(("(", "（", ",", "、", "，"))
        and _ROW_HEAD.fullmatch(before[: match.start()]) is None
    ):
        return False
    if _NOT_OWNER.search(match.group()) is not None:
        return False
    return _RESIDENCE.search(_sentence(text, start)) is None


# Twenty-second round: an address in a sentence about a story (221B Baker Street in the
# Holmes stories, Why did Conan Doyle choose …): a fictional address. Not when the sentence
# also names someone's own home (my, 私, 自宅 …: _NOT_OWNER).
_FICTION: Final = re.compile(
    r"(?:\b(?:Holmes|Sherlock|[Nn]ovels?|[Ss]tor(?:y|ies)|[Ff]ictional|[Dd]etective|[Bb]ooks?)\b"
    r"|小説|物語|ホームズ|名探偵|作中|架空)"
)
_SENTENCE_END: Final = re.compile(r"[.?!。？！\n]")


def _in_a_story(text: str, start: int) -> bool:
    head = max(text.rfind(c, 0, start) for c in ".?!。？！\n") + 1
    tail = _SENTENCE_END.search(text, start)
    sentence = text[head : tail.end() if tail is not None else len(text)]
    return _FICTION.search(sentence) is not None and _NOT_OWNER.search(sentence) is None


# Twenty-fifth round: a shop, a store or a business named by its brand alone (ヨドバシAkiba,
# ルミネ新宿, 大阪髙島屋, Apple Store Ginza) with its address in brackets after it, or
# ``…の住所は`` / ``'s address is`` before it, when the request asks about its trading
# hours or days (営業時間, 定休日, 元日も開いていますか, opening hours, open on …): a public
# business's address. Not when its sentence says someone lives, stays or receives things
# there, nor with an honorific or a personal cue in the owner's words.
_BUSINESS_ASK: Final = re.compile(
    r"営業時間|営業日|定休日|休業日|休館日|開店時間|閉店時間|開館時間|閉館時間|年中無休"
    r"|(?:元日|元旦|正月|年末|年始|祝日|日曜|土曜|土日|平日|夜)(?:も|は|に)?(?:開い|営業|やって)"
    r"|\b(?:opening|business|trading|store|shop) hours\b|\bopen (?:on|until|late|at night)\b"
    r"|\bclosing time\b|\bclosed on\b"
)
_JA_BRAND_AT: Final = re.compile(
    r"(?:^|[\s、。,.!?！？「」|｜・:：])(?P<name>[^\s、。,.!?！？「」()（）|｜・:：]{2,16})"
    r"(?:\s*[（(]|の(?:住所|所在地)(?:は|が|って)?\s*[:：]?)\s*$"
)
_EN_BRAND_AT: Final = re.compile(
    r"(?P<name>(?:[A-Z][\w'&.\-]*\s){0,4}[A-Z][\w'&.\-]*)"
    r"(?:\s*\(|'s address is|\s(?:is\s)?(?:located\s)?(?:at|on))\s*,?\s*$"
)
_PERSON_MARK: Final = re.compile(
    r"さん|様|さま|氏|君|くん|ちゃん|先生|殿|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b"
)


def _business_named_before(text: str, start: int) -> bool:
    """Whether a business is named right before the address at ``start`` and the request
    asks about its trading hours (twenty-fifth round, above)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _REACH) : start]
    match = _JA_BRAND_AT.search(before) or _EN_BRAND_AT.search(before)
    if match is None:
        return False
    owner = match.group("name")
    if _NOT_OWNER.search(owner) is not None or _PERSON_MARK.search(owner) is not None:
        return False
    # the request: the address's sentence and what follows it on its line
    line_end = text.find("\n", start)
    rest = text[max(line_start, start - _REACH) : len(text) if line_end < 0 else line_end]
    if _BUSINESS_ASK.search(rest) is None:
        return False
    return _RESIDENCE.search(rest) is None


# Twenty-fifth round: a home next to a landmark (I live next to Tokyo Tower at 3-5-12 …,
# 東京タワーの近くの港区… に住んでいます) is a person's: where the owner's words name a public
# place, the sentence must not say someone lives or stays at the address.
_LIVES_THERE: Final = re.compile(
    r"住んで|住む|住み|住ん|在住|暮らし|自宅|実家|現住所|号室|マンション|アパート|ハイツ|コーポ|メゾン"
    r"|レジデンス|\b(?:[Ll]ive[sd]?|[Ll]iving|stay(?:ing|s)?|home|[Aa]pt|apartment|flat|room"
    r"|[Uu]nit|neighbou?r)\b"
)


# Twenty-fifth round (families of the round-24 hand set, tuned on): a facility said to be
# at the address (明治神宮は渋谷区代々木神園町1-1にあります), and a form that names a facility
# on the line above the address's label (施設名：横浜市中央図書館⏎所在地：…).
_JA_FACILITY_IS: Final = re.compile(
    rf"[^\s、。,.!?！？「」()（）]{{0,16}}(?:{_JA_FACILITY}|{_JA_FACILITY_EXTRA})は\s*$"
)
_IS_THERE_AFTER: Final = re.compile(r"[^。\n？?！!]{0,50}?に(?:あります|ある|あって|位置|所在)")
_ADDRESS_LABEL: Final = re.compile(r"^\s*(?:所在地|住所|場所)\s*[:：]\s*$")
_FACILITY_LABEL: Final = re.compile(r"^\s*(?:施設名?|会場名?|店舗名|店名|館名|名称)\s*[:：]\s*\S")


def _facility_form(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or _ADDRESS_LABEL.match(text[line_start:start]) is None:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return _FACILITY_LABEL.match(above) is not None and _NOT_OWNER.search(above) is None


# Thirtieth round: a named place with its address given as where to go (パシフィコ横浜
# 神奈川県… までの駐車場, 東京ビッグサイト 江東区有明3-11-1 への行き方, How do I get to the
# venue …): the sentence asks the way, and the words right before the address name the place
# in katakana (five or more: サトウ is a surname) or with a facility or venue word, not a
# person (田中 世田谷区…, 祖母の家 世田谷区…, Directions to Taro Yamada, 4-11-3 … stay masked).
_GOING_THERE: Final = re.compile(
    r"への?(?:行き方|道順|アクセス|ルート|経路|道のり)|まで(?:の)?(?:行き方|道順|アクセス|ルート|経路"
    r"|駐車場|タクシー|電車|バス|徒歩|車で|何分|どのくらい|どう(?:やって)?行)|最寄り?の?駅|駐車場"
    r"|(?i:\bdirections\b|\bhow (?:do (?:I|we)|can (?:I|we)|to) get\b|\bnearest station\b"
    r"|\bparking\b)"
)
_PLACE_NAME_BEFORE: Final = re.compile(
    r"(?:[\u30a0-\u30ff]{5,}[^\s、。,.!?！？「」()（）]{0,8}"
    rf"|[^\s、。,.!?！？「」()（）]{{0,16}}(?:{_JA_FACILITY}|{_JA_FACILITY_EXTRA})"
    # Latin capitals with a venue word last (Tokyo Big Sight): Taro Yamada, … is a person
    rf"|(?:[A-Z][A-Za-z'&.\-]*\s){{0,4}}(?:{_EN_LANDMARK}|Sight|Hills|Forum|Messe|Arena|Taisha|Jinja|Jingu))"
    r"\s*[（(、,:：]?\s*$"
)


def _place_to_go(text: str, start: int) -> bool:
    sentence = _sentence(text, start)
    if _GOING_THERE.search(sentence) is None:
        return False
    if _RESIDENCE.search(sentence) is not None or _LIVES_THERE.search(sentence) is not None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _REACH) : start]
    match = _PLACE_NAME_BEFORE.search(before)
    if match is None or not match.group().strip():
        return False
    return _NOT_OWNER.search(before) is None and _PERSON_MARK.search(before) is None


# Thirty-second round: addresses that are themselves the name of a seat of government or a
# landmark (1600 Pennsylvania Avenue, 10 Downing Street), asked about as a topic, in history,
# a letter to the office or a guide. A Japanese landmark's address counts only with the
# landmark named in the text (首相官邸 … 永田町2-3-1; a form's 千代田区千代田1-1 alone
# stays someone's, as this project's tests write it). Not when its sentence says someone
# lives or stays there or calls it their own (my, 私, 自宅).
_LANDMARK_ADDRESS: Final = re.compile(
    r"(?i:1600 Pennsylvania Ave(?:nue|\.)?(?: N\.?W\.?)?(?![\w-]| (?:Apt|Unit|Suite|#))"
    r"|1[01] Downing St(?:reet|\.)?(?![\w-])"
    r"|1 Infinite Loop|1 Apple Park Way|1600 Amphitheatre P(?:ark)?wa?y|1 Microsoft Way"
    r"|350 (?:5th|Fifth) Ave(?:nue|\.)?|20 W(?:est|\.)? 34th St(?:reet|\.)?"
    r"|30 Rockefeller Plaza|11 Wall St(?:reet|\.)?|405 Lexington Ave(?:nue|\.)?"
    r"|1 Dr\.? Carlton B\.? Goodlett P(?:lace|l\.?))"
)
_DASH: Final = r"(?:丁目|番地?|[-‐－ー−])"
_JA_LANDMARKS: Final = tuple(
    (re.compile(rf"(?:東京都)?{address}号?(?![0-9０-９]|{_DASH})"), re.compile(names))
    for address, names in (
        (rf"千代田区永田町[2２]{_DASH}[3３]{_DASH}[1１]", r"官邸|総理|首相"),
        (rf"千代田区永田町[1１]{_DASH}[7７]{_DASH}[1１]", r"国会|議事堂|衆議院|参議院"),
        (rf"新宿区西新宿[2２]{_DASH}[8８]{_DASH}[1１]", r"都庁|東京都庁|都議会"),
        (rf"千代田区千代田[1１]{_DASH}[1１]", r"皇居|宮内庁|御所"),
        (rf"港区芝公園[4４]{_DASH}[2２]{_DASH}[8８]", r"東京タワー"),
        (rf"墨田区押上[1１]{_DASH}[1１]{_DASH}[2２]", r"スカイツリー"),
    )
)
# One's own address said so (my address is 10 Downing Street, 私の住所は…): a person's.
_OWN_HOME: Final = re.compile(r"私|自宅|実家|うちの|\b(?:[Mm]y|I)\b")


def _landmark_address(text: str, start: int) -> bool:
    if _LANDMARK_ADDRESS.match(text, start) is None and not any(
        address.match(text, start) is not None and names.search(text) is not None
        for address, names in _JA_LANDMARKS
    ):
        return False
    sentence = _sentence(text, start)
    return _LIVES_THERE.search(sentence) is None and _OWN_HOME.search(sentence) is None


def owned_by_public_place(text: str, start: int) -> bool:
    """Whether the address starting at ``start`` is given as a public place's (see the
    module docstring), or a fictional one in a sentence about a story."""
    if _in_a_story(text, start):
        return True
    if _landmark_address(text, start):
        return True
    if _named_right_before(text, start):
        return True
    if _place_to_go(text, start):
        return True
    # A 〒 code between the owner's words and the address: read the words before it.
    line_head = text.rfind("\n", 0, start) + 1
    postcode = _POSTCODE_BEFORE.search(text, max(line_head, start - 16), start)
    if postcode is not None and postcode.start() > line_head:
        start = postcode.start()
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and line_start > 0:
        # The address opens its line: its owner may be the line above (国会議事堂の所在地⏎…).
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        before = text[max(line_start, start - _REACH) : start].replace("\n", " ")
    else:
        before = text[max(line_start, start - _REACH) : start]
    if _EN_PREMISES.search(before) is not None:
        return True
    seat = _EN_SEAT.search(before) or _JA_SEAT.search(before)
    if seat is not None and _NOT_OWNER.search(before[max(0, seat.start() - 8) :]) is None:
        return True
    # Wave 2: "Our head office: …" is the company's own seat (our house stays masked).
    if seat is not None and _OUR_SEAT.search(before, max(0, seat.start() - 8), seat.start()):
        return True
    if _business_named_before(text, start):
        return True
    if _facility_form(text, start):
        return _RESIDENCE.search(text[start : start + 80]) is None
    facility_is = _JA_FACILITY_IS.search(before)
    if (
        facility_is is not None
        and _IS_THERE_AFTER.match(text, start) is not None
        and _NOT_OWNER.search(facility_is.group()) is None
        and _LIVES_THERE.search(_sentence(text, start)) is None
    ):
        return True
    match = _JA_OWNER.search(before) or _EN_OWNER.search(before) or _JA_BODY_AT.search(before)
    if match is None:
        return False
    if _LIVES_THERE.search(_sentence(text, start)) is not None:
        return False
    return _NOT_OWNER.search(match.group()) is None
