"""Reads Japanese sentences that contain a sensitive word and decides, clause by clause,
whether they state a fact about a person.

Contract: ``JapaneseStatementReader.read(text, start, end, hits)`` looks only at the
sentence ``text[start:end]`` and the lexicon hits inside it, tokenizes it with SudachiPy and
returns ``Statement`` values: ``fact`` when a sensitive word is confirmed by a predicate
(診断された, 服用している, 逮捕された, 信者です ...), by a person it belongs to (母のがん) or is
itself a status word (前科, 障害者手帳) in a plain statement; ``open`` when a strong topic word
stands in a plain statement with none of these, for the dependency parse to decide. Words
in a topic frame (糖尿病の予防法, 障害者割引の制度), questions, conditionals, negations and
predicates modifying a general noun (診断された人は) yield nothing. Spans cover the
sensitive core only (the words of the condition, faith or offence, with the predicate
that makes an offence or a check-up result sensitive), so masking them keeps the rest of
the sentence and the user's request. Pure function of its input; never raises on any
text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from .categories import category_for
from .lexicon import Lexicon, TermHit
from .morphology import Morpheme, SudachiMorphology
from .statement import Statement

__all__ = ["JapaneseStatementReader"]

_CRIME_ROLES = ("juvenile_procedure", "criminal_record", "criminal_procedure", "crime_victim")
_CLAUSE_PARTICLES = frozenset(
    {"が", "けど", "けれど", "けれども", "けども", "のに", "ので", "から"}
)
# What an illness does to the person it is told of (session 18): it progresses, worsens or
# came back (が進んで, が悪化, が再発), it struck them (で倒れて, で入院, で手術), or the
# writer passes it on (とのことで, だそうで, でさ).
_ILLNESS_COURSE = re.compile(
    r"(?:が|も|は)?(?:最近|また|急に|だんだん|どんどん|少しずつ|一気に)?"
    r"(?:進ん|進み|進行|悪化|ひどく|酷く|重く|再発|進んでき|悪くな)"
    r"|で(?:倒れ|入院|手術|寝たきり|寝込|療養|通院|休職|休養|亡くな|さ[、,]|ね[、,])"
    r"|(?:だ|です)?(?:とのこと|だそう|だって[、,]|と診断|になっ|になりまし|を発症|を患)"
)
# Twenty-first round: ある as a rule's condition (前科があると不利, 持病があれば, ある場合).
_CONDITIONAL_ARU = re.compile(
    r"(?:あると(?![^、。,]{0,12}?(?:言|聞|思|知|分か|わか|判明|バレ|ばれ|発覚|告げ|伝え|話|書))"
    r"|あれば|あったら|ある場合|あるとき|ある時)"
)
_IF_AFTER = re.compile(r"たら|たとき|た時|場合|ときは|時は|ときの|時の|なら")
# A reason clause (〜なので, 〜だから) states the writer's own situation.
_REASON_ENDS = frozenset({"ので", "から", "し"})
_IN_GENERAL_REACH = 12
_IN_GENERAL = ("一般論", "一般的に", "一般的な", "一般的には", "仮の話", "仮定の話", "例えばの話")
# Hearsay and casual endings that still state the fact (うつ病らしいよ, 糖尿病持ちでさ).
_CASUAL_FACT = ("持ち", "らしい", "みたい", "っぽい", "っぽく", "なんだって", "だって", "なんだ")
_REASON = re.compile(r"(?:なので(?!す)|なんで(?!す)|だから|ですので|ですから|のため)")
# What may stand between a test and its value (HbA1cが7.8%, 血圧: 168/102).
_VALUE_LEAD = frozenset({"が", "は", "も", ":", "=", "値"})
# Nouns that, with する, ask for an explanation rather than state a fact (説明して).
_EXPLAIN = frozenset({"説明", "解説", "比較", "紹介", "要約", "整理", "列挙"})
# What a medicine or illness is blamed for: the writer takes or has it.
_BLAMED = ("のせいで", "のせいか", "のせいだ", "の副作用で", "の副作用が", "の副作用か", "の影響で")
_TE_COMMA = re.compile(r"[てで]、")
# A difficulty caused by the condition before it (で…聞こえにくい, で歩けない, で仕事ができず,
# で困っている): what the person cannot do, in a few words after で.
_CAUSED_DIFFICULTY = re.compile(
    r"で[^、。,.!?！？]{0,12}?(?:にく[いくかけ]|づら[いくかけ]|辛[いくかけ]|難し[いくかけ]|不自由"
    r"|困っ|困り|困る|苦労|悩んで|でき(?:ない|ず|なく|ません|なかっ)"
    r"|(?:[えけげせてねべめれ]|られ)(?:ない|なく|ず|ません|なかっ))"
)
# A general person, time or case after the difficulty makes it a topic (見えにくい人, 歩けない場合).
_GENERAL_AFTER = re.compile(
    r"[いくかけずなっ]*(?:人|方|者|場合|時|とき|子|子ども|子供|患者|家族|ケース|際|ため|もの|物|こと)"
)
# What ends a clause of the person's own state between a condition and a frame noun.
_OWN_STATE_BREAKS = frozenset({"て", "で", "てて", "でて", "、", ",", "ので", "から", "けど", "し"})
# The difficulty asked about (歩けないのはなぜ？, 見えにくいですか): a question, not a statement.
_ASKED_AFTER = re.compile(r"[いくかけずなっ]*(?:の?(?:です|でしょう|ます)?か|の[?？]|[?？]|のは)")
_SUBJECT_PARTICLES = frozenset({"は", "が", "も"})
_COPULA = frozenset({"です", "だ", "でし", "だっ", "である", "な", "で"})
_NOUN_PREDICATE_FOLLOWERS = frozenset({"中", "歴", "済み", "済", "後"})
_LIGHT_VERBS = frozenset(
    {
        "ある",
        "有る",
        "受ける",
        "続ける",
        "持つ",
        "始める",
        "いる",
        "居る",
        "なる",
        "成る",
        "出る",
        "言う",
        "する",
        "為る",
        "れる",
        "られる",
        "下る",
    }
)
_NEGATION = frozenset({"ない", "無い", "ぬ", "ず", "ん"})
_PASSIVE = frozenset({"れる", "られる"})
_QUESTION = frozenset({"か", "かな", "かしら", "?", "？"})
_REQUEST = frozenset({"教える", "下さる", "くださる", "知る", "調べる", "くれる"})
_PUNCT_TRIM = frozenset({"。", "、", "，", "．", "!", "?", "！", "？", "…", "・", " ", "　"})
_CONNECTIVE_END = frozenset({"て", "で", "し", "が", "けど", "ので", "から"})
# Time words an open-class pattern may take in front of an illness (去年胃がん).
_TIME_WORDS = frozenset(
    {"去年", "昨年", "今年", "先月", "今月", "先週", "今週", "最近", "昨日", "今日", "先日",
     "以前", "当時", "昔", "今", "前", "毎年", "一昨年"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Predicate:
    first: int
    last: int
    roles: frozenset[str]
    good: bool
    hypothetical: bool
    generic: bool
    passive: bool
    chain_end: int
    """Index of the last morpheme of the predicate's inflection chain."""


_SELF_INTRO_AFTER = frozenset({"。", "、", "が", "けど", "けれど", "けれども", "ので", "！", "!"})


def _introduces_self(tokens: Sequence[Morpheme], head: int, last: int) -> bool:
    """Whether ``tokens[head]`` is 者 followed by です / でございます and then the end, a
    comma or a clause particle (…している者です, …している者ですが)."""
    if tokens[head].surface != "者" or head + 1 > last:
        return False
    copula = tokens[head + 1].surface
    if copula not in {"です", "でございます", "でござい"}:
        return False
    nxt = head + 2
    while nxt <= last and tokens[nxt].surface in {"ます"}:
        nxt += 1
    return nxt > last or tokens[nxt].surface in _SELF_INTRO_AFTER


class JapaneseStatementReader:
    """Clause-level decisions for Japanese text; stateless apart from its collaborators."""

    def __init__(self, lexicon: Lexicon, morphology: SudachiMorphology) -> None:
        self._lexicon = lexicon
        self._morphology = morphology
        self._frames = lexicon.words("frame")
        self._frame_particles = tuple(
            sorted(lexicon.words("frame_particle"), key=len, reverse=True)
        )
        self._generic_heads = lexicon.words("generic_head")
        self._generic_subjects = lexicon.words("generic_subject")
        self._persons = lexicon.words("person")
        self._honorifics = lexicon.words("honorific")
        self._reporting = tuple(lexicon.words("reporting"))
        self._juvenile = tuple(lexicon.words("juvenile_context"))
        self._hypothetical = lexicon.words("hypothetical")

    def read(self, text: str, start: int, end: int, hits: Sequence[TermHit]) -> list[Statement]:
        """Statements in the sentence ``text[start:end]``; ``hits`` lie inside it."""
        sentence = text[start:end]
        tokens = [_shift(m, start) for m in self._morphology.tokenize(sentence)]
        if not tokens:
            return []
        starts = {m.start: i for i, m in enumerate(tokens)}
        ends = {m.end: i for i, m in enumerate(tokens)}
        aligned = [
            (hit, starts[hit.start], ends[hit.end])
            for hit in (_snapped(h, tokens, starts) for h in hits if not h.english)
            if hit is not None and hit.start in starts and hit.end in ends
        ]
        if not aligned:
            return []
        # もし/仮に, or a question asked "in general" (一般論で, 一般的には), also added right
        # after the question (…いけるの？一般的に): not about anyone.
        hypothetical_sentence = any(
            m.surface in {"もし", "仮に", "万一", "万が一"} for m in tokens
        ) or any(word in sentence for word in _IN_GENERAL)
        if sentence.rstrip().endswith(("?", "？")):
            after = text[end : end + _IN_GENERAL_REACH]
            hypothetical_sentence = (
                hypothetical_sentence or "一般論" in after or "一般的に" in after
            )
        juvenile = any(word in sentence for word in self._juvenile)
        surface_predicates = [
            (starts[s], ends[e], roles)
            for s, e, roles in self._lexicon.find_surface_predicates(sentence)
            if s + start in starts and e + start in ends
            for s, e in [(s + start, e + start)]
        ]
        statements: list[Statement] = []
        # A clause ended by て/で stands alone before a question when nothing later in the
        # sentence makes it general (…場合, …人は, …たら).
        general_later = [
            i
            for i, m in enumerate(tokens)
            if m.surface in self._generic_heads or m.surface in self._hypothetical
        ]
        for first, last in _clauses(tokens, max(general_later, default=-1)):
            clause_hits = [(h, a, b) for h, a, b in aligned if first <= a and b <= last]
            if not clause_hits:
                continue
            # A clause split off at て/で is what the parse reads: the question after it is
            # another clause's.
            bounds = (start, end)
            if tokens[last].surface not in _CLAUSE_PARTICLES and last + 1 < len(tokens):
                bounds = (tokens[first].start, tokens[last].end)
            statements.extend(
                self._read_clause(
                    tokens,
                    first,
                    last,
                    clause_hits,
                    surface_predicates,
                    hypothetical_sentence,
                    juvenile,
                    bounds,
                )
            )
        return statements

    def _read_clause(
        self,
        tokens: Sequence[Morpheme],
        first: int,
        last: int,
        hits: Sequence[tuple[TermHit, int, int]],
        surface_predicates: Sequence[tuple[int, int, frozenset[str]]],
        hypothetical_sentence: bool,
        juvenile: bool,
        sentence: tuple[int, int],
    ) -> list[Statement]:
        """The clause's statement (its highest-priority confirmed category), and, when a
        treatment or a device is disclosed next to a condition in the same clause (糖尿病で
        インスリン打ってます, 乳がんで抗がん剤治療中), a statement for each of those too:
        masking the condition alone would leave the treatment that tells it."""
        question = any(
            m.surface in _QUESTION
            or (m.pos == "動詞" and m.lemmas & _REQUEST)
            or m.surface == "たい"
            for m in tokens[first : last + 1]
        ) or any(
            tokens[k].surface in _EXPLAIN and tokens[k + 1].lemmas & {"する", "為る"}
            for k in range(first, last)
        )
        negated = any(
            m.lemmas & _NEGATION and m.pos in {"助動詞", "形容詞"} for m in tokens[first : last + 1]
        )
        first_hit_token = min(a for _, a, _ in hits)
        predicates = self._predicates(
            tokens,
            first,
            last,
            first_hit_token,
            surface_predicates,
            question or hypothetical_sentence,
        )
        good = [p for p in predicates if p.good]
        best: tuple[int, str, TermHit, int] | None = None
        confirmed: dict[str, TermHit] = {}
        open_family: dict[str, TermHit] = {}
        open_hit: tuple[TermHit, int] | None = None
        for hit, a, b in hits:
            category = self._confirm(
                tokens,
                first,
                last,
                hit,
                a,
                b,
                good,
                predicates,
                question,
                negated,
                hypothetical_sentence,
            )
            if category is None:
                if (
                    open_hit is None
                    and hit.kind in {"topic", "status"}
                    and hit.category not in {"offence", "health_checkup"}
                    and not predicates
                    and not question
                    and not negated
                    and not hypothetical_sentence
                    and not self._framed(tokens, b, last)
                    and not self._generic_subject(tokens, first, a)
                    and not self._topic_of_later_question(tokens, first, a, b)
                ):
                    open_hit = (hit, a)
                if hit.kind in {"topic", "status"} and hit.category in _MEDICAL_FAMILY:
                    open_family.setdefault(hit.category, hit)
                continue
            if juvenile and category in {"criminal_record", "criminal_procedure"}:
                category = "juvenile_procedure"
            priority = category_for(category).priority
            confirmed.setdefault(category, hit)
            if best is None or priority < best[0]:
                best = (priority, category, hit, a)
        if best is not None:
            _, category, hit, _ = best
            verdict = "fact"
        elif open_hit is not None:
            hit, _ = open_hit
            category = "medical_history" if hit.category == "offence" else hit.category
            verdict = "open"
        else:
            return []
        span_start, span_end = _core(tokens, hits, category, good)
        found = [
            Statement(
                start=span_start,
                end=span_end,
                category=category,
                verdict=verdict,  # type: ignore[arg-type]
                anchor_start=hit.start,
                anchor_end=hit.end,
                sentence_start=sentence[0],
                sentence_end=sentence[1],
            )
        ]
        if category not in _MEDICAL_FAMILY:
            return found
        # Beside a condition left open for the parse, a treatment left open too is read by
        # the parse on its own (糖尿病でインスリン注射をしています).
        others = confirmed if verdict == "fact" else open_family
        for other, other_hit in others.items():
            if other == category or other not in _MEDICAL_FAMILY:
                continue
            own = [(h, a, b) for h, a, b in hits if h.category == other]
            if not own:
                continue
            other_start, other_end = _core(tokens, own, other, good)
            if any(other_start < s.end and s.start < other_end for s in found):
                continue
            found.append(
                Statement(
                    start=other_start,
                    end=other_end,
                    category=other,
                    verdict=verdict,  # type: ignore[arg-type]
                    anchor_start=other_hit.start,
                    anchor_end=other_hit.end,
                    sentence_start=sentence[0],
                    sentence_end=sentence[1],
                )
            )
        return found

    def _confirm(
        self,
        tokens: Sequence[Morpheme],
        first: int,
        last: int,
        hit: TermHit,
        a: int,
        b: int,
        good: Sequence[_Predicate],
        predicates: Sequence[_Predicate],
        question: bool,
        negated: bool,
        hypothetical_sentence: bool,
    ) -> str | None:
        """The category this hit states, or ``None`` when it states nothing."""
        if hypothetical_sentence:
            return None
        # 執行猶予中に海外旅行はできる？: a status as the time frame of a question, with
        # nobody in the sentence, asks what the status allows, not about anyone.
        if (
            question
            and hit.kind == "status"
            and b + 2 <= last
            and tokens[b + 1].surface == "中"
            and tokens[b + 2].surface in {"に", "は", "で", "の"}
            and not any(self._is_person(m) for m in tokens)
        ):
            return None
        # 息子が聴覚障害で、…: a person's condition stated before the request that follows.
        if (
            hit.category not in {"offence", "health_checkup"}
            and b + 2 <= last
            and tokens[b + 1].surface == "で"
            and tokens[b + 2].surface in {"、", ","}
            and self._person_subject(tokens, first, a)
        ):
            return hit.category
        # 母が最近認知症が進んできた, 父が脳梗塞で倒れて, じいちゃんがパーキンソン病でさ,
        # 母親が末期がんとのことで (session 18): a person named as the clause's subject, then
        # the course the illness takes (進む, 悪化, 倒れる, 入院, 〜とのこと) tells that person's
        # condition in passing; 〜たら / 〜場合 / 〜ときは make it a hypothetical.
        if (
            hit.category in {"disability", "medical_history"}
            and not negated
            and self._person_subject(tokens, first, a)
        ):
            course = "".join(m.surface for m in tokens[b + 1 : b + 12])
            if _ILLNESS_COURSE.match(course) and not _IF_AFTER.search(course):
                return hit.category
        # 耳が聴覚障害で聞こえにくい, 視覚障害で画面が見えにくい, うつ病で働けない: a condition
        # given (with で) as the cause of what someone cannot do states that it is theirs; a
        # question (聴覚障害で受けられる支援は？) or a general person after the difficulty
        # (うつ病で働けない人の制度) stays a topic.
        # The clause ends at で, so the difficulty is read from the rest of the sentence.
        if (
            hit.category in {"disability", "medical_history"}
            and b + 1 < len(tokens)
            and tokens[b + 1].surface == "で"
        ):
            caused = "".join(m.surface for m in tokens[b + 1 : b + 14])
            difficulty = _CAUSED_DIFFICULTY.match(caused)
            if (
                difficulty is not None
                and not _GENERAL_AFTER.match(caused, difficulty.end())
                and not _ASKED_AFTER.match(caused, difficulty.end())
            ):
                return hit.category
        if self._topic_of_later_question(tokens, first, a, b):
            return None
        # リボトリールのせいか眠くて, 抗がん剤のせいで髪が: a medicine or illness blamed for
        # what the writer feels is theirs.
        # A request after it (…眠くて、対策を知りたい) does not make it a question.
        blamed = "".join(m.surface for m in tokens[b + 1 : last + 1])
        if (
            hit.category in {"medical_treatment", "medical_history"}
            and blamed.startswith(_BLAMED)
            and not negated
            and (not question or _TE_COMMA.search(blamed) is not None)
        ):
            return hit.category
        # 患者：山田様（不眠症）: a condition in brackets right after a person names theirs.
        if (
            hit.category not in {"offence", "health_checkup"}
            and a >= 2
            and b + 1 <= last
            and tokens[a - 1].surface in {"(", "（"}
            and tokens[b + 1].surface in {")", "）"}
            and self._is_person(tokens[a - 2])
        ):
            return hit.category
        possessive = self._possessive(tokens, a, b, last)
        # A measured value (尿酸値9.2って言われた) is a result whatever frames it.
        measured_value = hit.category == "health_checkup" and hit.kind == "status"
        if self._framed(tokens, b, last) and not possessive and not measured_value:
            return None
        # 前科があると就職に不利？, 持病があれば入れない？: the word as the condition of a
        # general rule (its own あると / あれば / あったら) is no one's, unless a person is
        # the clause's subject (twenty-first round).
        if self._general_condition(tokens, a, b, last) and not self._person_subject(
            tokens, first, a
        ):
            return None
        after = [p for p in good if p.last > b or (hit.kind == "status" and p.first >= a)]
        if hit.category == "offence":
            for role in _CRIME_ROLES:
                for p in after:
                    victim_ok = p.passive or _is_victim_word(tokens, p)
                    if role in p.roles and (role != "crime_victim" or victim_ok):
                        return role
            return None
        if hit.category == "health_checkup":
            measured = hit.kind == "status" or _value_end(tokens, b, last) > b
            if measured and not question and not negated:
                return "health_checkup"
            return "health_checkup" if any("checkup_result" in p.roles for p in after) else None
        if after:
            return hit.category
        if hit.kind == "weak":
            return None
        if possessive:
            return hit.category
        negated_here = _negated_after(tokens, b, last)
        copula = b + 1 <= last and tokens[b + 1].surface in _COPULA and not negated_here
        rest = "".join(m.surface for m in tokens[b + 1 : last + 1])
        if not question and not negated_here and rest.startswith(_CASUAL_FACT):
            return hit.category
        if copula and tokens[last].surface in _REASON_ENDS and last <= b + 3:
            return hit.category
        if _REASON.match(rest) and not negated_here:
            return hit.category
        if hit.kind == "status":
            if copula:
                return hit.category
            plain = (
                not any(p.hypothetical or p.generic or p.first <= b + 2 for p in predicates)
                and not question
                and not negated_here
                and not hypothetical_sentence
            )
            if plain and not self._generic_subject(tokens, first, a):
                return hit.category
            return None
        if copula and not question and self._person_subject(tokens, first, a):
            return hit.category
        return None

    def _predicates(
        self,
        tokens: Sequence[Morpheme],
        first: int,
        last: int,
        first_hit: int,
        surface_predicates: Sequence[tuple[int, int, frozenset[str]]],
        question_context: bool,
    ) -> list[_Predicate]:
        found: list[tuple[int, int, frozenset[str]]] = []
        covered: set[int] = set()
        for s, e, spelled_roles in surface_predicates:
            if first_hit <= s and e <= last:
                chain_from = max(e, _noun_predicate_chain(tokens, e, last))
                found.append((s, chain_from, spelled_roles))
                covered.update(range(s, e + 1))
        for index in range(first_hit, last + 1):
            if index in covered:
                continue
            morpheme = tokens[index]
            roles: frozenset[str] = frozenset()
            for lemma in morpheme.lemmas:
                roles |= self._lexicon.predicates.get(lemma, frozenset())
            if _met_as_victim(tokens, index):
                roles |= {"crime_victim"}
            if not roles or morpheme.pos not in {"名詞", "動詞", "形容詞", "接尾辞"}:
                continue
            if (
                morpheme.pos == "動詞"
                and morpheme.pos_detail == "非自立可能"
                and index > first
                and (
                    tokens[index - 1].pos in {"助詞", "助動詞"}
                    and tokens[index - 1].surface in {"て", "で"}
                )
            ):
                # 〜ている / 〜てある are the previous verb's aspect, not a predicate of their own.
                continue
            chain_from = index
            if morpheme.pos in {"名詞", "接尾辞"}:
                chain_from = _noun_predicate_chain(tokens, index, last)
                if chain_from < 0:
                    continue
            found.append((index, chain_from, roles))
        predicates: list[_Predicate] = []
        for s, e, roles in sorted(found):
            chain_end, hypothetical, negative, passive = _chain(tokens, e, last, self._hypothetical)
            following = tokens[chain_end + 1] if chain_end + 1 <= last else None
            generic = (
                following is not None
                and following.pos == "名詞"
                and following.surface in self._generic_heads
                and tokens[chain_end].surface not in _CONNECTIVE_END
                # twenty-seventh round: 入居希望者は傷害罪で服役していた方です — the head with a
                # copula describes the topic before は, a person, not people in general
                and not _describes_topic(tokens, first, s, chain_end + 1, last)
                # thirtieth round: the writer's humble self-introduction (人工肛門を付けている
                # 者です, 透析を受けている者ですが): 者 with a copula is the writer, not people
                and not _introduces_self(tokens, chain_end + 1, last)
            ) or _generic_after_te(tokens, chain_end, last, self._generic_heads)
            final_question = question_context and chain_end >= _last_content(tokens, first, last)
            # 血圧の基準値はいくつですか: a result noun as the topic of a question asks about it.
            if (
                question_context
                and tokens[s].pos == "名詞"
                and e + 1 <= last
                and tokens[e + 1].surface in {"は", "って", "とは"}
            ):
                final_question = True
            predicates.append(
                _Predicate(
                    first=s,
                    last=e,
                    roles=roles,
                    good=not (hypothetical or negative or generic or final_question),
                    hypothetical=hypothetical,
                    generic=generic,
                    passive=passive,
                    chain_end=chain_end,
                )
            )
        return predicates

    def _general_condition(self, tokens: Sequence[Morpheme], a: int, b: int, last: int) -> bool:
        """The word, with が or も, is the subject of ある in a conditional (あると, あれば,
        あったら, ある場合); あると followed by a verb of telling or learning quotes instead
        (前科があると聞いた)."""
        if b + 2 > last or tokens[b + 1].surface not in {"が", "も"}:
            return False
        if not tokens[b + 2].lemmas & {"ある", "有る"}:
            return False
        rest = "".join(m.surface for m in tokens[b + 2 : last + 1])
        return _CONDITIONAL_ARU.match(rest) is not None

    def _framed(self, tokens: Sequence[Morpheme], b: int, last: int) -> bool:
        """The word is the topic of a general phrase: 〇〇の予防法, 〇〇について, 〇〇割引."""
        if b + 1 > last:
            return False
        # 執行猶予と実刑の違い: a list of words shares the frame after its last word.
        while b + 2 <= last and tokens[b + 1].surface in {"と", "や", "とか", "・", "、"}:
            following = b + 2
            while following + 1 <= last and tokens[following + 1].pos in {"名詞", "接尾辞"}:
                following += 1
            if tokens[b + 2].pos not in {"名詞", "接頭辞"}:
                break
            b = following
        if b + 1 > last:
            return False
        rest = "".join(m.surface for m in tokens[b + 1 : min(last, b + 6) + 1])
        # 膠原病って診断された: a colloquial quote before a predicate, not a topic frame.
        if (
            tokens[b + 1].surface in {"って", "と"}
            and b + 2 <= last
            and any(lemma in self._lexicon.predicates for lemma in tokens[b + 2].lemmas)
        ):
            return False
        if rest.startswith(self._frame_particles):
            return True
        if rest.startswith(
            ("に良い", "にいい", "に効く", "を防ぐ", "を予防", "になりやすい", "の方")
        ):
            return True
        index = b + 1
        if tokens[index].surface in {"の", "系"} and index + 1 <= last:
            index += 1
        return bool(tokens[index].lemmas & self._frames) and tokens[index].pos in {"名詞", "接尾辞"}

    def _is_person(self, morpheme: Morpheme) -> bool:
        return (
            morpheme.name
            or morpheme.surface in self._persons
            or morpheme.surface in self._honorifics
            or morpheme.pos == "代名詞"
        )

    def _possessive(self, tokens: Sequence[Morpheme], a: int, b: int, last: int) -> bool:
        """母のがん, 私の持病 (a person owns it) or うつ病の母 (it describes a person)."""
        before = a >= 2 and tokens[a - 1].surface == "の" and self._is_person(tokens[a - 2])
        after = (
            b + 2 <= last
            and tokens[b + 1].surface == "の"
            and tokens[b + 2].surface in self._persons
            # アルコール依存症の家族向け窓口, 認知症の家族会: whoever's family, a topic
            # (twenty-second round)
            and not (b + 3 <= last and tokens[b + 3].surface in _FOR_GROUP)
            # 卵アレルギーの子どもの弁当の工夫は？: a kind of child asked about, not one child
            # (twenty-third round, second wave); 卵アレルギーの子どもがいます stays
            and not (
                tokens[b + 2].surface in _CLASS_OF_PEOPLE
                and b + 3 <= last
                and tokens[b + 3].surface == "の"
                and tokens[last].surface in {"？", "?"}
            )
        )
        return before or after

    def _person_subject(self, tokens: Sequence[Morpheme], first: int, a: int) -> bool:
        return any(
            tokens[k].surface in _SUBJECT_PARTICLES
            and (self._is_person(tokens[k - 1]) or self._own_child(tokens, first, k - 1))
            for k in range(first + 1, a)
        )

    def _own_child(self, tokens: Sequence[Morpheme], first: int, k: int) -> bool:
        """うちの子は, 私の子が: 子 (a general head alone) is the writer's child after a person
        and の (twenty-third round, second wave)."""
        return (
            tokens[k].surface in {"子", "子ら"}
            and k - 2 >= first
            and tokens[k - 1].surface == "の"
            and self._is_person(tokens[k - 2])
        )

    def _topic_of_later_question(
        self, tokens: Sequence[Morpheme], first: int, a: int, b: int
    ) -> bool:
        """聴覚障害で受けられる支援制度は？: a condition before で whose sentence goes on to ask
        about a general topic (a frame noun such as 制度, 支援, 割引), with no person before
        it, is the topic of the question, not a disclosure."""
        if b + 1 >= len(tokens) or tokens[b + 1].surface != "で":
            return False
        if self._person_subject(tokens, first, a) or any(
            self._is_person(m) for m in tokens[first:a]
        ):
            return False
        rest = tokens[b + 2 :]
        asks = any(
            m.surface in _QUESTION
            or (m.pos == "動詞" and m.lemmas & _REQUEST)
            or m.surface == "たい"
            for m in rest
        )
        frame = next(
            (k for k, m in enumerate(rest) if m.lemmas & self._frames and m.pos == "名詞"), None
        )
        # 適応障害で会社休んでて傷病手当金の申請方法は？: a clause of the person's own state
        # (て, で, 、 before the frame) is a disclosure; only words modifying the frame
        # noun directly (受けられる支援, 使える制度) make it a topic.
        return (
            asks
            and frame is not None
            and not any(m.surface in _OWN_STATE_BREAKS for m in rest[:frame])
        )

    def _generic_subject(self, tokens: Sequence[Morpheme], first: int, a: int) -> bool:
        return any(m.surface in self._generic_subjects for m in tokens[first:a])


_FOR_GROUP = frozenset({"向け", "向き", "会", "の会", "支援", "教室", "講座", "交流会"})
# People named as a class (子ども, 社員): "<condition>の子どもの…？" asks about any such person.
_CLASS_OF_PEOPLE = frozenset(
    {"子ども", "子供", "こども", "児童", "生徒", "学生", "社員", "従業員", "職員", "高齢者", "患者"}
)


def _shift(morpheme: Morpheme, offset: int) -> Morpheme:
    return Morpheme(
        morpheme.surface,
        morpheme.start + offset,
        morpheme.end + offset,
        morpheme.pos,
        morpheme.pos_detail,
        morpheme.name,
        morpheme.lemmas,
    )


# Categories one clause may disclose side by side, each masked on its own: a condition, its
# treatment or medicine, a device or disability it left, a check-up finding.
_MEDICAL_FAMILY: Final = frozenset(
    {"medical_history", "medical_treatment", "disability", "health_checkup"}
)


def _core(
    tokens: Sequence[Morpheme],
    hits: Sequence[tuple[TermHit, int, int]],
    category: str,
    good: Sequence[_Predicate],
) -> tuple[int, int]:
    """The sensitive core of a statement: its sensitive words, not the whole clause.

    Masking the core keeps the rest of what the user wrote, and so their request:
    「聴覚障害があるので電話ではなくメールで」 becomes 「<要配慮:障害>があるので電話ではなく
    メールで」. The core runs from the first to the last sensitive word of the clause; for
    an offence or a check-up the predicate that makes it sensitive is part of it (窃盗で逮捕,
    健康診断で異常を指摘), since 「<tag>されました」 alone would still tell an arrest or a
    finding.
    """
    own = [
        (hit, b)
        for hit, _, b in hits
        if hit.category == category
        or hit.category == "offence"
        or (hit.category in _CRIME_ROLES and category in _CRIME_ROLES)
    ] or [(hit, b) for hit, _, b in hits]
    # A weak word apart from a strong one (創価学会員なのでハラール対応の店): the strong word
    # is the core; the weak one is usually what the user asks for. One glued to it is part
    # of the same words (心療内科クリニック).
    strong = [hit for hit, _ in own if hit.kind != "weak"]
    own = [
        (hit, b)
        for hit, b in own
        if hit.kind != "weak" or any(hit.start == s.end or hit.end == s.start for s in strong)
    ] or own
    # 在日韓国人で、帰化申請の書類を: the status word (在日韓国人) is the core; a procedure
    # word apart from it (帰化) is what the user asks about (nineteenth round).
    status = [hit for hit, _ in own if hit.kind == "status"]
    if category == "race" and status:
        own = [
            (hit, b)
            for hit, b in own
            if _surface(tokens, hit.start, hit.end) not in _PROCEDURE_WORDS
            or any(hit.start == s.end or hit.end == s.start for s in status)
        ] or own
    # 宗教上の理由で、私はエホバの証人なので: a named faith is the core, not the reason
    # phrase before it and what lies between (second wave, sixteenth round).
    named = [
        (hit, b) for hit, b in own if _surface(tokens, hit.start, hit.end) not in _REASON_PHRASES
    ]
    if category == "creed" and named and len(named) < len(own):
        own = named
    start = min(hit.start for hit, _ in own)
    end = max(hit.end for hit, _ in own)
    role = "checkup_result" if category == "health_checkup" else category
    for predicate in good:
        stem = tokens[predicate.last]
        if role in predicate.roles and stem.start >= start and not stem.lemmas & _LIGHT_VERBS:
            end = max(end, stem.end)
    if category == "health_checkup":
        for _, b in own:
            end = max(end, tokens[_value_end(tokens, b, len(tokens) - 1)].end)
    return start, end


_REASON_PHRASES = frozenset({"宗教上の理由", "信仰上の理由"})
_PROCEDURE_WORDS = frozenset({"帰化"})


def _surface(tokens: Sequence[Morpheme], start: int, end: int) -> str:
    return "".join(t.surface for t in tokens if start <= t.start and t.end <= end)


def _value_end(tokens: Sequence[Morpheme], b: int, last: int) -> int:
    """The last token of a measured value right after a test name (HbA1cが7.8%), else ``b``."""
    index = b + 1
    while index <= last and tokens[index].surface in _VALUE_LEAD:
        index += 1
    if (
        index > last
        or tokens[index].pos_detail != "数詞"
        or not tokens[index].surface[:1].isdigit()
    ):
        return b
    end = index
    while end + 1 <= last and (
        tokens[end + 1].pos_detail == "数詞"
        or tokens[end + 1].surface in {"/", ".", "%", "mg", "dL", "dl", "mmHg", "/dL", "/dl"}
    ):
        end += 1
    return end


def _snapped(hit: TermHit, tokens: Sequence[Morpheme], starts: dict[int, int]) -> TermHit | None:
    """``hit`` starting at a token boundary: an open-class pattern (…症) may start inside the
    word before it (去年|アルコール依存症 read as 年アルコール依存症); it then starts at the
    next token inside it. A time word at its start (去年胃がん) is left out. ``None`` when
    nothing of the word is left."""
    if hit.start in starts:
        first = tokens[starts[hit.start]]
        # 去年|胃がん: a time word the open pattern took in front of the illness.
        if first.surface in _TIME_WORDS and hit.end - first.end >= 2:
            return replace(hit, start=first.end)
        return hit
    inside = [m.start for m in tokens if hit.start < m.start < hit.end]
    if not inside or hit.end - inside[0] < 2:
        return None
    return replace(hit, start=inside[0])


def _clauses(tokens: Sequence[Morpheme], general_from: int = -1) -> list[tuple[int, int]]:
    """Token ranges (inclusive) split after a contrastive particle (〜ですが、 / 〜けど), and
    after a verb's て/で when a new phrase starts (最近うつで休んでて|傷病手当金の申請方法は？)
    and no generic or hypothetical word comes later (``general_from``: the index of the
    last one, -1 for none), so a question at the end asks only about its own clause."""
    clauses: list[tuple[int, int]] = []
    first = 0
    for index, morpheme in enumerate(tokens):
        if (
            (
                morpheme.pos == "助詞"
                and morpheme.pos_detail == "接続助詞"
                and (morpheme.surface in _CLAUSE_PARTICLES or _te_clause_end(tokens, index))
                # A comma after て ends the phrase even before a general word later (…っぽくて
                # さ、休むときの連絡は？ is about the writer; 診断されて休職する場合は？ is not).
                and (
                    morpheme.surface in _CLAUSE_PARTICLES
                    or index > general_from
                    or _comma_follows(tokens, index)
                )
            )
            or _split_node(tokens, index)
            or _suspended_clause(tokens, index)
        ):
            clauses.append((first, index))
            first = index + 1
    if first < len(tokens):
        clauses.append((first, len(tokens) - 1))
    return clauses


_HEAD_COPULA: Final = frozenset({"です", "だ", "でし", "だっ", "である", "でございます"})


def _describes_topic(
    tokens: Sequence[Morpheme], first: int, predicate: int, head: int, last: int
) -> bool:
    """A generic head (方, 人) followed by a copula, with a topic marked by は before the
    predicate: ``Xは…していた方です`` says what X is."""
    return (
        head + 1 <= last
        and tokens[head + 1].surface in _HEAD_COPULA
        and any(
            tokens[k].surface == "は"
            and tokens[k].pos == "助詞"
            and tokens[k - 1].pos in {"名詞", "接尾辞", "代名詞"}
            for k in range(max(first, 1), predicate)
        )
    )


def _suspended_clause(tokens: Sequence[Morpheme], index: int) -> bool:
    """おり、/ あり、 ending a clause in written style (暴力を受けており、保護命令を申し立て中です):
    what follows is a statement of its own (twenty-seventh round)."""
    return (
        tokens[index].surface in {"おり", "あり", "おらず"}
        and tokens[index].pos in {"動詞", "助動詞"}
        and _comma_follows(tokens, index)
    )


def _comma_follows(tokens: Sequence[Morpheme], index: int) -> bool:
    """A comma right after ``index``, or after a chat particle there (てさ、)."""
    after = index + 1
    if after < len(tokens) and tokens[after].pos_detail == "終助詞":
        after += 1
    return after < len(tokens) and tokens[after].surface in {"、", ","}


def _split_node(tokens: Sequence[Morpheme], index: int) -> bool:
    """ので written as two tokens after a past or plain verb (…だったので、…したので、):
    Sudachi reads 準体助詞 の + copula で, which ends a reason clause all the same."""
    return (
        tokens[index].surface == "で"
        and index >= 2
        and tokens[index - 1].surface in {"の", "ん"}
        and tokens[index - 1].pos_detail == "準体助詞"
        and tokens[index - 2].pos in {"助動詞", "動詞", "形容詞"}
        and index + 1 < len(tokens)
        and tokens[index + 1].surface in {"、", ","}
    )


def _generic_after_te(
    tokens: Sequence[Morpheme], chain_end: int, last: int, heads: frozenset[str]
) -> bool:
    """A predicate joined by て to a verb that describes a general noun (診断されて休職する
    場合, 診断されて仕事を辞める人は): the phrase is about people in general. A comma ends
    the phrase (…休職してて、復職の手続きは？ is about the writer)."""
    if tokens[chain_end].surface not in {"て", "で"}:
        return False
    for k in range(chain_end + 1, last + 1):
        morpheme = tokens[k]
        if morpheme.surface in _PUNCT_TRIM:
            return False
        if (
            morpheme.pos == "名詞"
            and morpheme.surface in heads
            and tokens[k - 1].pos in {"動詞", "助動詞"}
        ):
            return True
    return False


def _te_clause_end(tokens: Sequence[Morpheme], index: int) -> bool:
    """A verb's て/で that ends a clause: a noun starts the next phrase (休んでて|傷病…) or a
    comma follows, also after a chat particle (言われて、|…, っぽくてさ、|…), not an auxiliary verb
    (して|いる), another particle or a compound particle (として)."""
    if tokens[index].surface not in {"て", "で"} or index < 2 or index + 1 >= len(tokens):
        return False
    # として, について, によって: a verb right after a case particle is a compound particle.
    if tokens[index - 1].pos == "動詞" and tokens[index - 2].pos_detail == "格助詞":
        return False
    # …と言われて、食事指導を受けたい, 糖尿っぽくてさ、…: a comma after a verb's (or
    # っぽい's) て ends the clause too; the request after it is its own.
    if _comma_follows(tokens, index):
        before = tokens[index - 1]
        return before.pos in {"動詞", "助動詞"} or (
            before.pos == "接尾辞" and before.pos_detail == "形容詞的"
        )
    return tokens[index - 1].pos in {"動詞", "助動詞"} and tokens[index + 1].pos in {
        "名詞",
        "代名詞",
        "接頭辞",
    }


def _noun_predicate_chain(tokens: Sequence[Morpheme], index: int, last: int) -> int:
    """Where the inflection of a noun predicate starts, or -1 when the noun does not act as
    one. It must: 診断され, 通院中, 信者です, 前科が+ある (the chain then starts at ある, so
    前科はありません is negative), or end the clause."""
    if index >= last or all(m.pos in {"補助記号", "記号"} for m in tokens[index + 1 : last + 1]):
        return index
    following = tokens[index + 1]
    if following.lemmas & {"する", "為る", "できる", "出来る"}:
        return index
    if following.surface in _NOUN_PREDICATE_FOLLOWERS or following.surface in _COPULA:
        return index
    if (
        following.surface in {"と", "に"}
        and index + 2 <= last
        and tokens[index + 2].lemmas & {"なる", "成る", "言う", "判定", "診断"}
    ):
        return index + 2
    if following.surface in {"が", "を", "は", "も", "の"} and index + 2 <= last:
        verb = tokens[index + 2]
        if verb.lemmas & _LIGHT_VERBS and verb.pos == "動詞":
            return index + 2
    return -1


def _chain(
    tokens: Sequence[Morpheme], index: int, last: int, hypothetical_words: frozenset[str]
) -> tuple[int, bool, bool, bool]:
    """Follow the inflection after a predicate; report (end, hypothetical, negative, passive)."""
    hypothetical = negative = passive = False
    end = index
    probe = index + 1
    while probe <= last:
        morpheme = tokens[probe]
        auxiliary = (
            morpheme.pos in {"助動詞", "接尾辞"}
            or (morpheme.pos == "動詞" and morpheme.pos_detail == "非自立可能")
            or (morpheme.pos == "形容詞" and morpheme.pos_detail == "非自立可能")
        )
        particle = morpheme.pos == "助詞" and morpheme.pos_detail in {
            "接続助詞",
            "終助詞",
            "副助詞",
        }
        if not (auxiliary or particle):
            break
        if morpheme.lemmas & _NEGATION:
            negative = True
        if morpheme.lemmas & _PASSIVE:
            passive = True
        if morpheme.surface in {"たら", "だら", "なら", "ば"} or (
            particle and morpheme.surface in hypothetical_words
        ):
            hypothetical = True
        if particle and morpheme.surface == "も" and tokens[probe - 1].surface in {"て", "で"}:
            hypothetical = True
        if particle and morpheme.surface == "と" and morpheme.pos_detail == "接続助詞":
            hypothetical = True
        end = probe
        probe += 1
    following = tokens[end + 1] if end + 1 <= last else None
    if following is not None and following.surface in {"場合", "とき", "時", "際", "なら"}:
        hypothetical = True
    return end, hypothetical, negative, passive


def _last_content(tokens: Sequence[Morpheme], first: int, last: int) -> int:
    """Index of the last morpheme before the question/request tail of the clause."""
    index = last
    while index > first and (
        tokens[index].pos in {"補助記号", "助動詞", "助詞"}
        or tokens[index].pos_detail == "非自立可能"
        or tokens[index].lemmas & _REQUEST
    ):
        index -= 1
    return index


def _is_victim_word(tokens: Sequence[Morpheme], predicate: _Predicate) -> bool:
    return bool(
        tokens[predicate.first].lemmas & {"被害", "遭う", "被害届", "遭遇"}
    ) or _met_as_victim(tokens, predicate.first)


def _met_as_victim(tokens: Sequence[Morpheme], index: int) -> bool:
    """Verbs that make the offence before them something done to the writer.

    遭う written in kana (痴漢にあった: Sudachi reads it as 会う/合う/ある), an offence
    received (暴力を受けてる, DVを受けて), an offence noun made a passive verb
    (ストーカーされてて), a passive verb after に (空き巣に入られた) and falling for a fraud
    (詐欺に引っかかった). Only an offence takes a victim role from these.
    """
    morpheme = tokens[index]
    if morpheme.pos != "動詞" or index == 0:
        return False
    before = tokens[index - 1].surface
    passive = index + 1 < len(tokens) and bool(tokens[index + 1].lemmas & _PASSIVE)
    lemmas = morpheme.lemmas
    return (
        (
            before == "に"
            and morpheme.surface.startswith("あ")
            and bool(lemmas & {"会う", "合う", "遭う", "あう", "ある"})
        )
        or (before in {"を", "も"} and bool(lemmas & {"受ける"}))
        or (bool(lemmas & {"する", "為る"}) and passive and tokens[index - 1].pos == "名詞")
        or (before == "に" and passive)
        or (before == "に" and bool(lemmas & {"引っかかる", "引っ掛かる", "騙す"}))
        # The fine split reads 引っかかった as 引っ|かかっ (引く, 掛かる).
        or (
            before == "に"
            and bool(lemmas & {"引く", "ひく"})
            and index + 1 < len(tokens)
            and bool(tokens[index + 1].lemmas & {"かかる", "掛かる"})
        )
    )


def _negated_after(tokens: Sequence[Morpheme], b: int, last: int) -> bool:
    """前科はない / 前科はありません: the word itself is denied."""
    index = b + 1
    if index <= last and tokens[index].surface in _SUBJECT_PARTICLES:
        index += 1
    if index > last:
        return False
    if tokens[index].lemmas & {"ない", "無い"}:
        return True
    if tokens[index].lemmas & {"ある", "有る", "いる", "居る"}:
        return any(m.lemmas & _NEGATION for m in tokens[index + 1 : min(last, index + 4) + 1])
    return False
