"""Sexual orientation and gender identity (SOGI) disclosed about a person: ``私はゲイです``,
``部下がトランスジェンダーだと聞いた``, ``I'm bisexual``, ``he's bi``, ``as a trans woman``.
Reported as ``SOGI`` and masked by default (``policy/pii.py``); a policy lists
``SOGI: {action: allow}`` to send it as it is.

Why a type of its own and not special care: APPI's list of 要配慮個人情報 (Art. 2(3), Cabinet
Order Art. 2) does not name it, so the ``要配慮:`` tag would mislabel it. Why masked by
default: the MHLW power-harassment guidance (パワハラ指針) counts disclosing a worker's sexual
orientation or gender identity without consent (outing) as 個の侵害, and GDPR Art. 9 lists
sexual orientation. One type for both (not orientation and identity apart): the guidance and
the switch treat them as one (性的指向・性自認), and a deployment has no reason to send one
and mask the other.

What counts: only the word itself is masked, and only in a statement about a person: a
first-person or third-person subject with a copula before or after it (``I'm``, ``he is``,
``my son is``, ``私は…です``, ``同僚がレズだって``), ``came out as`` / ``identify as`` /
``as a`` before it, ``my`` before it (``my gay brother``), or ``…であることを`` followed by
telling or hiding (伝える, 打ち明ける, 隠す, カミングアウト); since the twenty-fourth
round also the question about one person (``Is he gay?``, ``Is Kevin from sales bi?``) and a
guess after a verb of belief (``do you think jason is bisexual?``). Topics are left
alone: a word before a noun (``LGBT研修``, ``ゲイバー``, ``gay rights``,
``トランスジェンダーの社員への配慮``), in a question about the word, in a news summary
without a disclosure frame, or joined by a hyphen (``bi-weekly``, ``gay-friendly``,
``trans-Pacific``). Works on the NFKC text the analyzer passes; a text
without any of the words costs one regex scan.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import SOGI
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer

__all__ = ["SogiRecognizer", "sogi_spans"]

SCORE: Final = 0.85

# The words. English ones match whole words, case-insensitively, never before a hyphen.
_EN_WORDS: Final = (
    r"gay|lesbian|bisexual|bi|pansexual|asexual|aromantic|transgender|trans|"
    r"non-?binary|queer|genderqueer|gender-?fluid|homosexual|intersex|mtf|ftm"
)
_JA_WORDS: Final = (
    "トランスジェンダー|トランス女性|トランス男性|バイセクシュアル|バイセクシャル|"
    "パンセクシュアル|パンセクシャル|アセクシュアル|アセクシャル|ノンバイナリー|"
    "Xジェンダー|レズビアン|同性愛者|両性愛者|クエスチョニング|クィア|ゲイ|レズ|MtF|FtM"
)
_EN_WORD: Final = rf"(?<![A-Za-z\-])(?P<w>{_EN_WORDS})(?![A-Za-z]|-[A-Za-z])"
_JA_WORD: Final = rf"(?P<w>{_JA_WORDS})(?![ァ-ヶー])"

# The cheap literal pass every text goes through first.
_ANY: Final = re.compile(rf"(?i:(?<![A-Za-z\-])(?:{_EN_WORDS})(?![A-Za-z]|-[A-Za-z]))|{_JA_WORDS}")

_EN_SUBJECT: Final = (
    r"(?:\b(?:i|we|he|she|they|you)(?:'m|'re|'s|\s+am|\s+are|\s+is|\s+was|\s+were)"
    r"|\bim|\b(?:my|our|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|was|'s)"
    r"|\b(?!(?:this|that|it|what|which|there|here|who|where|how|why|each|being)\b)"
    r"(?-i:[A-Z][a-z]+)\s+(?:is|was)"
    # twenty-fourth round: a guess about someone after a verb of belief or hearsay, where
    # chat writes the name in lower case (do you think jason is bisexual?, I heard mike's gay)
    r"|\b(?:think|thinks|thought|guess|heard|wonder\s+if|suspect|bet|sure)\s+(?:that\s+)?"
    r"(?!(?:this|that|it|what|which|there|here|who|everyone|everybody|anyone)\b)"
    r"[a-z]+(?:'s|\s+is|\s+was)"
    r")"
)
_EN_ADVERBS: Final = (
    r"(?:\s+(?:a|an|also|actually|openly|proudly|secretly|now|still|not|really|"
    r"probably|kinda|kind\s+of|quietly|both))*"
)
# A noun after the word makes it a topic: ``I'm a gay rights lawyer``, ``a queer studies
# professor``, ``trans fat``.
_EN_TOPIC_NOUNS: Final = (
    r"(?:rights|marriage|bars?|clubs?|pride|community|communities|culture|issues|history|"
    r"films?|movies?|fiction|literature|studies|slang|activis[mt]s?|advocacy|fat|icons?)\b"
)
_EN_FRAMES: Final = re.compile(
    rf"(?:{_EN_SUBJECT}{_EN_ADVERBS}"
    r"|\bcame\s+out(?:\s+to\s+[a-z]+)?\s+as(?:\s+an?)?"
    r"|\bcoming\s+out\s+as(?:\s+an?)?"
    r"|\bidentif(?:y|ies|ied)\s+as(?:\s+an?)?"
    # twenty-eighth round: outing told (my manager outed me as lesbian, outed Sam as trans)
    r"|\bouted\s+(?:me|him|her|them|us|(?-i:[A-Z][a-z]+))\s+as(?:\s+an?)?"
    r"|\bas\s+an?"
    r"|\b(?:my|our)(?:\s+(?:new|best|older|younger|late|former))?"
    rf")\s+{_EN_WORD}(?!\s+{_EN_TOPIC_NOUNS})",
    re.IGNORECASE,
)
# Twenty-fourth round: the question about one person with the verb first (``Is he gay?``,
# ``Is Kevin from accounting gay?``, ``isn't she bi?``, ``Is your boss trans or not?``): a
# pronoun, a capitalised name (one or two words) or a possessive and a noun, up to three
# words of place or team after it, the word, and the question's end or ``or``. Not the word
# as a noun's modifier (``Is gay marriage legal?``) nor a thing (``Is it gay slang?``).
_EN_ASKED: Final = re.compile(
    r"\b(?:is|was|isn't|wasn't)\s+"
    r"(?:he|she|(?!(?:this|that|it|there|being)\b)(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?"
    r"|(?:my|our|your|his|her|their|the\s+new)\s+[a-z]+)"
    r"(?:\s+(?:from|in|at|on|over\s+in)(?:\s+[a-z]+){1,3}?)?"
    r"(?:\s+(?:really|actually|secretly|even|also))?"
    rf"\s+{_EN_WORD}(?=\s*(?:\?|,?\s+or\b))",
    re.IGNORECASE,
)
# ``What does ... mean`` asks about the word; ``as a`` needs a person after the word (as a
# trans woman, as a gay man, as a bisexual employee) or the sentence's end.
_EN_AS_A: Final = re.compile(r"\bas\s+an?\s*$", re.IGNORECASE)
_EN_PERSON_AFTER: Final = re.compile(
    r"\s*(?:(?:wo)?man|men|women|person|people|employee|worker|parent|mother|father|"
    r"couple|guy|girl|boy|kid|teen|student|member|manager|engineer|[,.;:!?)]|$)",
    re.IGNORECASE,
)

_TRANS_NOUN: Final = re.compile(r"[ -](?:wo)?m[ae]n\b|[ -](?:girl|boy|guy|person)s?\b", re.I)

_JA_PERSON: Final = (
    r"(?:私|わたし|わたくし|僕|ぼく|俺|おれ|あたし|自分|うち|"
    r"息子|娘|夫|妻|旦那|嫁|彼|彼女|兄|姉|弟|妹|父|母|子供|子ども|"
    r"部下|上司|同僚|先輩|後輩|友人|友達|パートナー|恋人|社員|"
    # twenty-fourth round: a role in the workplace, the person then named after の
    # (インターンのソフィアがレズビアンだって, 新人のゆうとがゲイらしい)
    r"インターン|新人|新入社員|バイト|アルバイト|パート|派遣|担任|隣人|知人|"
    r"さん|くん|君|氏|ちゃん|様)"
)
# A person, a particle or a pause, up to eight characters of qualifier, then the word; or
# the word with a copula or a telling verb after it.
_JA_BEFORE: Final = re.compile(
    rf"{_JA_PERSON}(?:は|が|も|って|、|,|\s)?(?:実は|じつは|本当は|[^。！？\n]{{0,8}}?)"
    rf"{_JA_WORD}"
    # twenty-ninth round: で before what else is said of the person (福田さん、レズビアンで同性
    # パートナーがいる; not で有名 / で人気, which speak of a place or a work)
    r"(?=です|だ|で(?:す|、|あ)|で(?![はもの]|有名|人気|話題)[一-龥ぁ-ん]|なん|な[のん]|って"
    r"|と(?:カミング|打ち明|公表|告白|聞|言)|"
    r"として|かも|らしい|[）)]|[。！？、\n]|$)"
)
# Twenty-ninth round: the word alone in brackets after a person (太田（トランスジェンダー女性）,
# 西村様 (ゲイ), Sam Lee (trans man)): a note on that person; 女性 / 男性 or woman / man after
# it is part of the identity. A definition (Xジェンダー（ノンバイナリー）とは) has no name or
# honorific before the brackets.
_BRACKETED: Final = re.compile(
    # (thirty-first round: or the transition a record notes, is transitioning (MtF))
    rf"(?:{_JA_PERSON}|(?<![一-龥])[一-龥]{{1,4}}|(?<![A-Za-z])[A-Z][a-z]+"
    r"|(?<![A-Za-z])(?i:transitioning|transitioned))\s?[（(]\s?"
    rf"(?P<w>(?:{_JA_WORDS})(?:女性|男性)?|(?i:{_EN_WORDS})(?i:[ -](?:wo)?man)?)"
    r"\s?(?=[）),、])(?![）)]\s?[ァ-ヶー])(?![^（(]{0,3}(?:とは|について|の意味))"
)
# Thirtieth round: the writer's own confession with no pronoun, 実は at the head of a sentence
# (実はゲイで、パートナーと…, 実はバイなんです): 実は tells of the writer, not of a topic.
_JA_CONFESSED: Final = re.compile(
    rf"(?:^|(?<=[。！？!?\n「『\s]))(?:実は|じつは|本当は|ほんとは)、?{_JA_WORD}"
    r"(?=です|だ|で(?:す|、|あ)|で(?![はもの]|有名|人気|話題)[一-龥ぁ-ん]|なん|な[のん]|って|[。！？、\n]|$)"
)
_JA_TOLD: Final = re.compile(
    rf"{_JA_WORD}"
    r"(?=(?:である|だという|だと)(?:こと)?(?:を|は|が)?[^。！？\n]{0,15}?"
    # (thirty-first round: or outed by someone, アウティングされた, 暴露された, 言いふらされた)
    r"(?:伝え|言[うっわいえ]|話|打ち明け|隠|知られ|バレ|ばれ|カミングアウト|公表|告白|相談"
    r"|アウティング|暴露|言いふらさ|広められ|ばらさ|バラさ))"
)


# Twenty-fourth round (special care about others): a same-sex couple told without an
# orientation word: `we're both women`, `my wife and I (both women)`, `his husband`, `her
# wife`, `my same-sex partner`, `同性のパートナーを扶養に…`. The words that say it are masked
# (`both women`, `husband`, `same-sex`, `同性のパートナー` as an object or complement);
# `same-sex marriage`, `same-sex couples' rights`, `同性パートナーシップ制度`,
# `同性のパートナーがいる社員への…` stay (a subject with が is left to the orientation words).
_COUPLE: Final = re.compile(
    r"(?i:\b(?:we|they)(?:'re|’re|\s+are)\s+(?P<a>both\s+(?:women|men|female|male))\b"
    r"|\((?P<b>both\s+(?:women|men))\)"
    r"|\b(?:my|his|her|our|their)\s+(?P<c>same[- ]sex)\s+(?:partner|spouse|wife|husband|"
    r"girlfriend|boyfriend)\b)"
    r"|\b(?:[Hh]is)\s+(?P<d>husband|boyfriend)\b|\b(?:[Hh]er)\s+(?P<e>wife)\b"
    r"|(?P<f>同性の?(?:パートナー|恋人|配偶者|彼女|彼氏))(?=を|と(?:同居|暮ら|結婚|住)|です)"
    # twenty-fifth round: a man who says so and then names his husband or boyfriend (I'm a guy
    # and my husband and I …, As a man, my boyfriend …), a woman her wife or girlfriend; a
    # man's first-person pronoun with 彼氏 / 旦那 (僕と彼氏で, 俺の旦那が)
    r"|(?i:\b(?:I'm|I’m|I\s+am|as|being)\s+(?:a\s+)?(?:guy|man|male|dude|dad|father)\b"
    r"[^.?!]{0,30}?\bmy\s+(?P<g>husband|boyfriend|bf)\b)"
    r"|(?i:\b(?:I'm|I’m|I\s+am|as|being)\s+(?:a\s+)?(?:woman|girl|female|lady|mom|mum|mother)\b"
    r"[^.?!]{0,30}?\bmy\s+(?P<h>wife|girlfriend|gf)\b)"
    r"|(?:(?<=僕と|俺と|僕の|俺の)|(?<=ぼくと|おれと|ぼくの|おれの))(?P<i>彼氏|旦那|夫)"
)


def sogi_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the SOGI words disclosed about a person in ``text`` (module docstring;
    the analyzer passes the NFKC text)."""
    couples = {
        match.span(group)
        for match in _COUPLE.finditer(text)
        for group in "abcdefghi"
        if match.group(group) is not None
    }
    if not _ANY.search(text):
        return sorted(couples)
    folded = text
    spans: set[tuple[int, int]] = set(couples)
    for match in _EN_FRAMES.finditer(folded):
        start, end = match.span("w")
        if _EN_AS_A.search(folded[match.start() : start]) and not _EN_PERSON_AFTER.match(
            folded, end
        ):
            continue
        if match.group("w").lower() in {"trans", "bi"} and folded[end : end + 1] == "-":
            continue
        # twenty-sixth round: "trans woman" is one identity: the noun goes with the word
        # (masking "trans" alone left "a <SOGI> woman" to tell it)
        if match.group("w").lower() == "trans":
            noun = _TRANS_NOUN.match(folded, end)
            if noun is not None:
                end = noun.end()
        spans.add((start, end))
    for match in _EN_ASKED.finditer(folded):
        spans.add(match.span("w"))
    for pattern in (_JA_BEFORE, _JA_CONFESSED, _JA_TOLD, _BRACKETED):
        for match in pattern.finditer(folded):
            spans.add(match.span("w"))
    return sorted(spans)


class SogiRecognizer(SingleEntityRecognizer):
    """SOGI: a sexual orientation or gender identity disclosed about a person (module
    docstring)."""

    ENTITY: ClassVar[str] = SOGI

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                entity_type=self.ENTITY,
                start=start,
                end=end,
                score=SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end in sogi_spans(text)
        ]
