"""Running requests and a policy's ``tests:`` cases through the gateway's real stages.

:func:`observe` sends one conversation through a :class:`~proxy.pipeline.contract.Pipeline` — built
by :func:`proxy.pipeline.assembly.build_pipeline`, so the same stages, analyzer and embedder as
``mamori serve`` — under one policy, exactly as a request of a tenant with that policy
(:meth:`Pipeline.run_request` on a :class:`RequestContext`). When the request is sent on
and a model answer is given, the answer goes through the response stages
(:meth:`Pipeline.open_filter`), whole, as a non-streamed answer would. The result is an
:class:`Observation`: the :class:`Decision` (labels, never text) and the text the user
would get back.

:func:`check_case` lists the expectations of a :class:`~guardrails.policy.cases.PolicyCase`
that the observation breaks; :func:`run_cases` runs every case of a policy.

Not run here: ``retrieval.inject`` (it needs the FAQ index of a running gateway) and the
model itself (a case's ``answer`` stands in for it).

Failure behaviour: a stage that fails (:class:`~proxy.errors.StageError`, the gateway's
HTTP 500) does not stop :func:`run_cases`: the case fails with the error's message.
:func:`observe` lets it propagate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from guardrails.policy import LoadedPolicy
from guardrails.policy.cases import OutputExpectation, PolicyCase
from guardrails.policy.pii import PiiAction
from proxy.errors import MamoriError
from proxy.pipeline.contract import AnswerStopped, RequestContext
from proxy.pipeline.runner import Pipeline
from proxy.pipeline.stages.guard import GuardStage
from proxy.pipeline.stages.output import OutputFilterStage
from proxy.pipeline.stages.pii import PiiPseudonymizeStage

__all__ = ["CaseResult", "Decision", "Observation", "check_case", "observe", "run_cases"]

_NOT_RUN = ""


@dataclass(frozen=True, slots=True)
class Decision:
    """What the gateway decided about one input: labels, never text."""

    action: str
    """``allow``, ``block``, ``respond``, ``flag`` or ``route``."""
    categories: tuple[str, ...] = ()
    """Input guardrail categories that triggered (enforced or monitored), sorted."""
    pii: tuple[tuple[str, str], ...] = ()
    """(entity type, action) for each personal data type acted on, sorted."""
    output: str = _NOT_RUN
    """What the output filter did to the answer (``none``, ``disclaimer``, ``redact``,
    ``replace``, ``stop``; ``pass`` without an output stage); empty when no answer was
    run."""
    output_labels: tuple[str, ...] = ()
    """What the output filter found, sorted: ``pii:PHONE_NUMBER``, ``banned:NAME``,
    ``guard:NAME``, ``leak:system_prompt``, ``disclaimer:NAME``."""

    def describe(self) -> str:
        """One line for a table: ``block [jailbreak] PERSON=pseudonymize``."""
        parts = [self.action]
        if self.categories:
            parts.append("[" + ",".join(self.categories) + "]")
        parts.extend(f"{entity_type}={action}" for entity_type, action in self.pii)
        if self.output:
            labels = ",".join(self.output_labels)
            parts.append(f"output={self.output}" + (f"[{labels}]" if labels else ""))
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Observation:
    """A :class:`Decision` and the text the user gets back (``None``: the request went to
    the model and no answer was given)."""

    decision: Decision
    returned: str | None


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One case run: what was observed and every expectation it broke."""

    case: PolicyCase
    observation: Observation | None
    """``None`` when a stage failed (see ``problems``)."""
    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def status(self) -> str:
        """``PASS``, ``FAIL``; for a case with a ``known_issue``: ``KNOWN`` while it
        fails, ``FIXED`` once it passes."""
        if self.case.known_issue is None:
            return "PASS" if self.passed else "FAIL"
        return "FIXED" if self.passed else "KNOWN"

    @property
    def failed(self) -> bool:
        """Whether this result fails the run (a known issue does not)."""
        return self.status == "FAIL"


async def observe(
    pipeline: Pipeline,
    loaded: LoadedPolicy,
    messages: Sequence[Mapping[str, str]],
    *,
    answer: str | None = None,
    request_id: str = "policy-test",
) -> Observation:
    """Run ``messages`` (and ``answer``) through ``pipeline`` under ``loaded``.

    Raises :class:`~proxy.errors.MamoriError` (a ``StageError``) when a stage fails.
    """
    ctx = RequestContext(
        request_id=request_id,
        tenant="policy-test",
        key_name="",
        model="policy-test",
        body={"model": "policy-test", "messages": [dict(m) for m in messages]},
        stream=False,
        policy=loaded,
    )
    await pipeline.run_request(ctx)
    if ctx.reply is not None:
        action, returned = ctx.reply.action, ctx.reply.content
    else:
        action, returned = ctx.response_headers.get("X-Mamori-Action", "allow"), None
    output: str = _NOT_RUN
    output_labels: tuple[str, ...] = ()
    if ctx.reply is None and answer is not None:
        returned, output, output_labels = await _answer(pipeline, ctx, answer)
    by_stage = {decision.stage: decision for decision in ctx.decisions}
    guard = by_stage.get(GuardStage.name)
    pii = by_stage.get(PiiPseudonymizeStage.name)
    decision = Decision(
        action=action,
        categories=tuple(sorted(guard.categories)) if guard else (),
        pii=pii.pii if pii else (),
        output=output,
        output_labels=output_labels,
    )
    return Observation(decision, returned)


async def _answer(
    pipeline: Pipeline, ctx: RequestContext, answer: str
) -> tuple[str, str, tuple[str, ...]]:
    """The answer as the response stages deliver it, the output filter's action and
    labels (``pass`` when there is no output stage; ``stop`` whichever stage stopped it)."""
    text_filter = pipeline.open_filter(ctx, "content")
    stopped = False
    delivered = answer
    if text_filter is not None:
        try:
            delivered = await text_filter.feed(answer)
            delivered += await text_filter.finish()
        except AnswerStopped as stop:
            delivered, stopped = stop.text + stop.notice, True
    found = next((d for d in ctx.decisions if d.stage == OutputFilterStage.name), None)
    if found is None:
        return delivered, "stop" if stopped else "pass", ()
    return delivered, "stop" if stopped else found.action, found.labels


def check_case(case: PolicyCase, observation: Observation) -> list[str]:
    """Every expectation of ``case`` that ``observation`` breaks, in words."""
    expect = case.expect
    decision = observation.decision
    problems: list[str] = []
    if expect.action is not None and expect.action != decision.action:
        problems.append(f"action: expected {expect.action}, got {decision.action}")
    if expect.categories is not None:
        missing = sorted(set(expect.categories) - set(decision.categories))
        if missing or (not expect.categories and decision.categories):
            want = ",".join(sorted(expect.categories)) or "none"
            got = ",".join(decision.categories) or "none"
            problems.append(f"categories: expected {want}, got {got}")
    if expect.pii is not None:
        problems.extend(_pii_problems(expect.pii, dict(decision.pii)))
    if expect.output is not None:
        problems.extend(_output_problems(expect.output, decision))
    returned = observation.returned
    for text in expect.contains:
        if returned is None or text not in returned:
            problems.append(f"contains: {text!r} is not in {_returned_kind(case, observation)}")
    for text in expect.excludes:
        if returned is not None and text in returned:
            problems.append(f"excludes: {text!r} is in {_returned_kind(case, observation)}")
    return problems


def _returned_kind(case: PolicyCase, observation: Observation) -> str:
    if observation.returned is None:
        return "the reply (the request went to the model and the case has no answer)"
    if observation.decision.output:
        return "the answer as delivered"
    return "the gateway's reply"


#: Expectation field → the prefix of the output filter's labels it checks.
_OUTPUT_LABELS = {
    "pii": "pii:",
    "banned": "banned:",
    "guard_categories": "guard:",
    "leakage": "leak:",
    "disclaimers": "disclaimer:",
}


def _output_problems(expect: OutputExpectation, decision: Decision) -> list[str]:
    if not decision.output:
        return [f"output: the answer was not filtered (the request got {decision.action})"]
    problems: list[str] = []
    if expect.action is not None and expect.action != decision.output:
        problems.append(f"output.action: expected {expect.action}, got {decision.output}")
    for name, prefix in _OUTPUT_LABELS.items():
        wanted: tuple[str, ...] | None = getattr(expect, name)
        if wanted is None:
            continue
        found = {
            label[len(prefix) :] for label in decision.output_labels if label.startswith(prefix)
        }
        if set(wanted) != found:
            want = ",".join(sorted(wanted)) or "none"
            got = ",".join(sorted(found)) or "none"
            problems.append(f"output.{name}: expected {want}, got {got}")
    return problems


def _pii_problems(expected: Mapping[str, PiiAction], found: Mapping[str, str]) -> list[str]:
    """Exact match of types and actions; an expected family covers its categories."""
    problems: list[str] = []
    matched: set[str] = set()
    for entity_type, action in sorted(found.items()):
        family = entity_type.partition(":")[0]
        key = entity_type if entity_type in expected else family
        if key not in expected:
            problems.append(f"pii: unexpected {entity_type} ({action})")
            continue
        matched.add(key)
        if str(expected[key]) != action:
            problems.append(f"pii: {entity_type}: expected {expected[key]}, got {action}")
    for key in sorted(set(expected) - matched):
        problems.append(f"pii: expected {key} ({expected[key]}), none found")
    return problems


async def run_cases(pipeline: Pipeline, loaded: LoadedPolicy) -> list[CaseResult]:
    """Run every case of ``loaded``'s policy, in order."""
    results: list[CaseResult] = []
    for case in loaded.policy.tests:
        try:
            observation = await observe(
                pipeline,
                loaded,
                case.conversation(),
                answer=case.answer,
                request_id=f"policy-test-{case.id}",
            )
        except MamoriError as exc:
            results.append(CaseResult(case, None, (f"a stage failed: {exc}",)))
            continue
        results.append(CaseResult(case, observation, tuple(check_case(case, observation))))
    return results
