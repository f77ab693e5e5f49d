from __future__ import annotations

import pytest

from guardrails.pii.findings import PiiFinding
from guardrails.pii.placeholder import PlaceholderFormat
from guardrails.pii.pseudonymizer import pseudonymize
from guardrails.pii.restorer import restore_text
from guardrails.pii.typed_placeholders import TYPED_PLACEHOLDER, escape_typed_placeholders
from guardrails.pii.vault import Vault
from guardrails.policy.pii import PiiAction, PiiPolicy


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("テンプレートの<PERSON_1>に名前", "テンプレートの<USER_PERSON_1>に名前"),
        ("＜PERSON_2＞と[EMAIL_ADDRESS_1]", "<USER_PERSON_1>と<USER_EMAIL_ADDRESS_1>"),
        ("bare PERSON_3 marker", "bare <USER_PERSON_1> marker"),
        ("<SPECIAL_CARE_MEDICAL_HISTORY_1>の欄", "<USER_SPECIAL_CARE_MEDICAL_HISTORY_1>の欄"),
        ("<USER_PERSON_1>も", "<USER_USER_PERSON_1>も"),
        ("Person 1 and COVID_19 and <NAME>", "<USER_PERSON_1> and COVID_19 and <NAME>"),
        ("MY_PERSON_1", "MY_<USER_PERSON_1>"),
        ("<person_1> と person_2 = 3", "<USER_PERSON_1> と <USER_PERSON_2> = 3"),
        (
            "<USER_USER_PERSON_1>と<USER_PERSON_1>",
            "<USER_<USER_USER_PERSON_1>と<USER_USER_PERSON_2>",
        ),
        ("PersonA and Personal 1 and persons", "PersonA and Personal 1 and persons"),
        ("LINE: <MESSAGING_ID_1>", "LINE: <USER_MESSAGING_ID_1>"),
        ("保険証 <HEALTH_INSURANCE_1>", "保険証 <USER_HEALTH_INSURANCE_1>"),
        ("在留カード <ID_NUMBER_1>", "在留カード <USER_ID_NUMBER_1>"),
    ],
    ids=[
        "angle-brackets",
        "look-alike-brackets",
        "bare-capitals",
        "special-care-label",
        "already-escaped-form",
        "prose-word-and-number-other-tags-untouched",
        "after-an-underscore",
        "lower-case",
        "escaped-form-typed-twice",
        "other-words-untouched",
        "tenth-round-type",
        "eleventh-round-type",
        "twelfth-round-type",
    ],
)
def test_typed_placeholders_are_escaped(text: str, sent: str) -> None:
    vault = Vault()
    escaped, _ = escape_typed_placeholders(text, vault)
    assert escaped == sent
    assert restore_text(vault, escaped) == text


def test_typed_placeholder_never_collides_with_the_gateways() -> None:
    text = "山田です。社内文書では<PERSON_1>と書いて匿名化しています。"
    vault = Vault()
    result = pseudonymize(text, [PiiFinding(0, 2, "PERSON", 0.85)], PiiPolicy(), vault)
    assert result.text == "<PERSON_1>です。社内文書では<USER_PERSON_1>と書いて匿名化しています。"
    assert result.applied[(TYPED_PLACEHOLDER, PiiAction.PSEUDONYMIZE)] == 1
    assert restore_text(vault, result.text) == text
    assert restore_text(vault, "<USER_PERSON_1>は<PERSON_1>さんです") == "<PERSON_1>は山田さんです"


def test_other_templates() -> None:
    vault = Vault(PlaceholderFormat("[[{type}-{n}]]"))
    escaped, count = escape_typed_placeholders("see [[PERSON-2]] and <PERSON_1>", vault)
    assert count == 1
    assert escaped == "see [[USER_PERSON-1]] and <PERSON_1>"
    assert restore_text(vault, escaped) == "see [[PERSON-2]] and <PERSON_1>"


# Whatever the restorer would read as a placeholder in the answer is escaped when the user
# types it, so an answer that repeats the user's words gives them back as typed: "Person 1"
# in prose, "person_1" in code, "Address 1" on a form were replaced by the user's own name
# or address (the restorer reads bare labels in any case, with or without a separator).
@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("山田です。Step 1: ask Person 1 to sign, then Person 2.", ("山田", "PERSON")),
        ("山田です。変数 person_1 と person_2 のコード", ("山田", "PERSON")),
        (
            "住所は東京都港区芝公園4-2-8です。Address 1欄とaddress2欄",
            ("東京都港区芝公園4-2-8", "ADDRESS"),
        ),
        (
            "090-1234-5678に電話。Phone number 1 と phone_number 1 の欄",
            ("090-1234-5678", "PHONE_NUMBER"),
        ),
        ("山田です。my_person_1 と <USER_USER_PERSON_1> と <USER_PERSON_1>", ("山田", "PERSON")),
        ("山田です。＜ｐｅｒｓｏｎ＿１＞ と PERSON１", ("山田", "PERSON")),
    ],
    ids=["prose", "code", "form", "phone-label-words", "identifiers", "width"],
)
def test_an_answer_repeating_the_users_words_gives_them_back(
    text: str, finding: tuple[str, str]
) -> None:
    vault = Vault()
    value, entity = finding
    start = text.index(value)
    end = start + len(value)
    result = pseudonymize(text, [PiiFinding(start, end, entity, 0.85)], PiiPolicy(), vault)
    assert text[start:end] not in result.text
    assert restore_text(vault, result.text) == text
