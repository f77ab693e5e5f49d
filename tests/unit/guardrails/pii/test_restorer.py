from __future__ import annotations

import json
import random
from collections.abc import Callable

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


def _one_person() -> Vault:
    vault = Vault()
    vault.placeholder("PERSON", "山田太郎")
    return vault


# A placeholder cut at the end of the text (max_tokens, a stop string, the model's own end)
# never reaches the user as a fragment: it becomes the one value of this request it can
# only be, and is dropped when it could be several or none. A bare word that is merely
# the start of a label ("person", "PERS") is text and stays.
@pytest.mark.parametrize(
    ("vault", "model_text", "expected"),
    [
        (_one_person, "ご予約の<", "ご予約の"),
        (_one_person, "ご予約の<P", "ご予約の山田太郎"),
        (_one_person, "ご予約の<PE", "ご予約の山田太郎"),
        (_one_person, "ご予約の<PERSON", "ご予約の山田太郎"),
        (_one_person, "ご予約の<PERSON_", "ご予約の山田太郎"),
        (_one_person, "ご予約の ＜ＰＥＲ", "ご予約の 山田太郎"),
        (_one_person, "ご予約の<per", "ご予約の山田太郎"),
        (_one_person, "ご予約の【PERSON_", "ご予約の山田太郎"),
        (_one_person, "ご予約のPERSON_", "ご予約の山田太郎"),
        (_one_person, "talk to the person", "talk to the person"),
        (_one_person, "see PERS", "see PERS"),
        (_vault, "<PERSON_1>様と<PE", "山田太郎様と"),
        (_vault, "<PERSON_1>様と<P", "山田太郎様と"),
        (_vault, "番号は<PH", "番号は090-1234-5678"),
        (_vault, "番号は<PHONE_NUMBER_", "番号は090-1234-5678"),
        (_vault, "<PERSON_", ""),
    ],
    ids=[
        "bracket-only",
        "one-letter",
        "two-letters",
        "whole-label",
        "label-and-separator",
        "full-width",
        "lower-case",
        "look-alike-bracket",
        "bare-label-and-separator",
        "bare-word-is-text",
        "bare-label-start-is-text",
        "two-people-dropped",
        "person-or-phone-dropped",
        "one-phone-label",
        "phone-label-and-separator",
        "nothing-before",
    ],
)
def test_a_placeholder_cut_at_the_end_never_reaches_the_user_half_written(
    vault: Callable[[], Vault], model_text: str, expected: str
) -> None:
    assert restore_text(vault(), model_text) == expected
    pieces = list(model_text)
    assert "".join(_stream(Restorer(vault()), pieces)) == expected


def test_a_cut_placeholder_keeps_its_digits_so_far() -> None:
    vault = Vault()
    for i in range(12):
        vault.placeholder("PERSON", f"名前{i}")
    # "<PERSON_1" is a whole placeholder (the closing bracket is optional): PERSON_1.
    assert restore_text(vault, "<PERSON_1") == "名前0"
    # "<PERSON_ 1" cannot be cut before its number; "<PERSON_" could be any of twelve.
    assert restore_text(vault, "x <PERSON_") == "x "


def test_a_cut_user_typed_placeholder_is_given_back_as_typed() -> None:
    vault = Vault()
    vault.placeholder("USER_PERSON", "<PERSON_1>")
    vault.placeholder("PERSON", "山田太郎")
    assert restore_text(vault, "例: <USER_PE") == "例: <PERSON_1>"
    assert restore_text(vault, "例: <PE") == "例: 山田太郎"
    assert restore_text(vault, "例: <") == "例: "


# The forms 97fd8d8 restores: full-width lower case, JSON-escaped brackets (any hex case,
# full-width brackets escaped too), and what stays: an escaped backslash before the
# escape, another number, a label inside a longer word (SALESPERSON_1), whole or split.
FORMS = [
    ("＜ｐｅｒｓｏｎ＿１＞様", "山田太郎様"),
    ("ｐｅｒｓｏｎ＿１様", "山田太郎様"),
    ("＜ＰＥＲＳＯＮ＿１＞と＜ｐｈｏｎｅ＿ｎｕｍｂｅｒ＿１＞", "山田太郎と090-1234-5678"),
    ("<person_1>様", "山田太郎様"),
    ("\\u003cPERSON_1\\u003e様", "山田太郎様"),
    ("\\u003Cperson_1\\u003E", "山田太郎"),
    ("\\uff1cPERSON_1\\uff1e", "山田太郎"),
    ("C:\\\\u003cPERSON_1", "C:\\\\u003cPERSON_1"),
    ("<person_4>様", "<person_4>様"),
    ("SALESPERSON_1", "SALESPERSON_1"),
    ("SALES PERSON_1", "SALES 山田太郎"),
]


@pytest.mark.parametrize(("model_text", "expected"), FORMS, ids=[f for f, _ in FORMS])
def test_placeholder_forms_whole(model_text: str, expected: str) -> None:
    assert restore_text(_vault(), model_text) == expected


@pytest.mark.parametrize(("model_text", "expected"), FORMS, ids=[f for f, _ in FORMS])
@pytest.mark.parametrize("cut", [1, 2, 3, 5, 6, 7])
def test_placeholder_forms_streamed_cut_anywhere(model_text: str, expected: str, cut: int) -> None:
    # One cut at each early position (SALES + PERSON_1 is cut 5; an escape cut inside
    # \u003c is cuts 1-5), then the rest.
    pieces = [model_text[:cut], model_text[cut:]]
    assert "".join(_stream(Restorer(_vault()), pieces)) == expected


def test_escaped_forms_in_tool_arguments_become_json_again() -> None:
    arguments = '{"a": "\\u003cPERSON_2\\u003e", "b": "＜ｐｈｏｎｅ＿ｎｕｍｂｅｒ＿１＞"}'
    restored = restore_text(_vault(), arguments, escape=json_string_escape)
    assert json.loads(restored) == {"a": '佐藤"花子"', "b": "090-1234-5678"}
