"""One detector (and at most one GiNZA load) for the whole test session."""

from __future__ import annotations

import pytest

from guardrails.pii.special_care import SpecialCareDetector


@pytest.fixture(scope="session")
def detector() -> SpecialCareDetector:
    return SpecialCareDetector()
