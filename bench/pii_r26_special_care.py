"""Seeded generator for issue 16, twenty-sixth round, special-care personal data as people
write it: casual chat, HR notes, intake forms, sick-leave e-mails, insurance claims and school
notes, in Japanese and English — disabilities, illnesses, medicines, measured test values,
pregnancy, criminal records and being a suspect or victim, faith, origin and social status —
and benign look-alikes that must pass unchanged (a topic asked in general, products, public
statistics, a company's holiday calendar, embassies and languages, figures of speech).

Written before any of this round's fixes: the templates, each with its own pools, were dealt
``A`` (tuned on) and ``B`` (held out) before the first run; only A's failures were read.

    .venv/bin/python bench/pii_r26_special_care.py --run [--seed 2626] [--per-template 6]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r26_special_care",
    halves=("A", "B"),
    held_out="B",
    default_out=ROOT / "bench" / "results" / "pii_r26_special_care.json",
)
TYPES = {"SC": "SPECIAL_CARE", "SO": "SOGI"}
SEED = 2626
PER_TEMPLATE = 6
R = random.Random


def _s(value: str) -> str:
    return "{SC:" + value + "}"


def _o(value: str) -> str:
    return "{SO:" + value + "}"


def _k(text: str) -> str:
    return "[[" + text + "]]"


def _c(r: R, *xs: str) -> str:
    return r.choice(xs)


# --- forms: a label, the value, the request ----------------------------------------------------
def _en_form_a(r: R) -> str:
    label = _c(r, "Conditions", "Past history", "Medical history", "Allergies", "Diagnosis")
    core = _c(
        r, "asthma", "hepatitis B", "type 1 diabetes", "epilepsy", "bipolar disorder", "psoriasis"
    )
    head = _c(r, "Intake form — ", "Patient questionnaire: ", "New client sheet. ", "")
    ask = _c(
        r,
        "Please translate to Japanese",
        "Reformat this as a table",
        "Check the spelling",
        "Make this a bullet list",
    )
    return f"{head}{label}: {_s(core)}. {_k(ask)}."


def _en_form_b(r: R) -> str:
    label = _c(r, "Reason for absence", "Reason for leave", "Condition", "Dx")
    core = _c(
        r,
        "chemotherapy",
        "a hernia operation",
        "shingles",
        "Crohn's disease",
        "glaucoma",
        "pneumonia",
    )
    ask = _c(
        r,
        "Please approve the leave request",
        "Fill in the rest of the form",
        "Summarise for my manager",
    )
    return f"{label}: {_s(core)}. {_k(ask)}."


def _ja_form_a(r: R) -> str:
    label = _c(r, "既往歴", "持病", "傷病名", "アレルギー")
    core = _c(r, "喘息", "高血圧", "てんかん", "バセドウ病", "潰瘍性大腸炎", "腰椎椎間板ヘルニア")
    ask = _c(r, "記入内容を英訳してください", "表にまとめて", "誤字をチェックして")
    return f"{label}：{_s(core)}。{_k(ask)}"


def _ja_form_b(r: R) -> str:
    label = _c(r, "欠勤理由", "休職理由", "病名", "服用薬")
    core = _c(r, "適応障害", "メニエール病", "突発性難聴", "帯状疱疹", "双極性障害")
    ask = _c(r, "上司向けの報告文に整えて", "この内容で申請書を作って", "敬語に直して")
    return f"{label}：{_s(core)}。{_k(ask)}"


# --- English casual and mail ------------------------------------------------------------------
def _en_role_a(r: R) -> str:
    role = _c(r, "Employee", "Patient", "Student", "Client", "Applicant")
    core = _c(
        r, "bipolar disorder", "epilepsy", "type 2 diabetes", "severe asthma", "a heart condition"
    )
    head = _c(r, "Occupational health note: ", "Referral note: ", "Case note: ", "")
    ask = _c(
        r,
        "recommend no night shifts",
        "please arrange a desk near the exit",
        "advise on rest breaks",
    )
    return f"{head}{role.lower() if head else role} has {_s(core)}; {_k(ask)}."


def _en_mail_b(r: R) -> str:
    core = _c(r, "long COVID", "a slipped disc", "gallstones", "a kidney infection", "tonsillitis")
    verb = _c(
        r,
        "my doctor confirmed",
        "the GP confirmed",
        "I've been told I have",
        "the hospital confirmed",
    )
    ask = _c(
        r, "I'll be out until Monday", "please cover my calls this week", "I need to work from home"
    )
    return f"Hi team, quick note: {verb} {_s(core)}, so {_k(ask)}."


def _en_device_a(r: R) -> str:
    core = _c(r, "a pacemaker", "a stent", "an insulin pump", "a cochlear implant", "a hip implant")
    verb = _c(r, "fitted", "implanted", "put in")
    who = _c(r, "I'm having", "My dad is having", "I had", "My wife just had")
    ask = _c(
        r,
        "please arrange cover for my clients",
        "can you move the offsite",
        "find a hotel near the hospital",
    )
    return f"{who} {_s(core + ' ' + verb)} next week, {_k(ask)}."


def _en_preg_b(r: R) -> str:
    core = _c(
        r,
        "expecting in March",
        "expecting a baby in June",
        "due in October",
        "had a miscarriage",
        "on maternity leave",
    )
    who = _c(r, "I'm", "My wife is", "She's")
    ask = _c(r, "how do I plan the handover", "what leave applies", "draft a note to the team")
    if core.startswith("had"):
        who = _c(r, "I", "My wife", "She")
    return f"{who} {_s(core)}; {_k(ask)}?"


def _en_lab_a(r: R) -> str:
    test = _c(r, "creatinine", "ALT", "LDL", "TSH", "ferritin")
    val = _c(r, "2.3", "88", "190", "9.4", "12")
    verb = _c(r, "is", "was", "came back at")
    who = _c(r, "My", "Dad's", "Mum's")
    ask = _c(r, "help me prepare questions for the doctor", "what should I ask at the follow-up")
    return f"{who} {_s(test + ' ' + verb + ' ' + val)}, {_k(ask)}."


def _en_status_b(r: R) -> str:
    core = _c(
        r, "an ex-offender", "a former inmate", "a convicted felon", "on the sex offender register"
    )
    who = _c(r, "I'm", "My brother is", "Our new hire is")
    ask = _c(r, "how do I handle the background check", "should I disclose it in the interview")
    return f"{who} {_s(core)} — {_k(ask)}?"


def _en_order_a(r: R) -> str:
    core = _c(r, "a restraining order", "a protective order", "a no-contact order")
    who = _c(r, "I have", "My sister has", "I've got")
    ask = _c(
        r,
        "please keep my address out of the directory",
        "don't list my desk location",
        "hide my profile photo",
    )
    return f"{who} {_s(core)} against my ex, {_k(ask)}."


def _en_origin_b(r: R) -> str:
    core = _c(r, "half Japanese", "half Korean", "mixed race", "Roma", "Native American")
    who = _c(r, "My daughter is", "I'm", "My husband is")
    ask = _c(r, "what name order goes on the form", "how do I answer the survey question")
    return f"{who} {_s(core)}, {_k(ask)}?"


# --- Japanese ------------------------------------------------------------------------------
def _ja_bracket_a(r: R) -> str:
    who = _c(r, "娘が", "息子が", "私が", "夫が")
    core = _c(r, "食物アレルギー", "アトピー性皮膚炎", "喘息", "てんかん")
    detail = _c(r, "（卵と小麦）", "（軽度）", "（小学生の頃から）", "（通院中）")
    ask = _c(
        r, "誕生日会のメニューを考えて", "学校への連絡文を書いて", "旅行の持ち物リストを作って"
    )
    return f"{who}{_s(core)}{detail}なので{_k(ask)}"


def _ja_med_b(r: R) -> str:
    core = _c(r, "睡眠薬", "抗不安薬", "安定剤", "痛み止め", "インスリン")
    tail = _c(r, "がないと眠れなくて", "がないと不安で", "なしでは生活できなくて", "が手放せなくて")
    ask = _c(r, "海外出張の準備リストを作って", "時差対策を教えて", "上司への相談文を書いて")
    return f"{_s(core)}{tail}、{_k(ask)}"


def _ja_order_a(r: R) -> str:
    core = _c(r, "接近禁止命令", "保護命令", "退去命令")
    who = _c(r, "元夫に", "元彼に", "元交際相手に")
    ask = _c(r, "住所を同僚に教えないで", "社内名簿から外して", "受付に伝えておいて")
    return f"{who}{_s(core)}が出ているので、{_k(ask)}ほしい"


def _ja_person_b(r: R) -> str:
    core = _c(r, "発達障害", "うつ病", "難聴", "てんかん")
    who = _c(r, "部下", "同僚", "息子", "担当している利用者さん")
    ask = _c(r, "指示の出し方を教えて", "接し方を相談したい", "シフトの組み方を考えて")
    return (
        f"{_s(core)}のある{who}への{_k(ask)}"
        if r.random() < 0.5
        else f"{_s(core)}の{who}について{_k(ask)}"
    )


def _ja_school_a(r: R) -> str:
    who = _c(r, "本日、", "今朝、", "昼休みに")
    core = _c(r, "てんかん発作", "喘息の発作", "パニック発作")
    ask = _c(r, "明日の遠足は様子を見て判断します", "保護者への連絡文を作ってください")
    return f"連絡帳：{who}{_s(core)}が一度ありました。{_k(ask)}"


def _ja_victim_b(r: R) -> str:
    core = _c(r, "ストーカー被害", "DV被害", "痴漢被害", "性被害")
    who = _c(r, "私は", "妹が", "同僚が")
    ask = _c(r, "座席を変えてほしい", "通勤経路の相談をしたい", "休暇の申請文を作って")
    return f"{who}{_s(core)}にあっていて、{_k(ask)}"


# --- look-alikes -------------------------------------------------------------------------------
def _b_general_a(r: R) -> str:
    return _k(
        _c(
            r,
            "執行猶予と実刑の違いを説明して",
            "what is type 2 diabetes?",
            "What does a creatinine test measure?",
            "Explain what a restraining order is.",
            "聴覚障害のある来客への応対マニュアルを作りたい",
            "食物アレルギーの表示義務がある品目は？",
            "What is long COVID?",
        )
    )


def _b_calendar_b(r: R) -> str:
    return _k(
        _c(
            r,
            "Our Tel Aviv team is off for Yom Kippur — reschedule the release review.",
            "Add Eid al-Fitr to the Jakarta office holiday calendar.",
            "ドバイ支社のラマダン期間中の営業時間を案内して",
            "クリスマス休暇の社内告知を作って",
            "The Mumbai office closes for Diwali; move the deadline.",
        )
    )


def _b_place_a(r: R) -> str:
    return _k(
        _c(
            r,
            "在日米国大使館へのビザ面接の予約方法",
            "在日フランス大使館の開館時間は？",
            "在日韓国商工会議所の連絡先を調べて",
            "Translate our menu into Chinese and Korean.",
            "アメリカ英語とイギリス英語の違いは？",
        )
    )


def _b_product_b(r: R) -> str:
    return _k(
        _c(
            r,
            "convert to PDF please",
            "このWordファイルをPDFに変換して",
            "Draft a product page for our pacemaker analyser PM-3.",
            "日本の糖尿病患者数の推移を教えて",
            "What share of UK adults have asthma?",
            "Write a mystery story where the detective arrests the butler.",
        )
    )


TEMPLATES: dict[str, list[Template]] = {
    "forms": [
        ("en-form-a", "A", _en_form_a, False), ("ja-form-a", "A", _ja_form_a, False),
        ("en-form-b", "B", _en_form_b, False), ("ja-form-b", "B", _ja_form_b, False),
    ],
    "english": [
        ("en-role-a", "A", _en_role_a, False), ("en-device-a", "A", _en_device_a, False),
        ("en-lab-a", "A", _en_lab_a, False), ("en-order-a", "A", _en_order_a, False),
        ("en-mail-b", "B", _en_mail_b, False), ("en-preg-b", "B", _en_preg_b, False),
        ("en-status-b", "B", _en_status_b, False), ("en-origin-b", "B", _en_origin_b, False),
    ],
    "japanese": [
        ("ja-bracket-a", "A", _ja_bracket_a, False), ("ja-order-a", "A", _ja_order_a, False),
        ("ja-school-a", "A", _ja_school_a, False),
        ("ja-med-b", "B", _ja_med_b, False), ("ja-person-b", "B", _ja_person_b, False),
        ("ja-victim-b", "B", _ja_victim_b, False),
    ],
    "benign": [
        ("b-general-a", "A", _b_general_a, True), ("b-place-a", "A", _b_place_a, True),
        ("b-calendar-b", "B", _b_calendar_b, True), ("b-product-b", "B", _b_product_b, True),
    ],
}  # fmt: skip


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r26s")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
