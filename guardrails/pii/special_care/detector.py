"""Finds special-care statements in a text: the work shared by the eleven recognizers.

Contract: ``SpecialCareDetector.detect(text)`` returns ``PiiFinding`` values with
``SPECIAL_CARE:<category>`` labels and offsets into ``text`` as given (detection runs on
NFKC-folded text and maps back). The cheap path is a lexicon scan of the whole text; only
sentences with a hit are tokenized with SudachiPy, and only sentences the lexicon reading
leaves open are parsed by GiNZA. Casual frames around a hit (〜持ちやけど, 去年から〜でさ)
decide what the clause reading leaves open, and measured test values (HbA1cが7.8,
上が171で下が104) are read by their shape over the whole text (``casual_frames.py``).
Results for the last few distinct texts are kept in a small cache keyed by a hash of the
text (no text is stored) so the eleven recognizers Presidio calls in turn share one
analysis. Errors (a missing dictionary or model) propagate to the caller: a safety stage
must fail closed, not pass the text through unexamined.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import OrderedDict
from dataclasses import replace

from ..findings import PiiFinding
from .casual_frames import CasualFrameReader, measured_values
from .categories import ENTITY_PREFIX
from .clinical_notes import clinical_notes
from .dependency_check import GinzaDependencyCheck
from .disclosure_frames import (
    GENERAL_PASSIVE_AFTER,
    disclosure_cores,
    field_value_start,
    field_word_asked,
)
from .english_reader import EnglishStatementReader
from .health_fields import empty_health_labels, health_fields
from .japanese_reader import JapaneseStatementReader
from .lexicon import Lexicon, TermHit
from .morphology import SudachiMorphology
from .normalized_text import NormalizedText
from .record_notes import (
    NATIONALITY,
    bracketed_statuses,
    record_notes,
    record_values,
    sensitive_fields,
    spaced_fields,
)
from .statement import Statement
from .table_columns import table_columns
from .word_senses import in_everyday_sense

__all__ = ["SpecialCareDetector"]

logger = logging.getLogger(__name__)

_SENTENCE = re.compile(r"[^。．！？!?\n]+[。．！？!?]*|\n")
# An ellipsis after Japanese ends what a chat sentence states (って言われた…再検査って何科？;
# NFKC writes … as ...): a finding is cut there, so it never runs on into the question.
_JAPANESE_ELLIPSIS = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])(?:\.{2,}|…|‥)+")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# A full stop or semicolon and a space, or an ellipsis (chat: "i'm on lithium rn... any
# interactions?"), ends an English sentence.
_ENGLISH_BREAK = re.compile(
    r"(?<=[A-Za-z0-9)\]][.;])\s+(?=\S)|(?<=[A-Za-z0-9)\]])(?:\.{2,}|…)\s*(?=\S)"
    # a dash between a statement and a question (my mum is on X — is it safe to fly?)
    r"|(?<=[A-Za-z0-9)\]\u3040-\u30ff\u4e00-\u9fff])\s+[—–]\s+(?=[A-Za-z])"
    r"|(?<=[A-Za-z0-9)\]])\s+[—–]\s+(?=\S)|(?<=[A-Za-z0-9)\]])\s+-{1,2}\s+(?=[a-z]+\s)"
)
# The comma between two fields of a JSON object or array ("note": "HIV陽性", "action": …)
# ends a sentence too: each field is read on its own (twentieth session).
# (A JSON text inside a JSON string escapes its quotes: \"note\": \"HIV陽性\", \"action\": ….)
_JSON_FIELD_BREAK = re.compile(r'(?<=")\s*,\s*(?=\\?")')
_BREAKS = re.compile(f"{_ENGLISH_BREAK.pattern}|{_JSON_FIELD_BREAK.pattern}")
FACT_SCORE = 0.85
_NAMED_HEALTH = frozenset({"medical_history", "medical_treatment", "disability"})
_DENIED_AFTER = re.compile(
    r"(?:の)?(?:疑い(?:は|が|も)(?:晴れ|なくな|無くな|消え|否定され)"
    r"|(?:では|じゃ)(?:ない|なかった|ありません|ありませんでした)(?:と|って)(?:言われ|診断され|わかっ|分かっ)"
    r"|は(?:もう|今は)?(?:飲んで|服用して|使って|打って)(?:い)?(?:ない|ません|なかった)"
    r"|を(?:やめ|止め|中止し|卒業し)(?:た|ました|て)"
    r"|(?:は|が)(?:(?:完治|寛解)(?:した|しました|して)|治った|治りました)(?!か))"
)
_DENIED_BEFORE = re.compile(
    r"\b(?:ruled out|no longer (?:on|taking|have|has)|tested negative for|negative for|"
    r"stopped taking|came off|quit taking|cured of|recovered from|in remission from)\s+"
    r"(?:the |my |his |her |an? )?$",
    re.IGNORECASE,
)
PARSED_SCORE = 0.65


class SpecialCareDetector:
    """Thread-safe; build once per process and share between recognizers."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        morphology: SudachiMorphology | None = None,
        dependency_check: GinzaDependencyCheck | None = None,
        *,
        use_parser: bool = True,
        cache_size: int = 64,
    ) -> None:
        """``use_parser=False`` drops undecided sentences instead of parsing them (faster,
        lower recall); ``dependency_check`` defaults to a lazily loaded GiNZA."""
        self.lexicon = lexicon or Lexicon.load()
        morphology = morphology or SudachiMorphology()
        self._japanese = JapaneseStatementReader(self.lexicon, morphology)
        self._english = EnglishStatementReader()
        self._casual = CasualFrameReader()
        self._parser = (
            dependency_check or GinzaDependencyCheck(self.lexicon.words("person"))
            if use_parser
            else None
        )
        self._cache: OrderedDict[bytes, tuple[PiiFinding, ...]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        # The last text and its findings: the analyzer asks once per special-care category
        # (eleven recognizers) for the same text, so most calls are answered here without
        # hashing the text or taking the lock. Replaced as a whole (one atomic assignment).
        self._last: tuple[str, tuple[PiiFinding, ...]] | None = None

    def detect(self, text: str) -> tuple[PiiFinding, ...]:
        """Special-care findings in ``text``, sorted by start."""
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                self._last = (text, cached)
                return cached
        findings = self._detect(text)
        self._last = (text, findings)
        with self._lock:
            self._cache[key] = findings
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        if findings:
            logger.debug("special-care findings: %s", [f.entity_type for f in findings])
        return findings

    def _detect(self, text: str) -> tuple[PiiFinding, ...]:
        normalized = NormalizedText.of(text)
        folded = normalized.text
        hits = self.lexicon.find_terms(folded)
        # charged for a bill, I suspect a bug: everyday senses of procedure words.
        hits = [hit for hit in hits if not in_everyday_sense(folded, hit, hits)]
        spans: list[tuple[int, int, str, float]] = []
        for start, end in _sentences(folded) if hits else ():
            inside = [hit for hit in hits if start <= hit.start and hit.end <= end]
            if not inside:
                continue
            for statement in self._read(folded, start, end, inside):
                statement = _cut_at_ellipsis(folded, statement)
                if (
                    _deliberated(folded, statement, end)
                    or _counted(folded, statement)
                    or _eligibility(folded, statement, end)
                    or _record_of_a_thing(folded, statement, start)
                    or _institution_speaks(folded, statement, start)
                    or _compared(folded, statement)
                    or _public_office_owns(folded, statement)
                    or _leaflet_names(folded, statement)
                    or _place_offers(folded, statement)
                    or _class_asked_about(folded, statement, start, end)
                    or _news_reported(folded, statement, start, end)
                    # HbA1cが6.5%以上だと糖尿病と診断されるのはなぜ: a rule, no one's diagnosis
                    or GENERAL_PASSIVE_AFTER.match(folded, statement.anchor_end) is not None
                ):
                    continue
                statement = _without_service_asked(folded, statement, end)
                if statement.end <= statement.start:
                    continue
                if statement.verdict == "open":
                    if self._parser is None or not self._parser.states_fact(
                        folded[statement.sentence_start : statement.sentence_end],
                        statement.anchor_start - statement.sentence_start,
                        statement.anchor_end - statement.sentence_start,
                    ):
                        continue
                    score = PARSED_SCORE
                else:
                    score = FACT_SCORE
                spans.append((statement.start, statement.end, statement.category, score))
        # A named condition or medicine that is denied or over (腎不全の疑いは晴れた, セロクエルは
        # もう飲んでいません, ruled out lupus) is still that person's health data: the name
        # is masked, the sentence kept. A negation that names nothing (持病はありません) has
        # no such word and stays as written (fourteenth round).
        for hit in hits:
            if hit.category not in _NAMED_HEALTH or hit.kind != "topic":
                continue
            if any(s[0] < hit.end and hit.start < s[1] for s in spans):
                continue
            # ADHD, HIV written in a Japanese sentence are read the Japanese way.
            japanese = not hit.english or _JAPANESE.search(folded, hit.end, hit.end + 4)
            if (japanese and _DENIED_AFTER.match(folded, hit.end)) or (
                not japanese and _DENIED_BEFORE.search(folded, max(0, hit.start - 30), hit.start)
            ):
                spans.append((hit.start, hit.end, hit.category, FACT_SCORE))
        # The value of a health field in a form or list (Allergies: penicillin, 既往歴：喘息) is
        # the person's health record, of the field's category (an allergy to a medicine is history);
        # a finding inside it grows to the whole value.
        # The label of a field that says there is nothing (持病：なし) states nothing.
        for label_start, label_end in empty_health_labels(folded):
            spans = [s for s in spans if not (label_start <= s[0] and s[1] <= label_end)]
        for value_start, value_end, category in health_fields(folded, hits):
            overlapping = [s for s in spans if s[0] < value_end and value_start < s[1]]
            for span in overlapping:
                spans.remove(span)
            spans.append(
                (
                    min([value_start, *(s[0] for s in overlapping)]),
                    max([value_end, *(s[1] for s in overlapping)]),
                    category,
                    FACT_SCORE,
                )
            )
        # The items of a clinical list in a referral or intake note (Hx T1D, prior MI, s/p
        # CABG; 既往に慢性腎臓病、心房細動あり): each item is the patient's (twenty-seventh round).
        for item_start, item_end, category in clinical_notes(folded, hits):
            if any(s[0] <= item_start and item_end <= s[1] for s in spans):
                continue
            spans = [s for s in spans if not (s[0] < item_end and item_start < s[1])]
            spans.append((item_start, item_end, category, FACT_SCORE))
        # A cell under a health, faith or record column of a pasted table (name,dept,condition
        # / Lee,Sales,Crohn's disease) is that row's person's (twenty-seventh round).
        for cell_start, cell_end, category in table_columns(folded, hits):
            if any(s[0] <= cell_start and cell_end <= s[1] for s in spans):
                continue
            spans = [s for s in spans if not (s[0] < cell_end and cell_start < s[1])]
            spans.append((cell_start, cell_end, category, FACT_SCORE))
        # A condition, offence or faith in a record's note ({"memo": "HIV陽性、本人了承済"}) is
        # the record subject's, whatever key holds it (twenty-first round).
        for note_start, note_end, category in record_notes(folded, hits):
            if any(s[0] <= note_start and note_end <= s[1] for s in spans):
                continue
            spans = [s for s in spans if not (note_start <= s[0] and s[1] <= note_end)]
            spans.append((note_start, note_end, category, FACT_SCORE))
        # A status in brackets after a person (Sana Qureshi (Muslim), 野口様（特殊詐欺の被害者）),
        # or a JSON value about a person that is the sensitive words ("leave_reason": "major
        # depressive disorder"), is that person's (twenty-second round).
        for status_start, status_end, category in [
            *bracketed_statuses(folded, hits),
            *spaced_fields(folded, hits),
            *record_values(folded, hits),
        ]:
            if any(s[0] <= status_start and status_end <= s[1] for s in spans):
                continue
            spans = [s for s in spans if not (s[0] < status_end and status_start < s[1])]
            spans.append((status_start, status_end, category, FACT_SCORE))
        # The value of a field whose key names a category ({"religion": "Mormon"}, 支持政党：
        # 公明党, Nationality: Filipino) is masked whole; a finding on the key goes (twenty-
        # second round).
        for key_start, value_start, value_end, category in sensitive_fields(folded):
            if category == NATIONALITY:
                continue
            spans = [s for s in spans if not (s[0] < value_end and key_start < s[1])]
            spans.append((value_start, value_end, category, FACT_SCORE))
        # A measured value (HbA1cが7.8%, 血圧が上163下93) is a result however the sentence
        # around it reads; a finding of a check that covers part of it grows to cover it all.
        for value_start, value_end in measured_values(folded):
            overlapping = [s for s in spans if s[0] < value_end and value_start < s[1]]
            for span in overlapping:
                spans.remove(span)
            spans.append(
                (
                    min([value_start, *(s[0] for s in overlapping)]),
                    max([value_end, *(s[1] for s in overlapping)]),
                    "health_checkup",
                    FACT_SCORE,
                )
            )
        # A noun the sentence marks as a condition, medicine, faith or offence (〜と診断された,
        # 〜を服用, 〜に入信, 〜で服役, diagnosed with X) is the core whether the lexicon lists
        # it or not; a finding it overlaps grows to cover it (sixteenth round).
        for core in disclosure_cores(folded):
            overlapping = [s for s in spans if s[0] < core.end and core.start < s[1]]
            if any(s[0] <= core.start and core.end <= s[1] for s in overlapping):
                continue
            for span in overlapping:
                spans.remove(span)
            spans.append(
                (
                    min([core.start, *(s[0] for s in overlapping)]),
                    max([core.end, *(s[1] for s in overlapping)]),
                    overlapping[0][2] if overlapping else core.category,
                    FACT_SCORE,
                )
            )
        # A field word before its value (持病は糖尿病です) is no part of the secret: the span
        # keeps the value only, so the sentence still says what the value is (twenty-first round).
        trimmed: list[tuple[int, int, str, float]] = []
        for span_start, span_end, category, score in spans:
            if field_word_asked(folded, span_start, span_end):
                continue  # 宗教は何のためにあるのか: the word asked about, no one's value
            field_start = field_value_start(folded, span_start, span_end)
            start = span_start if field_start is None else field_start
            # a JSON key is no part of its value ({"disability": "聴覚障害"} keeps its key)
            for key_end in _JSON_KEY_END.finditer(folded, start, span_end):
                start = key_end.end()
            if _under_topic_key(folded, start, span_end):
                continue  # {"topic": "糖尿病", …}: the subject of a text, no one's record
            # "in recovery" itself says addiction: it is part of the core (I'm in recovery
            # from alcoholism -> I'm <…>, nineteenth session).
            recovery = _RECOVERY_BEFORE.search(folded, max(0, start - 24), start)
            if recovery is not None:
                start = recovery.start()
            # a test status written after the condition is its result (HIV陽性, 梅毒陰性)
            status = _STATUS_AFTER.match(folded, span_end)
            if status is not None and category in _HEALTH_CATEGORIES:
                span_end = status.end()
            if category in _NAMED_HEALTH:
                span_end = _graded_end(folded, span_end, hits)
            trimmed.append((start, span_end, category, score))
        spans = trimmed
        findings: list[PiiFinding] = []
        for span_start, span_end, category, score in spans:
            raw_start, raw_end = normalized.to_raw(span_start, span_end)
            findings.append(PiiFinding(raw_start, raw_end, ENTITY_PREFIX + category, score))
        return tuple(sorted(findings))

    def _read(self, text: str, start: int, end: int, hits: list[TermHit]) -> list[Statement]:
        statements: list[Statement] = []
        if _JAPANESE.search(text, start, end):
            # ADHD, DV, HIV written inside a Japanese sentence are read the Japanese way.
            japanese = [replace(hit, english=False) for hit in hits]
            # A Japanese word inside an English sentence (I was diagnosed with うつ病 last
            # year, the new hire is 聴覚障害 so …) is also read the English way: the frame
            # around it is English (twentieth session).
            english = (
                [replace(hit, english=True) for hit in hits]
                if _english_frame(text, start, end, hits)
                else []
            )
        else:
            japanese, english = [], hits
        if japanese:
            statements.extend(self._japanese.read(text, start, end, japanese))
            # A casual frame decides a word the clause reading left open (or did not read).
            covered = [(st.start, st.end) for st in statements if st.verdict == "fact"]
            casual = self._casual.read(text, start, end, japanese, covered)
            statements = [
                st
                for st in statements
                if st.verdict == "fact"
                or not any(c.start < st.anchor_end and st.anchor_start < c.end for c in casual)
            ]
            statements.extend(casual)
        if english:
            read = [
                st
                for st in self._english.read(text, start, end, english)
                if not any(
                    o.verdict == "fact" and o.start < st.end and st.start < o.end
                    for o in statements
                )
            ]
            # an English fact settles what the Japanese reading left open on the same words
            statements = [
                st
                for st in statements
                if st.verdict == "fact"
                or not any(r.start < st.end and st.start < r.end for r in read)
            ]
            statements.extend(read)
        return statements


# A generic word for treatment the writer deliberates about (薬を飲むべきか迷ってます, 治療を
# 受けたほうがいいか, 薬を増やすか相談したい): a question about what to do, not a treatment
# someone receives.
_GENERIC_TREATMENT = frozenset({"薬", "お薬", "くすり", "クスリ", "治療", "手術", "服薬", "通院"})
_DELIBERATION = re.compile(
    r"[^。\n]{0,10}?(?:べきか|べき[?？]|かどうか|か迷|か悩|か(?:[^。、\n]{0,8}?に)?(?:相談|検討)|ほうがいい|方がいい|ほうが良い"
    r"|方が良い)"
)


# People counted in general after the word (浄土真宗の信者が多い地域, うつ病の患者数): a statistic
# about a group, not a fact about anyone (twelfth round).
_PEOPLE = r"(?:信者|信徒|門徒|患者|会員|受刑者|利用者)"
_COUNT = r"(?:の)?(?:が多い|が少ない|が多く|数|の数|の割合|の比率|人口)"
_COUNTED = re.compile(rf"の?{_PEOPLE}{_COUNT}")
_COUNT_AFTER = re.compile(_COUNT)
_ENDS_IN_PEOPLE = re.compile(rf"{_PEOPLE}$")


# Twenty-seventh round: the illness of a head of state or government named by the office
# (安倍元首相の潰瘍性大腸炎について説明して, President Carter's cancer) is news about a public
# figure, not a user's or a customer's record.
_PUBLIC_OFFICE_BEFORE = re.compile(
    r"(?:(?:元|前|現)?(?:首相|総理(?:大臣)?|大統領|天皇|上皇|国王|女王|皇太子|法王|教皇)の"
    r"|\b(?:(?:former|late|then)\s+)?(?:President|Prime Minister|PM|King|Queen|Pope|Emperor|"
    r"Chancellor)\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?(?:'s|’s))\s*$"
)


def _public_office_owns(text: str, statement: Statement) -> bool:
    return (
        _PUBLIC_OFFICE_BEFORE.search(text, max(0, statement.start - 40), statement.start)
        is not None
    )


# A medicine named as a product with its leaflet (ワルファリンカリウム錠の添付文書,
# セルトラリン錠25mgの効能・効果): the product's document, no one's prescription (twenty-eighth
# round).
_LEAFLET_AFTER = re.compile(
    r"[^\s、。,:：]{0,12}?(?:錠|カプセル|散|細粒|顆粒|シロップ|注射液|注|点眼液|軟膏|テープ|"
    r"OD錠|配合錠)?(?:[0-9.]+\s?(?:mg|mL|μg|g))?の(?:添付文書|インタビューフォーム|製品情報|"
    r"効能・?効果|用法・?用量|使用上の注意|患者向け(?:説明書|資料|ガイド)|くすりのしおり|説明書)"
)


# People of a class named by the condition in a general question or request (うつ病の人に言っては
# いけない言葉は？, 発達障害のある社員を受け入れる職場の工夫を挙げて) with no one owning it before:
# a topic, not anyone's condition (twenty-eighth round, tuned on its held-out half).
_CLASS_AFTER = re.compile(
    r"(?:の|のある|がある|を持つ|を抱える|を持っている|を抱えている)"
    r"(?:人|方|人たち|方々|患者|社員|従業員|職員|生徒|児童|学生|子ども|子供|子|部下|同僚|"
    r"お客様|利用者|家族|高齢者)(?:さん)?(?:たち|達)?(?:に|へ|が|を|と|の|は|で|も)"
)
_OWNER_IN_SENTENCE = re.compile(
    r"(?:私|わたし|僕|俺|自分|うちの|母|父|妻|(?<![工丈])夫|嫁|旦那|娘|息子|兄|弟|姉|妹|祖母|祖父|"
    # (thirty-first round: お客様, 皆様 and 患者様 are the class itself, no one's name)
    r"彼|彼女|本人)(?:が|は|も|の)|(?!客様|皆様|皆さん|患者様|者様)"
    r"[\u4e00-\u9fff\u30a0-\u30ff]{1,4}(?:さん|くん|君|ちゃん|様)|"
    r"[0-9]+歳|先月|去年|昨年|最近|診断|通院|服用"
)
_GENERAL_ASK = re.compile(
    r"[?？]\s*$|よくある|一般的|接し方|ポイント|コツ|方法|工夫|注意点|いけない|NG|挙げて|一覧|"
    r"とは|について"
)


def _class_asked_about(text: str, statement: Statement, start: int, end: int) -> bool:
    if statement.category not in _NAMED_HEALTH:
        return False
    if _CLASS_AFTER.match(text, statement.anchor_end) is None:
        return False
    sentence = text[start:end]
    return _OWNER_IN_SENTENCE.search(sentence) is None and _GENERAL_ASK.search(sentence) is not None


# Thirty-first round: an arrest or a sentence reported in a news item the user pastes to be
# summarised or translated (ニュース要約：大手企業の元役員が昨日逮捕された, Summarise this news
# article: the former CEO was arrested): public reporting, not a record the user holds. A
# sentence with the writer or a relative of theirs in it (私の兄が逮捕された) stays a statement.
_NEWS_CUE = re.compile(
    r"ニュース|記事|報道|新聞|見出し|\b(?i:news|article|headline|press\s+release|reported\s+by)\b"
)
_CRIME_CATEGORIES = frozenset({"criminal_procedure", "criminal_record", "juvenile_procedure"})
_WRITER_OR_KIN = re.compile(
    r"私|わたし|僕|俺|自分|うちの|母|父|妻|(?<![工丈])夫|嫁|旦那|娘|息子|兄|弟|姉|妹|祖母|祖父|"
    r"\b(?i:I|I'm|my|me|we|our|mom|dad|brother|sister|son|daughter|husband|wife)\b"
)


def _news_reported(text: str, statement: Statement, start: int, end: int) -> bool:
    if statement.category not in _CRIME_CATEGORIES:
        return False
    if _NEWS_CUE.search(text) is None:
        return False
    return _WRITER_OR_KIN.search(text, start, end) is None


# Thirtieth round: a department or treatment a place offers (放射線治療科のある病院, 心療内科が
# ある病院を探して, 人工透析ができるクリニック): a feature of the place, no one's treatment.
_PLACE_OFFERS_AFTER = re.compile(
    r"(?:科|外来|センター|病棟)?(?:の|が)?(?:ある|あります|できる|できます|受けられる|対応(?:の|して(?:いる|る)|できる)?)"
    r"(?:病院|クリニック|医院|診療所|医療機関|施設|総合病院|大学病院)"
)


def _place_offers(text: str, statement: Statement) -> bool:
    return (
        statement.category == "medical_treatment"
        and _PLACE_OFFERS_AFTER.match(text, statement.anchor_end) is not None
    )


def _leaflet_names(text: str, statement: Statement) -> bool:
    return (
        statement.category == "medical_treatment"
        and _LEAFLET_AFTER.match(text, statement.anchor_end) is not None
    )


def _counted(text: str, statement: Statement) -> bool:
    if _COUNTED.match(text, statement.anchor_end) is not None:
        return True
    return (
        _ENDS_IN_PEOPLE.search(text, statement.start, statement.end) is not None
        and _COUNT_AFTER.match(text, statement.end) is not None
    )


# Who a service or programme is for (認知症かかりつけ医相談医療機関に通院される65歳以上の
# 高齢者が対象です, 特定健診を受けた方はポイントがもらえます): a rule about a group of people, as
# an office's FAQ answer states it, not a fact about anyone (fourteenth round).
_ELIGIBLE = re.compile(
    r"(?:方|人|者|高齢者|児童|生徒|市民|世帯|皆さま|皆様)(?:の)?(?:が|は|も|に)?"
    r"(?:対象|ご利用いただけ|ご利用になれ|利用でき|受けられ|受けることができ|申請でき|もらえ)"
)


# A condition said of whoever has it (〜と診断された方は、申請により…, 〜の方への接し方,
# 〜と診断された場合は): a rule or a topic, not a fact about anyone (sixteenth round).
_WHOEVER_AFTER = re.compile(
    r"[^。！？!?\n、,]{0,12}?(?:された|した|している|してる|の|である)?"
    r"(?:方|人|者|患者さん|患者|場合)(?:は|が|も|へ|を|には|では|への|向け|、|,)"
)
# Two terms compared (保護観察と執行猶予はどう違う？, 起訴と不起訴の違い): a topic, not anyone's
# procedure (seventeenth round).
_COMPARED_AFTER = re.compile(
    r"(?:と[^、。,？?！!\s]{1,15}?)?(?:は|って|の)?(?:どう違|何が違|なにが違|違い|どちらが|どっちが|比較)"
)
_COMPARED_BEFORE = re.compile(r"[^、。,？?！!\s]{1,15}と$")


def _compared(text: str, statement: Statement) -> bool:
    after = _COMPARED_AFTER.match(text, statement.end)
    if after is None:
        return False
    return (
        after.group(0).startswith("と")
        or "と" in text[statement.anchor_end : statement.end]
        or "と" in text[statement.start : statement.anchor_start]
        or _COMPARED_BEFORE.search(text, max(0, statement.start - 16), statement.start) is not None
    )


def _eligibility(text: str, statement: Statement, end: int) -> bool:
    if _WHOEVER_AFTER.match(text, statement.anchor_end, end) is not None:
        return True
    return _ELIGIBLE.search(text, statement.end, end) is not None


# A record said of a thing pointed at (このプリンター、前科があるから / このアプリは前科持ち): a
# joke about a machine or an app that failed before, not anyone's criminal record. Only a
# katakana or Latin noun after この / その / あの, no word for a person (fifteenth round).
_THING_BEFORE = re.compile(
    r"(?:この|その|あの)([\u30a1-\u30faー]{2,12}|[A-Za-z]{2,12})"
    r"(?:、|,|は|って|も|が|には|にも)?\s*$"
)
_PERSON_LOANWORDS = frozenset(
    {
        "ママ", "パパ", "ボス", "メンバー", "スタッフ", "ユーザー", "ドライバー", "パートナー",
        "リーダー", "マネージャー", "バイト", "パート", "オーナー", "ゲスト", "ファン", "ライバル",
        "カレシ", "カノジョ", "ダンナ", "オトコ", "オンナ", "オジサン", "オバサン", "ヤツ",
    }
)  # fmt: skip
_RECORD_WORDS = frozenset({"前科", "前歴", "前科持ち", "前科者"})


def _record_of_a_thing(text: str, statement: Statement, start: int) -> bool:
    if text[statement.anchor_start : statement.anchor_end] not in _RECORD_WORDS:
        return False
    thing = _THING_BEFORE.search(text, start, statement.anchor_start)
    return thing is not None and thing.group(1) not in _PERSON_LOANWORDS


# A clinic, hospital or pharmacy speaking of itself (当院では緑内障の治療を行っています, 当科は
# 糖尿病外来を…): what it treats is no one's condition (sixteenth round, second wave).
_INSTITUTION = re.compile(
    r"(?:当院|当科|当クリニック|当センター|当病院|本院|当薬局|当施設|当医院|当歯科)"
    r"(?:では|は|で|にて|の|が|でも)"
)
_HEALTH_CATEGORIES = frozenset({"medical_history", "medical_treatment", "health_checkup"})


def _institution_speaks(text: str, statement: Statement, start: int) -> bool:
    return (
        statement.category in _HEALTH_CATEGORIES
        and _INSTITUTION.search(text, start, statement.start) is not None
    )


_JSON_KEY_END = re.compile(r'\\?"\s*:\s*\\?"(?=[^"\\])')
# The key of a JSON field that names what a text is about, not whose record it is.
_TOPIC_KEY_BEFORE = re.compile(
    r'"(?:[A-Za-z]+_)?(?:topic|title|subject|theme|category|tags?|keywords?|query|search|'
    r'headline|テーマ|タイトル|件名|見出し|カテゴリー?|キーワード|検索語|話題)\\?"\s*:\s*\\?"([^"]*)$',
    re.IGNORECASE,
)
# Words that make a field's value someone's statement all the same (私はうつ病, my diagnosis).
_SOMEONE = re.compile(
    r"私|僕|俺|自分|うち|母|父|夫|妻|息子|娘|兄|姉|弟|妹|彼|診断され|服用|通院"
    r"|\b(?:I|I'm|my|me|we|our|his|her|diagnosed)\b"
)


def _under_topic_key(text: str, start: int, end: int) -> bool:
    key = _TOPIC_KEY_BEFORE.search(text, max(0, start - 60), start)
    if key is None:
        return False
    close = text.find('"', end)
    value = key.group(1) + text[start : close if close >= 0 else end]
    return _SOMEONE.search(value) is None


# (twenty-first round: the English status too, HIV positive, HIV-negative)
_STATUS_AFTER = re.compile(
    r"(?:検査)?(?:陽性|陰性)(?:反応)?|[ \-](?i:positive|negative)\b"
    # twenty-sixth round: the condition's attack is the condition (てんかん発作, 喘息の発作,
    # an epileptic seizure is read by the lexicon already)
    r"|(?:の)?(?:発作|大発作|小発作|重積発作)"
)
_RECOVERY_BEFORE = re.compile(r"\b(?i:in recovery from)\s+(?:an? |the )?$")


# A disability pension, certificate or service that the request is about (統合失調症の兄の
# 障害年金の申請方法は？, 弟の障害者手帳の更新手続きについて教えて): the thing asked about is
# kept so the model can answer; the condition told beside it is masked on its own
# (nineteenth session).
_SERVICE_WORD = re.compile(
    r"(?:(?:精神|身体)?(?:障害|障がい|障碍)者?(?:基礎|厚生)?(?:年金|手帳|手当|福祉サービス)"
    r"|精神障害者保健福祉手帳|療育手帳|特別障害者手当|就労(?:継続|移行)支援|自立支援医療|受給者証)"
)
_PROCEDURE_ASKED = re.compile(
    r"(?:の|を)?(?:申請|更新|手続|受給|等級|請求|取得|再認定|申し込|申込|交付|切り替え|切替"
    r"|延長|審査|診断書)[^。、,\n]{0,30}?(?:教えて|方法|やり方|どう|何から|なにから|必要|について"
    r"|したい|たい|手伝|[?？]|ますか|できる)"
)


_SERVICE_AT_END = re.compile(_SERVICE_WORD.pattern + "$")
# What joins the condition to the service it holds (自閉症の息子の療育手帳): cut off with it.
_CONDITION_OF = re.compile(r"(.+?)(?:の[^の、。,\s]{1,6})?の?$")


# A grade and a bracketed detail after a certificate or condition (身体障害者手帳2級
# （下肢機能障害）): the grade and what the bracket names are the same person's (twenty-eighth
# round).
_GRADE_AFTER = re.compile(r"\s?[0-9一二三四五六七]\s?(?:級|度)(?![0-9])")
_ASIDE_AFTER = re.compile(r"\s?\(([^()\n]{1,24})\)")
_HEALTH_ENDING = re.compile(r"(?:障害|症|病|炎|麻痺|まひ|欠損|切断|不全)$")


def _graded_end(text: str, end: int, hits: list[TermHit]) -> int:
    grade = _GRADE_AFTER.match(text, end)
    if grade is not None:
        end = grade.end()
    aside = _ASIDE_AFTER.match(text, end)
    if aside is not None and (
        _HEALTH_ENDING.search(aside.group(1)) is not None
        or any(
            aside.start(1) <= hit.start and hit.end <= aside.end(1) and hit.kind != "weak"
            for hit in hits
            if hit.category in _NAMED_HEALTH
        )
    ):
        end = aside.end()
    return end


def _without_service_asked(text: str, statement: Statement, end: int) -> Statement:
    """``statement`` without a service word at its end that the request asks about; empty
    (end at start) when that word was all of it."""
    service = _SERVICE_AT_END.search(text, statement.start, statement.end)
    if service is None or _PROCEDURE_ASKED.match(text, statement.end, end) is None:
        return statement
    if service.start() == statement.start:
        return replace(statement, end=statement.start)
    kept = _CONDITION_OF.match(text[statement.start : service.start()])
    return replace(statement, end=statement.start + (len(kept.group(1)) if kept else 0))


def _deliberated(text: str, statement: Statement, end: int) -> bool:
    anchor = text[statement.anchor_start : statement.anchor_end]
    return (
        anchor in _GENERIC_TREATMENT
        and _DELIBERATION.match(text, statement.anchor_end, end) is not None
    )


_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
_NAME_CHARS = 6


def _english_frame(text: str, start: int, end: int, hits: list[TermHit]) -> bool:
    """Whether the sentence ``text[start:end]`` is English around its lexicon words: no
    Japanese outside them and at least three English words."""
    cursor = start
    outside: list[str] = []
    for hit in sorted(hits, key=lambda h: h.start):
        outside.append(text[cursor : max(cursor, hit.start)])
        cursor = max(cursor, hit.end)
    outside.append(text[cursor:end])
    rest = " ".join(outside)
    words = len(_ENGLISH_WORD.findall(rest))
    # a Japanese name in the English sentence (Patient 田中 陽菜 has 肢体不自由 per …) leaves
    # it English: a few Japanese characters among at least five English words (twenty-
    # second round)
    japanese = len(_JAPANESE.findall(rest))
    return words >= 3 and (japanese == 0 or (japanese <= _NAME_CHARS and words >= 5))


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split at Japanese and Western sentence ends and at line breaks."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        if not text[start:end].strip():
            continue
        cursor = start
        for brk in _BREAKS.finditer(text, start, end):
            spans.append((cursor, brk.start()))
            cursor = brk.end()
        spans.append((cursor, end))
    return spans


def _cut_at_ellipsis(text: str, statement: Statement) -> Statement:
    """``statement`` ending before the first ellipsis after its anchor (健診で…って言われた…
    再検査って何科？: the question after the ellipsis stays the user's)."""
    dots = _JAPANESE_ELLIPSIS.search(text, statement.anchor_end, statement.end)
    if dots is None or dots.start() <= statement.start:
        return statement
    return replace(statement, end=dots.start())
