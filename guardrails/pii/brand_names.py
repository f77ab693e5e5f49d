"""Brands, products and plans that are written like a person's name, told apart by the words
around them (twentieth round): ``a Suzuki Swift``, ``Louis Vuitton bags``, ``the Gold Plan``,
``a can of Dr Pepper``, ``episodes of Mr. Bean``.

Contract: :func:`names_a_brand` says whether the Latin-letter PERSON span ``start:end`` of
``text`` names a thing. It needs the thing's own context, never the name alone, so a person
who shares a brand's name (``Mr. Bean from accounts``, ``Louis Vuitton's lawyer``) stays a
person:

* a product or shop noun right after the span, with no possessive, that is not a verb
  with its object (``Louis Vuitton bags``, ``Martha Stewart Living magazine``; not ``Emily
  Tan bags the prize``, ``Tom Lee watches the kids``);
* the indefinite article before a span of two or more words (``a Suzuki Swift``, ``an
  Audi Q5``): people are not counted so;
* a tier or offer word as the span's last word (``Gold Plan``, ``Premium Pass``);
* a title with one of the products named so (Dr Pepper, Mr. Bean, Mr. Clean, Dr. Who),
  with a word of drink or screen in the same sentence (``a can of``, ``episodes of``).

And, since the twenty-fourth round, a katakana span that holds or is joined by アンド /
エンド / ``&`` (``ジョンソン・エンド・ジョンソン``): a firm named "A and B".

Since the twenty-sixth round, also a name inside a title of a work — in 『』 (《》, ≪≫), or
in 「」 right after the kind of work (``映画『千と千尋の神隠し』``, ``ドラマ「半沢直樹」``), with
no honorific after it — and a Latin span of two or more words with a capital inside a word
that no surname prefix explains (``Bose QuietComfort``; not ``McAllister``, ``DeShawn``) or
a model word after it (``… Ultra``, ``… Pro``).

Pure; never raises.
"""

from __future__ import annotations

import re
from typing import Final

from guardrails.pii.public_figures import HONORIFIC_OR_TITLE_AFTER

__all__ = ["names_a_brand"]

_PRODUCT_AFTER: Final = re.compile(
    r"[ ](?:bags?|handbags?|purses?|wallets?|shoes|sneakers|trainers|boots|jeans|perfumes?"
    r"|fragrances?|cosmetics|make-?up|watch(?:es)?|cars?|SUVs?|trucks?|vans|bikes?"
    r"|motorcycles?|scooters?|magazines?|coffee|doughnuts|donuts|burgers?|fries|ice[ ]cream"
    r"|chocolates?|cereals?|sauces?|beers?|whisk(?:e)?y|restaurants?|stores?|outlets?"
    r"|boutiques?|franchises?|dealers(?:hips?)?|products?|merch(?:andise)?|collection"
    r"|catalog(?:ue)?|models?|line-?up|brand)\b"
    # not a verb of the person's (Emily Tan bags the prize, Tom Lee watches the kids)
    # (a preposition follows a shop as often: the Tory Burch store in Ginza)
    r"(?![ ](?:the|a|an|his|her|their|its|my|our|your|it|them|him|me|us)\b)"
)
_ARTICLE_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?:a|an|A|An)[ ]$")
_OFFER_LAST: Final = re.compile(
    r"[ ](?:Plans?|Tiers?|Package|Packages|Edition|Membership|Bundle|Subscription|Pass"
    r"|Programme|Program|Option|Course|Menu|Set)$"
)
_TITLED: Final = re.compile(r"(?:Dr|Mr|Mrs|Ms)\.?[ ]$")
_TITLED_THINGS: Final = frozenset(
    {"pepper", "bean", "who", "clean", "muscle", "potato", "robot", "seuss", "oetker",
     "martens", "pibb", "freeze", "bubble", "men"}
)  # fmt: skip
_DRINK_OR_SCREEN: Final = re.compile(
    r"(?i:\b(?:can|cans|bottle|bottles|soda|pop|drink|drinks|caffeine|sugar|flavou?rs?|taste"
    r"|diet|episodes?|show|series|season|movie|film|cartoon|sitcom|watch|watched|character"
    r"|dvd|netflix|tv|comedy|books?|cleaner|toy)\b)"
)
_SENTENCE_END: Final = re.compile(r"[.!?\n](?:[ ]|$)")
# Twenty-fourth round: a firm written in katakana as "A and B" (ジョンソン・エンド・ジョンソン,
# プロクター・アンド・ギャンブル, ベン・アンド・ジェリーズ, ジョンソン&ジョンソン): a person's
# name never holds the word "and", so a katakana span with it inside, or joined to the rest
# by it, is the firm's.
_KATAKANA_AND: Final = "(?:[・=]?(?:アンド|エンド)[・=]?|\\s?[&＆]\\s?)"
_FIRM_AND_INSIDE: Final = re.compile(
    rf"[ァ-ヶー]+{_KATAKANA_AND}[ァ-ヶー]+|[ァ-ヶー]+[・=](?:アンド|エンド)$"
)
_FIRM_AND_AFTER: Final = re.compile(rf"{_KATAKANA_AND}[ァ-ヶー]")
_FIRM_AND_BEFORE: Final = re.compile(rf"[ァ-ヶー]{_KATAKANA_AND}$")


# Twenty-fifth round: a firm named by a surname alone (鈴木の決算, 本田の株価, 豊田の時価総額,
# 松下の創業者): what follows with の is something only a company has — results, a share
# price, shareholders, a recall, a founder. Not 新車, 社長 or 工場 alone (a person may own a car
# or have a boss).
_FIRM_ONLY_AFTER: Final = re.compile(
    r"の(?:決算|株価|株主|業績|売上高?|営業利益|経常利益|純利益|時価総額|中期経営計画|有価証券報告書"
    r"|決算短信|IR|配当|上場|リコール|販売台数|市場シェア|創業者|創業|歴代社長|新製品|新商品|新型車"
    r"|ラインナップ|経営統合|買収|子会社|グループ会社"
    # thirtieth round: what a maker makes and sells (Honda と Suzuki の二輪車の海外シェア)
    # and what a person may own only with the market's word after it (鈴木の二輪車 alone is
    # someone's motorbike; 二輪車の海外シェア is the maker's)
    r"|(?:二輪|四輪|二輪車|四輪車|バイク|自動車|車|家電|ピアノ|楽器)の?(?:事業|部門|海外シェア"
    r"|国内シェア|世界シェア|シェア|販売台数|売上|ラインナップ)|海外シェア|国内シェア|世界シェア"
    r"|主力製品|主力商品|製品群|全車種|本社工場|海外展開|海外売上)"
)
# A firm in Latin letters is written with a space before the particle (Suzuki の決算).
_LATIN_FIRM_ONLY_AFTER: Final = re.compile(r"[ \u3000]?(?=の)")
# A fictional character named with what only a character has (コナンくんの声優, のび太の
# 名台詞, ルフィの必殺技, Sherlock Holmes's creator), an honorific of the story between them
# (くん, ちゃん, さん) allowed.
_CHARACTER_AFTER: Final = re.compile(
    r"(?:くん|君|ちゃん|さん|様)?の(?:声優|中の人|声を担当|作者|原作者|生みの親|登場回|初登場"
    r"|名台詞|名セリフ|決め台詞|決めゼリフ|必殺技|実写版|劇場版)"
    r"|(?:['’]s)?\s(?:voice actor|creator|catchphrase)s?\b"
)
# Twenty-sixth round: a title of a work. Japanese writes titles in 『』 (or 《》, ≪≫), and in
# 「」 right after the kind of work (映画「半沢直樹」, ドラマ「…」, 小説「…」): a name inside
# is the title or a character of it (『千と千尋の神隠し』, 夏目漱石の『三四郎』), not
# someone the writer deals with. A 「」 alone quotes speech or a name as often, so it needs
# the work word; an honorific inside the brackets (『山田太郎様』) keeps the person.
_WORK_OPEN: Final = re.compile(r"[『《≪]")
_WORK_CLOSE: Final = "』》≫"
_WORK_KIND_QUOTE: Final = re.compile(
    r"(?:映画|ドラマ|連ドラ|朝ドラ|大河ドラマ|アニメ|漫画|マンガ|まんが|小説|長編|短編|作品|戯曲|舞台"
    r"|ミュージカル|番組|曲|楽曲|歌|主題歌|アルバム|シングル|絵本|詩集|歌集|句集|童話|ゲーム|劇場版"
    r"|シリーズ|本|著書|新書|書籍|映画版|原作|続編|最終回|タイトル|作)[\s・]?「[^「」\n]{0,40}$"
)
_TITLE_REACH: Final = 40
# Twenty-sixth round: a Latin-letter product or model (the Bose QuietComfort Ultra, a Sony
# PlayStation, Microsoft PowerPoint): a word with a capital inside that no surname's
# prefix explains (McAllister, MacDonald, DeShawn, LeBron, DiCaprio, VanDyke, FitzGerald
# are people), or a model tier word right after the span; both only in a span of two or
# more words (a handle glues a person's names: GretaVoss).
_INNER_CAPITAL: Final = re.compile(r"\b(?P<head>[A-Z][a-z]+)[A-Z][a-z]")
_NAME_PREFIXES: Final = frozenset(
    {"Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "La", "Le", "Lo", "Van", "Von",
     "Fitz", "St", "Ten", "Ter", "Des", "Dos"}
)  # fmt: skip
_MODEL_AFTER: Final = re.compile(r"[ ](?:Ultra|Pro|Plus|Lite|Mini|SE|XL|Air|Neo|Max)\b(?![ ][a-z])")
# Twenty-eighth round: Japanese products whose names read as a surname and a given name
# (山田|錦 is a sake rice, not Mr Yamada Nishiki): rice and sake-rice varieties, sweets and
# foods named after a person or a place. A span that lies inside one of these words, written
# out, is the product; an honorific after it (山田錦さん) keeps the person.
_JA_NAMED_PRODUCTS: Final = (
    "山田錦", "美山錦", "八反錦", "白鶴錦", "千本錦", "秋田酒こまち", "吟風", "雄山錦", "出羽燦々",
    "五百万石", "亀の尾", "雄町", "愛山", "越乃寒梅", "獺祭", "黒龍", "コシヒカリ", "ササニシキ",
    "ひとめぼれ", "あきたこまち", "ゆめぴりか", "つや姫", "信玄餅", "金太郎飴", "源氏パイ",
)  # fmt: skip


def _a_named_product(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside a listed product name written out
    (``_JA_NAMED_PRODUCTS``), with no honorific after the product."""
    for product in _JA_NAMED_PRODUCTS:
        lo = max(0, end - len(product))
        at = text.find(product, lo, start + len(product))
        if 0 <= at <= start and at + len(product) >= end:
            return HONORIFIC_OR_TITLE_AFTER.match(text, at + len(product)) is None
    return False


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` sits inside a title of a work (see ``_WORK_OPEN``)."""
    lo = max(0, start - _TITLE_REACH)
    before = text[lo:start]
    opened = max(before.rfind(c) for c in "『《≪")
    if opened >= 0 and not any(c in before[opened:] for c in _WORK_CLOSE + "\n"):
        close = min(
            (i for i in (text.find(c, end, end + _TITLE_REACH) for c in _WORK_CLOSE) if i >= 0),
            default=-1,
        )
        if close >= 0 and "\n" not in text[end:close]:
            return HONORIFIC_OR_TITLE_AFTER.match(text, end) is None
    if _WORK_KIND_QUOTE.search(before) is not None:
        close = text.find("」", end, end + _TITLE_REACH)
        return (
            close >= 0
            and "\n" not in text[end:close]
            and HONORIFIC_OR_TITLE_AFTER.match(text, end) is None
        )
    return False


def _a_product(text: str, start: int, end: int) -> bool:
    """Whether the Latin span names a product by its shape (see ``_INNER_CAPITAL``)."""
    if " " not in text[start:end]:
        return False  # GretaVoss: a handle glues a person's two names so
    if any(
        m.group("head") not in _NAME_PREFIXES for m in _INNER_CAPITAL.finditer(text, start, end)
    ):
        return True
    return _MODEL_AFTER.match(text, end) is not None


def names_a_brand(text: str, start: int, end: int) -> bool:
    """Whether the PERSON span ``text[start:end]`` names a brand, product or plan, a firm
    by what only a firm has, or a fictional character by what only a character has."""
    span = text[start:end]
    if _CHARACTER_AFTER.match(text, end) is not None:
        return True
    if _in_title(text, start, end):
        return True
    if not span.isascii() and _a_named_product(text, start, end):
        return True
    if HONORIFIC_OR_TITLE_AFTER.match(text, end) is None and _FIRM_ONLY_AFTER.match(text, end):
        return True
    if (
        span.isascii()
        and (gap := _LATIN_FIRM_ONLY_AFTER.match(text, end)) is not None
        and _FIRM_ONLY_AFTER.match(text, gap.end()) is not None
    ):
        return True  # Suzuki の二輪車の国内シェア (thirtieth round)
    if (
        _FIRM_AND_INSIDE.search(span) is not None
        or (span[-1:] != "・" and _FIRM_AND_AFTER.match(text, end) is not None)
        or _FIRM_AND_BEFORE.search(text, max(0, start - 6), start) is not None
    ) and re.fullmatch(r"[ァ-ヶー・=&＆\s]+", span):
        return True
    if not span.isascii() or not span[:1].isalpha():
        return False
    if _PRODUCT_AFTER.match(text, end) is not None or _a_product(text, start, end):
        return True
    if " " in span and _ARTICLE_BEFORE.search(text, max(0, start - 3), start) is not None:
        return True
    if _OFFER_LAST.search(span) is not None:
        return True
    if span.lower() in _TITLED_THINGS and _TITLED.search(text, max(0, start - 5), start):
        sentence_start = max(
            (m.end() for m in _SENTENCE_END.finditer(text, 0, max(0, start - 5))), default=0
        )
        stop = _SENTENCE_END.search(text, end)
        sentence = text[sentence_start : len(text) if stop is None else stop.start()]
        return _DRINK_OR_SCREEN.search(sentence) is not None
    return False
