"""Twenty-first round, second pass (issue 16): the structured and special-care families
still leaking after the round's first fixes, and the lead's decision on business lines.

Found: UK mobiles read out 5-3-3, e-mail addresses spelled out with a country's domain
(``x at y dot ie``), US street addresses with two-letter directionals, numbered streets and
units, romaji addresses before a city with no suffix and on Sapporo's jo/chome grid, a
form's street line under ``addr_line1``, a Japanese address broken over a line, a policy
number printed as 第…号, a code under a JSON key naming a person's role, loyalty and points
cards, self-help groups attended, a party as someone's membership, special care under
``details``/``extra``/``その他``/``補足``. Left alone: toll-free and shared-cost business
lines (0120, 0570, 0800, 1-800…, UK 0800/0808), example and asked-about postal codes, the
groups and parties as topics, words that look like ones above (AA batteries, a GA release).

The rows were written for these tests. The floor reads the held-out half H of the seeded
generator ``bench/pii_r21_struct_gen2.py`` (its templates were not read while fixing; the
brief named some of its families, see docs/pii.md): it may rise, never fall.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # (text, value, entity type prefix)
    ("Text me on 07911 123 456 when you land", "07911 123 456", "PHONE_NUMBER"),
    (
        "reply to moira dot byrne at postbox dot ie please",
        "moira dot byrne at postbox dot ie",
        "EMAIL",
    ),
    ("mail: dev at studio dot com dot au", "dev at studio dot com dot au", "EMAIL"),
    (
        "Send it to 350 E 72nd St, Apt 4D, New York, NY 10021 by Monday",
        "350 E 72nd St, Apt 4D, New York, NY 10021",
        "ADDRESS",
    ),
    ("I live at 1200 NW Broadway Unit 9, Portland, OR 97209", "1200 NW Broadway", "ADDRESS"),
    (
        "Address: 2-8-14 Higashi-Ikebukuro, Kanazawa.",
        "2-8-14 Higashi-Ikebukuro, Kanazawa",
        "ADDRESS",
    ),
    ("Minami 3-jo Higashi 2-chome 5, Chuo-ku, Sapporo", "Minami 3-jo Higashi 2-chome 5", "ADDRESS"),
    ('{"addr_line1": "1-4-7 Sendagaya", "city": "Tokyo"}', "1-4-7 Sendagaya", "ADDRESS"),
    (
        "お届け先：\n名古屋市昭和区八事本町\n12番地\nよろしく",
        "名古屋市昭和区八事本町\n12番地",
        "ADDRESS",
    ),
    ("証券番号は第 2019-440271 号です", "2019-440271", "ID_NUMBER"),
    ('{"従業員": "K-30417", "件名": "異動"}', "K-30417", "ID_NUMBER"),
    ('{"applicant": "AP-7730", "stage": "offer"}', "AP-7730", "ID_NUMBER"),
    ("My clubcard is 6340 1122 9087 — points vanished", "6340 1122 9087", "ID_NUMBER"),
    ("ポイントカードは4912 3388 0041 7755です", "4912 3388 0041 7755", "ID_NUMBER"),
    ("夫が断酒会に通い始めました", "断酒会", "SPECIAL"),
    ("My dad has been going to AA meetings since spring.", "AA", "SPECIAL"),
    ("佐藤さんは共産党の党員だそうです", "共産党の党員", "SPECIAL"),
    (
        "My neighbour is a registered Republican, so avoid politics",
        "registered Republican",
        "SPECIAL",
    ),
    ('{"name": "B. Hale", "details": "schizophrenia"}', "schizophrenia", "SPECIAL"),
    ("補足：てんかんの持病あり\n整形して", "てんかん", "SPECIAL"),
    ("携帯は080-8123-4567です", "080-8123-4567", "PHONE_NUMBER"),
    ("My ZIP is 10001, which area is that?", "10001", "POSTAL_CODE"),
]

LOOKALIKES = [
    ("お問い合わせはフリーダイヤル 0120-444-921 へ", "PHONE_NUMBER"),
    ("ナビダイヤル 0570-012-345 の通話料は？", "PHONE_NUMBER"),
    ("Call 1-888-555-0142 to report the outage", "PHONE_NUMBER"),
    ("The bank's freephone 0800 028 0348 is on the card", "PHONE_NUMBER"),
    ("+1 (877) 555-0110 is the recall line", "PHONE_NUMBER"),
    ("郵便番号の書き方（例：123-4567）を教えて", "POSTAL_CODE"),
    ("ZIP code 60614 covers which neighbourhood?", "POSTAL_CODE"),
    ("断酒会とはどんな会ですか？", "SPECIAL"),
    ("Buy AA batteries for the remote", "SPECIAL"),
    ("The GA release ships in May", "SPECIAL"),
    ("How do Labour and the Conservatives differ on tax?", "SPECIAL"),
    ("共産党と公明党の政策の違いは？", "SPECIAL"),
    ('{"details": "see the attached file", "extra": "none"}', "SPECIAL"),
    ("京都市の天気\n3番目の質問に答えて", "ADDRESS"),
    ("aim at the red dot in the middle", "EMAIL"),
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


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES, ids=[t[:32] for t, _ in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]


_BENCH = Path(__file__).resolve().parents[4] / "bench"
# Values of the generator's held-out half H (seed 2121, 6 per template, 114 values) not
# masked whole by the analyzer: 61 leaked through the gateway's stage before this pass;
# FLOOR missed after it. A rise means a change lost held-out values.
_FLOOR = 34


def test_generator_held_out_floor(full_analyzer: PiiAnalyzer) -> None:
    sys.path.insert(0, str(_BENCH))
    try:
        generator = importlib.import_module("pii_r21_struct_gen2")
    finally:
        sys.path.remove(str(_BENCH))
    missed: list[str] = []
    total = 0
    for case in generator.cases():
        if case.half != "H" or case.benign:
            continue
        text = case.messages[0]["content"]
        findings = full_analyzer.analyze(text)
        for secret in case.secrets:
            total += 1
            start = text.index(secret.value)
            end = start + len(secret.value)
            chars = {
                i
                for f in findings
                if f.start < end and start < f.end
                for i in range(f.start, f.end)
            }
            if not all(i in chars or text[i].isspace() for i in range(start, end)):
                missed.append(f"{case.id}: {secret.value}")
    assert total == 114
    assert len(missed) <= _FLOOR, "\n".join(missed)
