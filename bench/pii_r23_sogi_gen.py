"""Seeded generator for issue 16, twenty-third round (second wave): sexual orientation and
gender identity disclosed about a person (``SOGI``, masked by default).

Families: (1) a Japanese disclosure, of the writer (私はゲイです, 実は僕バイなんですが) or of
someone named or implied (部下の〇〇さんがレズビアンだと, トランスジェンダーであることを上司に);
(2) an English one (I'm gay, my partner and I are a lesbian couple, as a trans woman, she
came out as asexual); (3) look-alikes that must pass unchanged: training material, Pride
events, what a letter of LGBT stands for, a same-sex-marriage debate or a court ruling to
summarise, a film list, hyphenated words (bi-weekly, trans-Pacific, gay-friendly).

Written after ``recognizers/sogi.py``; the templates (with their own pools) were dealt ``T``
(tuned on) and ``H`` (held out) before the first run, and only T's failures were read. At
HEAD before this wave no recognizer reported these words: every value reached the model.

    .venv/bin/python bench/pii_r23_sogi_gen.py --run [--seed 2331] [--per-template 5]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import sys
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, kept, marker, pick, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r23_sogi_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r23_sogi_gen.json",
)
TYPES = {"SO": "SOGI"}
SEED = 2331
PER_TEMPLATE = 5
R = random.Random


# The markup of bench/pii_hand_sets.py, under this module's short names.
_m = marker("SO")
_k = kept
_c = pick


_JA_WORDS = (
    "ゲイ",
    "レズビアン",
    "バイセクシュアル",
    "トランスジェンダー",
    "パンセクシュアル",
    "アセクシュアル",
)
_EN_WORDS = (
    "gay",
    "lesbian",
    "bisexual",
    "transgender",
    "pansexual",
    "asexual",
    "nonbinary",
    "queer",
)


# --- (1) Japanese ---------------------------------------------------------------------------
def _ja_t1(r: R) -> str:
    return f"{_c(r, '私は', 'わたしは', '実は私、', '僕は')}{_m(_c(r, *_JA_WORDS))}{_c(r, 'です。', 'なんですが、', 'なので、')}{_k(_c(r, '家族手当の対象になるか', '福利厚生の申請方法を'))}教えてください。"


def _ja_t2(r: R) -> str:
    return f"{_c(r, '部下の', '同僚の', '後輩の')}{_c(r, '佐藤さん', '鈴木くん', 'Aさん')}が{_m(_c(r, *_JA_WORDS))}だと{_c(r, '本人から聞きました', '打ち明けてくれました')}。{_k(_c(r, 'チームにどう配慮すべき', '人事に報告すべき'))}でしょうか。"


def _ja_h1(r: R) -> str:
    return f"{_m(_c(r, *_JA_WORDS))}であることを{_c(r, '上司に', '親に', '会社に')}{_c(r, '伝えるべきか', 'カミングアウトするか', '打ち明けるか')}迷っています。{_k('メールの下書き')}をお願いします。"


def _ja_h2(r: R) -> str:
    return f"{_c(r, 'うちの息子', '妻', '友人', '彼女')}が{_m(_c(r, *_JA_WORDS))}{_c(r, 'って', 'らしくて', 'だって')}、{_k(_c(r, '接し方', '伝え方'))}に悩んでいます。"


# --- (2) English ----------------------------------------------------------------------------
def _en_t1(r: R) -> str:
    subject = _c(r, "I'm", "I am", "im", "I'm actually")
    return f"{subject} {_m(_c(r, *_EN_WORDS))} and {_k(_c(r, 'my manager keeps making jokes', 'want to update my benefits'))}. {_c(r, 'What should I do?', 'Draft a message to HR.')}"


def _en_t2(r: R) -> str:
    return f"{_c(r, 'My colleague', 'My report', 'Our new hire')} {_c(r, 'Ken', 'Maria', 'Yuki')} {_c(r, 'told me she is', 'said he is', 'came out as')} {_m(_c(r, *_EN_WORDS))}. {_k(_c(r, 'Should I tell anyone', 'How do I keep it confidential'))}?"


def _en_h1(r: R) -> str:
    return f"{_c(r, 'As a', 'as a')} {_m(_c(r, 'trans', 'gay', 'bisexual', 'lesbian'))} {_c(r, 'woman', 'man', 'employee')}, {_k(_c(r, 'which dress code applies to me', 'can I join the ERG'))}?"


def _en_h2(r: R) -> str:
    return f"{_c(r, 'My partner and I are', 'We are', 'My wife and I are')} a {_m(_c(r, 'lesbian', 'gay', 'queer'))} couple; {_k(_c(r, 'can we both be on the health plan', 'does the housing allowance cover us'))}?"


# --- (3) look-alikes ------------------------------------------------------------------------
def _bt(r: R) -> str:
    return _c(
        r,
        "LGBT研修の資料を作ってください",
        "Pride month event ideas for a 200-person office?",
        "what does the T in LGBT stand for",
        "トランスジェンダーの社員への配慮について社内規程案を作って",
        "Explain the difference between gay and bisexual for a training slide.",
        "The bi-weekly report is due Friday; remind the team.",
    )


def _bh(r: R) -> str:
    return _c(
        r,
        "同性婚の法制化の議論を要約して",
        "Summarise: a court ruled that same-sex couples are entitled to equal benefits.",
        "レズビアン映画のおすすめを5本挙げて",
        "He is a trans-Pacific trade expert; summarise his paper.",
        "I'm gay-friendly and want to start an ally network. Draft a charter.",
        "性的指向に関するハラスメント防止方針を作成して",
    )


TEMPLATES: dict[str, list[Template]] = {
    "sogi_ja": [
        ("ja-t1", "T", _ja_t1, False), ("ja-t2", "T", _ja_t2, False),
        ("ja-h1", "H", _ja_h1, False), ("ja-h2", "H", _ja_h2, False),
    ],
    "sogi_en": [
        ("en-t1", "T", _en_t1, False), ("en-t2", "T", _en_t2, False),
        ("en-h1", "H", _en_h1, False), ("en-h2", "H", _en_h2, False),
    ],
    "benign": [("b-t", "T", _bt, True), ("b-h", "H", _bh, True)],
}  # fmt: skip


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r23so")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
