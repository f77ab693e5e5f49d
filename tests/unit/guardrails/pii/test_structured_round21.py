"""Twenty-first round (issue 16): structured values and special care in records.

Found: an insurance policy's number after its label (Policy number, 保険証券番号), member
and mileage numbers with letters apart from the digits, a patient's or member's reference
keyed in a record (patient_ref, member_ref), a public IP address given as someone's (in a
sentence, a JSON member, full width), a street address written over lines, special care in
a record's note whatever its key (memo, note, ``note: …`` lines), an English test status
after the condition (HIV-positive). Left alone: netmasks, versions, public resolvers,
private and documentation addresses with no IP word, a rule's number, conditions and
offences as the condition of a general rule (前科があると…, …と判定される基準), a note
that names a topic.

The rows were written for these tests (none comes from a benchmark set). The held-out
floor reads half B of ``bench/data/pii_cases_r21sv`` (held out while fixing): it may rise,
never fall.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # (text, value, entity type prefix)
    ("Policy number: QX-55120983, can I add my daughter?", "QX-55120983", "ID_NUMBER"),
    ("保険証券番号 HK-2210-5531 の契約者変更をしたい", "HK-2210-5531", "ID_NUMBER"),
    ("Mileage number JL 8831 0042 17 — points missing", "JL 8831 0042 17", "ID_NUMBER"),
    ('{"patient_ref": "QR-10442", "ward": "3B"}', "QR-10442", "ID_NUMBER"),
    ('{"member_ref": "G-558812", "tier": "gold"}', "G-558812", "ID_NUMBER"),
    ("My home IP is 153.201.44.17, why am I blocked?", "153.201.44.17", "IP_ADDRESS"),
    ("自宅のIPアドレスは 2409:10:9a20:4f00::3 です", "2409:10:9a20:4f00::3", "IP_ADDRESS"),
    ('{"client_ip": "203.0.113.40", "ok": false}', "203.0.113.40", "IP_ADDRESS"),
    ("接続元：１８０．２２．９１．６ を調べて", "１８０．２２．９１．６", "IP_ADDRESS"),
    ("ルーターのIPは133.201.9.77です。", "133.201.9.77", "IP_ADDRESS"),
    (
        "Bill to:\n4410 Cedar Lane\nApt 7\nBoise, ID 83702\nthanks",
        "4410 Cedar Lane\nApt 7\nBoise, ID 83702",
        "ADDRESS",
    ),
    ('{"name": "x", "memo": "糖尿病、本人同意済み"}', "糖尿病", "SPECIAL"),
    ('{"staff": "y", "note": "has epilepsy, told the manager"}', "epilepsy", "SPECIAL"),
    ("note: shoplifting conviction (2019)\nmake a table", "shoplifting", "SPECIAL"),
    ("Our intern is HIV-positive; nothing changes at work.", "HIV-positive", "SPECIAL"),
]

LOOKALIKES = [
    ("Set the netmask to 255.255.255.128 on the switch.", "IP_ADDRESS"),
    ("Windows 10.0.22631.2861 won't update.", "IP_ADDRESS"),
    ("Point DNS at 8.8.8.8 and 1.1.1.1, is that faster?", "IP_ADDRESS"),
    ("Our printer is at 192.168.0.25 on the LAN.", "IP_ADDRESS"),
    ("The subnet 10.20.0.0/16 is internal.", "IP_ADDRESS"),
    ("See section 1.2.3.4 of the spec.", "IP_ADDRESS"),
    ("Use 198.51.100.7 as the example host in the docs.", "IP_ADDRESS"),
    ("What does policy No. 7 of the handbook say?", "ID_NUMBER"),
    ("空腹時血糖が126以上だと糖尿病と判定される基準は？", "SPECIAL"),
    ("前科があると海外旅行に行けない？", "SPECIAL"),
    ("持病があれば加入できない保険は？", "SPECIAL"),
    ('{"note": "うつ病について調べる"}', "SPECIAL"),
]


def _found(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type.startswith(kind) and f.start <= start and end <= f.end
        for f in analyzer.analyze(text)
    )


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v for _, v, _ in FOUND])
def test_the_value_is_masked(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert _found(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES)
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]


_HELD_OUT = Path(__file__).resolve().parents[4] / "bench" / "data" / "pii_cases_r21sv" / "b.yaml"
_MARK = re.compile(r"\{[A-Z]+:([^{}]+)\}")
_KEEP = re.compile(r"\[\[(.+?)\]\]")
# Values of half B whose every character is inside a finding, at the round's end through
# the analyzer (the gateway's stage leaked 17 of the 84 at the round's start, 13 at its end).
# Held out: no row of it was read while fixing.
_HELD_OUT_FLOOR = 70


def _covered(analyzer: PiiAnalyzer, raw: str) -> tuple[int, int]:
    """(values wholly inside findings, values) of one marked-up message."""
    text = _KEEP.sub(lambda m: m.group(1), raw)
    values: list[tuple[int, int]] = []
    plain = ""
    position = 0
    for match in _MARK.finditer(text):
        plain += text[position : match.start()]
        values.append((len(plain), len(plain) + len(match.group(1))))
        plain += match.group(1)
        position = match.end()
    plain += text[position:]
    findings = analyzer.analyze(plain)
    covered = 0
    for start, end in values:
        inside = [(f.start, f.end) for f in findings if f.start < end and start < f.end]
        chars = {i for s, e in inside for i in range(s, e)}
        covered += all(i in chars or plain[i].isspace() for i in range(start, end))
    return covered, len(values)


def test_held_out_half_floor(full_analyzer: PiiAnalyzer) -> None:
    rows = yaml.safe_load(_HELD_OUT.read_text(encoding="utf-8"))
    covered = total = 0
    for family in rows.values():
        for row in family:
            if row.get("benign"):
                continue
            found, values = _covered(full_analyzer, row["t"])
            covered += found
            total += values
    assert total == 84
    assert covered >= _HELD_OUT_FLOOR
