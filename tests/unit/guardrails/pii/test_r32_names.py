"""Thirty-second round, names in prose and headers (issue 16): person names written in Latin
letters that reached the model in clear must be masked whole; look-alikes (public figures
asked about, companies and products, places, titles of works, example names, code) must
reach it as written.

Masked now: a name written with its diacritics (José Núñez, Łukasz Wiśniewski, Søren
Haugaard, Ana Sofía Ramírez と) wherever the same name in plain letters was read (the name
readers run again on the folded letters, ``marked_latin.py``); a CSV row's quoted name cell;
the name columns of European exports (nom;prénom, Vorname;Nachname, apellido,nombre); a
label's value followed by a dash (Surname: Kulkarni -- is …); the surname after a given
name a reader took alone (Reply to Wei Zhang's complaint); more given names in the lexicon
(Polish, Nordic, Dutch, Balkan, Turkish, Filipino, Indian, African …). Left alone now: a
romaji-shaped pair after a capitalised word and "of" (Critique of Pure Reason).

The rows are the round's hand set (bench/pii_data/written_r32_names.jsonl; half A tuned on,
half B held out) and probes written for these tests; the floors count both halves.
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, not_covered, touching

_SET = Path(__file__).resolve().parents[4] / "bench" / "pii_data" / "written_r32_names.jsonl"
_ROWS = [json.loads(line) for line in _SET.read_text(encoding="utf-8").splitlines() if line]
_KINDS = ("PERSON",)

FOUND = [
    # the tuned-on half's rows the round fixed
    ("来週、Ana Sofía Ramírez と打ち合わせ予定。議題をまとめてください。", "Ana Sofía Ramírez"),
    ("Clean up this CSV:\nname,city\nJosé Núñez,Sevilla\nBjörn Ødegård,Bergen\nZoë Lefèvre,Lyon", "Björn Ødegård"),
    ("nom;prénom;ville\nDubois;Élodie;Nantes\nMoreau;Théo;Lille\nConvert to JSON please", "Élodie"),
    ("nom;prénom;ville\nDubois;Élodie;Nantes\nMoreau;Théo;Lille\nConvert to JSON please", "Moreau"),
    ('Sort these rows by last name:\n"Łukasz Wiśniewski",42,Kraków\n"Małgorzata Zielińska",37,Gdańsk', "Małgorzata Zielińska"),
    ("id,full_name,dept\n101,Søren Haugaard,Finance\n102,Ingrid Bråten,HR\nwhich department has more people?", "Ingrid Bråten"),
    ("Jürgen Müller\tBerlin\tSales\nKatarzyna Dąbrowska\tWarsaw\tSupport\nturn this TSV into a markdown table", "Katarzyna Dąbrowska"),
    ("Given name: Aditya   Surname: Kulkarni -- is this the right order for a Japanese visa form?", "Kulkarni"),
    ("first name Lucía, last name Ortega; please fix the capitalization in my signup", "Lucía"),
    ("Reply to Wei Zhang's complaint about the delayed shipment politely.", "Wei Zhang"),
    # probes written for the tests
    ("Vorname;Nachname;Stadt\nJörg;Schäfer;Köln\nAnja;Weiß;Bremen", "Schäfer"),
    ("apellido,nombre\nGarcía,Íñigo\nLópez,Begoña", "Íñigo"),
    ("Please email Zoë Lefèvre and Björn Ødegård the invoice.", "Zoë Lefèvre"),
    ("Surname: Nakamura - please check the spelling", "Nakamura"),
    ("First name: Renée — is the accent ok?", "Renée"),
    ('"Ana Paula Gonçalves";34\n"Sérgio Antunes";51', "Ana Paula Gonçalves"),
    ("ask Maciej Wójcik about it", "Maciej Wójcik"),
    ("昨日 François Girard に電話したけど出なかった", "François Girard"),
    ("Reply to Tomasz Nowak's email about the lease", "Tomasz Nowak"),
]  # fmt: skip

# (text, the words that must reach the model as written): the tuned-on half's look-alikes
# (the special-care reading of "record for …" aside) and probes.
LOOKALIKES = [
    (r["text"], r["keep"][0])
    for r in _ROWS
    if not r["values"] and r["half"] == "A" and "Mustermann" not in r["text"]
] + [
    ("Summarize the main ideas of Immanuel Kant's Critique of Pure Reason.", "Pure Reason"),
    ("Let's meet at Café Müller in Zürich", "Café Müller"),
    ("Häagen-Dazs or Ben & Jerry's?", "Häagen-Dazs"),
    ("nom nom nom, the Crème Brûlée was great", "Crème Brûlée"),
    ("Dell Latitude か Lenovo ThinkPad どっちがいい？", "Lenovo ThinkPad"),
    ("Is the Musée d'Orsay open on Mondays?", "Musée d'Orsay"),
    ("How far is São Paulo from Rio de Janeiro?", "São Paulo"),
]  # fmt: skip

# Values of the set not mostly masked, per half (measured: A 0 of 58, B 6 of 47).
_FLOORS = {"A": 1, "B": 7}


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v[:24] for _, v in FOUND])
def test_the_name_is_masked_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert_masked_whole(full_analyzer, text, value, "PERSON")


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep, _KINDS)


@pytest.mark.parametrize("half", ["A", "B"])
def test_the_hand_set_floor(full_analyzer: PiiAnalyzer, half: str) -> None:
    rows = [(r["text"], v["text"]) for r in _ROWS if r["half"] == half for v in r["values"]]
    missed = not_covered(full_analyzer, rows, _KINDS)
    assert len(missed) <= _FLOORS[half], "\n".join(missed)
