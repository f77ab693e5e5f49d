"""The PII stages: pseudonymize on the way in, restore on the way out.

``pii.pseudonymize`` (request stage) analyses every text of the request that can reach the
prompt or the backend (:mod:`proxy.pipeline.request_fields`): every message of the
conversation — system, user, assistant, tool; string and content-part forms; ``name``
(read as a name by what the field is: the analyzer's findings of other types, and every
stretch between them with a letter as one ``PERSON``); assistant tool-call arguments —
and ``user``, ``metadata``, ``stop``, tool and function descriptions and schemas,
``documents``, ``prediction``, ``response_format`` and ``structured_outputs`` schemas,
content-part URLs (percent-decoded) and every other free text the allowlist forwards;
and rewrites each according to the policy's ``pii:`` section.
Values that are pseudonymized go into the request's :class:`~guardrails.pii.vault.Vault`
(``ctx.vault``) in order of first appearance; the vault puts them back wherever the answer
echoes a placeholder (content, tool-call arguments, reasoning). A ``block`` finding
answers at once with the policy's message, which names the types and never the values.

The text parts of one message's content are read as one text (joined with nothing between
them), as the model reads them: a phone number or name split across two parts
(``"090-1234-"`` + ``"5678"``) is found whole, replaced once in the part where it starts,
and the rest of it removed from the following parts
(:func:`guardrails.pii.pseudonymizer.pseudonymize_parts`).

Analysis is CPU work: it runs in a worker thread (one at a time per analyzer: spaCy
pipelines are not meant to be shared between threads); a unit of at most
:data:`~proxy.pipeline.thread_work.INLINE_CHARS` characters (a short question) runs on the
event loop instead when the analyzer is free, as a thread hop would cost as much. Each
distinct text is analysed once: results are cached by a digest of the text (no text is
kept), so a history re-sent every turn costs only its new message.

The cost is bounded per request: the policy's ``pii.max_chars`` caps the characters
analysed (every field together); over it, ``over_max_chars: block`` refuses the request
before any analysis and ``audit`` analyses the first ``max_chars`` and forwards the rest
unread (the decision records ``unread_chars``). Long texts are analysed in overlapping
chunks (:mod:`proxy.pipeline.analysis_chunks`), one unit of about ``chunk_chars`` per
thread hop, so other requests' analysis interleaves with a long one and a request whose
client left stops after the unit in hand. With an analyzer that analyses in two halves
(:class:`BatchAnalyzer`), the chunks whose sentences need GiNZA's NER are held, prepared,
across hops until about ``ner_batch_chars`` of NER (or ``held_chars`` of chunks) is
waiting, and are then completed in one hop with one NER batch: a long Latin-script text
with a name candidate in one sentence of every chunk pays the model's per-call cost once
per batch instead of once per chunk (same findings). The NER is also what a text full of
names costs (tens of milliseconds per sentence), so a request may spend at most the
policy's ``pii.ner_max_chars`` on it; past that, each remaining name candidate is masked as
a person without the NER's word (fail closed: a candidate the NER would have cleared is
masked, never a name it would have confirmed let through), and the decision records
``ner_skipped_chars``.

``pii.restore`` (response stage) puts the user's values back in the answer, in tool-call
arguments (JSON-escaped) and in reasoning text, streaming or not, holding back only what
could still be the start of a placeholder. When the request asks for a JSON answer
(``response_format`` ``json_object``/``json_schema``, Responses' ``text.format``, vLLM's
``structured_outputs`` ``json``/``json_object`` or the old ``guided_json``), the answer's
values are JSON-escaped too: the model writes placeholders inside JSON strings, and a
value with a line break, a quote or a backslash (a street address over two lines) must
not break the JSON the client parses.

Failure behaviour: if the analyzer fails, the exception propagates and the pipeline turns
it into a 500 — the request is not sent on (fail closed). Restoration does not fail.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter, OrderedDict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, Self, runtime_checkable
from urllib.parse import quote, unquote

from guardrails.pii.analysis_cache import AnalysisCache
from guardrails.pii.findings import PiiFinding
from guardrails.pii.pseudonymizer import pseudonymize, pseudonymize_parts
from guardrails.pii.request_values import keyed_texts, spread_names, with_keyed_findings
from guardrails.pii.restorer import Restorer, json_string_escape
from guardrails.pii.vault import Vault
from guardrails.policy import LoadedPolicy
from guardrails.policy.pii import PiiAction, PiiPolicy, display_name
from proxy.errors import BadRequestError
from proxy.pipeline.analysis_chunks import Chunk, chunk_ranges, join_findings, work_units
from proxy.pipeline.contract import Reply, RequestContext, StageDecision, TextFilter, TextPart
from proxy.pipeline.fair_limiter import FairLimiter, Served
from proxy.pipeline.request_fields import (
    RequestKey,
    RequestText,
    analysis_form,
    decode_unparsed_arguments,
    request_keys,
    request_texts,
    string_values,
)
from proxy.pipeline.thread_work import INLINE_CHARS, ThreadUnits

__all__ = [
    "Analyzer",
    "BatchAnalyzer",
    "PiiPseudonymizeStage",
    "PiiRestoreStage",
    "PreparedText",
    "RestoreFilter",
]

logger = logging.getLogger(__name__)


class Analyzer(Protocol):
    """What the stage needs from :class:`guardrails.pii.analyzer.PiiAnalyzer`."""

    @property
    def supported_entities(self) -> frozenset[str]: ...

    def analyze(
        self, text: str, *, entities: Collection[str] | None = None
    ) -> list[PiiFinding]: ...


class PreparedText(Protocol):
    """A text an analyzer has prepared (tokenised, NER ranges chosen) but not completed."""

    @property
    def ner_chars(self) -> int: ...

    def presumed_names(self) -> Self:
        """The same text completed without NER, its undecided name candidates reported
        as persons."""
        ...


@dataclass(slots=True)
class _NerAllowance:
    """The NER characters one request may still spend, and how many it went without.
    Used by one request's analysis steps, one after another (never shared)."""

    left: int
    skipped: int = 0

    def spend(self, prepared: PreparedText) -> PreparedText:
        """``prepared`` if its NER fits in what is left (and charge it), else the same text
        with its name candidates presumed to be names."""
        cost = prepared.ner_chars
        if cost <= self.left:
            self.left -= cost
            return prepared
        self.skipped += cost
        return prepared.presumed_names()


@runtime_checkable
class BatchAnalyzer(Analyzer, Protocol):
    """An analyzer that analyses in two halves, so the NER of many texts runs as one batch
    (:class:`guardrails.pii.analyzer.PiiAnalyzer`): ``complete(prepare(texts))`` gives
    what ``analyze`` gives for each text."""

    def prepare(
        self, texts: Sequence[str], *, entities: Collection[str] | None = None
    ) -> Sequence[PreparedText]: ...

    def complete(self, prepared: Sequence[Any]) -> list[list[PiiFinding]]: ...


_CACHED_POLICIES = 8
"""Policy versions whose detected types are kept (as the other stages keep theirs)."""

#: Characters left as they are when a rewritten URL is percent-encoded again: the URL's
#: own delimiters, so only the rewritten values change.
_URL_SAFE = "/:?&=#+@,;~!$'()*[]"


class PiiPseudonymizeStage:
    """Request stage ``pii.pseudonymize``; see the module docstring."""

    name = "pii.pseudonymize"

    def __init__(
        self,
        analyzer: Analyzer,
        *,
        cache_entries: int = 4096,
        limiter: FairLimiter | None = None,
        chunk_chars: int = 2000,
        chunk_overlap: int = 200,
        ner_batch_chars: int = 1000,
        held_chars: int | None = None,
    ) -> None:
        """``limiter`` lets one thread at a time use ``analyzer``; pass the same one to every
        stage that shares the analyzer (``output.filter``). Texts longer than
        ``chunk_chars`` are analysed in chunks overlapping by ``chunk_overlap``
        (:mod:`proxy.pipeline.analysis_chunks`), one unit of about ``chunk_chars`` per
        thread hop. A :class:`BatchAnalyzer`'s chunks are held, prepared, until
        ``ner_batch_chars`` of NER or ``held_chars`` (default ``8 * chunk_chars``) of
        chunks wait, then completed with one NER batch."""
        self._analyzer = analyzer
        self._batching = analyzer if isinstance(analyzer, BatchAnalyzer) else None
        self._ner_batch_chars = ner_batch_chars
        self._held_chars = 8 * chunk_chars if held_chars is None else held_chars
        self._cache = AnalysisCache(cache_entries)
        self._units = ThreadUnits(limiter if limiter is not None else FairLimiter())
        self._chunk_chars = chunk_chars
        self._chunk_overlap = chunk_overlap
        self._detected: OrderedDict[tuple[str, str], frozenset[str]] = OrderedDict()

    @property
    def cache(self) -> AnalysisCache:
        return self._cache

    def _detected_types(self, loaded: LoadedPolicy) -> frozenset[str]:
        """The policy version's types to detect (worked out once per version: ~75 µs)."""
        key = (loaded.policy.name, loaded.version)
        found = self._detected.get(key)
        if found is None:
            found = loaded.policy.pii.detected_types(self._analyzer.supported_entities)
            self._detected[key] = found
            while len(self._detected) > _CACHED_POLICIES:
                self._detected.popitem(last=False)
        else:
            self._detected.move_to_end(key)
        return found

    async def process(self, ctx: RequestContext) -> None:
        policy = ctx.policy.policy.pii
        ctx.vault = Vault(policy.placeholder_format)
        if not policy.enabled:
            ctx.decisions.append(StageDecision(self.name, "disabled"))
            return
        entities = self._detected_types(ctx.policy)
        # Arguments that are no JSON object are read as text: their JSON escapes would hide
        # a value from the analyzer and carry it to the backend all the same.
        decode_unparsed_arguments(ctx.body)
        slots = list(request_texts(ctx.body))
        units = _units(slots)
        # Tool-call arguments are read value by value; a value under a key naming a person
        # or an account is read with its key too.
        keyed = [k for slot in slots if slot.kind == "json" for k in keyed_texts(slot.text)]
        # Keys are not rewritten (the client's code reads them back); one that holds
        # personal data refuses the request (below).
        keys = list(request_keys(ctx.body))
        texts = list(
            dict.fromkeys(
                [
                    *(text for unit in units for text in _unit_texts(unit)),
                    *(k.text for k in keyed),
                    *(k.key for k in keys),
                ]
            )
        )
        total = sum(len(text) for text in texts)
        if total > policy.max_chars and policy.over_max_chars == "block":
            ctx.decisions.append(
                StageDecision(
                    self.name, "too-long", {"chars": total, "max_chars": policy.max_chars}
                )
            )
            ctx.reply = Reply(
                content=policy.too_long_message.replace("{max_chars}", str(policy.max_chars)),
                finish_reason="content_filter",
                action="block",
            )
            return
        allowance = _NerAllowance(policy.ner_max_chars)
        findings, unread = await self._analyze(texts, entities, policy.max_chars, allowance)
        # A name found in one message is a name where a later turn or a tool result repeats it.
        findings = spread_names(with_keyed_findings(findings, keyed))
        _refuse_personal_keys(keys, findings, policy)

        applied: Counter[tuple[str, PiiAction]] = Counter()
        for unit in units:
            if len(unit) > 1:
                parts = [part.text for part in unit]
                rewritten_parts, counts = pseudonymize_parts(
                    parts, findings["".join(parts)], policy, ctx.vault
                )
                applied.update(counts)
                if counts:
                    for part, rewritten_part in zip(unit, rewritten_parts, strict=True):
                        part.container[part.key] = rewritten_part  # type: ignore[index]
                continue
            slot = unit[0]
            if slot.kind == "json":
                rewritten, counts = _rewrite_json(slot.text, findings, policy, ctx.vault)
            elif slot.kind == "url":
                rewritten, counts = _rewrite_url(slot.text, findings, policy, ctx.vault)
            elif slot.kind == "filename":
                found = findings[analysis_form(slot.text)]
                result = pseudonymize(slot.text, found, policy, ctx.vault)
                rewritten, counts = result.text, result.applied
            elif slot.kind == "name":
                found = _as_name(slot.text, findings[slot.text], entities)
                result = pseudonymize(slot.text, found, policy, ctx.vault)
                rewritten, counts = result.text, result.applied
            else:
                result = pseudonymize(slot.text, findings[slot.text], policy, ctx.vault)
                rewritten, counts = result.text, result.applied
            applied.update(counts)
            if counts:
                slot.container[slot.key] = rewritten  # type: ignore[index]

        blocked = sorted({t for (t, action) in applied if action is PiiAction.BLOCK})
        detail: dict[str, int | float | str] = {"unread_chars": unread} if unread else {}
        if allowance.skipped:
            detail["ner_skipped_chars"] = allowance.skipped
        for (entity_type, applied_action), count in sorted(applied.items()):
            detail[f"{entity_type}:{applied_action}"] = count
        action = "block" if blocked else ("pseudonymize" if applied else "none")
        ctx.decisions.append(
            StageDecision(
                self.name,
                action,
                detail,
                pii=tuple(sorted((t, str(a)) for (t, a) in applied)),
            )
        )
        if blocked:
            ctx.reply = Reply(
                content=policy.block_message.replace(
                    "{types}", "、".join(display_name(t) for t in blocked)
                ),
                finish_reason="content_filter",
                action="block",
            )
            ctx.response_headers["X-Mamori-Categories"] = ",".join(blocked)

    async def _analyze(
        self,
        texts: Sequence[str],
        entities: frozenset[str],
        max_chars: int,
        allowance: _NerAllowance,
    ) -> tuple[dict[str, list[PiiFinding]], int]:
        """Findings for every distinct text of the request (cache first, then the rest in
        chunked units, one thread hop each), and how many characters were left unread
        because the request's text is over ``max_chars``. NER beyond ``allowance`` is
        not run (see the module docstring); findings made without it are not cached."""
        results: dict[str, list[PiiFinding]] = {}
        missing: list[tuple[bytes, str, int]] = []
        budget = max_chars
        unread = 0
        for text in texts:
            read = min(len(text), max(budget, 0))
            budget -= len(text)
            unread += len(text) - read
            if not text[:read].strip():
                results[text] = []
                continue
            key = AnalysisCache.key(text, entities)
            cached = self._cache.get(key) if read == len(text) else None
            if cached is None:
                missing.append((key, text, read))
            else:
                results[text] = list(cached)
        chunks = [
            Chunk(index, start, end)
            for index, (_, text, read) in enumerate(missing)
            for start, end in chunk_ranges(
                read, text, size=self._chunk_chars, overlap=self._chunk_overlap
            )
        ]
        parts: list[list[tuple[int, Sequence[PiiFinding]]]] = [[] for _ in missing]
        # Charged up front for its text (about 10 µs of analysis per character), so a
        # short request goes before a long one's first unit.
        # Not bulk (normal CPU priority): a short request waits for the analyzer until the
        # unit in hand is done, and a lowered unit would only make that wait longer.
        served = Served.upfront(sum(chunk.size for chunk in chunks), 1e-5)
        units = work_units(chunks, size=self._chunk_chars)
        held: list[tuple[Chunk, PreparedText]] = []
        for number, unit in enumerate(units):
            # One bounded unit per hop: the analyzer is free for other requests between
            # units, and a cancelled request (its client left) stops at the next await.
            pieces = [missing[chunk.text][1][chunk.start : chunk.end] for chunk in unit]
            # A short question's analysis costs about what a thread hop does: run on the
            # loop when the analyzer is free (thread_work).
            inline = not held and sum(len(piece) for piece in pieces) <= INLINE_CHARS
            if self._batching is None:
                analysed = await self._units.run(
                    self._analyze_batch, pieces, entities, served=served, inline=inline
                )
                done = list(zip(unit, analysed, strict=True))
            else:
                last = number == len(units) - 1
                held, done = await self._units.run(
                    self._analysis_step,
                    self._batching,
                    held,
                    unit,
                    pieces,
                    entities,
                    last,
                    allowance,
                    served=served,
                    inline=inline,
                )
            for chunk, found in done:
                parts[chunk.text].append((chunk.start, found))
        for (key, text, read), text_parts in zip(missing, parts, strict=True):
            joined = join_findings(text_parts)
            if read == len(text) and not allowance.skipped:
                self._cache.put(key, tuple(joined))
            results[text] = joined
        return results, unread

    def _analyze_batch(self, texts: list[str], entities: frozenset[str]) -> list[list[PiiFinding]]:
        return [self._analyzer.analyze(text, entities=entities) for text in texts]

    def _analysis_step(
        self,
        analyzer: BatchAnalyzer,
        held: list[tuple[Chunk, PreparedText]],
        unit: list[Chunk],
        texts: list[str],
        entities: frozenset[str],
        last: bool,
        allowance: _NerAllowance,
    ) -> tuple[list[tuple[Chunk, PreparedText]], list[tuple[Chunk, list[PiiFinding]]]]:
        """One hop with a :class:`BatchAnalyzer`: prepare ``unit``'s texts and add them to
        the chunks ``held`` from earlier hops; complete them all (one NER batch) when this
        is the last unit, nothing waits for NER, or enough does (``ner_batch_chars`` of
        NER, ``held_chars`` of chunks). Returns what is still held and the completed
        chunks' findings."""
        prepared = [allowance.spend(p) for p in analyzer.prepare(texts, entities=entities)]
        held = [*held, *zip(unit, prepared, strict=True)]
        ner = sum(prepared.ner_chars for _, prepared in held)
        waiting = sum(chunk.size for chunk, _ in held)
        if not last and 0 < ner < self._ner_batch_chars and waiting < self._held_chars:
            return held, []
        found = analyzer.complete([prepared for _, prepared in held])
        return [], [(chunk, f) for (chunk, _), f in zip(held, found, strict=True)]


_CONTENT_PART = re.compile(r"messages\[(\d+)\]\.content\[(\d+)\]\.text")
#: Separators inside a message's ``name`` that are not part of a name.
_NAME_GAP = " \t\u3000_-.,、・:：/|"


def _as_name(value: str, found: Sequence[PiiFinding], entities: frozenset[str]) -> list[PiiFinding]:
    """The findings of a message's ``name``: a participant's name by what the field is.

    What the analyzer found of another type keeps it (a phone number written there is
    still a phone number); every stretch between those that holds a letter is one
    ``PERSON``, names the analyzer found inside it included, so a lone surname, a nickname
    or a romaji handle no recognizer knows is not sent as it is, and ``たろちゃん`` is one
    name, not two. With ``PERSON`` not detected by the policy, the analyzer's findings
    alone apply.
    """
    if "PERSON" not in entities:
        return list(found)
    others = [finding for finding in found if finding.entity_type != "PERSON"]
    covered = [False] * len(value)
    for finding in others:
        for index in range(finding.start, min(finding.end, len(value))):
            covered[index] = True
    names: list[PiiFinding] = []
    start: int | None = None
    for index in range(len(value) + 1):
        free = index < len(value) and not covered[index]
        if free and start is None:
            start = index
        elif not free and start is not None:
            names.extend(_name_span(value, start, index))
            start = None
    return sorted([*others, *names])


def _name_span(value: str, start: int, end: int) -> list[PiiFinding]:
    """``value[start:end]`` without its leading and trailing separators, as one ``PERSON``
    finding if a letter is left; nothing otherwise."""
    while start < end and value[start] in _NAME_GAP:
        start += 1
    while end > start and value[end - 1] in _NAME_GAP:
        end -= 1
    if not any(char.isalpha() for char in value[start:end]):
        return []
    return [PiiFinding(start, end, "PERSON", 1.0)]


def _units(slots: Sequence[RequestText]) -> list[list[RequestText]]:
    """The slots in order, with the consecutive text parts of one message's content
    grouped into one unit (read as one text); every other slot is a unit of its own."""
    units: list[list[RequestText]] = []
    previous: re.Match[str] | None = None
    for slot in slots:
        part = _CONTENT_PART.fullmatch(slot.path) if slot.kind == "text" else None
        if (
            part is not None
            and previous is not None
            and part.group(1) == previous.group(1)
            and int(part.group(2)) == int(previous.group(2)) + 1
        ):
            units[-1].append(slot)
        else:
            units.append([slot])
        previous = part
    return units


def _unit_texts(unit: Sequence[RequestText]) -> list[str]:
    """What the analyzer reads for one unit: the joined parts, or the slot's own texts."""
    if len(unit) > 1:
        return ["".join(part.text for part in unit)]
    return _analysed_texts(unit[0])


def _analysed_texts(slot: RequestText) -> list[str]:
    """What the analyzer reads for one text of the request."""
    if slot.kind == "json":
        return _json_strings(slot.text)
    if slot.kind == "url":
        return [analysis_form(unquote(slot.text))]
    if slot.kind == "filename":
        return [analysis_form(slot.text)]
    return [slot.text]


def _refuse_personal_keys(
    keys: Sequence[RequestKey], findings: Mapping[str, list[PiiFinding]], policy: PiiPolicy
) -> None:
    """A 400 when a dictionary key holds personal data the policy would not let through:
    keys are identifiers the client reads back, so they are not rewritten, and sending
    them on would send the value in clear. The message names where, never the key."""
    for key in keys:
        result = pseudonymize(key.key, findings[key.key], policy, Vault(policy.placeholder_format))
        if result.text != key.key or any(a is PiiAction.BLOCK for _, a in result.applied):
            types = "、".join(sorted({display_name(t) for t, _ in result.applied}))
            raise BadRequestError(
                f"a key of the JSON object at {key.path} holds personal data ({types}); "
                "personal data is pseudonymized in values, not in keys: send it as a value",
                param=key.path,
                code="personal_data_in_key",
            )


def _map_json_strings(value: Any, change: Callable[[str], str]) -> Any:
    """``value`` (parsed JSON) with every string value passed through ``change``; keys stay."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_map_json_strings(item, change) for item in value]
    if isinstance(value, dict):
        return {key: _map_json_strings(item, change) for key, item in value.items()}
    return value


def _json_strings(arguments: str) -> list[str]:
    """The string values inside JSON tool-call arguments."""
    return list(string_values(json.loads(arguments)))


def _rewrite_json(
    arguments: str, findings: dict[str, list[PiiFinding]], policy: PiiPolicy, vault: Vault
) -> tuple[str, Counter[tuple[str, PiiAction]]]:
    """Pseudonymize the string values of JSON arguments; the result is JSON text again."""
    applied: Counter[tuple[str, PiiAction]] = Counter()

    def rewrite(text: str) -> str:
        result = pseudonymize(text, findings[text], policy, vault)
        applied.update(result.applied)
        return result.text

    rewritten = _map_json_strings(json.loads(arguments), rewrite)
    return json.dumps(rewritten, ensure_ascii=False), applied


def _rewrite_url(
    url: str, findings: dict[str, list[PiiFinding]], policy: PiiPolicy, vault: Vault
) -> tuple[str, Counter[tuple[str, PiiAction]]]:
    """Pseudonymize a URL read percent-decoded; a changed URL is percent-encoded again
    (its delimiters kept), an unchanged one is returned as sent."""
    decoded = unquote(url)
    result = pseudonymize(decoded, findings[analysis_form(decoded)], policy, vault)
    if not result.applied:
        return url, result.applied
    return quote(result.text, safe=_URL_SAFE), result.applied


class PiiRestoreStage:
    """Response stage ``pii.restore``; see the module docstring."""

    name = "pii.restore"

    def open(self, ctx: RequestContext, part: TextPart = "content") -> TextFilter:
        if part == "tool_arguments" or (part == "content" and asks_json_answer(ctx.body)):
            return RestoreFilter(Restorer(ctx.vault, escape=json_string_escape))
        return RestoreFilter(Restorer(ctx.vault))


_JSON_FORMATS = frozenset({"json_object", "json_schema"})


def asks_json_answer(body: Mapping[str, Any]) -> bool:
    """Whether the request constrains the answer's content to JSON text: a restored value
    then sits between the quotes of a JSON string (or nowhere valid), so it is escaped."""
    response_format = body.get("response_format")
    if isinstance(response_format, Mapping) and response_format.get("type") in _JSON_FORMATS:
        return True
    structured = body.get("structured_outputs")
    if isinstance(structured, Mapping) and (
        structured.get("json") is not None or structured.get("json_object") is True
    ):
        return True
    return body.get("guided_json") is not None or body.get("guided_json_object") is True


class RestoreFilter:
    """The synchronous :class:`Restorer` as a pipeline text filter.

    Restoration is plain string work of microseconds per piece, so it runs on the event
    loop (a thread hop would cost more than the work).
    """

    __slots__ = ("restorer",)

    def __init__(self, restorer: Restorer) -> None:
        self.restorer = restorer

    async def feed(self, piece: str) -> str:
        return self.restorer.feed(piece)

    async def finish(self) -> str:
        return self.restorer.finish()
