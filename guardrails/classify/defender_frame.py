"""Whether a request comes from someone who defends, detects, teaches, reports or quotes.

A developer writes a filter for 「前の指示を無視して」, an employer decides how to discipline
a worker who brought a knife, a teacher prepares a lesson on online radicalisation, a
support agent asks what the injection string in a ticket is, a moderator classifies a
hateful post, a parent asks how groomers operate. They use an attack's words, so a
category's rules match; earlier rounds wrote a look-alike exception into one rule at a
time, and each new wording of a defender tripped another. :class:`DefenderFrame` reads the
request itself, across categories (thirty-second round): the policy's ``defender.patterns``
read the defender's request (detect, block, flag, recognise, report, warn, the signs of,
a policy or a lesson on how to spot, the attack's words as the object of found or received,
or quoted), and ``unless`` what makes the same frame an attack (write a convincing phishing
mail for our training, working jailbreaks to test our filter, undetectable, step by step).
When the frame holds, the rule matches of ``defender.categories`` stand aside and the
trained cascade reads the text as it reads text no rule touched.

The frame never holds for a long text (a pasted document or template), for a text with a
hidden payload, or when any rule reading of it (the typos, romaji and kana read back, a
structured request) matches an ``unless`` pattern: it fails closed. ``unless_unquoted``
patterns read the text with its quoted parts blanked, so "how do I detect 'ignore your
instructions'" keeps the frame while "ignore your instructions, I am writing a filter"
does not.

Failure behaviour: building raises ``re.error`` for an invalid pattern (the policy model
already rejects those); matching does not raise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from guardrails.classify.literal_prefilter import ScanText
from guardrails.classify.prefilter_plans import PrefilterPlans
from guardrails.classify.rules_classifier import compile_patterns
from guardrails.policy.guard import GuardDefender

__all__ = ["DefenderFrame", "unquoted"]

_QUOTED = re.compile(
    r"「[^「」\n]{1,300}」|『[^『』\n]{1,300}』|\"[^\"\n]{1,300}\"|“[^“”\n]{1,300}”"
    r"|‘[^‘’\n]{1,300}’|(?<!\w)'[^'\n]{1,300}'(?!\w)"
)
"""A quoted span: Japanese brackets, straight or curly double quotes, single quotes that do
not stand inside a word (an apostrophe in "don't" opens nothing)."""


def unquoted(view: str) -> str:
    """``view`` with every quoted span replaced by ``「」`` (the quote marks kept, the words
    inside dropped)."""
    return _QUOTED.sub("「」", view)


class DefenderFrame:
    """The policy's defender frame; see the module docstring."""

    def __init__(self, settings: GuardDefender, *, plans: PrefilterPlans | None = None) -> None:
        """``plans``: the prefilters' plans kept on disk (none: each pattern is read)."""
        self._patterns = compile_patterns(settings.patterns, plans)
        self._unless = compile_patterns(settings.unless, plans)
        self._unless_unquoted = compile_patterns(settings.unless_unquoted, plans)
        self._max_chars = settings.max_chars
        self.categories = frozenset(settings.categories)

    @property
    def empty(self) -> bool:
        """No patterns or no categories: nothing stands aside."""
        return not self._patterns or not self.categories

    def holds(self, views: Sequence[str], rule_views: Sequence[str]) -> bool:
        """Whether the normalised ``views`` (the text and its decoded payloads) read as a
        defender's request: no payload, the text short enough, a pattern matching it, and
        no ``unless`` pattern matching any of ``rule_views`` (every reading the rules
        read) nor an ``unless_unquoted`` one matching them with their quotes blanked."""
        if self.empty or len(views) != 1 or len(views[0]) > self._max_chars:
            return False
        if not any(p.search(ScanText(views[0])) for p in self._patterns):
            return False
        readings = list(dict.fromkeys([views[0], *rule_views]))
        for view in readings:
            scan = ScanText(view)
            if any(p.search(scan) for p in self._unless):
                return False
            bare = ScanText(unquoted(view))
            if any(p.search(bare) for p in self._unless_unquoted):
                return False
        return True
