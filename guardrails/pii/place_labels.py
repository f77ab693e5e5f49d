"""Words a name reader may take for a person that the text around them says are a place or
a thing.

* **a place field's value**: tickets, logs and forms label their fields (``地域:梅田``,
  ``会場：千葉``, ``拠点=栄``, ``region: Sapporo``); many place names are surnames too
  (梅田, 千葉, 栄), and the label says what the value is;
* **the name of a shop, a branch or a channel**: a surname or place with 店, 屋, 堂, 亭, 庵,
  軒 or ちゃんねる right after it (嵐山店, 岡田屋, 田中ちゃんねる) names a shop or a video
  channel, not a person (店長, 店主, 店員 after a name are job titles: a person);
* **an area or a station**: a word with a place noun right after it (三宮方面, 天神周辺,
  梅田駅, 天神支店) or after の (梅田のオフィス, 天神の店舗, 栄の支店) names where something
  is (駅長, 支店長 are job titles; a person's place is written with an honorific:
  梅田さんのオフィス);
* **a sight or an event** (nineteenth round, second wave): a mountain, temple, shrine,
  garden, festival or the like, named with its landmark word (``Mount Takao``, ``the Sapporo
  Snow Festival``, ``Kiyomizu-dera``, ``兼六園``, ``祇園祭``) or gone to, seen or asked about
  as a sight (``嵐山に行くなら``, ``嵐山の竹林``); a name with an honorific after it
  (``西園寺さん``) stays a person.

Pure functions of the text; never raise.
"""

from __future__ import annotations

import re
from typing import Final

from guardrails.pii.recognizers.english_names import said_of_a_person

__all__ = ["after_place_label", "names_a_place", "names_a_sight", "names_a_thing"]

_REACH: Final = 24
_PLACE_LABEL: Final = re.compile(
    r"(?:地域|地区|エリア|場所|会場|拠点|店舗|支店|営業所|所在地|勤務地|出発地|目的地|到着地|行き先|"
    r"開催地|配送先地域|都道府県|市区町村|最寄り駅?|駅|region|area|location|city|venue|site|branch|"
    r"store|station|prefecture|destination)\s*[:：=]\s*$",
    re.IGNORECASE,
)


def after_place_label(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the value of a place field on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return _PLACE_LABEL.search(text, max(line_start, start - _REACH), start) is not None


_THING_AFTER: Final = re.compile(r"(?:店(?![長主員])|屋|堂|亭|庵|軒|ちゃんねる|チャンネル)")
# …or inside the span: 田中ちゃんねる, or three characters or more ending in a shop word
# (吉田屋; a two-character surname such as 土屋 or 古屋 stays a possible name).
_THING_INSIDE: Final = re.compile(r"(?:ちゃんねる|チャンネル|(?<=..)(?:屋|店|堂|亭|庵|軒))$")


# Thirty-third round: an animal named by the word before it (うちの猫のタマちゃん, 犬のポチくん,
# 愛犬ココ, my cat Luna): a pet's name, however a person's it looks.
_PET_BEFORE: Final = re.compile(
    r"(?:猫|ねこ|ネコ|犬|いぬ|イヌ|子猫|子犬|愛犬|愛猫|飼い猫|飼い犬|ペット|うさぎ|ウサギ|ハムスター"
    r"|インコ|オウム|金魚|亀|カメ|フェレット|わんこ|にゃんこ)の?$"
    r"|(?<![A-Za-z])(?i:my|our|the|his|her|their)[ ](?:(?:old|new|little|pet)[ ])?"
    r"(?i:cat|dog|puppy|kitten|hamster|rabbit|bunny|parrot|budgie|goldfish|turtle|tortoise"
    r"|ferret|pony|horse)[ ]$"
)


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is part of a shop's or a channel's name, or a
    pet's name after the animal it is (猫のタマちゃん, our dog Max)."""
    return (
        _THING_AFTER.match(text, end) is not None
        or _THING_INSIDE.search(text[start:end]) is not None
        or _PET_BEFORE.search(text, max(0, start - 16), start) is not None
    )


# A place noun right after the word (三宮方面, 梅田駅; not 駅長, 支店長) or after の
# (梅田のオフィス, 天神の店舗).
_PLACE_AFTER: Final = re.compile(
    r"(?:駅(?![長員])|支店(?!長)|方面|周辺|界隈|近辺|付近|駅前|営業所(?!長)|出張所(?!長))"
    r"|の(?:オフィス|店舗|支店(?!長)|営業所(?!長)|本社|支社|工場|キャンパス|駅(?![長員])|方面"
    r"|周辺|界隈|駅前|拠点|会場|商業施設|ショッピングモール|駅ビル|地下街|繁華街|改札|出口)"
)


def names_a_place(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` names an area or a station (a place noun follows)."""
    return _PLACE_AFTER.match(text, end) is not None


# A landmark word that makes the name a sight or an event: before it (Mount Takao, Lake
# Biwa), after it (Sapporo Snow Festival, Meiji Shrine, Kenrokuen Garden), or joined with a
# hyphen as romaji writes Japanese sights (Kiyomizu-dera, Takao-yama, Nebuta Matsuri).
_EN_SIGHT_BEFORE: Final = re.compile(
    # thirtieth round: a hotel's name (Hotel New Otani, Hotel Okura)
    r"(?:Mount|Mt\.?|Lake|Cape|San|Santa|Saint|St\.|Fort|Hotel(?: [A-Z][a-z]+)?)\s$"
)
# Words that are also surnames (Park, Temple, Castle, Bay, Tower) count only after the name,
# never as its last word: Hye-jin Park is a person.
_EN_SIGHT_WORD = (
    r"(?:Festival|Matsuri|Shrine|Gardens?|Falls|Gorge|Onsen|Museum|Zoo|Aquarium|Fireworks"
    r"|Parade|Carnival|Illumination|Expo|Inari|Taisha|Jingu|Jinja)"
)
# Twenty-first round: streets, squares, stations, airports and memorials are named after
# people (Lincoln Avenue, Washington Square, Victoria Station, Charles de Gaulle airport);
# the street or facility word after the name, or ending it, makes the whole a place. Words
# that are also surnames (Hall, Lane, Park) count only after the name.
# Twenty-fifth round: St without its dot ends a street as well (Great Russell St, London).
_EN_WAY_WORD = (
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Square|Sq\.|Station|Airport"
    r"|Memorial|Monument|Plaza|Terminal|Bridge|Highway|Parkway|Expressway|Crescent|Circus)"
)
# Twenty-second round: a city, county or district word after a name that is also a surname
# (Washington DC, Jackson Hole, Jackson County, Carson City) makes the whole a place.
_EN_AREA_WORD = r"(?:DC|D\.C\.?|Hole|County|City)"
_EN_SIGHT_AFTER: Final = re.compile(
    rf"\s(?:{_EN_SIGHT_WORD}|{_EN_WAY_WORD}|Temple|Castle|Tower|Island|Valley|Bay|Hall|Lane"
    r"|Drive|Park|(?:international[ ])?airport|station|street|avenue|square|memorial"
    r"|DC|Hole|County|City)\b"
)
_EN_SIGHT_INSIDE: Final = re.compile(
    rf"^(?:Mount|Mt\.?|Lake|Cape|San|Santa|Saint|St\.|Fort)\s"
    rf"|\s(?:{_EN_SIGHT_WORD}|{_EN_WAY_WORD}|{_EN_AREA_WORD})$"
    r"|-(?:dera|jinja|jingu|jingū|taisha|yama|zan|dake|koen|kōen)$"
)
# Not -ji or -jo: Korean given names end so (Eun-ji, Hye-jo).
_EN_HYPHEN_SIGHT_AFTER: Final = re.compile(r"-(?:dera|jinja|jingu|taisha|yama|zan|dake|koen)\b")
# Japanese: a landmark word ending the name (three characters or more: 兼六園, 厳島神社,
# 祇園祭) or right after it, with no honorific after; or the name gone to or seen as a sight.
# Twenty-fourth round: a facility ending the name or right after it (田能資料館の休館日: its
# hours asked about must not leave 田能 read as a name once 田能資料館 is known for a place).
_JA_FACILITY_WORD = (
    r"(?:資料館|博物館|美術館|記念館|図書館|科学館|文学館|水族館|会館|公民館|体育館|タワー|ドーム"
    r"|球場|スタジアム)"
)
_JA_SIGHT_SUFFIX = (
    r"(?:園|寺|神社|神宮|大社|祭り?|城|温泉|公園|庭園|滝|峡|湖|岳|峠|渓谷|茶屋街|竹林|天満宮|八幡宮"
    r"|稲荷|観音|大仏|灯籠流し|花火大会|まつり"
    # Twenty-second round: a street (ベーカー街221B, ウォール街, 御堂筋通り).
    r"|街|通り|ストリート"
    rf"|{_JA_FACILITY_WORD})"
)
_JA_SIGHT_INSIDE: Final = re.compile(rf"(?<=..){_JA_SIGHT_SUFFIX}$")
# Thirtieth round: a building or venue whose name ends in katakana and a venue word
# (梅田スカイビル, 六本木ヒルズ, 東京国際フォーラム), inside the name or right after it.
_JA_VENUE = r"[\u30a0-\u30ff]{1,8}(?:ビル|ヒルズ|タワー|フォーラム|アリーナ|スクエア|プラザ)"
_JA_VENUE_INSIDE: Final = re.compile(rf"(?<=.){_JA_VENUE}$")
# A landmark word a few characters on (元浜緑地公園, 小田南公園) counts too, unless what follows
# it goes on as a given name (山田園子, 城之介).
_JA_SIGHT_AFTER: Final = re.compile(
    rf"[\u4e00-\u9fff]{{0,3}}{_JA_SIGHT_SUFFIX}(?![\u3041-\u3093子郎夫美恵代江男介太雄彦之])"
    rf"|{_JA_FACILITY_WORD}"
    # thirtieth round: a building or venue named in katakana after it (梅田スカイビル, 六本木ヒルズ)
    rf"|{_JA_VENUE}(?![\u3041-\u3093])"
    r"|(?:に|へ)(?:行(?:く|き|っ|け|こ)(?!せ)|遊びに|観光|旅行|出かけ|寄(?:る|り|っ))"
    r"|を(?:観光|散策|訪れ|訪ね|見(?:に|て|た|物)|回(?:る|り|っ)|巡)"
    r"|の(?:竹林|紅葉|桜|ライトアップ|入場料|入園料|拝観|御朱印|見どころ|観光|混雑|アクセス"
    r"|開園|営業時間|雪吊り|山鉾|花火|夜景|絶景|展望台|ロープウェイ|ケーブルカー|登山|頂上"
    # Twenty-fourth round: a place's hours and fees (雷門は何時まで開いていますか, …の休館日).
    r"|開館時間|閉館時間|休館日|入館料|拝観料|拝観時間|開門|閉門)"
    r"|(?:は|って|も)?(?:何時(?:まで|から|に)|いつまで|いつから)(?:開い|開館|開園|開門|閉ま|閉館|入れ)"
)
_HONORIFIC_AFTER: Final = re.compile(
    r"\s?(?:さん|様|さま|氏|君|くん|ちゃん|先生|先輩|殿|-san|-sama|-kun|-chan)"
)


# Way and sight words that are also surnames (Tom Street, Ann Hall, Joe Bridge).
_SURNAME_WAY_WORDS: Final = frozenset(
    {"Street", "Lane", "Road", "Hall", "Park", "Bridge", "Square", "Temple", "Castle", "Tower",
     "Field", "Bay"}
)  # fmt: skip
_EN_SIGHT_BEFORE_WORD: Final = re.compile(r"Mount|Mt\.?|Lake|Cape|San|Santa|Saint|St\.|Fort")


# Twenty-third round (tuned on bench/pii_r23_struct_gen half T): a name in a travel or place
# frame is a place (hotels in Beverly Hills, the cost of living in Austin, Charlotte and
# Santa Monica, a visa for Canada, the best time of year to visit X, our Jackson office,
# Lincolnの天気): a frame noun and its preposition with up to three names of a list between;
# or an office, plant or branch word, or a Japanese place question, after it.
# Not "visit X", "to X" or "in X" alone (visit Charlotte in hospital, send it to Charlotte,
# loop in Charlotte), nor a name before a possessive.
_EN_LIST_ITEM = r"[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2}"
_EN_PLACE_BEFORE: Final = re.compile(
    r"(?:\b(?i:hotels?|restaurants?|bars|things to do|weather|cost of living|flights?|trips?"
    r"|itinerary|visas?|resorts?|museums?|apartments?|neighbou?rhoods?|population|temperatures?"
    r"|office|branch|plant|stores?|headquarters|based|located|moved?|moving|relocat(?:e|ed|ing)"
    r"|travel(?:l?ing)?|drive|train|ferry|ski(?:ing)?)\s(?:in|to|for|near|around|from|of|at)"
    # twenty-eighth round: a stay somewhere (a weekend in Victoria, British Columbia; not a
    # weekend for Anna, a holiday with Sam)
    r"|\b(?i:weekends?|holidays?|vacations?|getaways?|honeymoon|road trip|day trip)\s(?:in|at)"
    r"|\b(?i:time of (?:the )?year|best time|worth it|places) to visit)\s"
    rf"(?:{_EN_LIST_ITEM}(?:,\s(?:and\s|or\s)?|\s(?:and|or|vs\.?|versus)\s)){{0,3}}$"
    # places something is founded, held or opened in, or someone lives or stays in
    r"|\b(?:founded|born|held|opened|headquartered|lives?|lived|stay(?:ing|ed)?)\sin\s$"
)
_POSSESSIVE_AFTER: Final = re.compile(r"\s?['’]s\b")
_EN_PLACE_AFTER: Final = re.compile(
    r"\s(?:office|plant|branch|campus|factory|warehouse|headquarters|HQ)\b"
    r"|の(?:天気|治安|気候|人口|物価|観光|ホテル|空港)"
)


_THE_BEFORE: Final = re.compile(r"\b[Tt]he\s$")
_LANDMARK_LAST: Final = frozenset(
    {"Tower", "House", "Hall", "Castle", "Temple", "Park", "Bridge", "Gate", "Palace", "Point",
     "Garden", "Gardens", "Cathedral", "Abbey", "Center", "Centre", "Building", "Memorial",
     "Monument", "Museum", "Stadium", "Arena", "Library", "Basilica", "Square", "Pier"}
)  # fmt: skip
_LANDMARK_AFTER: Final = re.compile(
    r"\s(?:Tower|House|Opera House|Hall|Castle|Temple|Bridge|Gate|Palace|Cathedral|Abbey"
    r"|Center|Centre|Memorial|Monument|Museum|Stadium|Arena|Library|Basilica|Pier)\b"
)


def names_a_sight(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a sight or an event (see the module docstring)."""
    if _HONORIFIC_AFTER.match(text, end) is not None:
        return False
    span = text[start:end]
    if span.isascii():
        # Tom Street will join, email Viggo Square the agenda: a person whose surname is a
        # street word (round 21, tuned on gen2 T).
        words = span.split(" ")
        # Twenty-fourth round: the Eiffel Tower, the Anne Frank House, the Sydney Opera
        # House: an article and a landmark word ending the name (people's names take no
        # article) name a place.
        if _THE_BEFORE.search(text, max(0, start - 4), start) is not None and (
            words[-1] in _LANDMARK_LAST or _LANDMARK_AFTER.match(text, end) is not None
        ):
            return True
        if (
            len(words) >= 2
            and words[-1] in _SURNAME_WAY_WORDS
            and _EN_SIGHT_BEFORE_WORD.fullmatch(words[0]) is None
            and said_of_a_person(text, start, end)
        ):
            return False
        return (
            _EN_SIGHT_BEFORE.search(text, max(0, start - 12), start) is not None
            or (
                _EN_PLACE_BEFORE.search(text, max(0, start - 80), start) is not None
                and _POSSESSIVE_AFTER.match(text, end) is None
            )
            or _EN_PLACE_AFTER.match(text, end) is not None
            or _EN_SIGHT_AFTER.match(text, end) is not None
            or _EN_SIGHT_INSIDE.search(span) is not None
            or _EN_HYPHEN_SIGHT_AFTER.match(text, end) is not None
        )
    return (
        _JA_SIGHT_INSIDE.search(span) is not None
        or _JA_VENUE_INSIDE.search(span) is not None
        or _JA_SIGHT_AFTER.match(text, end) is not None
    )
