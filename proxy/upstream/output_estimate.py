"""Expected cost of a request: how many tokens it will generate and how long it will run.

One :class:`OutputEstimate` per model route (owned by its admission queue). It keeps, per
QoS class, a running mean (exponentially weighted) of the completion tokens of finished
requests, and one running mean of the seconds a request holds its slot per unit of work.
A request's expected output is that mean, capped by its own ``max_tokens``; its work is
the expected output plus ``PREFILL_WEIGHT`` per input token (a prompt token costs the
engine far less than a generated one: prefill processes the prompt in parallel); its
expected run time is its work times the seconds per unit.

Before anything finished, the priors apply (``prior_output_tokens``,
``prior_seconds_per_unit``), so the very first decisions are already ordered by
``max_tokens`` and input size.

Failure behaviour: none; observations without a token count are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PREFILL_WEIGHT", "JobCost", "OutputEstimate"]

#: Work of one prompt token relative to one generated token.
PREFILL_WEIGHT = 0.05
#: Weight of the newest observation in the running means.
_EWMA = 0.1


@dataclass(frozen=True, slots=True)
class JobCost:
    """What one request is expected to cost once it runs."""

    input_tokens: int
    output_tokens: float
    """Expected completion tokens (the class's running mean, capped by ``max_tokens``)."""
    units: float
    """Work: ``output_tokens + PREFILL_WEIGHT * input_tokens``."""
    seconds: float
    """Expected time from start to the whole answer."""


class OutputEstimate:
    """Running estimates of one route; see the module doc. Event-loop use only."""

    def __init__(
        self, *, prior_output_tokens: float = 256.0, prior_seconds_per_unit: float = 0.05
    ) -> None:
        self._prior_tokens = prior_output_tokens
        self._tokens: dict[str, float] = {}
        self._seconds_per_unit = prior_seconds_per_unit

    def output_tokens(self, cls: str) -> float:
        """The running mean of completion tokens of class ``cls`` (the prior until one
        request of the class finished)."""
        return self._tokens.get(cls, self._prior_tokens)

    @property
    def seconds_per_unit(self) -> float:
        return self._seconds_per_unit

    def cost(self, cls: str, input_tokens: int, max_tokens: int | None) -> JobCost:
        """Expected cost of a request of class ``cls``."""
        output = self.output_tokens(cls)
        if max_tokens is not None:
            output = min(output, float(max_tokens))
        units = output + PREFILL_WEIGHT * input_tokens
        return JobCost(input_tokens, output, units, units * self._seconds_per_unit)

    def observe(self, cls: str, input_tokens: int, completion_tokens: int, held_s: float) -> None:
        """A request of ``cls`` finished: it generated ``completion_tokens`` and held its
        slot ``held_s`` seconds."""
        if completion_tokens < 0:
            return
        mean = self._tokens.get(cls)
        self._tokens[cls] = (
            float(completion_tokens) if mean is None else mean + _EWMA * (completion_tokens - mean)
        )
        units = completion_tokens + PREFILL_WEIGHT * input_tokens
        if units >= 1 and held_s > 0:
            self._seconds_per_unit += _EWMA * (held_s / units - self._seconds_per_unit)
