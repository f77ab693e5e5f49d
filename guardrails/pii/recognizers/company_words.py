"""Romaji and English company-name endings (``person_words/romaji_org_words.txt``).

A surname is often a company's name too: ``Yamada Denki``, ``Suzuki Motor``, ``Kobayashi
Pharmaceutical``. A PERSON span whose last Latin word is such an ending, or that is
followed by one, names the company, not a person (the Japanese endings, 田中工業, are read
by :mod:`guardrails.pii.recognizers.person` from ``org_or_place_heads.txt``). A Japanese
name followed by what only a company has (御木本の株価, の決算, の本社) is a company too.
"""

from __future__ import annotations

import re
from typing import Final

from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["is_company_name"]

_ENDINGS: Final = frozenset(w.lower() for w in load_word_list("romaji_org_words"))
_LAST_WORD: Final = re.compile(r"([A-Za-z]+)\.?\s*$")
_NEXT_WORD: Final = re.compile(r"[ \u3000]+([A-Za-z]+)")
# What only a company has, right after the name (御木本の株価, 吉野家の決算): the name is the
# company's (twelfth round).
_COMPANY_FRAME: Final = re.compile(
    r"の(?:株価|株式|決算|時価総額|株主総会|株主優待|創業者|創業の|本社|子会社|上場|新製品|新商品"
    r"|売上高|有価証券報告書|IR|採用情報|店舗数)"
)


# Seventeenth round: what only a bank, shop or company has after its name, in English
# (Sumitomo Mitsui Ginza branch, Mizuho's Shibuya branch, Aeon ATM), and banking with it.
_ENGLISH_THING_AFTER: Final = re.compile(
    r"(?:['’]s)?(?:[ ][A-Z][a-z]+){0,2}[ ](?:branch|branches|ATM|ATMs|headquarters"
    r"|online[ ]banking)\b"
)
# Session 18: after a comma (Sumitomo Mitsui, Ginza branch) a person at a branch is as
# likely (Emily Stone, Ginza branch), so the comma form needs a Japanese bank's own name in
# the span (the bank names, not surnames of people: mitsui and sumitomo are both, and a
# person named so at a branch is the risk taken).
_COMMA_BRANCH_AFTER: Final = re.compile(
    r",(?:[ ][A-Z][a-z]+){0,2}[ ]branch\b"
    r"(?![ ](?:manager|staff|head|clerk|teller|officer|employee|director|chief|lead)\b)"
)
_BANK_NAMES: Final = frozenset(
    {
        "mizuho", "mitsui", "sumitomo", "mitsubishi", "ufj", "mufg", "smbc", "resona",
        "shinsei", "rakuten", "sbi", "aeon", "paypay", "yucho", "aozora", "sony", "jibun",
    }
)  # fmt: skip
# Twenty-third round, wave 2 (tuned on): firms named after their founders, written as a
# person's full name (Goldman Sachs, Wells Fargo, Morgan Stanley in a list of banks); the
# span is the firm's when it is the whole name. A person so named is the risk taken.
_FOUNDERS_FIRMS: Final = frozenset(
    {
        "goldman sachs", "morgan stanley", "wells fargo", "charles schwab", "merrill lynch",
        "lehman brothers", "bear stearns", "edward jones", "raymond james", "dean witter",
        "smith barney", "morgan chase", "jpmorgan chase", "jp morgan", "j.p. morgan",
        "paine webber", "piper sandler", "stifel nicolaus", "franklin templeton",
        "fidelity investments", "jones lang lasalle", "booz allen", "booz allen hamilton",
        "hewlett packard", "harley davidson", "john deere", "ralph lauren", "calvin klein",
        "tommy hilfiger", "estee lauder", "dow jones", "marks spencer", "arthur andersen",
        "ernst young", "price waterhouse", "kohlberg kravis roberts", "warner bros",
        "rolls royce", "mercedes benz", "johnson johnson", "procter gamble", "ben jerry",
    }
)  # fmt: skip
_NOT_LETTER: Final = re.compile(r"[^a-z.]+")
_ENGLISH_THING_BEFORE: Final = re.compile(
    r"(?i:\bbank(?:s|ed|ing)?[ ]with|\bshares[ ]in|\bstock[ ]in|\binvest(?:ed|ing)?[ ]in)[ ]$"
)


def is_company_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends in a company ending or is followed by one, or by what only
    a company has (module)."""
    if _NOT_LETTER.sub(" ", text[start:end].lower()).strip() in _FOUNDERS_FIRMS:
        return True
    last = _LAST_WORD.search(text, start, end)
    if last is not None and last.group(1).lower() in _ENDINGS and last.start(1) > start:
        return True
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1).lower() in _ENDINGS:
        return True
    if _ENGLISH_THING_AFTER.match(text, end) is not None:
        return True
    if _COMMA_BRANCH_AFTER.match(text, end) is not None and any(
        word.lower() in _BANK_NAMES for word in re.findall(r"[A-Za-z]+", text[start:end])
    ):
        return True
    if _ENGLISH_THING_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    return _COMPANY_FRAME.match(text, end) is not None
