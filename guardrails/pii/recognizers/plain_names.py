"""Two name shapes no label, title or honorific marks (twenty-second round, names wave 3).

* **A plain Latin given name and surname in a person's slot**: the first word a known given
  name (``person_words/english_given_names.txt``, hyphenated parts too), the second a
  capitalised word that is no ordinary English word, no place and no company word, with
  nothing capitalised after it; and the pair stands where a person does — before a verb
  said of someone (``… called``, ``… will send``, ``… keeps``, any ``-ed`` word), after a
  verb of reaching someone (``call``, ``email``, ``reply to``, ``spoke with``), or, in
  Japanese text, right before a case particle (``… に確認``, ``… から電話``). ``Brightline
  Foods``, ``Adobe Acrobat`` and ``Jackson Hole`` fail the word test; a public figure in a
  public question is dropped later by the analyzer's public-figure pass.
* **A Korean name in Hangul**: a run of two to four syllables whose first syllable is a
  common Korean surname. Bare, the run must be exactly three syllables, stand alone (no
  Hangul either side) in a text that is not Korean prose (at most three Hangul runs), and be
  no public or historical figure or common word on the list below; before さん/様/氏/くん/
  ちゃん/씨/님 two to four syllables pass (role words such as 고객님 stay out).

Scores 0.8. Pure functions; never raise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from guardrails.pii.nlp_engine import Morph
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS
from guardrails.pii.recognizers.folded_names import GIVEN_NAMES
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["hangul_name_spans", "plain_pair_spans"]

SCORE: Final = 0.8

_CAP: Final = r"[A-Z][a-z]+"
# Thirty-second round: a middle name may stand between them (Ana Sofia Ramirez と).
_PAIR: Final = re.compile(
    rf"(?<![A-Za-z'’\-.@#_/])({_CAP}(?:-{_CAP})?)[ ]({_CAP}(?:-{_CAP})?)"
    rf"(?:[ ]({_CAP}(?:-{_CAP})?))?(?![A-Za-z'’@_/]|[ ][A-Z])"
)
_VERB_AFTER: Final = re.compile(
    r"[ ]+(?:(?:just|still|also|never|always|finally|already|again)[ ]+)?"
    r"(?:is|was|has|had|will|would|can|could|won['’]t|didn['’]t|doesn['’]t|keeps|kept|wants"
    r"|needs|says|said|told|asked|sent|left|called|owes|forgot|paid|took|came|went|made|got"
    r"|gave|wrote|phoned|texted|emailed|missed|refuses|refused|complained|borrowed|[a-z]{3,}ed)"
    r"\b"
)
_VERB_BEFORE: Final = re.compile(
    r"(?<![A-Za-z])(?i:call|phone|email|e-mail|text|message|remind|tell|ask|contact|ping|cc"
    r"|reply[ ]to|respond[ ]to|write[ ]to|talk[ ]to|speak[ ]to|spoke[ ]with|spoke[ ]to"
    r"|talked[ ]to|met[ ]with|hear[ ]from|heard[ ]from|thank|warn|invite|interview"
    # a person's role said to be the name (our guest speaker is …; thirty-second round)
    r"|(?:speaker|host|contact|manager|teacher|tutor|doctor|lawyer|tenant|landlord|owner"
    r"|organi[sz]er|coordinator|representative|rep|assistant|supervisor|recruiter|interviewer"
    r"|applicant|candidate|instructor|coach|trainer|mentor)[ ]+(?:is|was|will[ ]be))[ ]+$"
)
# a space may stand before the particle, as mixed text has it, and a copula or object
# particle may follow (… Ramirez と, Król です; thirty-second round)
_JA_PARTICLE: Final = re.compile(r"[ ]?(?:に|が|から|と|へ|は|より|の件|宛|を|も|です|でした)")
_ORG_WORDS: Final = frozenset(load_word_list("romaji_org_words"))
_PLACES: Final = frozenset(w.lower() for w in load_word_list("romaji_places"))


def _given(word: str) -> bool:
    lower = word.lower()
    return lower in GIVEN_NAMES or any(part in GIVEN_NAMES for part in lower.split("-"))


def _plain_word(word: str) -> bool:
    return all(
        part.lower() not in COMMON_ENGLISH_WORDS
        and part.lower() not in _ORG_WORDS
        and part.lower() not in _PLACES
        for part in [word, *word.split("-")]
    )


def plain_pair_spans(text: str, doc: Sequence[Morph]) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` of the Given Surname pairs standing in a person's slot."""
    del doc  # the word lists decide; kept for the recognizers' common signature
    found: list[tuple[int, int, float]] = []
    if not re.search(r"[A-Z][a-z]+ [A-Z][a-z]", text):
        return found
    position = 0
    while (match := _PAIR.search(text, position)) is not None:
        # A run of three words whose first is no given name may hold a pair after it
        # (Yesterday Chris Nguyen): the next search starts at its second word.
        position = match.start(2) if match.group(3) else match.end()
        first, second = match.group(1), match.group(2)
        if first.lower() in COMMON_ENGLISH_WORDS or not _given(first):
            continue
        position = match.end()
        if not _plain_word(second) or (match.group(3) and not _plain_word(match.group(3))):
            continue
        start, end = match.span()
        if (
            _VERB_AFTER.match(text, end) is not None
            or _VERB_BEFORE.search(text, max(0, start - 24), start) is not None
            or (_JA_PARTICLE.match(text, end) is not None and not text.isascii())
        ):
            found.append((start, end, SCORE))
    return found


# Common Korean surnames (one syllable; the two-syllable ones start with one of these too).
_SURNAMES: Final = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진"
    "나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
_RUN: Final = re.compile(r"[가-힣]+")
_HONORIFIC: Final = re.compile(
    # 김민준 님께, 정유진 씨에게: the honorific after a space, with its particle
    r"(?:さん|様|さま|氏|くん|君|ちゃん|씨|님)"
    r"|[ ](?:씨|님)(?:께서|께|에게|한테|이|은|의|과|와|도|을|를)?(?![가-힣])"
)
# Twenty-third round: a Korean label or role word before the name (담당자: 오승현, 이번 주
# 당번은 정하윤입니다), the name possibly glued to a copula or particle; also in Korean prose.
_KO_LABELS: Final = (
    r"(?:이름|성명|담당자|담당|당번|작성자|보낸\s?사람|받는\s?사람|발신자|수신자|신청자|"
    r"예약자|참석자|대표자|보호자|고객명)"
)
_KO_LABEL: Final = re.compile(rf"{_KO_LABELS}\s*(?:은|는|:|：)\s*$")
_KO_LABEL_WORD: Final = re.compile(rf"{_KO_LABELS}(?:은|는|이|가|을|를)?")
_KO_ENDING: Final = re.compile(
    r"(?:입니다|이에요|예요|이고|이며|씨|님|에게|한테|께서|께|이|가|은|는|을|를|의|와|과)$"
)
# Public and historical figures and common words of a surname's shape, never masked bare.
_NOT_NAMES: Final = frozenset(
    [
        "이순신",
        "윤동주",
        "손흥민",
        "정약용",
        "안중근",
        "유관순",
        "이승만",
        "박정희",
        "김대중",
        "노무현",
        "이명박",
        "박근혜",
        "문재인",
        "윤석열",
        "김정은",
        "김일성",
        "김정일",
        "김영삼",
        "전두환",
        "노태우",
        "이재명",
        "신사임당",
        "장영실",
        "김유신",
        "한국어",
        "한국인",
        "조선어",
        "고구려",
        "신라인",
        "백제인",
        "정부는",
        "문제가",
        "사람들",
        "이야기",
        "김치전",
        "김밥집",
        "한국말",
        "서울시",
        "부산시",
        "인천시",
        "대구시",
        "고객",
        "선생",
        "사장",
        "부장",
        "과장",
        "회장",
        "교수",
        "기사",
        "손님",
        "선배",
        "후배",
        "동생",
        "형님",
        "언니",
        "오빠",
        "누나",
        "아버",
        "어머",
        "할머",
        "할아",
        "주인",
        "사모",
        "원장",
        "실장",
        "팀장",
    ]
)


def hangul_name_spans(text: str) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` of Korean names written in Hangul (see the module text)."""
    found: list[tuple[int, int, float]] = []
    runs = list(_RUN.finditer(text))
    if not runs:
        return found
    prose = len(runs) > 3
    for run in runs:
        word = run.group(0)
        if word[0] not in _SURNAMES or _KO_LABEL_WORD.fullmatch(word):
            continue
        if _KO_LABEL.search(text, max(0, run.start() - 12), run.start()) is not None:
            ending = _KO_ENDING.search(word) if len(word) > 3 else None
            core = word[: ending.start()] if ending is not None else word
            if 2 <= len(core) <= 4 and core not in _NOT_NAMES:
                found.append((run.start(), run.start() + len(core), SCORE))
                continue
        honorific = _HONORIFIC.match(text, run.end())
        if honorific is None and 3 <= len(word) <= 5 and word[-1] in "씨님":
            # 최유나씨 / 한지호님: the honorific glued to the end of the run
            if word[:-1] not in _NOT_NAMES:
                found.append((run.start(), run.end() - 1, SCORE))
            continue
        if honorific is None:
            glued = re.match(r"([가-힣]{2,4}?)(?:씨|님)(?:에게|께|이|은|의|과|와|한테)", word)
            if glued is not None and glued.group(1) not in _NOT_NAMES:
                found.append((run.start(), run.start() + len(glued.group(1)), SCORE))
                continue
        if honorific is not None:
            if 2 <= len(word) <= 4 and word not in _NOT_NAMES:
                found.append((run.start(), run.end(), SCORE))
            continue
        if not prose and len(word) == 3 and word not in _NOT_NAMES:
            found.append((run.start(), run.end(), SCORE))
    return found
