from __future__ import annotations

import pytest

from guardrails.pii.placeholder import PlaceholderFormat
from guardrails.pii.vault import Vault, canonical_value


@pytest.mark.parametrize(
    ("entity_type", "a", "b"),
    [
        ("PHONE_NUMBER", "090-1234-5678", "09012345678"),
        ("PHONE_NUMBER", "090-1234-5678", "０９０－１２３４－５６７８"),
        ("PHONE_NUMBER", "090-1234-5678", "+81 90 1234 5678"),
        ("PHONE_NUMBER", "03-1234-5678", "+81-3-1234-5678"),
        ("PHONE_NUMBER", "03-1234-5678", "(03)1234-5678"),
        ("MY_NUMBER", "1234 5678 9012", "123456789012"),
        ("CREDIT_CARD", "4111-1111-1111-1111", "4111111111111111"),
        ("POSTAL_CODE", "〒100-0001", "1000001"),
        ("PERSON", "スズキ ハナコ", "スズキハナコ"),
        ("PERSON", "山田　太郎", "山田太郎"),
        ("EMAIL_ADDRESS", "Taro@Example.JP", "taro@example.jp"),
        ("PERSON", "ｽｽﾞｷ", "スズキ"),
    ],
    ids=[
        "hyphens",
        "full-width",
        "plus81-mobile",
        "plus81-fixed",
        "brackets",
        "my-number-spaces",
        "card",
        "postal-mark",
        "name-space",
        "name-ideographic-space",
        "email-case",
        "half-width-kana",
    ],
)
def test_spellings_of_one_value_share_a_key(entity_type: str, a: str, b: str) -> None:
    assert canonical_value(entity_type, a) == canonical_value(entity_type, b)


@pytest.mark.parametrize(
    ("entity_type", "a", "b"),
    [
        ("PHONE_NUMBER", "090-1234-5678", "090-1234-5679"),
        ("PERSON", "山田太郎", "山田次郎"),
    ],
    ids=["phone", "person"],
)
def test_different_values_differ(entity_type: str, a: str, b: str) -> None:
    assert canonical_value(entity_type, a) != canonical_value(entity_type, b)


def test_numbering_follows_first_appearance_per_label() -> None:
    vault = Vault()
    assert vault.placeholder("PERSON", "山田太郎") == "<PERSON_1>"
    assert vault.placeholder("PHONE_NUMBER", "090-1234-5678") == "<PHONE_NUMBER_1>"
    assert vault.placeholder("PERSON", "佐藤花子") == "<PERSON_2>"
    # Another spelling of a value keeps its number, with a letter (round 24).
    assert vault.placeholder("PHONE_NUMBER", "09012345678") == "<PHONE_NUMBER_1b>"
    assert vault.placeholder("PERSON", "山田 太郎") == "<PERSON_1b>"
    assert vault.placeholder("PERSON", "山田太郎") == "<PERSON_1>"
    assert len(vault) == 3
    assert vault.labels == {"PERSON", "PHONE_NUMBER"}


def test_each_spelling_is_what_comes_back() -> None:
    vault = Vault()
    vault.placeholder("PHONE_NUMBER", "090-1234-5678")
    vault.placeholder("PHONE_NUMBER", "09012345678")
    assert vault.value("PHONE_NUMBER", 1) == "090-1234-5678"
    assert vault.value("PHONE_NUMBER", 1, "b") == "09012345678"
    assert vault.value("PHONE_NUMBER", 1, "B") == "09012345678"
    # A letter this value has no spelling for: the first spelling.
    assert vault.value("PHONE_NUMBER", 1, "c") == "090-1234-5678"
    assert vault.value("PHONE_NUMBER", 2) is None
    assert vault.value("PERSON", 1) is None


def test_same_text_as_two_types_gets_two_placeholders() -> None:
    vault = Vault()
    assert vault.placeholder("BANK_ACCOUNT", "1234567") != vault.placeholder(
        "DRIVER_LICENSE", "1234567"
    )


def test_special_care_labels_are_placeholder_safe() -> None:
    vault = Vault()
    placeholder = vault.placeholder("SPECIAL_CARE:medical_history", "うつ病と診断された")
    assert placeholder == "<SPECIAL_CARE_MEDICAL_HISTORY_1>"
    assert vault.value("SPECIAL_CARE_MEDICAL_HISTORY", 1) == "うつ病と診断された"


def test_custom_format() -> None:
    vault = Vault(PlaceholderFormat("[[{type}#{n}]]"))
    assert vault.placeholder("EMAIL_ADDRESS", "a@example.jp") == "[[EMAIL_ADDRESS#1]]"


def test_repr_shows_no_values() -> None:
    vault = Vault()
    vault.placeholder("PERSON", "山田太郎")
    assert "山田" not in repr(vault)
    assert repr(vault) == "Vault(1 values)"
