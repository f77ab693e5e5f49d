"""Personal data in pasted records, logs, OCR and voice input (issue 16, eleventh round), and
the look-alikes that must stay unchanged.

Each row stands for a family and was written for these tests (no row comes from a
benchmark set): names under a person column of a ``;`` CSV or in a ``key=value`` log line,
glued to 担当, spread apart by OCR (after a label or before 様), after a record kind and a
colon (``Intake: …,``); a date of birth under a birth column of a ``;`` CSV or as the field
after a name in a record; a mobile number whose leading zero OCR read as ``O``; a block
number OCR spread apart; a romaji address with the town first; a postal code read out in
kana with spaced separators; special-care words as a record's field (after a name or a
label, before 内服), as what someone's medicine is (お薬は…です), with a romaji frame
(``…tte shindan sareta``), in an English clinical record (``patient …, …, on …``), a subtype
written with 型 (双極II型障害), a measured value with a unit in English. Look-alikes: place
fields, regulation text (私傷病), thresholds, general questions, a summary line, plain
identifiers in logs; from the tenth generator's benign half (read this round): a shop or
channel named after a surname or place, a generic treatment word deliberated about
(薬を飲むべきか).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found

PERSONS = [
    ("no;family_name;given_name\n3;Kurokawa;Minori\n並べ替えて", "Kurokawa"),
    ('2027-01-04T08:00Z INFO order=12 customer_name="Tsuda Haruki" state=new', "Tsuda Haruki"),
    ("WARN login failed user=Okabe retry=3", "Okabe"),
    ("access user=北条真澄 action=export", "北条真澄"),
    ("10:05 受電 → 担当高梨 折り返し予定", "高梨"),
    ("受付票 氏名 石 原  真 理\n内容確認", "石 原  真 理"),
    ("〒100-0001 東京都千代田区千代田1-1\n今 村  翔 太 様", "今 村  翔 太"),
    ("Onboarding: Priyanka Dasgupta, start 2027-04-01, laptop needed", "Priyanka Dasgupta"),
]


@pytest.mark.parametrize(("text", "name"), PERSONS, ids=[n for _, n in PERSONS])
def test_name_is_found(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    assert _found(full_analyzer, text, name, "PERSON")


VALUES = [
    ("no;name;birth_date\n1;Hanada;1979-10-02\n年齢は？", "1979-10-02", "DATE_OF_BIRTH"),
    ("患者一覧：カワムラ リオ、1988年11月3日、外来", "1988年11月3日", "DATE_OF_BIRTH"),
    ("受付：山内 俊介、昭和58年7月9日、初診", "昭和58年7月9日", "DATE_OF_BIRTH"),
    ("名刺OCR 携帯 O80-2214-9087", "O80-2214-9087", "PHONE_NUMBER"),
    ("送付先 所沢市 北野2 丁目 15 番 3 号 まで", "北野2 丁目 15 番 3 号", "ADDRESS"),
    ("ship to Kamiyama 2-14-6, Tokushimashi please", "Kamiyama 2-14-6, Tokushimashi", "ADDRESS"),
    (
        "ゆうびんばんごうは いちろくぜろ の ぜろぜろにーさん です",
        "いちろくぜろ の ぜろぜろにーさん",
        "POSTAL_CODE",
    ),
]


@pytest.mark.parametrize(("text", "value", "kind"), VALUES, ids=[v for _, v, _ in VALUES])
def test_value_is_found(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert _found(full_analyzer, text, value, kind)


SPECIAL_CARE = [
    ("面談メモ：岡田さん、潰瘍性大腸炎、時短希望。配慮事項を整理して", "潰瘍性大腸炎"),
    ("佐々木,090-2233-4455,パーキンソン病,要確認", "パーキンソン病"),
    ("問診：既往歴 自閉スペクトラム症、連絡先あり", "自閉スペクトラム症"),
    ("メモ：田村さん、ベタニス内服、来週受診", "ベタニス"),
    ("いま飲んでる薬はデパケンです、風邪薬と一緒で大丈夫？", "デパケン"),
    ("ane ga 子宮内膜症tte shindan sareta, dou shiyou", "子宮内膜症"),
    ("boku 統合失調症 nan desu kedo, shuushoku dekimasu ka", "統合失調症"),
    ("patient Ines Moreau, epilepsy, on levetiracetam, book a review", "epilepsy"),
    ("Referral: Tom Aldous, history of a heart attack, LDL of 190mg/dL", "LDL of 190mg/dL"),
    ("Discharge note for Ana Costa: asthma, started montelukast.", "montelukast"),
    ("父が双極I型障害で、手続きを知りたい", "双極I型障害"),
]


@pytest.mark.parametrize(("text", "core"), SPECIAL_CARE, ids=[c for _, c in SPECIAL_CARE])
def test_special_care_core_is_found(full_analyzer: PiiAnalyzer, text: str, core: str) -> None:
    assert _found(full_analyzer, text, core, "SPECIAL_CARE")


BENIGN = [
    "配送状況　地域:梅田　件数:12　原因を教えて",
    "会場：千葉　開始 10:00　持ち物を教えて",
    "就業規則第3条　私傷病による休職は最長6か月とする。分かりやすく",
    "An LDL of 160 mg/dL or higher is high. What diet helps?",
    "What is lisinopril used for?",
    "Summary: Project Apollo, phase two starts in May",
    "サプリを服用中の人に注意することは？",
    "job=nightly status=ok user=admin duration=42s",
    "うつ病、糖尿病、がんなどの方が多い職場でできる配慮を一般論で",
    # a shop's or a channel's name
    "嵯峨野店の在庫を確認して",
    "吉田屋って蕎麦屋、何時まで？",
    "山本ちゃんねるの新しい動画見た？",
    # deliberating about a generic treatment word
    "健診で引っかかって、薬を飲むべきか迷ってます",
]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    findings = full_analyzer.analyze(text)
    assert findings == [], [(text[f.start : f.end], f.entity_type) for f in findings]


def test_a_score_is_no_town_first_address(full_analyzer: PiiAnalyzer) -> None:
    text = "Tigers 3-1, Takeshi hit a homer; Lions play 4-4-2, Osaka fans cheer"
    assert not any(f.entity_type == "ADDRESS" for f in full_analyzer.analyze(text))
