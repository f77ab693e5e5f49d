"""Twenty-eighth round, names (issue 16): a person named by a chat or login handle
(``ping k.sato``, ``yamada_taro が担当``, ``@hnakamura``, ``Reviewer: a.fujimoto``), a name signed
on the closing's own line (``Thanks, Maria``, ``Best regards, Tunde Bakare``); the stops of a
route joined by ～ (``新宿～渋谷～品川``), a product named like a person (``山田錦``), a place
after a stay (``a weekend in Victoria, British Columbia``) and the kana end of a verb before
どっち (``住むならどっち``) left alone — while code names, group mentions, a thanked
``Team`` and a person beside a dash stay what they are.

The rows were written for these tests (not taken from the round's hand-written set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.recognizers.name_handles import name_handle_spans
from guardrails.pii.route_stops import in_route
from tests.unit.guardrails.pii.round_floors import (
    assert_masked_whole,
    assert_round_trip,
    touching,
)

# (text, the name that must be found whole)
FOUND = [
    ("Can you ask m.ishikawa to sign off on the budget?", "m.ishikawa"),
    ("Assignee: nakajima_ryo, due Friday. Write the reminder.", "nakajima_ryo"),
    ("@tsuzuki can you take the 3pm call?", "tsuzuki"),
    ("the fix was merged by kyamamoto last night", "kyamamoto"),
    ("担当の matsuda.k さんに確認してもらって", "matsuda.k"),
    ("Slackで ren-hayashi に連絡しておいて", "ren-hayashi"),
    ("Owner: emma_kowalczyk — please draft the handover.", "emma_kowalczyk"),
    ("Thanks for the quick turnaround. Best, Ravi\nmake it formal", "Ravi"),
    ("See you Monday. Kind regards, Yuna Park\ntranslate to Korean", "Yuna Park"),
    ("Thanks, Joanna\nshorten it", "Joanna"),
]  # fmt: skip

# (text, words that must reach the model as written: no PERSON finding may touch them)
LOOKALIKES = [
    ("Set max_len and grace_period before the run.", "grace_period"),
    ("Rename mark_read to is_read in the model.", "mark_read"),
    ("Type @here to notify the channel.", "@here"),
    ("npm install @types/node and @angular/core", "@types/node"),
    ("Email k.tanaka@example.com about the order.", "k.tanaka"),
    ("Visit www.suzuki.jp for the catalogue.", "suzuki.jp"),
    ("Thanks, Team\nsummarise the thread", "Team"),
    ("Cheers, Mate", "Mate"),
    ("品川～大崎～五反田の所要時間を教えて", "品川～大崎～五反田"),
    ("通勤経路は 大宮～浦和 です。申請書を書いて", "大宮～浦和"),
    ("西条～三原間の運賃は？", "西条～三原"),
    ("山田錦で醸した純米大吟醸のおすすめは？", "山田錦"),
    ("美山錦と雄町、どちらが香りが出やすい？", "美山錦"),
    ("Plan a holiday in Georgia, Tbilisi first.", "Georgia"),
    ("大阪と京都、住むならどっちがいい？", "住むならどっち"),
]  # fmt: skip

# A person beside a dash or a product's name stays a person.
STILL_FOUND = [
    ("田中～佐藤様への連絡をお願いします", "佐藤"),
    ("担当：山田～鈴木さん", "鈴木"),
    ("山田錦さんの作品展の案内を書いて", "山田錦"),
]  # fmt: skip

RESTORED = [
    "Ping k.sato about the flaky test, please.",
    "Invoice attached. Cheers, Aisha\nrewrite formally",
]


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v for _, v in FOUND])
def test_the_name_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert_masked_whole(full_analyzer, text, value, "PERSON")


@pytest.mark.parametrize(("text", "value"), STILL_FOUND, ids=[v for _, v in STILL_FOUND])
def test_a_person_beside_a_dash_or_a_product_stays(
    full_analyzer: PiiAnalyzer, text: str, value: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, "PERSON")


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    findings = full_analyzer.analyze(text)
    assert not touching(findings, text, keep, ("PERSON",)), [
        (f.entity_type, text[f.start : f.end]) for f in findings
    ]


@pytest.mark.parametrize("text", RESTORED, ids=[t[:12] for t in RESTORED])
async def test_the_user_gets_their_own_spelling_back(full_analyzer: PiiAnalyzer, text: str) -> None:
    await assert_round_trip(full_analyzer, text)


def test_handle_reader_needs_a_name_and_an_initial_or_a_cue() -> None:
    def spans(text: str) -> list[str]:
        return [text[s:e] for s, e, _ in name_handle_spans(text)]

    assert spans("ping k.sato now") == ["k.sato"]
    assert spans("ping kato.sato") == ["kato.sato"]
    # a listed name and an unknown word only after @ or a cue
    assert spans("priya_nair is here") == []
    assert spans("assigned to priya_nair") == ["priya_nair"]
    # an initial glued to a surname only after @ or a cue
    assert spans("hnakamura") == []
    assert spans("by hnakamura") == ["hnakamura"]
    # a name that is an English word beside an initial is code
    assert spans("max_n and grace_x") == []
    # no part of an address or a path
    assert spans("k.sato@example.com docs/k.sato/x") == []


def test_route_needs_three_stops_or_a_route_word() -> None:
    text = "新宿～渋谷～品川の移動"
    assert in_route(text, text.index("渋谷"), text.index("渋谷") + 2)
    two = "上野～神田で会う"
    assert not in_route(two, 0, 2)
    fare = "上野～神田の運賃"
    assert in_route(fare, 0, 2)
    person = "田中～佐藤様"
    assert not in_route(person, 3, 5)
