"""The kanji words of a policy's rules read back from their kana reading (ギゾウ → 偽造).

The Japanese guard rules are written mostly in kanji (方法, 偽造, 上司, 突破, 電話番号).
Typed in kana instead, as an IME left unconverted or a writer avoiding the kanji does
(ぎぞうのほうほう, でんわばんごう), a rule no longer sees its word. :class:`KanaReadings`
holds, for one policy, the reading of each kanji word its patterns name and writes the
word back where a text holds that reading, for the rules only (issue 15, twenty-second
round):

* the words: every run of two or more kanji in a pattern's source, outside a character
  class (a run before ``?``, ``*`` or a brace also without its last kanji);
* the reading: SudachiPy's (core dictionary, split mode C) ``reading_form`` of the run's
  morphemes, joined and folded to hiragana; only readings of three kana or more;
* only readings no everyday word shares: a reading is left out when benign text holds it
  as the reading of another word (``kana_readings_everyday.tsv``, built by
  ``bench/build_kana_readings.py`` from the benign evaluation rows: each reading of
  three kana or more with the kanji words that bear it there) or when two rule words
  share it;
* in a text (the guard's folded text: katakana as hiragana), the readings are looked
  for with one regular expression of hiragana only, shaped as a trie of the readings
  (the listed harm words in kana, :func:`guardrails.classify.misspelt_words.kana_harm_words`,
  are written back in the same view); a match is written back only where SudachiPy
  (split mode C) puts a word boundary at both of its ends, so a reading inside a longer
  kana word, as SudachiPy splits it, is left.

A text typed wholly in kana (no kanji at all: ひとをころすいちばんかんたんなほうほう,
ﾗﾝｻﾑｳｪｱヲ テニイレル ホウホウ) is read with a few more words (twenty-third round): the
everyday verbs and request words that harm requests are built from (ころす, つくりかた,
ほうほう, てにいれる, おしえて), which the everyday table leaves out of mixed text because
benign writers type them in kana too. Someone who writes a whole request in kana writes
these in kana as well, and a benign kana-only text read with them still says nothing the
rules stop (ごきぶりを殺すくすり, 人をたすける方法).

Built once per policy (SudachiPy's dictionary is opened then and kept for the boundary
check, which runs only on a text holding a reading). Failure behaviour: the dictionary
missing raises at build time; reading a text never raises (a tokenizer error gives no view).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from sudachipy import Dictionary, SplitMode, Tokenizer

from guardrails.classify.misspelt_words import kana_harm_words
from guardrails.policy.guard import GuardCategory

__all__ = ["KanaReadings", "pattern_kanji_words"]

_EVERYDAY = Path(__file__).with_name("kana_readings_everyday.tsv")
_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆"
_KANJI_RUN = re.compile(f"[{_KANJI}]{{2,}}")
_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_MIN_KANA = 3
_READ_LIMIT = 4_000
_ANY_KANJI = re.compile(f"[{_KANJI}]")

# Read back only in a text with no kanji at all (see the module docstring): the words a
# harm request is made of, in the spellings the rules read.
_KANA_ONLY_WORDS = {
    "ころす": "殺す",
    "ころし": "殺し",
    "ころせ": "殺せ",
    "ころさ": "殺さ",
    "ほうほう": "方法",
    "つくりかた": "作り方",
    "つくる": "作る",
    "つくれ": "作れ",
    "てじゅん": "手順",
    "やりかた": "やり方",
    "おしえて": "教えて",
    "おしえろ": "教えろ",
    "てにいれる": "手に入れる",
    "てにいれ": "手に入れ",
    "てにはいる": "手に入る",
    "かいかた": "買い方",
    "ぬすむ": "盗む",
    "ぬすみ": "盗み",
    "ひと": "人",
    "たにん": "他人",
    "どうぐ": "道具",
    "ざいりょう": "材料",
    "じぶんで": "自分で",
    "かんたんな": "簡単な",
    "いちばん": "一番",
    "くわしく": "詳しく",
    "どくやく": "毒薬",
    "しぬ": "死ぬ",
    "しねる": "死ねる",
    "じさつ": "自殺",
}


def pattern_kanji_words(patterns: Iterable[str]) -> set[str]:
    """The runs of two or more kanji in ``patterns`` outside character classes."""
    words: set[str] = set()
    for pattern in patterns:
        blanked = _CLASS.sub(" ", pattern)
        for match in _KANJI_RUN.finditer(blanked):
            words.add(match.group())
            if (
                blanked[match.end() : match.end() + 1] in ("?", "*", "{")
                and match.end() - (match.start()) > 2
            ):
                words.add(match.group()[:-1])
    return words


@cache
def _everyday() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in _EVERYDAY.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            reading, _, words = line.partition("\t")
            table[reading] = frozenset(words.split(","))
    return table


def _trie_pattern(words: Iterable[str]) -> str:
    """One regular expression matching any of ``words``, longest first, as a prefix trie."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        end = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?" if len(branches) == 1 else body[:-1] + "|)"
        return body

    return emit(trie)


class KanaReadings:
    """A policy's kanji rule words read back from their kana; see the module docstring."""

    def __init__(self, words: Iterable[str]) -> None:
        self._dictionary = Dictionary(dict="core")
        self._local = threading.local()
        readings: dict[str, set[str]] = {}
        tokenizer = self._tokenizer()
        for word in sorted(set(words)):
            reading = "".join(m.reading_form() for m in tokenizer.tokenize(word))
            reading = reading.translate(_KATAKANA_TO_HIRAGANA)
            if len(reading) >= _MIN_KANA and re.fullmatch("[\u3041-\u3096ー]+", reading):
                readings.setdefault(reading, set()).add(word)
        everyday = _everyday()
        self._words = {
            reading: next(iter(kanji))
            for reading, kanji in readings.items()
            if len(kanji) == 1 and everyday.get(reading, frozenset()) <= kanji
        }
        self._pattern = re.compile(_trie_pattern(self._words)) if self._words else None
        self._kana_only = {**self._words, **_KANA_ONLY_WORDS}
        self._kana_only_pattern = re.compile(_trie_pattern(self._kana_only))

    @classmethod
    def for_policy(cls, categories: Mapping[str, GuardCategory]) -> KanaReadings:
        """The reader of the kanji words of ``categories``' patterns."""
        return cls(pattern_kanji_words(p for c in categories.values() for p in c.patterns))

    @property
    def readings(self) -> Mapping[str, str]:
        """Each kept reading (hiragana) and the kanji word written back for it."""
        return dict(self._words)

    def _tokenizer(self) -> Tokenizer:
        tokenizer: Tokenizer | None = getattr(self._local, "tokenizer", None)
        if tokenizer is None:
            tokenizer = self._dictionary.create(SplitMode.C)
            self._local.tokenizer = tokenizer
        return tokenizer

    def read(self, normalized: str) -> str | None:
        """``normalized`` (the guard's folded text) with each kept reading that stands as
        a word of its own written as its kanji word; ``None`` when there is none."""
        text = normalized[:_READ_LIMIT]
        words, pattern = self._words, self._pattern
        if _ANY_KANJI.search(normalized) is None:
            words, pattern = self._kana_only, self._kana_only_pattern
        if pattern is None:
            return None
        found = [(m.start(), m.end()) for m in pattern.finditer(text)]
        if not found:
            return None
        # The listed harm words typed in kana (ばくだん → 爆弾) are written back too, so a
        # text with both kinds in kana reads whole in one view.
        harm = kana_harm_words(text)
        if harm is not None:
            text = harm
            found = [(m.start(), m.end()) for m in pattern.finditer(text)]
        try:
            bounds = {0, len(text)}
            for morpheme in self._tokenizer().tokenize(text):
                bounds.add(morpheme.begin())
                bounds.add(morpheme.end())
        except Exception:  # a tokenizer error gives no view, never a failure
            return None
        out, last = [], 0
        for start, end in found:
            if start in bounds and end in bounds:
                out += [text[last:start], words[text[start:end]]]
                last = end
        if last == 0:
            return None
        return "".join(out) + text[last:] + normalized[_READ_LIMIT:]
