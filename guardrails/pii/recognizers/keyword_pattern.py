"""Pattern recognizers whose confidence depends on keywords written next to the match.

Japanese forms say what a number is right before it (口座番号1234567, 旅券番号TR1234567,
生年月日:平成2年…), usually with no space, so context is looked for in a window of
characters around the match rather than in Presidio's token-lemma context enhancer (whose
token boundaries rarely fall where Japanese keywords start and end).

A subclass declares ``ENTITY``, ``PATTERNS`` (name, regex, score without context), the
keywords that may precede (``CONTEXT``) or follow (``CONTEXT_AFTER``) the match and the
window sizes (a window stops at a sentence end, unless ``AFTER_CROSSES_SENTENCE`` lets
the keyword come in the next sentence: 「番号はTK1234567です。パスポートの…」); a match
with a keyword in its window gets ``CONTEXT_SCORE``, one without keeps its pattern score,
or is dropped when ``REQUIRE_CONTEXT`` is set. Words that say the number is something
else (品番, JAN, 注文番号, お問い合わせ番号) are listed in ``NOT_CONTEXT``: one in the window
before drops the match, unless one of the entity's own keywords stands between it and the
number (「注文番号の欄にマイナンバー 1234…を書いてしまった」 is still a 個人番号).
``BEFORE_CROSSES_SENTENCE`` lets the window before reach into the previous sentence
(「パスポートを更新しました。新しい番号はTK1234567です」).
A keyword in the header cell of the column a match stands in (a pasted table, CSV or TSV:
``氏名,生年月日⏎山田,1985/04/12``) counts as context too. Structural checks go in
``invalidate_result`` (return True to drop a match); checksums go
in ``checksum_ok``: a number failing its checksum is dropped unless its keyword stands
right next to it, since a typo in a My Number or card number written after マイナンバー or
カード番号 is still that person's data (it then scores ``INVALID_CONTEXT_SCORE``).

Patterns are compiled without IGNORECASE (letter case matters for passport numbers) and run
on NFKC-normalised text. Never raises on any ``str`` input.
"""

from __future__ import annotations

import logging
import re
from typing import ClassVar, Final

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS

from guardrails.classify.literal_prefilter import case_sensitive_strings

logger = logging.getLogger(__name__)

__all__ = ["DIGITS_END", "DIGITS_START", "HYPHENS", "KeywordPatternRecognizer"]

HYPHENS = "\\-‐‑‒–—―−ー"
"""Characters people use between digit groups (after NFKC), for use inside ``[...]``."""

DIGITS_START = rf"(?<!\d)(?<!\d[{HYPHENS}])"
"""Lookbehind: a number starts here, not inside a longer (hyphenated) number."""
DIGITS_END = rf"(?!\d)(?![{HYPHENS}]\d)"
"""Lookahead: a number ends here."""

_FLAGS = re.DOTALL | re.MULTILINE
# Context never reaches across a sentence end.
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_GENERIC_LABEL = re.compile(
    r"[ \t]*(?:番号|記号|ナンバー|(?i:no\.?|number|num|#))[ \t]*[:=#]?[ \t]*(?:は[ \t]*)?"
)
"""A label that names no kind of number (番号, No.): the line above says which one."""
_LABEL_LINE = 24
"""Longest line above a value that may be its label (口座番号, 【連絡先】, Date of birth:,
driver's license #)."""


class KeywordPatternRecognizer(PatternRecognizer):
    """Base class: regex patterns plus a keyword window (see the module docstring)."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]]
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    CONTEXT_AFTER: ClassVar[tuple[str, ...]] = ()
    BEFORE: ClassVar[int] = 16
    AFTER: ClassVar[int] = 6
    CONTEXT_SCORE: ClassVar[float] = 0.9
    REQUIRE_CONTEXT: ClassVar[bool] = False
    NOT_CONTEXT: ClassVar[tuple[str, ...]] = ()
    AFTER_CROSSES_SENTENCE: ClassVar[bool] = False
    BEFORE_CROSSES_SENTENCE: ClassVar[bool] = False
    INVALID_CONTEXT_SCORE: ClassVar[float] = 0.8

    def __init__(self) -> None:
        patterns = [Pattern(name, expression, score) for name, expression, score in self.PATTERNS]
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language="ja",
            patterns=patterns,
            context=[],
            global_regex_flags=_FLAGS,
        )
        # Compiled as Presidio compiles them (the ``regex`` module, same flags, same
        # timeout), matched by ``_pattern_results`` below.
        self._compiled = tuple(
            (pattern, regex.compile(pattern.regex, flags=_FLAGS)) for pattern in patterns
        )
        # Per pattern, strings one of which every match holds (None: always scanned).
        self._needs = tuple(_needed_strings(pattern.regex) for pattern in patterns)
        self._before = _keyword_regex(self.CONTEXT)
        self._after = _keyword_regex(self.CONTEXT_AFTER)
        self._not = _keyword_regex(self.NOT_CONTEXT)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = self._pattern_results(text)
        kept: list[RecognizerResult] = []
        for result in results:
            if self._other_identifier(text, result.start):
                continue
            context = self.has_context(text, result.start, result.end)
            if not self.checksum_ok(text[result.start : result.end]):
                if not context:
                    continue
                result.score = self.INVALID_CONTEXT_SCORE
            elif context:
                result.score = max(result.score, self.CONTEXT_SCORE)
            elif self.REQUIRE_CONTEXT:
                continue
            kept.append(result)
        return kept

    def _pattern_results(self, text: str) -> list[RecognizerResult]:
        """What Presidio's ``PatternRecognizer.analyze`` returns for ``text``: every match
        of every pattern, validated and invalidated the same way, duplicates and contained
        matches removed; without its per-match timing, logging and explanation objects,
        which cost more than the matching (a pattern that times out is skipped, as there).
        """
        results: list[RecognizerResult] = []
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        for (pattern, compiled), needs in zip(self._compiled, self._needs, strict=True):
            if needs is not None and not any(string in text for string in needs):
                continue  # no match can be in a text without any of them
            try:
                for match in compiled.finditer(text, timeout=REGEX_TIMEOUT_SECONDS):
                    start, end = match.span()
                    if start == end:
                        continue
                    matched = text[start:end]
                    score = pattern.score
                    valid = self.validate_result(matched)
                    if valid is not None:
                        score = EntityRecognizer.MAX_SCORE if valid else EntityRecognizer.MIN_SCORE
                    if self.invalidate_result(matched):
                        score = EntityRecognizer.MIN_SCORE
                    if score > EntityRecognizer.MIN_SCORE:
                        results.append(
                            RecognizerResult(
                                entity_type=self.ENTITY,
                                start=start,
                                end=end,
                                score=score,
                                recognition_metadata=dict(metadata),
                            )
                        )
            except TimeoutError:
                logger.warning(
                    "pattern %s of %s timed out, skipped", pattern.name, type(self).__name__
                )
        deduplicated: list[RecognizerResult] = EntityRecognizer.remove_duplicates(results)
        return deduplicated

    def checksum_ok(self, matched: str) -> bool:
        """Whether the matched number passes its checksum (True where there is none)."""
        return True

    def _window_start(self, text: str, start: int) -> int:
        window_start = max(0, start - self.BEFORE)
        if self.BEFORE_CROSSES_SENTENCE:
            return window_start
        last_mark: re.Match[str] | None = None
        for end_mark in _SENTENCE_END.finditer(text, window_start, start):
            last_mark = end_mark
        if last_mark is None:
            return window_start
        # A form puts the label on the line above its value (口座番号⏎1234567): a short
        # line right before the value's line is read as part of the window. So does a
        # form that names the document on one line and gives its number under a generic
        # label on the next (お支払いカード⏎番号 4433-…, 運転免許⏎番号：1234…, Passport⏎No. …).
        if last_mark.group() == "\n" and (
            not text[last_mark.end() : start].strip()
            or _GENERIC_LABEL.fullmatch(text, last_mark.end(), start) is not None
        ):
            line_start = text.rfind("\n", 0, last_mark.start()) + 1
            # In a JSON string read as text (a tool result's "memo": "カード⏎番号 …") the
            # string's opening quote starts the label's line.
            line_start = max(line_start, text.rfind('"', line_start, last_mark.start()) + 1)
            label_line = last_mark.start() - line_start <= _LABEL_LINE
            if label_line and not _SENTENCE_END.search(text, line_start, last_mark.start()):
                return line_start
        return last_mark.end()

    def _other_identifier(self, text: str, start: int) -> bool:
        """A word naming another kind of number is the nearest keyword before ``start``."""
        if self._not is None:
            return False
        window_start = self._window_start(text, start)
        last_not = -1
        for match in self._not.finditer(text, window_start, start):
            last_not = match.end()
        if last_not < 0:
            return False
        return self._before is None or self._before.search(text, last_not, start) is None

    def has_context(self, text: str, start: int, end: int) -> bool:
        """True if a keyword occurs in the window before ``start`` or after ``end``, or in
        the header cell of the table column the match stands in."""
        window_start = self._window_start(text, start)
        if self._before is not None and self._before.search(text, window_start, start):
            return True
        header = _column_header(text, start)
        if header is not None and self._before is not None and self._before.search(header):
            return True
        window_end = min(len(text), end + self.AFTER)
        boundary = _SENTENCE_END.search(text, end, window_end)
        if boundary is not None and not self.AFTER_CROSSES_SENTENCE:
            window_end = boundary.start()
        return self._after is not None and bool(self._after.search(text, end, window_end))


_CELL_SEPARATORS = ("\t", "|", ",", ";")
_RULE_LINE = re.compile(r"^[\s|:\-]+$")
_HEADER_REACH = 50
"""Rows above a cell searched for its table's header line."""


def _column_header(text: str, start: int) -> str | None:
    """The header cell above the cell at ``start`` of a pasted table, CSV or TSV
    (``氏名,生年月日⏎山田,1985/04/12``): the first line of the block of lines that have as
    many separators as this one. ``None`` outside a table or on the header line itself."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    separator = next((c for c in _CELL_SEPARATORS if line.count(c) >= 1), None)
    if separator is None or (separator == "|" and line.count("|") < 2):
        return None
    count = line.count(separator)
    column = line.count(separator, 0, start - line_start)
    header: str | None = None
    position = line_start
    for _ in range(_HEADER_REACH):
        if position == 0:
            break
        above_start = text.rfind("\n", 0, position - 1) + 1
        above = text[above_start : position - 1]
        position = above_start
        if _RULE_LINE.match(above) and above.strip():
            continue  # |---|---| under a markdown header
        if above.count(separator) != count:
            break
        header = above
    if header is None:
        return None
    cells = header.split(separator)
    return cells[column] if column < len(cells) else None


# Eighteenth session: a katakana keyword typed in hiragana (ぱすぽーと番号, くれかの番号,
# まいなんばー) is the same word to a reader, and the value after it reached the model.
_KATAKANA_TO_HIRAGANA: Final = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}


# Syntax of the ``regex`` module that Python's parser would read as something else (POSIX
# classes, fuzzy constraints, version and other flags): such a pattern gets no needs.
_REGEX_ONLY_SYNTAX: Final = re.compile(r"\[:|\{[a-z]|\(\?[Vfrw]|\(\?\|")


def _needed_strings(pattern: str) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` (compiled by ``regex`` with this module's
    flags) holds one, as the guard's literal prefilter reads them from the pattern's syntax
    (case-sensitive ones only); None when it names none or Python's parser cannot read the
    pattern as ``regex`` does (``\\K`` and the like fail there; POSIX classes and the like
    are refused here). A text without any of them has no match: its scan is skipped."""
    if _REGEX_ONLY_SYNTAX.search(pattern):
        return None
    return case_sensitive_strings(pattern, _FLAGS)


def _keyword_regex(keywords: tuple[str, ...]) -> re.Pattern[str] | None:
    if not keywords:
        return None
    spelled = {k.translate(_KATAKANA_TO_HIRAGANA) for k in keywords}
    ordered = sorted(set(keywords) | spelled, key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in ordered), re.IGNORECASE)
