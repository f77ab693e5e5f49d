"""X-Mamori-Deadline: seconds from now or an ISO 8601 time with an offset."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from proxy.access.qos import parse_deadline, requested_output_tokens
from proxy.errors import BadRequestError

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (" 2.5 ", 2.5),
        ("2026-12-03T18:10:00+09:00", 600.0),
        ("2026-12-03T09:00:30Z", 30.0),
        ("2026-12-03T08:00:00+00:00", 0.0),  # passed: due now, shed by the queue
        ("0", 0.0),
    ],
)
def test_deadline_values(value: str, seconds: float) -> None:
    assert parse_deadline(value, now=NOW) == pytest.approx(seconds)


@pytest.mark.parametrize(
    "value", ["soon", "-5", "nan", "inf", "2026-12-03T18:00:00", "1e9", "tomorrow 9am"]
)
def test_bad_deadlines_are_a_400(value: str) -> None:
    with pytest.raises(BadRequestError, match="X-Mamori-Deadline"):
        parse_deadline(value, now=NOW)


def test_requested_output_tokens_prefers_max_completion_tokens() -> None:
    assert requested_output_tokens({"max_tokens": 50, "max_completion_tokens": 20}) == 20
    assert requested_output_tokens({"max_tokens": 50}) == 50
    assert requested_output_tokens({"max_tokens": True}) is None
    assert requested_output_tokens({}) is None
