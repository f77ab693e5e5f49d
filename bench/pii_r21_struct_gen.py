"""Seeded generator for round 21's structured-value and special-care families (issue 16):
insurance policy numbers after their label (Policy No., 証券番号), member, employee and
patient numbers with letters, spaces or an unusual JSON key, IP addresses given as a
person's own (home IP, 接続元, a JSON or log field), romaji and English addresses with the
building or room first or broken over lines, and special care under a JSON key that names
no health field (memo, note, 備考). Benign twins: version numbers, netmasks and documentation
IPs in settings questions, policy and membership rules asked about with no number, health
thresholds, crimes and faiths as topics.

Every family has templates in half ``T`` (tuned on) and ``H`` (held out: not read while
fixing). Values come from this file's pools.

    .venv/bin/python bench/pii_r21_struct_gen.py --run [--seed 21] [--per-template 8]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, marked, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r21_struct_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r21_struct_gen.json",
)
TYPES = {
    "INS": "INSURANCE_NUMBER",
    "MEM": "MEMBER_NUMBER",
    "IP": "IP_ADDRESS",
    "ADDR": "ADDRESS",
    "ZIP": "POSTAL_CODE",
    "SC": "SPECIAL_CARE",
}

TOWNS = ("Minamiaoyama", "Nishiazabu", "Kichijoji", "Honcho", "Sakae", "Tenjin", "Umeda")
WARDS = ("Minato-ku", "Shibuya-ku", "Musashino-shi", "Naka-ku", "Chuo-ku", "Kita-ku")
CITIES = ("Tokyo", "Nagoya", "Fukuoka", "Osaka", "Sapporo", "Yokohama")
BUILDINGS = ("Park Court", "Maison Aoi", "Sunny Heights", "Grand Residence", "Corpo Sakura")
US_STREETS = ("Oak St", "Maple Ave", "Pine Road", "Cedar Lane", "Elm Dr", "Hillcrest Blvd")
US_CITIES = (("Portland", "OR"), ("Austin", "TX"), ("Denver", "CO"), ("Columbus", "OH"))
UK_STREETS = ("Church Lane", "Victoria Road", "Mill Street", "Station Road", "Park Avenue")
UK_TOWNS = (("Leeds", "LS6 2AB"), ("Bristol", "BS8 1TH"), ("Oxford", "OX4 1DX"))
JA_KEYS = ("備考", "メモ", "特記事項", "コメント", "申し送り")
EN_KEYS = ("memo", "note", "remarks", "comment", "summary", "flags")
JA_CONDITIONS = ("うつ病", "統合失調症", "糖尿病", "乳がん", "てんかん", "パニック障害", "HIV陽性")
EN_CONDITIONS = ("depression", "schizophrenia", "epilepsy", "bipolar disorder", "HIV positive")
EN_CRIMES = ("shoplifting conviction", "DUI conviction", "assault charge")
JA_CRIMES = ("窃盗の前科", "傷害の前科", "薬物事件で逮捕歴")


def _d(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _up(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))


# The markup of bench/pii_hand_sets.py, under this module's short names.
_m = marked


def _ipv4(rng: random.Random) -> str:
    first = rng.choice((60, 106, 113, 126, 133, 153, 180, 219, 221))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ipv6(rng: random.Random) -> str:
    head = rng.choice(("2400", "240b", "2001", "2409"))
    groups = ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(3))
    return f"{head}:{groups}::{rng.randint(1, 0xFF):x}"


def _policy_value(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{_up(rng, 1)}-{_d(rng, 8)}",
            f"{_up(rng, 2)}-{_d(rng, 4)}-{_d(rng, 4)}",
            f"{_up(rng, 2)} {_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
            f"{_d(rng, 4)}-{_d(rng, 6)}",
            f"{_up(rng, 3)}{_d(rng, 7)}",
        )
    )


# --- policy numbers ------------------------------------------------------------------------
def _pol_t1(rng: random.Random) -> str:
    label = rng.choice(("Policy No.", "Policy number", "policy no", "Policy #:"))
    ask = rng.choice(("how do I file a claim?", "when does it renew?", "can I add my son?"))
    return f"{label} {_m('INS', _policy_value(rng))} — {ask}"


def _pol_t2(rng: random.Random) -> str:
    label = rng.choice(("証券番号", "保険証券番号", "証券No."))
    ask = rng.choice(("解約返戻金を知りたい", "住所変更をしたい", "契約内容を確認したい"))
    return f"{label}：{_m('INS', _policy_value(rng))}　{ask}"


def _pol_h1(rng: random.Random) -> str:
    ask = rng.choice(("Is flood damage covered", "What is my deductible", "Who is my agent"))
    insurer = rng.choice(("home insurance", "car insurance", "life policy", "renters policy"))
    return f"{ask} under my {insurer}, policy number {_m('INS', _policy_value(rng))}?"


def _pol_h2(rng: random.Random) -> str:
    ask = rng.choice(("の満期はいつですか", "で入院給付金を請求したい", "の名義変更をしたい"))
    return f"自動車保険の証券番号は{_m('INS', _policy_value(rng))}です。この契約{ask}"


# --- member, employee and patient numbers ------------------------------------------------
def _mem_t1(rng: random.Random) -> str:
    label = rng.choice(("My member number is", "Membership no.", "Frequent flyer number:"))
    value = f"{_up(rng, 2)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}"
    return f"{label} {_m('MEM', value)}; my miles from last month are missing."


def _mem_t2(rng: random.Random) -> str:
    key = rng.choice(("patient_ref", "member_ref", "emp_code", "staffRef", "client_ref"))
    value = f"{_up(rng, 2)}-{_d(rng, 5)}"
    return f'{{"{key}": "{_m("MEM", value)}", "status": "open", "ask": "summarise the case"}}'


def _mem_h1(rng: random.Random) -> str:
    label = rng.choice(("Loyalty card", "Rewards no.", "Club member ID"))
    value = f"{_up(rng, 1)}{_d(rng, 3)} {_d(rng, 4)} {_d(rng, 4)}"
    return f"{label} {_m('MEM', value)} — why were my points reset?"


def _mem_h2(rng: random.Random) -> str:
    label = rng.choice(("会員番号", "患者番号", "社員コード", "職員ID"))
    value = f"{_up(rng, 2)} {_d(rng, 4)} {_d(rng, 4)}"
    return f"{label}は{_m('MEM', value)}です。予約の変更をお願いします"


# --- IP addresses given as someone's own ----------------------------------------------------
def _ip_t1(rng: random.Random) -> str:
    lead = rng.choice(("My home IP is", "our house's public IP is", "I connect from"))
    ip = _ipv4(rng) if rng.random() < 0.7 else _ipv6(rng)
    return f"{lead} {_m('IP', ip)}; why does the login page block me?"


def _ip_t2(rng: random.Random) -> str:
    key = rng.choice(("ip", "client_ip", "remote_addr", "src_ip"))
    return f'{{"user": "-", "{key}": "{_m("IP", _ipv4(rng))}", "ask": "is this a proxy?"}}'


def _ip_h1(rng: random.Random) -> str:
    lead = rng.choice(("自宅のIPアドレスは", "接続元IP：", "私のグローバルIPは"))
    ip = _ipv4(rng) if rng.random() < 0.7 else _ipv6(rng)
    return f"{lead}{_m('IP', ip)}です。不正アクセスの記録と照合してください"


def _ip_h2(rng: random.Random) -> str:
    ip = _ipv4(rng)
    return (
        f"[2025-03-02 10:1{rng.randint(0, 9)}] login failed for user k.tanaka "
        f"from {_m('IP', ip)} — explain this log line"
    )


# --- romaji and English addresses ---------------------------------------------------------
def _ad_t1(rng: random.Random) -> str:
    addr = (
        f"Room {rng.randint(101, 1505)}, {rng.randint(1, 5)}-{rng.randint(1, 30)}-"
        f"{rng.randint(1, 20)} {rng.choice(TOWNS)}, {rng.choice(WARDS)}, {rng.choice(CITIES)}"
    )
    return f"Deliver to {_m('ADDR', addr)} — is Saturday delivery possible?"


def _ad_t2(rng: random.Random) -> str:
    street = f"{rng.randint(100, 9999)} {rng.choice(US_STREETS)}"
    city, state = rng.choice(US_CITIES)
    addr = f"{street}\nApt {rng.randint(1, 40)}{rng.choice('ABC')}\n{city}, {state}"
    return f"Billing address:\n{_m('ADDR', addr)} {_m('ZIP', _d(rng, 5))}\nIs this format OK?"


def _ad_h1(rng: random.Random) -> str:
    addr = (
        f"{rng.choice(BUILDINGS)} {rng.randint(101, 905)}, {rng.randint(1, 5)}-"
        f"{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(TOWNS)}, {rng.choice(WARDS)}"
    )
    return f"My new address is {_m('ADDR', addr)}. Please update the contract."


def _ad_h2(rng: random.Random) -> str:
    town, code = rng.choice(UK_TOWNS)
    addr = f"Flat {rng.randint(1, 12)}\n{rng.randint(2, 180)} {rng.choice(UK_STREETS)}\n{town}"
    return f"Send it to:\n{_m('ADDR', addr)}\n{_m('ZIP', code)}\nthanks!"


# --- special care under a JSON key that names no health field -----------------------------
def _scj_t1(rng: random.Random) -> str:
    key = rng.choice(EN_KEYS)
    value = rng.choice(EN_CONDITIONS + EN_CRIMES)
    note = rng.choice((f"{_m('SC', value)}, told HR", f"has {_m('SC', value)}"))
    return f'{{"employee": "Ken Ito", "{key}": "{note}", "task": "draft a leave plan"}}'


def _scj_t2(rng: random.Random) -> str:
    key = rng.choice(JA_KEYS)
    value = rng.choice(JA_CONDITIONS)
    return f'{{"氏名": "佐藤", "{key}": "{_m("SC", value)}、本人了承済", "依頼": "要約して"}}'


def _scj_h1(rng: random.Random) -> str:
    key = rng.choice(("remark", "details", "extra", "info"))
    value = rng.choice(EN_CONDITIONS + EN_CRIMES)
    return f"{key}: {_m('SC', value)} (disclosed by the applicant)\nturn this into a table"


def _scj_h2(rng: random.Random) -> str:
    key = rng.choice(("所見", "連絡事項", "その他", "補足"))
    value = rng.choice(JA_CONDITIONS + JA_CRIMES)
    return f"応募者A\n{key}：{_m('SC', value)}あり\nこのメモを整形して"


# --- benign look-alikes ------------------------------------------------------------------
def _ben_t1(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Set the subnet mask to 255.255.{rng.choice(('255.0', '240.0', '0.0'))} on the router",
            f"Windows build 10.0.{_d(rng, 5)}.{_d(rng, 4)} fails to update",
            f"Use 192.0.2.{rng.randint(1, 254)} as the example server in the docs",
            f"What does policy No. {rng.randint(1, 12)} of the employee handbook say?",
            f"How long is a member number at most — {rng.randint(8, 12)} digits?",
        )
    )


def _ben_t2(rng: random.Random) -> str:
    return rng.choice(
        (
            f"HbA1cが{rng.choice(('6.5', '7.0'))}%以上だと糖尿病と診断されるのはなぜ？",
            "前科があると就職に不利になるのは本当？",
            "うつ病の初期症状を教えて",
            "ラマダンの期間はいつ？",
            "What is the difference between Sunni and Shia Islam?",
        )
    )


def _ben_h1(rng: random.Random) -> str:
    return rng.choice(
        (
            f"ファーム v{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)} の変更点",
            f"DNS を 8.8.8.8 から 1.1.1.{rng.choice(('1', '2'))} に変えたら速くなる？",
            "保険証券番号はどこに書いてありますか？",
            f"The IP range 10.0.{rng.randint(0, 9)}.0/24 is private, right?",
            "Is a policy number the same as a member ID?",
        )
    )


def _ben_h2(rng: random.Random) -> str:
    return rng.choice(
        (
            "What blood pressure counts as hypertension?",
            "執行猶予と実刑の違いを説明して",
            "How do people with epilepsy usually get a driving licence?",
            "キリスト教の安息日は何曜日？",
            "What are the side effects of lithium?",
        )
    )


TEMPLATES: dict[str, list[Template]] = {
    "policy": [
        ("pol-t1", "T", _pol_t1, False),
        ("pol-t2", "T", _pol_t2, False),
        ("pol-h1", "H", _pol_h1, False),
        ("pol-h2", "H", _pol_h2, False),
    ],
    "member": [
        ("mem-t1", "T", _mem_t1, False),
        ("mem-t2", "T", _mem_t2, False),
        ("mem-h1", "H", _mem_h1, False),
        ("mem-h2", "H", _mem_h2, False),
    ],
    "ip": [
        ("ip-t1", "T", _ip_t1, False),
        ("ip-t2", "T", _ip_t2, False),
        ("ip-h1", "H", _ip_h1, False),
        ("ip-h2", "H", _ip_h2, False),
    ],
    "address": [
        ("ad-t1", "T", _ad_t1, False),
        ("ad-t2", "T", _ad_t2, False),
        ("ad-h1", "H", _ad_h1, False),
        ("ad-h2", "H", _ad_h2, False),
    ],
    "sc_json": [
        ("scj-t1", "T", _scj_t1, False),
        ("scj-t2", "T", _scj_t2, False),
        ("scj-h1", "H", _scj_h1, False),
        ("scj-h2", "H", _scj_h2, False),
    ],
    "benign": [
        ("ben-t1", "T", _ben_t1, True),
        ("ben-t2", "T", _ben_t2, True),
        ("ben-h1", "H", _ben_h1, True),
        ("ben-h2", "H", _ben_h2, True),
    ],
}


def cases(seed: int = 21, per_template: int = 8) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r21g")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(21, 8))


if __name__ == "__main__":
    sys.exit(main())
