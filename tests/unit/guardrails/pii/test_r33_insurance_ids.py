"""Thirty-third round, lead (issue 16): the number an insurer gives one person, written with
the insurer's English label (Insurance ID: …, insured ID #…, policyholder number, health plan
ID, beneficiary ID), is that person's code like a patient's or a member's number and must not
reach the model in clear (``recognizers/id_number.py``, the member labels). The label with no
code after it, or a sum insured, stays as written. Probes written with the fix (tuned on);
the family was found in the failures of the round's outside blind set."""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, touching

FOUND = [
    ("Patient intake for tomorrow. Insurance ID: QZK550219934, group 88120. Can you draft the reminder email?", "QZK550219934"),
    ("my insurance id is BCX 771 402 885 and the clinic says it's invalid, what should I ask the insurer?", "BCX 771 402 885"),
    ("Member's insured ID #W2290384417 was denied for the MRI. Write an appeal letter.", "W2290384417"),
    ("Policyholder number: 4410-2283-9917. How do I add my daughter to the plan?", "4410-2283-9917"),
    ("Health plan ID H7781203345 - is acupuncture covered?", "H7781203345"),
    ("beneficiary ID: 3300-4821-77, please check the payout status", "3300-4821-77"),
]  # fmt: skip

LOOKALIKES = [
    ("Our insurance ID card redesign ships in 2025; what font sizes are readable for older customers?", "what font sizes are readable"),
    ("What is an insurance ID number and where is it printed on a US health card?", "where is it printed"),
    ("The insured value of the shipment is 2,400 USD; is that enough for a laptop?", "2,400 USD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v for _, v in FOUND])
def test_the_insurers_number_is_masked(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert_masked_whole(full_analyzer, text, value, "ID_NUMBER")


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k for _, k in LOOKALIKES])
def test_the_label_alone_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep)
