"""Seeded generator for round 21, wave 2 (issue 16): families an outside blind set named
(descriptions only, no rows) in its report on round 21: an IP address of a private or
documentation range tied to a person or a login (``192.168.10.54 から 林（hayashi.d）がログイン``,
``user anna.schmidt signed in from 198.51.100.23``, an ``IP:`` line of a mail header), a
person's login user ID in a log or an alert (``user anna.schmidt``, ``username: jdoe42``,
``（hayashi.d）`` after a name) and medical record numbers (``MRN 00458821``, カルテ番号,
診察券番号). Benign twins: the same ranges in router, subnet and firewall how-to text with
no person, system and service accounts (root, admin, www-data, postgres, svc-*) in logs.

Templates are dealt into ``T`` (tuned on) and ``H`` (held out: not read while fixing)
before any fix. Values come from this file's pools.

    .venv/bin/python bench/pii_r21_wave2.py --run [--seed 2103] [--per-template 6]
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
    name="pii_r21_wave2",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r21_wave2.json",
)
TYPES = {"IP": "IP_ADDRESS", "UID": "MESSAGING_ID", "MRN": "ID_NUMBER"}

JA_SURNAMES = ("林", "森", "長谷川", "村上", "石井", "小西", "大野")
EN_USERS = ("anna.schmidt", "jdoe42", "m.rossi", "kwan_lee", "tnguyen7", "priya.k", "olsen.b")
JA_USERS = ("hayashi.d", "mori_k", "hasegawa.t", "murakami01", "ishii.y", "konishi.r")
SYSTEM_USERS = ("root", "admin", "www-data", "postgres", "svc-backup", "svc-deploy", "nginx")


def _d(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


# The markup of bench/pii_hand_sets.py, under this module's short names.
_m = marked


def _private(rng: random.Random) -> str:
    return rng.choice(
        (
            f"192.168.{rng.randint(0, 30)}.{rng.randint(2, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randint(2, 254)}",
        )
    )


def _time(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


# --- a private or documentation address tied to a person --------------------------------
def _ip_t1(rng: random.Random) -> str:
    name, user = rng.choice(JA_SURNAMES), rng.choice(JA_USERS)
    ask = rng.choice(("不審なアクセスか確認したい", "この件を報告書にまとめて", "対応手順を教えて"))
    ip = _m("IP", _private(rng))
    return f"{_time(rng)} {ip} から {name}（{_m('UID', user)}）がログイン。{ask}"


def _ip_t2(rng: random.Random) -> str:
    user = rng.choice(EN_USERS)
    verb = rng.choice(("signed in from", "logged in from", "authenticated from"))
    ask = rng.choice(("Is this suspicious?", "Draft an incident note.", "Summarise for the SOC."))
    return f"Alert: user {_m('UID', user)} {verb} {_m('IP', _private(rng))} at {_time(rng)}. {ask}"


def _ip_t3(rng: random.Random) -> str:
    name = rng.choice(("Anna Schmidt", "Tom Nguyen", "Priya Kumar"))
    return (
        f"From: {name} <{rng.choice(EN_USERS)}@corp.example.com>\n"
        f"IP: {_m('IP', _private(rng))}\nSubject: expenses\n\nWhere did this mail come from?"
    )


def _ip_h1(rng: random.Random) -> str:
    name = rng.choice(JA_SURNAMES)
    return (
        f"{name}さんの端末（{_m('IP', _private(rng))}）から深夜に大量のダウンロードがありました。"
        f"{rng.choice(('どう聞き取りすべき？', '上長への報告文を作って'))}"
    )


def _ip_h2(rng: random.Random) -> str:
    user = rng.choice(EN_USERS)
    return (
        f"Failed password for {_m('UID', user)} from {_m('IP', _private(rng))} port "
        f"{rng.randint(30000, 60000)} ssh2 — {rng.choice(('brute force?', 'what does this mean?'))}"
    )


def _ip_h3(rng: random.Random) -> str:
    who = rng.choice(("My colleague", "The intern", "Our contractor Ken"))
    ip = _m("IP", _private(rng))
    return f"{who} accessed the HR share from {ip} last night; should I escalate?"


# --- a person's login user ID ----------------------------------------------------------------
def _uid_t1(rng: random.Random) -> str:
    user = rng.choice(EN_USERS)
    when = _time(rng)
    return f"username: {_m('UID', user)}\npassword reset requested at {when}. Was it approved?"


def _uid_t2(rng: random.Random) -> str:
    name, user = rng.choice(JA_SURNAMES), rng.choice(JA_USERS)
    return f"{name}（{_m('UID', user)}）のアカウントがロックされました。解除方法は？"


def _uid_h1(rng: random.Random) -> str:
    user = rng.choice(EN_USERS)
    act = rng.choice(
        ("was locked out after 5 attempts", "changed their MFA device", "exported 3,000 rows")
    )
    return f"[WARN] user {_m('UID', user)} {act}. Explain the risk."


def _uid_h2(rng: random.Random) -> str:
    user = rng.choice(JA_USERS)
    return f"ユーザーID: {_m('UID', user)} のパスワード有効期限が切れています。通知文を作成して"


# --- medical record numbers ------------------------------------------------------------------
def _mrn_t1(rng: random.Random) -> str:
    label = rng.choice(("MRN", "MRN:", "Medical record no."))
    return f"Patient {label} {_m('MRN', _d(rng, 8))} missed the follow-up; draft a reminder."


def _mrn_t2(rng: random.Random) -> str:
    label = rng.choice(("カルテ番号", "診察券番号"))
    return f"{label}：{_m('MRN', _d(rng, rng.choice((6, 7, 8))))}の患者さんの予約を来週に移して"


def _mrn_h1(rng: random.Random) -> str:
    return f"Can you summarise the chart for medical record number {_m('MRN', _d(rng, 7))}?"


def _mrn_h2(rng: random.Random) -> str:
    label = rng.choice(("診察券番号は", "カルテNo."))
    return f"母の{label}{_m('MRN', _d(rng, 7))}です。検査結果はいつ出ますか"


# --- benign twins --------------------------------------------------------------------------
def _ben_t1(rng: random.Random) -> str:
    return (
        f"ルーターのLAN側IPを{_private(rng)}に、DHCPの範囲を"
        f"{rng.choice(('100〜200', '50〜150'))}に設定する手順を教えて"
    )


def _ben_t2(rng: random.Random) -> str:
    user = rng.choice(SYSTEM_USERS)
    ip = _private(rng)
    return f"Failed password for {user} from {ip} port 22 ssh2 — how do I disable root login?"


def _ben_t3(rng: random.Random) -> str:
    ip = _private(rng)
    return f"Firewall rule: allow tcp/443 from {ip} to the web tier. Is this rule too broad?"


def _ben_h1(rng: random.Random) -> str:
    return (
        f"Our subnet plan puts printers on {_private(rng)} and the NAS on {_private(rng)}; "
        "how should I document it?"
    )


def _ben_h2(rng: random.Random) -> str:
    user = rng.choice(SYSTEM_USERS)
    return f"username: {user} が cron で毎晩バックアップを実行します。権限は最小にすべき？"


def _ben_h3(rng: random.Random) -> str:
    user = rng.choice(SYSTEM_USERS)
    return f"What does the log line 'sshd: user {user} signed in from localhost' mean?"


TEMPLATES: dict[str, list[Template]] = {
    "ip_person": [
        ("ip-t1", "T", _ip_t1, False),
        ("ip-t2", "T", _ip_t2, False),
        ("ip-t3", "T", _ip_t3, False),
        ("ip-h1", "H", _ip_h1, False),
        ("ip-h2", "H", _ip_h2, False),
        ("ip-h3", "H", _ip_h3, False),
    ],
    "login_id": [
        ("uid-t1", "T", _uid_t1, False),
        ("uid-t2", "T", _uid_t2, False),
        ("uid-h1", "H", _uid_h1, False),
        ("uid-h2", "H", _uid_h2, False),
    ],
    "mrn": [
        ("mrn-t1", "T", _mrn_t1, False),
        ("mrn-t2", "T", _mrn_t2, False),
        ("mrn-h1", "H", _mrn_h1, False),
        ("mrn-h2", "H", _mrn_h2, False),
    ],
    "benign": [
        ("ben-t1", "T", _ben_t1, True),
        ("ben-t2", "T", _ben_t2, True),
        ("ben-t3", "T", _ben_t3, True),
        ("ben-h1", "H", _ben_h1, True),
        ("ben-h2", "H", _ben_h2, True),
        ("ben-h3", "H", _ben_h3, True),
    ],
}


def cases(seed: int = 2103, per_template: int = 6) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r21w2")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(2103, 6))


if __name__ == "__main__":
    sys.exit(main())
