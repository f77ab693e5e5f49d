"""The ``guard:`` section of a policy: input guardrail categories and what each one does.

Example::

    guard:
      refusal: "申し訳ありませんが、このご依頼にはお応えできません。"
      scope: {messages: last_user, tool_results: false, retrieved: [prompt_injection]}
      benign_exemplars: ["…ordinary requests the embedding classifier contrasts with…"]
      categories:
        jailbreak:
          action: block            # block | respond | flag | route
          mode: enforce            # enforce | monitor (decide and audit, let it through)
          threshold: 0.9           # embedding similarity needed (0–1)
          keywords: ["dan mode"]   # matched on normalised text (width, kana, case folded)
          patterns: ['(前|上)の指示.{0,8}無視']
          exemplars: ["…labelled examples, Japanese and English…"]
          context_patterns: ['ロールプレイ']   # a hint: lowers the bar to context_threshold
          context_threshold: 0.86
        self_harm: {action: respond, message: "…where to get help…"}

Actions: ``block`` answers with the category's ``message`` (or ``refusal``) and
``finish_reason: content_filter``; ``respond`` answers with the category's ``message`` as a
helpful reply; ``flag`` lets the request through and audits it; ``route`` lets it through
labelled with ``route_label`` (default: the category name), which model alias rules
(``aliases.NAME.rules[].categories``) can send to another model.

An optional ``model:`` asks a guard model on vLLM as well (Llama Guard 3, Qwen3Guard,
ShieldGemma), with a timeout and ``on_failure: closed | open``; its labels map to the
categories above.

Failure behaviour: unknown keys, an unknown action or mode, a threshold outside 0–1, an
invalid regular expression, and ``respond`` without a ``message`` are validation errors.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "GuardAction",
    "GuardCategory",
    "GuardDefender",
    "GuardLearned",
    "GuardLegalQuestion",
    "GuardMode",
    "GuardModelConfig",
    "GuardOrdinary",
    "GuardPolicy",
    "GuardPrescreen",
    "GuardProtective",
    "GuardScope",
    "GuardTextWork",
    "check_patterns",
    "check_snake_case",
    "rule_pattern",
]

DEFAULT_REFUSAL = (
    "申し訳ありませんが、このご依頼にはお応えできません。"
    "I'm sorry, but I can't help with this request."
)


def check_patterns(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """``patterns`` unchanged; ``ValueError`` naming the first that does not compile."""
    for pattern in patterns:
        try:
            rule_pattern(pattern)
        except re.error:
            # Worded as the pattern's own compile words it. (A case flag changes no
            # syntax: a pattern compiles with it exactly when it compiles without.)
            try:
                re.compile(pattern)
            except re.error as exc:
                hint = (
                    "; Python's re has no \\p{...} classes: use a range such as [一-鿿] "
                    "(kanji) or [ぁ-ゖ] (kana: patterns read katakana as hiragana)"
                    if re.search(r"\\[pP]\{", pattern)
                    else ""
                )
                raise ValueError(f"invalid regular expression {pattern!r}: {exc}{hint}") from exc
    return patterns


@functools.lru_cache(maxsize=8192)
def rule_pattern(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern, re.IGNORECASE)`` (raises ``re.error``), once per process for
    each pattern that compiles. Validating a policy compiles its patterns this way, and the
    guard's rules compile their folded patterns (NFKC, katakana as hiragana) the same way
    (:func:`guardrails.classify.rules_classifier.compile_patterns`): for the ~80 % of
    patterns that folding leaves unchanged the rules take the validated pattern instead
    of compiling it again (~0.3 CPU-s of each start), and a policy that extends another
    validates the other's patterns again for free."""
    return re.compile(pattern, re.IGNORECASE)


def check_snake_case(name: str, what: str = "name") -> None:
    """``ValueError`` unless ``name`` is lower_snake_case (category, banned-phrase names)."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise ValueError(f"{what} {name!r} must be lower_snake_case")


class GuardAction(StrEnum):
    BLOCK = "block"
    RESPOND = "respond"
    ROUTE = "route"
    FLAG = "flag"


class GuardMode(StrEnum):
    ENFORCE = "enforce"
    MONITOR = "monitor"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class GuardScope(_Section):
    """Which parts of the conversation are classified."""

    messages: Literal["last_user", "user", "conversation"] = "last_user"
    """``last_user``: the last user message; ``user``: every user message;
    ``conversation``: every system, user and assistant message."""
    tool_results: bool = False
    """Also classify ``tool`` messages (indirect prompt injection through tool output)."""
    retrieved: tuple[str, ...] = ()
    """Categories to screen retrieved FAQ entries for (indirect prompt injection planted in
    the corpus), e.g. ``[prompt_injection, jailbreak]``. An entry that triggers one of them
    is left out of the context and counted in the audit; the request itself goes on.
    Empty: retrieved entries are not screened."""


class GuardCategory(_Section):
    """One category: how it is recognised and what happens when it is."""

    action: GuardAction = GuardAction.BLOCK
    """``block`` refuses, ``respond`` answers with ``message``, ``flag`` sends the request
    on and audits it, ``route`` sends it on labelled for model alias rules."""
    mode: GuardMode = GuardMode.ENFORCE
    """``monitor`` decides and audits but lets the request through (for tuning)."""
    message: str | None = None
    """Reply for ``block`` (default: the policy's ``refusal``) or ``respond`` (required)."""
    route_label: str | None = None
    """For ``route``: the category label alias rules see (default: the category name)."""
    threshold: float = Field(0.9, ge=0.0, le=1.0)
    """Embedding similarity to this category's exemplars at which it triggers."""
    keywords: tuple[str, ...] = ()
    """Words or phrases; matched as substrings of the normalised text."""
    patterns: tuple[str, ...] = ()
    """Regular expressions; searched in the normalised text (lower case, kana as hiragana)."""
    exemplars: tuple[str, ...] = ()
    """Labelled example requests for the embedding classifier."""
    context_patterns: tuple[str, ...] = ()
    """Regular expressions (on normalised text, like ``patterns``) for words that make this
    category more likely without deciding it alone, e.g. ``プロンプト`` for prompt
    extraction. When one matches, ``context_threshold`` applies instead of ``threshold``
    (the benign ``margin`` still does)."""
    context_threshold: float | None = Field(None, ge=0.0, le=1.0)
    """The embedding score needed when a context pattern matches; at most ``threshold``."""

    _patterns_compile = field_validator("patterns", "context_patterns")(check_patterns)

    @model_validator(mode="after")
    def _respond_has_message(self) -> GuardCategory:
        if self.action is GuardAction.RESPOND and not self.message:
            raise ValueError("action 'respond' needs a 'message'")
        return self

    @model_validator(mode="after")
    def _context_lowers_threshold(self) -> GuardCategory:
        if (self.context_threshold is None) != (not self.context_patterns):
            raise ValueError("'context_patterns' and 'context_threshold' go together")
        if self.context_threshold is not None and self.context_threshold > self.threshold:
            raise ValueError("'context_threshold' must not be above 'threshold'")
        return self


class GuardModelConfig(_Section):
    """An optional guard model served by vLLM, asked after the rules and exemplars."""

    family: Literal["llama_guard", "qwen3guard", "shieldgemma"]
    """Prompt and answer format: Llama Guard 3, Qwen3Guard-Gen or ShieldGemma."""
    base_url: str = Field(pattern=r"^https?://")
    """The vLLM server (without ``/v1``)."""
    model: str = Field(min_length=1)
    """Model name the server serves."""
    timeout_s: float = Field(2.0, gt=0, le=60)
    """Time allowed for the verdict."""
    on_failure: Literal["closed", "open"] = "closed"
    """``closed``: no verdict → the request fails (500, nothing sent on); ``open``: allowed."""
    categories: dict[str, str] = {}
    """Model label (``S1``, ``jailbreak``…) → policy category; empty: the family's default."""
    unmapped_category: str = "illegal_activities"
    """Policy category for an unsafe label not in the mapping."""
    threshold: float = Field(0.5, ge=0.0, le=1.0)
    """ShieldGemma: probability of "Yes" at which a principle counts as violated."""


class GuardPrescreen(_Section):
    """A cheap first look that lets through text far from every category, so that only the
    rest pays for the multilingual-e5 embedding.

    The text is read as the mean of GiNZA's static Japanese word vectors (chiVe, shipped in
    ``ja_ginza``) and compared with the same exemplars. Text with a rule or context-pattern
    match, a hidden payload, or too many words without a vector (English, say) always gets
    the full classifier."""

    enabled: bool = False
    """Off: every text not already blocked by a rule is embedded."""
    margin: float = Field(-0.025, ge=-1.0, le=0.0)
    """Let through when every category's static-vector score trails the benign score by
    more than this (a negative number; closer to 0 lets more through)."""
    max_unknown_share: float = Field(0.5, ge=0.0, le=1.0)
    """Share of words without a static vector above which the text gets the full
    classifier."""


class GuardProtective(_Section):
    """Words of a request made to protect, report, defend or get a remedy (how do I report
    a colleague's theft, tell whether my child is bullied, get a restraining order, test our
    own app with written permission; 通報, 見分け, 守る, 法的手段), which share an attack's
    words and topic but not its intent (docs/guard.md, "Protective requests").

    When a pattern matches a text of at most ``max_chars`` characters, no ``unless``
    pattern matches (evasion, revenge, a false report: what turns the same words into
    an attack) and no rule did, the trained cascade needs ``margin`` more (in logits) to
    call the text an attack, and a covered category's exemplars may not decide in the band
    below its block point. Rules still decide alone; categories of your own (not in
    ``categories``) keep their exemplar thresholds."""

    patterns: tuple[str, ...] = ()
    """Regular expressions on normalised text (as ``patterns`` of a category)."""
    unless: tuple[str, ...] = ()
    """Regular expressions that cancel a match (a wish to stay unseen, revenge, a lie)."""
    margin: float = Field(0.0, ge=0.0, le=10.0)
    """How much higher the combined logit must be to block a protective request."""
    max_chars: int = Field(300, ge=1, le=100_000)
    """Longer texts (documents, role-play templates) never count as protective."""

    _patterns_compile = field_validator("patterns", "unless")(check_patterns)


class GuardOrdinary(GuardProtective):
    """Words of an ordinary work request that borrows an attack's words (fourteenth round;
    docs/guard.md, "Ordinary requests"): restyling the last answer with an override's words
    (ignore the layout above and use a table, 前の指示は忘れて短く), whether something is legal
    (違法ですか), what the service does with personal data, one's own locked account or
    forgotten password, a message quoted to be answered or translated, business talk of
    killing it or 爆売れ. The same keys and the same effect as :class:`GuardProtective`; a
    text that matches both gets the larger ``margin``."""


class GuardTextWork(GuardProtective):
    """Words of a request to work on a text the user gives (fifteenth round; docs/guard.md,
    "Work on a given text"): a quoted notice or mail to rewrite, put into 敬語, translate or
    summarise, a pasted policy or minutes asked about, the last answer edited after "disregard
    the previous instructions on style", a story with a crime or a rogue AI in it. The quoted
    text's own instructions are for people, so the cascade reads an override in them; the
    ``unless`` patterns read what makes the same frame an attack (the assistant addressed
    inside the text, its prompt or rules asked for, the real steps of a harm, a threat to
    polish, a translation that is only a wrapper). The same keys and effect as
    :class:`GuardProtective`; the largest ``margin`` of the signals that match applies."""


class GuardLegalQuestion(GuardProtective):
    """Words of a question whether an act is legal, asked on its own (eighteenth round,
    wave 2; docs/guard.md, "Legality questions"): is it legal to record a call without
    telling the other person, am I breaking the law if…, 〜は違法ですか. The act asked about
    is often one the cascade is sure is an attack, so this signal has a margin of its own;
    its patterns leave out a question that also asks how to do the act, or how to stay
    unseen. The same keys and effect as :class:`GuardProtective`; the largest ``margin`` of
    the signals that match applies."""


class GuardHandling(GuardProtective):
    """Words of a request from someone whose task is to handle a harm at one remove
    (nineteenth round; docs/guard.md, "Handling a harm"): HR looking into a harassment
    report, a moderator classifying a quoted comment, a pharmacist or nurse keeping
    medicines from being taken by mistake, a trainer playing an angry customer, a friend
    asking how to help someone who self-harms, a writer asking for critique of a dark scene
    without its method. The cascade is often sure such a text is an attack (an HR question
    on a report of sexual messages: p 0.98), so this signal has a margin of its own; each
    pattern leaves out its attack twin (silencing the person who reported, more abuse
    written to order, a dose to harm, a jailbreak inside the role-play, the method asked
    for). The same keys and effect as :class:`GuardProtective`; the largest ``margin`` of
    the signals that match applies."""


class GuardMetaTalk(GuardProtective):
    """Words of a turn about the conversation itself or about attacks on assistants as a
    topic (twentieth round; docs/guard.md, "Turns and topics"): the user taking back their
    own previous message ("never mind, ignore that last question", 「さっきの質問は忘れて」),
    or asking what a jailbreak or a prompt injection is, why it works, how to detect or
    defend against it (a phrase users type quoted, not addressed to the assistant). The
    other signals' ``unless`` patterns veto any "ignore" or "jailbreak" word, so these
    readings have a signal of their own; each pattern leaves out its attack twin (the
    assistant's instructions, rules or prompt set aside or asked for, a persona without
    rules, a working jailbreak written to order). The same keys and effect as
    :class:`GuardProtective`; the largest ``margin`` of the signals that match applies."""


class GuardDefender(_Section):
    """Words of a request from someone who defends against, detects, teaches, reports or
    quotes a harm (thirty-second round; docs/guard.md, "Defenders and teachers"): a
    developer writing a filter for 「前の指示を無視して」, an employer deciding how to
    discipline a worker who brought a knife, a teacher's lesson on online radicalisation, an
    injection string found in a ticket asked about, a moderator classifying a quoted post, a
    parent asking how groomers operate, a pharmacist asking the signs of an overdose.

    Unlike the ``learned`` signals this one reads the *rules*: when a ``patterns`` entry
    matches a text of at most ``max_chars`` characters that carries no hidden payload, and
    no ``unless`` entry matches any of the rules' readings of it (nor an ``unless_unquoted``
    entry the same readings with their quoted parts left out), the rule matches of
    ``categories`` stand aside and the trained cascade reads the text as it reads text no
    rule touched (never skipped by the fast model). ``unless`` reads what turns the same
    frame into an attack: something harmful asked to be produced, sent, carried out,
    improved or slipped past a check (write a convincing phishing mail for our training,
    ten working jailbreaks to test our filter, undetectable, step by step, a lethal dose).
    ``unless_unquoted`` reads what is addressed to the assistant (ignore your instructions,
    print your system prompt) outside the quotes a defender puts the attack's words in."""

    categories: tuple[str, ...] = ()
    """Categories whose rule matches may stand aside (others always decide)."""
    patterns: tuple[str, ...] = ()
    """Regular expressions on normalised text (as ``patterns`` of a category): the frame."""
    unless: tuple[str, ...] = ()
    """Regular expressions on every rule reading that cancel the frame."""
    unless_unquoted: tuple[str, ...] = ()
    """Regular expressions that cancel the frame when they match outside quotes."""
    max_chars: int = Field(400, ge=1, le=100_000)
    """Longer texts (documents, role-play templates) are never read as a defender's."""

    _patterns_compile = field_validator("patterns", "unless", "unless_unquoted")(check_patterns)


class GuardLearned(_Section):
    """The trained cascade: a fast model over character n-grams and static word vectors,
    then a learned head on the e5 embedding (docs/guard.md, "Model card").

    The fast model lets clearly ordinary text through without the embedding; for the rest
    the two models' combined score decides whether the text is an attack, at operating
    points chosen on validation data when the weights were trained. An attack is reported
    as the category of ``categories`` whose exemplars are nearest; those categories no
    longer trigger on exemplar similarity alone, only when the cascade also leans to
    attack (probability ≥ 0.5); their rules still decide alone. Categories not listed
    (your own) keep their exemplar thresholds."""

    enabled: bool = False
    """Off: the categories' exemplar thresholds decide, as without trained weights."""
    model: str = Field("guard-v2", pattern=r"^[A-Za-z0-9_.-]+$")
    """Weights file shipped in the package (``guardrails/classify/models/NAME.npz``)."""
    categories: tuple[str, ...] = ()
    """Categories the trained model covers (their exemplars name what it finds)."""
    fast_pass: bool = True
    """Let text the fast model finds clearly ordinary through without the embedding. Off:
    every text no block rule stopped is embedded and scored by both models."""
    protective: GuardProtective = GuardProtective()
    """Requests made to protect, report, defend or get a remedy: a higher block point
    (see :class:`GuardProtective`). Empty: none."""
    ordinary: GuardOrdinary = GuardOrdinary()
    """Ordinary work requests written with an attack's words: a higher block point (see
    :class:`GuardOrdinary`). Empty: none."""
    text_work: GuardTextWork = GuardTextWork()
    """Requests to rewrite, translate, summarise or answer a text the user gives, or to
    write a story: a higher block point (see :class:`GuardTextWork`). Empty: none."""
    legal_question: GuardLegalQuestion = GuardLegalQuestion()
    """A question whether an act is legal, asked on its own: a higher block point (see
    :class:`GuardLegalQuestion`). Empty: none."""

    handling: GuardHandling = GuardHandling()
    """A request from someone handling a harm at one remove (HR, a moderator, a pharmacist,
    a trainer, a helper, a writer asking for critique): a higher block point (see
    :class:`GuardHandling`). Empty: none."""
    meta_talk: GuardMetaTalk = GuardMetaTalk()
    """A turn about the conversation itself, or jailbreaks and prompt injection asked
    about as a topic: a higher block point (see :class:`GuardMetaTalk`). Empty: none."""

    def intent_signals(self) -> tuple[GuardProtective, ...]:
        """The benign-intent signals, in the order the guard reads them."""
        return (
            self.protective,
            self.ordinary,
            self.text_work,
            self.legal_question,
            self.handling,
            self.meta_talk,
        )


class GuardPolicy(_Section):
    """Input guardrails: categories, their rules and exemplars, and the refusal text."""

    enabled: bool = True
    """Off: no request is classified."""
    scope: GuardScope = GuardScope()
    """Which messages are classified."""
    refusal: str = Field(DEFAULT_REFUSAL, min_length=1)
    """Reply for ``block`` when the category has no ``message`` of its own."""
    embedding: bool = True
    """Use the embedding classifier (needs exemplars); rules always run."""
    top_k: int = Field(2, ge=1, le=16)
    """A category's embedding score is the mean similarity of its ``top_k`` nearest exemplars."""
    margin: float = Field(0.0, ge=-1.0, le=1.0)
    """A category's embedding score must also beat the benign score by this much."""
    prescreen: GuardPrescreen = GuardPrescreen()
    """A cheap static-vector first look that skips the embedding for clearly ordinary text
    (not used when ``learned`` is on: its fast model does that job)."""
    learned: GuardLearned = GuardLearned()
    """The trained cascade (fast model, then e5 head) for the categories it covers."""
    defender: GuardDefender = GuardDefender()
    """Requests from someone who defends, detects, teaches, reports or quotes: the rule
    matches of its categories stand aside (see :class:`GuardDefender`). Empty: none."""
    benign_exemplars: tuple[str, ...] = ()
    """Ordinary requests, so that ordinary traffic near a category is not taken for it."""
    categories: dict[str, GuardCategory] = {}
    """Category name (lower_snake_case) → how it is recognised and what it does."""
    model: GuardModelConfig | None = None
    """An optional guard model; asked only when rules and exemplars did not already block."""

    @field_validator("categories")
    @classmethod
    def _names(cls, categories: dict[str, GuardCategory]) -> dict[str, GuardCategory]:
        for name in categories:
            check_snake_case(name, "category name")
        return categories

    @model_validator(mode="after")
    def _retrieved_categories_exist(self) -> GuardPolicy:
        unknown = sorted(set(self.scope.retrieved) - set(self.categories))
        if unknown:
            raise ValueError(f"scope.retrieved names unknown categories: {unknown}")
        return self

    @model_validator(mode="after")
    def _defender_categories_exist(self) -> GuardPolicy:
        unknown = sorted(set(self.defender.categories) - set(self.categories))
        if unknown:
            raise ValueError(f"defender.categories names unknown categories: {unknown}")
        return self

    @model_validator(mode="after")
    def _learned_categories_exist(self) -> GuardPolicy:
        unknown = sorted(set(self.learned.categories) - set(self.categories))
        if unknown:
            raise ValueError(f"learned.categories names unknown categories: {unknown}")
        if self.learned.enabled and not any(
            self.categories[name].exemplars for name in self.learned.categories
        ):
            raise ValueError("learned needs categories with exemplars to name what it finds")
        return self

    @model_validator(mode="after")
    def _model_maps_to_categories(self) -> GuardPolicy:
        if self.model is not None:
            named = {*self.model.categories.values(), self.model.unmapped_category}
            unknown = sorted(named - set(self.categories))
            if unknown:
                raise ValueError(f"guard model maps to unknown categories: {unknown}")
        return self
