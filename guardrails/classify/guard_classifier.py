"""One decision from the rules, the trained cascade and the exemplars, for one policy version.

:class:`GuardClassifier` is built from a policy's ``guard:`` section (embedding every
exemplar once) and classifies a text into a :class:`GuardVerdict`: a score per category
(the higher of the rule score, 1.0 on a match, and the embedding similarity), the
categories that triggered, and which of them are enforced rather than monitored.

The cascade, cheapest first:

1. rules (keywords and patterns on normalised text, decoded payloads and, for the rules
   only, the text with its cue words' typos read back:
   :mod:`guardrails.classify.cue_misspellings`); a matched rule of an enforced ``block``
   category decides at once;
2. with ``learned`` on, the fast trained model (:mod:`guardrails.classify.learned_cascade`):
   text that no rule, context pattern or hidden payload touched and that it scores below
   its operating point is allowed without the embedding (``prescreened``);
3. the e5 embedding of the text, read by the trained head (with the fast model's score)
   and by the exemplars: a learned attack is named after the nearest of the
   ``learned.categories``; when the cascade only leans to attack (probability ≥ 0.5, below
   its threshold) a covered category may still trigger on its exemplar threshold — unless
   the text reads as a protective request (``learned.protective``) or an ordinary work
   request written with an attack's words (``learned.ordinary``;
   :mod:`guardrails.classify.protective_intent`), which also raises the threshold;
   categories the model does not cover trigger on their exemplar thresholds as before;
4. a guard model on vLLM, when configured (asked by the guard stage: :meth:`with_model`).

With ``learned`` off and ``prescreen`` on, static word vectors let through text far from
every category instead (:mod:`guardrails.classify.prescreen`; also ``prescreened``).

The action of a verdict is the most severe among enforced categories: ``block`` and
``respond`` (both keep the request from the model) > ``route`` > ``flag``; with none
enforced it is ``allow`` (``monitor`` categories are still reported in
:attr:`GuardVerdict.monitored`). Between ``block`` and ``respond`` the higher score decides
(a rule match scores 1.0), so someone who writes 「死にたい」 gets the self-harm reply with
where to find help even when a block category also scored near its threshold; a tie goes
to ``block``.

Failure behaviour: classification is blocking (the embedder); embedder errors propagate.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import numpy as np

from guardrails.classify.cue_misspellings import CueMisspellings
from guardrails.classify.defender_frame import DefenderFrame
from guardrails.classify.embedding_classifier import BENIGN, EmbeddingClassifier
from guardrails.classify.embedding_head import e5_view
from guardrails.classify.given_text import GivenText, given_text
from guardrails.classify.kana_readings import KanaReadings
from guardrails.classify.learned_cascade import LearnedCascade, LearnedScore
from guardrails.classify.misspelt_words import everyday_senses, kana_harm_words
from guardrails.classify.normalizer import (
    clean,
    decoded_payloads,
    hidden_payloads,
    normalize,
    structured_requests,
)
from guardrails.classify.prefilter_plans import PrefilterPlans
from guardrails.classify.prescreen import Prescreen
from guardrails.classify.protective_intent import ProtectiveIntent, raise_for
from guardrails.classify.romaji import romaji_reading
from guardrails.classify.rules_classifier import RulesClassifier
from guardrails.classify.static_vectors import static_vectors
from guardrails.classify.vector_cache import VectorCache
from guardrails.classify.word_segmenter import WordSegmenter
from guardrails.policy.guard import GuardAction, GuardMode, GuardPolicy
from guardrails.policy.pii import SPECIAL_CARE_TAGS
from retrieval.embedder import Embedder

__all__ = ["ALLOW", "GuardClassifier", "GuardVerdict"]

ALLOW = "allow"

# The cue-typo reading reads this many characters of a text (as the hidden payloads' cipher
# and misspelling readings do): an attack's typo'd cue word is near its request.
_TYPO_READ_LIMIT = 4_000

# The special-care tags the PII stage masks with, as they appear in normalised text.
_CARE_TAG = re.compile("|".join(re.escape(normalize(tag)) for tag in SPECIAL_CARE_TAGS.values()))

_SEVERITY = {
    GuardAction.BLOCK: 3,
    GuardAction.RESPOND: 3,
    GuardAction.ROUTE: 2,
    GuardAction.FLAG: 1,
}
_TIE_BREAK = {
    GuardAction.BLOCK: 0,
    GuardAction.RESPOND: 1,
    GuardAction.ROUTE: 0,
    GuardAction.FLAG: 0,
}


@dataclass(frozen=True, slots=True)
class GuardVerdict:
    """What the guard decided about one input: labels and scores, never text."""

    action: str
    """``allow`` or the :class:`GuardAction` of the deciding category."""
    category: str | None
    """The enforced category that decided the action (``None`` for ``allow``)."""
    categories: tuple[str, ...]
    """Every triggered category, enforced or monitored, most severe first."""
    monitored: tuple[str, ...]
    """Triggered categories in ``monitor`` mode (audited, not enforced)."""
    scores: dict[str, float]
    """Score per category (rule match → 1.0, else embedding similarity) and ``benign``."""
    rule_hits: tuple[str, ...]
    """Categories triggered by a keyword or pattern."""
    prescreened: bool = False
    """Allowed before the embedding (fast model or static-vector prescreen; no exemplar
    scores)."""
    attack_probability: float | None = None
    """The trained cascade's probability that the text is an attack (None: not asked)."""
    decided_by: str = "rules"
    """The last stage that ran: ``rules``, ``fast``, ``prescreen``, ``e5``."""


class GuardClassifier:
    """Rules + exemplar embeddings for one policy; see the module docstring."""

    def __init__(
        self,
        policy: GuardPolicy,
        embedder: Embedder | None,
        *,
        vector_cache: VectorCache | None = None,
    ) -> None:
        self._policy = policy
        # The patterns' prefilter plans are kept beside the exemplar vectors.
        plans = PrefilterPlans(vector_cache.directory) if vector_cache is not None else None
        self._rules = RulesClassifier(policy.categories, plans=plans)
        self._segmenter = WordSegmenter.for_policy(policy.categories, policy.benign_exemplars)
        self._cue_typos = CueMisspellings.for_policy(policy.categories)
        self._kana_readings = KanaReadings.for_policy(policy.categories)
        self._rule_blocks = frozenset(
            name
            for name, category in policy.categories.items()
            if category.action is GuardAction.BLOCK and category.mode is GuardMode.ENFORCE
        )
        self._embedding = (
            EmbeddingClassifier(
                embedder,
                policy.categories,
                policy.benign_exemplars,
                top_k=policy.top_k,
                margin=policy.margin,
                vector_cache=vector_cache,
            )
            if embedder is not None and policy.embedding
            else None
        )
        self._prescreen = (
            Prescreen(
                static_vectors(),
                policy.categories,
                policy.benign_exemplars,
                top_k=policy.top_k,
                settings=policy.prescreen,
            )
            if self._embedding is not None
            and policy.prescreen.enabled
            and not policy.learned.enabled
            else None
        )
        self._learned = (
            LearnedCascade(
                policy.learned.model, embedder_name=embedder.name, dimension=embedder.dimension
            )
            if self._embedding is not None and embedder is not None and policy.learned.enabled
            else None
        )
        self._covered = frozenset(policy.learned.categories) if self._learned else frozenset()
        self._intents = tuple(
            ProtectiveIntent(s, plans=plans) for s in policy.learned.intent_signals()
        )
        self._text_work = ProtectiveIntent(policy.learned.text_work, plans=plans)
        self._defender = DefenderFrame(policy.defender, plans=plans)
        if plans is not None:
            plans.save()
        self._text_work_chars = policy.learned.text_work.max_chars
        # Categories only exemplars can find: the fast model knows nothing of them, so it
        # may not let text skip the embedding while they exist.
        self._exemplar_only = any(
            category.exemplars and name not in self._covered
            for name, category in policy.categories.items()
        )

    def classify(self, text: str, *, whole: str | None = None) -> GuardVerdict:
        """The verdict for ``text`` (blocking: may embed the text; see the module
        docstring for which stage decides).

        ``whole`` is the full text when ``text`` is only a window of it (a long message's
        head and tail): the rules, which cost microseconds, read all of it, so an
        instruction in the middle of a long message is still matched; the learned models
        and the embedding read the window."""
        payloads = self._payloads(text)
        originals = [text, *payloads]
        normalized = list(dict.fromkeys(normalize(view) for view in originals))
        rule_views = normalized
        if whole is not None and whole != text:
            rule_views = list(
                dict.fromkeys(normalize(view) for view in [whole, *self._payloads(whole)])
            )
        # Work on a given text (a pasted terms-of-service clause, one's own bot's prompt, a
        # quoted line of fiction): the rules and the benign signals read it without what
        # the pasted text itself forbids or defines (guardrails.classify.given_text).
        # The trained models read that text too, in its own spelling, when it maps back.
        intent_views = normalized
        # 爆弾おにぎり, 爆弾低気圧: the models read the everyday sense in plain words.
        model_texts = list(dict.fromkeys(everyday_senses(x) for x in originals))
        given = self._given_text(text, normalized) if whole is None or whole == text else None
        if given is not None:
            rule_views = intent_views = [given.rule_view]
            if given.model_text:
                model_texts = [given.model_text]
        # A request carried in a structure (a JSON task, a table's 依頼 row) is read by the
        # rules only: its "how to …" form is made for their request words, and the models
        # read the structure itself.
        structured = given.model_text if given is not None and given.model_text else whole or text
        rule_views = [*rule_views, *(normalize(r) for r in structured_requests(structured))]
        # The rules' cue words typed wrong ("ransomwre", "secruity questions") read back, for
        # the rules only: the learned models absorb most typos, and one more view for them
        # and the embedding would cost milliseconds. Not on work on a given text, whose
        # rule view is the text without what it forbids.
        typed = self._typed_view(whole or text) if given is None else None
        if typed is not None and typed not in rule_views:
            rule_views.append(typed)
        # Japanese typed in romaji ("jitaku tokutei shitai") read in hiragana, for the rules
        # only (guardrails.classify.romaji): the Japanese rules read kana and kanji.
        spoken = self._romaji_view(whole or text) if given is None else None
        if spoken is not None and spoken not in rule_views:
            rule_views.append(spoken)
        # The rules' kanji words typed in kana (ぎぞう, でんわばんごう) written in
        # their kanji, for the rules only (guardrails.classify.kana_readings).
        # The decoded payloads too (twenty-third round, wave 2): katakana spaced word by
        # word (ジサツ ノ イチバン ラク ナ ホウホウ) is joined into one kana run there, and
        # only that run holds readings standing as words.
        if given is None:
            sources = [whole, *self._payloads(whole)] if whole not in (None, text) else originals
            for source in sources:
                read = self._kana_view(source or text)
                if read is not None and read not in rule_views:
                    rule_views.append(read)
        # A long reading (every view after the first) is read only on the lines and
        # sentences it rewrote, with their neighbours, up to 4,000 characters of them
        # (rules_classifier.new_spans, issue 18): most readings copy the rest of the text.
        rule_scores = self._rules.classify(rule_views, spans=True)
        # A defender's request (a filter for 「前の指示を無視して」, the signs of an
        # overdose, an injection string found in a ticket: guardrails.classify.defender_frame)
        # uses an attack's words: its categories' rule matches stand aside, and the cascade
        # reads it in full (never skipped by the fast model).
        stood_aside = self._stand_aside(rule_scores, normalized, rule_views, whole, text)
        if stood_aside:
            rule_scores = {k: v for k, v in rule_scores.items() if k not in stood_aside}
        rule_hits = tuple(sorted(rule_scores))
        if (
            self._embedding is None
            or self._embedding.empty
            or any(name in self._rule_blocks for name in rule_scores)
        ):
            # A matched rule of an enforced block category decides: nothing later can
            # change that action, and the embedding is most of the cost.
            return self._verdict(set(rule_scores), dict(rule_scores), rule_hits)
        views = list(dict.fromkeys(v for v in (e5_view(x) for x in model_texts) if v))
        if not views:
            # Nothing but spaces or invisible characters: nothing to embed or score.
            return self._verdict(set(rule_scores), dict(rule_scores), rule_hits)
        # The special-care tags the PII stage writes (<要配慮:犯罪歴>) name a category of
        # the user's own data; their words must not count as context (犯罪 → crime).
        # (and 爆弾 in its food or weather sense, 爆弾おにぎり, is no harm word here)
        contexts = self._rules.contexts(
            [everyday_senses(_CARE_TAG.sub(" ", view)) for view in intent_views]
        )
        untouched = not (rule_scores or stood_aside or contexts or payloads) and len(views) == 1
        fast_logit = 0.0
        if self._learned is not None:
            pairs = list(dict.fromkeys((normalize(x), clean(x)) for x in model_texts))
            fast_logit = self._learned.fast([n for n, _ in pairs], [c for _, c in pairs])
            benign = self._learned.clearly_benign(fast_logit)
            if (
                benign is not None
                and untouched
                and not self._exemplar_only
                and self._policy.learned.fast_pass
            ):
                return self._verdict(set(), {}, (), prescreened=True, learned=benign)
        elif self._prescreen is not None and untouched and self._prescreen.passes(views[0]):
            return self._verdict(set(), {}, (), prescreened=True, decided_by="prescreen")
        vectors = self._embedding.embedder.embed_queries(views)
        embedded = self._embedding.scores_for(vectors, contexts)
        scores = dict(embedded.scores)
        triggered = set(rule_scores) | {n for n in embedded.triggered if n not in self._covered}
        learned: LearnedScore | None = None
        if self._learned is not None:
            # A request to report, protect, defend or get a remedy, or an ordinary work
            # request in an attack's words (and no rule matched): the cascade must be
            # surer, and the band is not left to the exemplars.
            raise_by = 0.0 if rule_scores else raise_for(self._intents, intent_views)
            if not rule_scores and given is not None and given.asked_about:
                # Quotes asked about and left out (given_text): the text asks no attack of
                # its own, so it is read as an ordinary request (ordinary's margin).
                raise_by = max(raise_by, self._policy.learned.ordinary.margin)
            protective = raise_by > 0.0
            learned = self._learned.attack(fast_logit, vectors, raise_by=raise_by)
            carried = (
                self._carried_payloads(text, rule_scores, raise_by, normalized, views)
                if len(views) == len(model_texts)
                else None
            )
            if carried is not None:
                # A benign request carrying an encoded string (decode this base64: …) whose
                # decoded text the fast model calls clearly benign: the request is read with
                # the signals' margin, the decoded text on its own, unraised.
                learned = self._split_attack(*carried, model_texts, vectors) or learned
            if learned.attack:
                triggered.add(self._nearest_covered(scores))
            elif learned.leaning and not protective:
                # Between "leans to attack" and the threshold, a covered category's own
                # exemplars may decide: written for the project, they catch plain requests
                # (a bomb recipe in Japanese) the trained model is less sure of, while the
                # trained model keeps them from firing on greetings and service questions.
                triggered |= {n for n in embedded.triggered if n in self._covered}
        scores.update(rule_scores)
        return self._verdict(triggered, scores, rule_hits, learned=learned, decided_by="e5")

    def _carried_payloads(
        self,
        text: str,
        rule_scores: dict[str, float],
        raise_by: float,
        normalized: list[str],
        views: list[str],
    ) -> tuple[float, list[int]] | None:
        """For a text that carries encoded strings and reads, as written, as a benign
        request (twenty-seventh round: "decode this base64 for me: …", 「このbase64を
        デコードして」): the signals' margin for the request and the indices of ``views``
        that are the decoded strings. ``None`` when a rule matched, a signal already
        applies, nothing was decoded, or no signal reads the text itself (the signals
        refuse texts with payloads, :meth:`ProtectiveIntent.matches`)."""
        if rule_scores or raise_by > 0.0 or len(normalized) < 2:
            return None
        decoded = {e5_view(everyday_senses(d)) for d in decoded_payloads(text)}
        inner = [i for i, view in enumerate(views) if i > 0 and view in decoded]
        if not inner:
            return None
        own = raise_for(self._intents, normalized[:1])
        return (own, inner) if own > 0.0 else None

    def _split_attack(
        self, raise_by: float, inner: list[int], model_texts: list[str], vectors: np.ndarray
    ) -> LearnedScore | None:
        """The cascade's verdict when the request and the decoded strings it carries
        (``inner``: their indices in ``model_texts`` and ``vectors``) are scored apart: the
        request and its readings with the signals' margin ``raise_by``, the decoded strings
        with none; either one an attack makes the text one. ``None`` (the text is scored
        whole, unraised) unless the fast model calls the decoded strings clearly benign at
        its own operating point."""
        assert self._learned is not None
        rest = [i for i in range(len(model_texts)) if i not in inner]
        decoded = [model_texts[i] for i in inner]
        inner_fast = self._learned.fast(
            [normalize(x) for x in decoded], [clean(x) for x in decoded]
        )
        if self._learned.clearly_benign(inner_fast) is None:
            return None
        inner_score = self._learned.attack(inner_fast, vectors[inner])
        texts = [model_texts[i] for i in rest]
        own = self._learned.attack(
            self._learned.fast([normalize(x) for x in texts], [clean(x) for x in texts]),
            vectors[rest],
            raise_by=raise_by,
        )
        return own if own.attack and not inner_score.attack else inner_score

    def _stand_aside(
        self,
        rule_scores: dict[str, float],
        normalized: list[str],
        rule_views: list[str],
        whole: str | None,
        text: str,
    ) -> frozenset[str]:
        """The matched categories whose rules stand aside for a defender's request
        (:class:`DefenderFrame`); empty when none matched, the frame does not hold,
        ``text`` is a window of a longer ``whole``, or no embedding cascade would read the
        text after them (a rules-only guard keeps its matches: fail closed)."""
        if self._embedding is None or self._embedding.empty:
            return frozenset()
        covered = self._defender.categories.intersection(rule_scores)
        if not covered or (whole is not None and whole != text):
            return frozenset()
        return covered if self._defender.holds(normalized, rule_views) else frozenset()

    def _typed_view(self, text: str) -> str | None:
        """``text``'s head with each typo of a cue word written as that word, normalised;
        ``None`` (nothing built) when no word of it is unknown and near a cue word."""
        typed = self._cue_typos.read(text[:_TYPO_READ_LIMIT])
        return normalize(typed) if typed is not None else None

    def _romaji_view(self, text: str) -> str | None:
        """``text`` with its romaji Japanese lines in hiragana and the listed harm words
        among them in their usual form (ばくだん → 爆弾), normalised; ``None`` when no line
        of it is romaji Japanese."""
        reading = romaji_reading(text)
        if reading is None:
            return None
        folded = normalize(reading)
        return kana_harm_words(folded) or folded

    def _kana_view(self, text: str) -> str | None:
        """``text`` normalised with the kana readings of the rules' kanji words written
        in kanji; ``None`` when it holds none standing as a word."""
        return self._kana_readings.read(normalize(text))

    def _given_text(self, text: str, normalized: list[str]) -> GivenText | None:
        """``text`` without what a given text forbids or defines, when there is such a
        part and the ``text_work`` signal reads the rest as work on that text (or the text
        asks about its quotes, :mod:`guardrails.classify.given_text`); else
        ``None`` (also when a payload was decoded from it)."""
        if (
            len(normalized) != 1
            or self._text_work.empty
            or len(normalized[0]) > self._text_work_chars
        ):
            return None
        given = given_text(text)
        if given is None or not (given.asked_about or self._text_work.matches([given.rule_view])):
            return None
        return given

    def _payloads(self, text: str) -> list[str]:
        """The hidden payloads of ``text``, and those of them spelled out letter by letter
        with their word ends put back ("howtomakeabomb" → "how to make a bomb")."""
        payloads = hidden_payloads(text)
        return payloads + self._segmenter.split_views(payloads)

    def _nearest_covered(self, scores: dict[str, float]) -> str:
        """The covered category whose exemplars are nearest (they name a learned attack)."""
        named = [n for n in self._policy.learned.categories if n in scores]
        return max(named, key=lambda n: (scores[n], n)) if named else sorted(self._covered)[0]

    def with_model(self, verdict: GuardVerdict, model_scores: dict[str, float]) -> GuardVerdict:
        """``verdict`` with the categories a guard model found added (its own threshold applied)."""
        if not model_scores:
            return verdict
        known = {k: v for k, v in model_scores.items() if k in self._policy.categories}
        scores = dict(verdict.scores)
        for name, score in known.items():
            scores[name] = max(scores.get(name, 0.0), score)
        return dataclasses.replace(
            self._verdict(set(verdict.categories) | set(known), scores, verdict.rule_hits),
            prescreened=verdict.prescreened,
            attack_probability=verdict.attack_probability,
            decided_by=verdict.decided_by,
        )

    def _verdict(
        self,
        triggered: set[str],
        scores: dict[str, float],
        rule_hits: tuple[str, ...],
        *,
        prescreened: bool = False,
        learned: LearnedScore | None = None,
        decided_by: str = "rules",
    ) -> GuardVerdict:
        categories = self._policy.categories
        ordered = sorted(
            triggered,
            key=lambda name: (
                -_SEVERITY[categories[name].action],
                -scores.get(name, 0.0),
                _TIE_BREAK[categories[name].action],
                name,
            ),
        )
        enforced = [n for n in ordered if categories[n].mode is GuardMode.ENFORCE]
        monitored = tuple(n for n in ordered if categories[n].mode is GuardMode.MONITOR)
        deciding = enforced[0] if enforced else None
        return GuardVerdict(
            action=str(categories[deciding].action) if deciding is not None else ALLOW,
            category=deciding,
            categories=tuple(ordered),
            monitored=monitored,
            scores={k: v for k, v in scores.items() if k in categories or k == BENIGN},
            rule_hits=rule_hits,
            prescreened=prescreened,
            attack_probability=learned.probability if learned is not None else None,
            decided_by=learned.stage if learned is not None else decided_by,
        )
