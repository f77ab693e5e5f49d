"""Twenty-first round (issue 16), second pass on names: the families the first pass left.

Found whole: name parts under JSON name-part keys (first/last beside each other, surname,
姓, 名, セイ, メイ), the second half of a double-barrelled surname, a Latin name typed letter
by letter and a kanji name spaced apart, a Japanese surname and given name with a full-width
space between them as ONE span, a romaji surname with -san/-kun typed in lower case, a name
under a phone's mail footer, meeting-note roles (Chair, Scribe, 司会) and action-item owners,
a bare given name given something or spoken to, initials alone said to act, a Japanese pet
name or stretched given name before a particle, a surname that is a street word where the
sentence says person. Left alone: the same keys and layouts holding no name, spaced-out
words, streets, family words with a pet ending.

The rows were written for these tests (none comes from a benchmark set). The floor at the
end runs the held-out half H of ``bench/pii_names_r21_gen2.py`` (seed 2102).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    ('{"first": "Dagny", "last": "Hollins"}', "Dagny"),
    ('{"first": "Dagny", "last": "Hollins"}', "Hollins"),
    ('{"surname": "Crane", "team": "Ops"}', "Crane"),
    ('{"姓": "日向", "名": "葵"}', "日向"),
    ('{"セイ": "ヒナタ", "メイ": "アオイ"}', "ヒナタ"),
    ("Please book a desk for Arvid Sandoval-Pike on Monday.", "Arvid Sandoval-Pike"),
    ("Badge: M A R I T   O D E G A R D", "M A R I T   O D E G A R D"),
    ("賞状の氏名は　堀　　千　秋です", "堀　　千　秋"),
    ("宛名に矢　吹　蓮と書いて", "矢　吹　蓮"),
    ("川添　大地が明日から出社します", "川添　大地"),
    ("can you ask morishita-san to check", "morishita"),
    ("Reply:\nOK.\n\nSent from my iPhone\nDagny Hollins", "Dagny Hollins"),
    ("Notes:\nChair: Arvid Pike\nScribe: Maren Tolle", "Maren Tolle"),
    ("Minutes\nAI: Arvid to chase legal; Maren to draft the memo", "Maren"),
    ("- Ingeborg to book the venue\n- Arvid to send invites", "Ingeborg"),
    ("I owe Ingeborg a lunch for the cover.", "Ingeborg"),
    ("K.L. approved the overtime.", "K.L."),
    ("Remind G.P. about the audit.", "G.P."),
    ("あーちゃんに誕生日プレゼントを渡したい", "あーちゃん"),
    ("まゆっちと飲みに行く", "まゆっち"),
    ("しょーたが来ない", "しょーた"),
    ("Jim Street will join the call.", "Jim Street"),
]


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v for _, v in FOUND])
def test_name_is_masked_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    start = text.index(value)
    end = start + len(value)
    assert any(
        f.entity_type == "PERSON" and f.start <= start and end <= f.end
        for f in full_analyzer.analyze(text)
    )


LEFT_ALONE = [
    '{"first": "3", "last": "12"}',
    '{"firstPage": "intro", "lastPage": "end"}',
    '{"セイ": "", "メイ": ""}',
    "Shorten this:\nRunning late.\n\nSent from my iPhone",
    "Minutes:\nChair: TBD\nScribe: rotating",
    "Steps:\n- Click to open the file\n- Remember to save",
    "Put W E L C O M E   H O M E on the banner.",
    "The U.S. said the talks would go on.",
    "Hotels near Baker Street?",
    "おばちゃんとランチに行きます",
    "すげーがんばった",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_no_person_is_found(full_analyzer: PiiAnalyzer, text: str) -> None:
    persons = [
        text[f.start : f.end] for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"
    ]
    assert persons == []


def test_surname_title_stays_apart(full_analyzer: PiiAnalyzer) -> None:
    text = "山田　部長に送って"
    assert [text[f.start : f.end] for f in full_analyzer.analyze(text)] in ([], ["山田"])


_BENCH = Path(__file__).resolve().parents[4] / "bench"
# Names of the generator's held-out half H (seed 2102, 5 per template, 160 names) not masked
# whole by the analyzer: 85 at the start of this pass, 15 after it. A rise means a change
# lost held-out names.
_FLOOR = 15


def test_generator_held_out_floor(full_analyzer: PiiAnalyzer) -> None:
    sys.path.insert(0, str(_BENCH))
    try:
        generator = importlib.import_module("pii_names_r21_gen2")
    finally:
        sys.path.remove(str(_BENCH))
    missed: list[str] = []
    total = 0
    for case in generator.cases():
        if case.half != "H" or case.benign:
            continue
        text = case.messages[0]["content"]
        findings = [f for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"]
        for secret in case.secrets:
            total += 1
            start = text.index(secret.value)
            end = start + len(secret.value)
            if not any(f.start <= start and end <= f.end for f in findings):
                missed.append(f"{case.id}: {secret.value}")
    assert total == 160
    assert len(missed) <= _FLOOR, "\n".join(missed)
