"""Whether a request is made to protect, report, defend or get a remedy.

People ask a company's assistant how to report a colleague's theft, tell whether their
child is being bullied, get a restraining order or test their own application with written
permission. Their words and topic are an attack's, so the trained cascade scores many of
them near or above its block point, and a harm category's exemplars decide the band below
it. :class:`ProtectiveIntent` reads the policy's ``learned.protective`` patterns on the
normalised text; the guard classifier then asks the cascade for ``margin`` more before it
calls such a text an attack, and lets no covered category's exemplars decide the band.

The patterns read what the asker does (report, recognise, protect, sue, detect), and the
``unless`` patterns what turns the same words into an attack (unseen, revenge, a false
report), so "how do I report a colleague's theft" counts and "how do I find out who
reported me and make them pay" does not. Long texts (documents, role-play templates) never
count: a protective word inside them says nothing of the request.

The same reading serves the policy's ``learned.ordinary`` signal (ordinary work requests
that borrow an attack's words: restyling the answer, is it legal, what the service does with
personal data, one's own locked account, a quoted message to answer) and its
``learned.text_work`` signal (a given text to rewrite, translate, summarise or answer, a
story); :func:`raise_for` gives the margin of whichever signals match, the largest one.

Failure behaviour: building raises ``re.error`` for an invalid pattern (the policy model
already rejects those); matching does not raise.
"""

from __future__ import annotations

from collections.abc import Sequence

from guardrails.classify.literal_prefilter import ScanText
from guardrails.classify.prefilter_plans import PrefilterPlans
from guardrails.classify.rules_classifier import compile_patterns
from guardrails.policy.guard import GuardProtective

__all__ = ["ProtectiveIntent", "raise_for"]


class ProtectiveIntent:
    """The policy's protective patterns; see the module docstring."""

    def __init__(self, settings: GuardProtective, *, plans: PrefilterPlans | None = None) -> None:
        """``plans``: the prefilters' plans kept on disk (none: each pattern is read)."""
        self._patterns = compile_patterns(settings.patterns, plans)
        self._unless = compile_patterns(settings.unless, plans)
        self._max_chars = settings.max_chars
        self.margin = settings.margin

    @property
    def empty(self) -> bool:
        """No patterns, or no margin: nothing to do."""
        return not self._patterns or self.margin <= 0.0

    def matches(self, views: Sequence[str]) -> bool:
        """Whether the normalised ``views`` (the text and its decoded payloads) read as a
        protective request: the text short enough, a pattern matching the first view, no
        ``unless`` pattern matching any view, and no payload hidden in it."""
        if self.empty or len(views) != 1 or len(views[0]) > self._max_chars:
            return False
        scan = ScanText(views[0])
        return any(p.search(scan) for p in self._patterns) and not any(
            p.search(scan) for p in self._unless
        )


def raise_for(signals: Sequence[ProtectiveIntent], views: Sequence[str]) -> float:
    """How much higher the block point is for ``views``: the largest margin of the
    ``signals`` that match them, 0.0 when none does. The caller asks only when no rule
    matched."""
    return max((s.margin for s in signals if s.matches(views)), default=0.0)
