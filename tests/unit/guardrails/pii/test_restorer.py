from __future__ import annotations

import json
import random

import pytest

from guardrails.pii.restorer import Restorer, json_string_escape, restore_text
from guardrails.pii.vault import Vault


def _vault() -> Vault:
    vault = Vault()
    vault.placeholder("PERSON", "山田太郎")
    vault.placeholder("PHONE_NUMBER", "090-1234-5678")
    vault.placeholder("PERSON", '佐藤"花子"')
    return vault


@pytest.mark.parametrize(
    ("model_text", "expected"),
    [
        ("<PERSON_1>様、承りました。", "山田太郎様、承りました。"),
        ("＜PERSON_1＞様", "山田太郎様"),
        ("PERSON_1様の番号は<PHONE_NUMBER_1>です", "山田太郎様の番号は090-1234-5678です"),
        ("< PERSON_2 >", '佐藤"花子"'),
        ("<PERSON_3>と<PERSON_10>", "<PERSON_3>と<PERSON_10>"),
        ("<EMAIL_ADDRESS_1>", "<EMAIL_ADDRESS_1>"),
        ("a <b> c", "a <b> c"),
        ("<PERSON_1", "山田太郎"),
        ("", ""),
    ],
    ids=[
        "exact",
        "full-width",
        "bare-and-exact",
        "spaces",
        "unknown-numbers",
        "unknown-label",
        "angle-brackets-in-text",
        "cut-off-at-end",
        "empty",
    ],
)
def test_restore_whole_text(model_text: str, expected: str) -> None:
    assert restore_text(_vault(), model_text) == expected


def _stream(restorer: Restorer, pieces: list[str]) -> list[str]:
    return [restorer.feed(piece) for piece in pieces] + [restorer.finish()]


@pytest.mark.parametrize("seed", range(20))
def test_pieces_of_one_to_three_characters_restore_the_same(seed: int) -> None:
    text = (
        "<PERSON_1>様、お電話番号<PHONE_NUMBER_1>に折り返します。PERSON_2様もご一緒に。<PERSON_9>"
    )
    rng = random.Random(seed)
    pieces, position = [], 0
    while position < len(text):
        size = rng.randint(1, 3)
        pieces.append(text[position : position + size])
        position += size
    out = _stream(Restorer(_vault()), pieces)
    assert "".join(out) == restore_text(_vault(), text)
    assert "".join(out) == (
        '山田太郎様、お電話番号090-1234-5678に折り返します。佐藤"花子"様もご一緒に。<PERSON_9>'
    )


def test_only_a_possible_placeholder_start_is_held_back() -> None:
    restorer = Restorer(_vault())
    assert restorer.feed("ご予約の") == "ご予約の"
    assert restorer.feed("<") == ""
    assert restorer.feed("PER") == ""
    assert restorer.feed("SON_1") == ""
    assert restorer.feed(">様") == "山田太郎様"
    assert restorer.feed("<b>") == "<b>"
    assert restorer.finish() == ""
    assert restorer.held_max == len("<PERSON_1")


def test_number_may_grow_until_the_next_character() -> None:
    vault = Vault()
    for i in range(12):
        vault.placeholder("PERSON", f"名前{i}")
    restorer = Restorer(vault)
    assert restorer.feed("<PERSON_1") == ""
    assert restorer.feed("2") == ""
    assert restorer.feed("> です") == "名前11 です"


def test_empty_vault_holds_nothing_back() -> None:
    restorer = Restorer(Vault())
    assert restorer.feed("<PERSON_1") == "<PERSON_1"
    assert restorer.finish() == ""


def test_json_escaping_for_tool_arguments() -> None:
    arguments = '{"name": "<PERSON_2>", "phone": "<PHONE_NUMBER_1>"}'
    restored = restore_text(_vault(), arguments, escape=json_string_escape)
    assert json.loads(restored) == {"name": '佐藤"花子"', "phone": "090-1234-5678"}
