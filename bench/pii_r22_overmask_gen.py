"""Seeded generator for values the PII stage still over-masked in round 22 (issue 16, "stop
over-masking"), JA and EN, each family with must-mask twins on the same words.

Families (left alone): (1) a public body's address asked about (a prefectural or city
office, in brackets after its name or after は … にあります); (2) a fictional address in a
literature question (221B Baker Street, ベーカー街221B); (3) a bank's public routing/ABA
number asked about; (4) a disease named as a topic with no person; (5) a form label at the
start of a line read as a person's name (支持政党：…, 影響範囲：全社); (6) a form label masked
together with its value (持病 1型糖尿病: the value is masked, ``持病`` must stay).
Twins (must be masked): a person's home address near 県庁/市役所; a person's own account
number after a routing number; a named person's disease; a name on a form line.

The families were described by an outside blind set and colleagues' reports, so this set is
TUNED ON as a whole: templates were dealt to halves ``T``/``H`` before any fix, but both
halves describe the same families. ``[[…]]`` marks words that must reach the model.

    .venv/bin/python bench/pii_r22_overmask_gen.py --run [--seed 2231] [--per-template 6]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import sys
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, marked, pick, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r22_overmask_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r22_overmask_gen.json",
)
TYPES = {
    "SC": "SPECIAL_CARE",
    "N": "PERSON",
    "ADDR": "ADDRESS",
    "BANK": "BANK_ACCOUNT",
}
SEED = 2231
PER_TEMPLATE = 6
R = random.Random


# The markup of bench/pii_hand_sets.py, under this module's short names.
_m = marked
_c = pick


_PREF_OFFICES = (
    ("東京都庁", "東京都新宿区西新宿2-8-1"),
    ("愛知県庁", "名古屋市中区三の丸3-1-2"),
    ("大阪府庁", "大阪市中央区大手前2-1-22"),
    ("神奈川県庁", "横浜市中区日本大通1"),
    ("福岡県庁", "福岡市博多区東公園7-7"),
    ("北海道庁", "札幌市中央区北3条西6丁目"),
    ("札幌市役所", "札幌市中央区北1条西2丁目"),
    ("京都府庁", "京都市上京区下立売通新町西入薮ノ内町"),
)
_HOME = (
    "新宿区西新宿4-15-3-502",
    "名古屋市中区三の丸1-7-2 メゾン丸の内305",
    "横浜市中区山下町27-1-1204",
    "大阪市中央区谷町2-5-9",
    "福岡市博多区東公園3-12-8",
)


# --- (1) a public body's address -------------------------------------------------------------
def _pub_t1(r: R) -> str:
    name, addr = r.choice(_PREF_OFFICES)
    return f"{name}（{addr}）{_c(r, 'へ行くにはどの駅が近い？', 'までの行き方を教えて', 'の展望室は何時まで開いてる？', 'に車で行く場合、駐車場はある？')}"


def _pub_t2(r: R) -> str:
    name, addr = r.choice(_PREF_OFFICES)
    return f"{name}は{addr}{_c(r, 'にありますが、最寄り駅は？', 'にあるそうですが、バスで行けますか？', 'ですよね？開庁時間は？')}"


def _pub_h1(r: R) -> str:
    name, addr = r.choice(_PREF_OFFICES)
    return f"{_c(r, '来週', '明日', '今度')}{name}（{addr}）{_c(r, 'に行きたいのですが、地下鉄の出口は何番？', 'で手続きがあります。どう行けばいい？', 'の見学は予約が必要？')}"


def _pub_h2(r: R) -> str:
    name, addr = r.choice(_PREF_OFFICES)
    return f"How do I get to {name} ({addr}) {_c(r, 'from the airport?', 'by subway?', 'on foot from the station?')}"


def _pub_twin_t(r: R) -> str:
    name = r.choice(_PREF_OFFICES)[0]
    return f"{name}の近くに住んでいます。{_c(r, '自宅は', '私の住所は', '家は')}{_m('ADDR', r.choice(_HOME))}です。{_c(r, '転入届はどこに出す？', 'ゴミの日を教えて')}"


def _pub_twin_h(r: R) -> str:
    name = r.choice(_PREF_OFFICES)[0]
    return f"{_c(r, '母', '私')}の家は{name}のそば、{_m('ADDR', r.choice(_HOME))}です。{_c(r, '荷物を送りたい', '近くの病院を教えて')}"


# --- (2) a fictional address ------------------------------------------------------------------
def _fic_t1(r: R) -> str:
    return _c(
        r,
        "ベーカー街221Bに住んでいた探偵の助手は誰？",
        "ホームズの下宿ベーカー街221Bの大家さんの名前は？",
        "小説でベーカー街221Bに住む人物は誰ですか？",
        "シャーロック・ホームズの住所ベーカー街221Bは実在した？",
    )


def _fic_t2(r: R) -> str:
    return f"{_c(r, 'In the Holmes stories,', 'In Conan Doyle’s novels,', 'In the Sherlock books,')} who lives at 221B Baker Street{_c(r, '?', ' besides Holmes?', ' with the detective?')}"


def _fic_h1(r: R) -> str:
    return _c(
        r,
        "221B Baker Street is the address of which fictional detective?",
        "Is there a museum at 221B Baker Street today?",
        "Why did Conan Doyle choose 221B Baker Street for Holmes?",
        "What is at 221B Baker Street in the Sherlock Holmes stories?",
    )


def _fic_h2(r: R) -> str:
    return f"{_c(r, '推理小説', 'ホームズ作品', '名探偵の物語')}で{_c(r, 'ベーカー街221B', 'ベイカー街221B')}{_c(r, 'が舞台になる話はどれ？', 'はどんな部屋？', 'の博物館はどこにある？')}"


def _fic_twin_t(r: R) -> str:
    return f"{_c(r, '友人', '私', '姉')}の住所は{_m('ADDR', _c(r, '東京都港区芝公園4-2-8-1001', '大阪市北区梅田3-1-1-2204'))}です。ホームズのベーカー街221Bみたいでしょう？"


def _fic_twin_h(r: R) -> str:
    return f"My flat is at {_m('ADDR', _c(r, '14 Elm Grove, Leeds LS6 2AB', '7 Kings Road, Brighton BN1 2FN'))}, not 221B Baker Street{_c(r, ', ha.', '!')} Can you forward my parcel?"


# --- (3) a public routing number --------------------------------------------------------------
_ROUTING = ("021000021", "026009593", "011000138", "121000358", "322271627")


def _rt_t1(r: R) -> str:
    return f"{_c(r, 'What bank is routing number', 'Which bank uses routing number', 'Whose routing number is')} {r.choice(_ROUTING)}?"


def _rt_t2(r: R) -> str:
    return f"ABAルーティング番号{r.choice(_ROUTING)}はどこの銀行ですか？"


def _rt_h1(r: R) -> str:
    return f"{_c(r, 'Is', 'Is ABA')} {r.choice(_ROUTING)} {_c(r, 'a valid ABA routing number?', 'the routing number for Chase?', 'a Bank of America routing number?')}"


def _rt_h2(r: R) -> str:
    return f"{_c(r, 'Which bank has ABA routing number', 'Look up ABA', 'What institution is behind routing no.')} {r.choice(_ROUTING)}{_c(r, '?', ', please.')}"


def _rt_twin_t(r: R) -> str:
    return f"Routing number {r.choice(_ROUTING)}, {_c(r, 'my account number', 'account no.')} {_m('BANK', str(r.randint(10**9, 10**10 - 1)))} — {_c(r, 'is this enough for a wire?', 'please set up the deposit.')}"


def _rt_twin_h(r: R) -> str:
    return f"ルーティング番号{r.choice(_ROUTING)}、{_c(r, '私の口座番号は', '口座番号')}{_m('BANK', str(r.randint(10**7, 10**8 - 1)))}です。{_c(r, '送金できますか？', '給与振込の登録をお願いします。')}"


# --- (4) a disease as a topic ------------------------------------------------------------------
_JA_DISEASES = (
    "うつ病",
    "統合失調症",
    "双極性障害",
    "パニック障害",
    "糖尿病",
    "てんかん",
    "適応障害",
)
_EN_DISEASES = ("depression", "schizophrenia", "bipolar disorder", "epilepsy", "type 1 diabetes")


def _dis_t1(r: R) -> str:
    return f"{r.choice(_JA_DISEASES)}{_c(r, 'について教えて', 'の一般的な治療法は？', 'とはどんな病気ですか？', 'の初期症状を教えてください')}"


def _dis_t2(r: R) -> str:
    return f"{_c(r, 'What are the symptoms of', 'How is', 'What causes')} {r.choice(_EN_DISEASES)}{_c(r, '?', ' treated?', ' in adults?')}"


def _dis_h1(r: R) -> str:
    return f"{_c(r, '厚労省の資料で', '一般論として、', '授業で')}{r.choice(_JA_DISEASES)}{_c(r, 'の患者数はどのくらい？', 'と遺伝の関係は？', 'の歴史を説明して')}"


def _dis_h2(r: R) -> str:
    return f"{_c(r, 'Explain', 'Summarise', 'Give an overview of')} {r.choice(_EN_DISEASES)} {_c(r, 'for a health class.', 'in plain words.', 'and its common treatments.')}"


def _dis_twin_t(r: R) -> str:
    d = r.choice(_JA_DISEASES)
    return f"{_m('N', _c(r, '佐藤', '高橋', '渡辺'))}さんは{_m('SC', d)}{_c(r, 'で休職中です。', 'と診断されました。')}{_c(r, '復帰の手順を教えて', '職場でどう接すればいい？')}"


def _dis_twin_h(r: R) -> str:
    return f"{_m('N', _c(r, 'Karen Mitchell', 'Tom Fletcher', 'Priya Nair'))} {_c(r, 'has', 'was diagnosed with')} {_m('SC', 'depression')}{_c(r, ', how can the team support her?', '. What leave can we offer?')}"


# --- (5) form labels at the start of a line ----------------------------------------------------
_LABELS_T = (
    ("支持政党", ("未定", "特になし", "回答しない")),
    ("影響範囲", ("全社", "営業部のみ", "一部システム")),
    ("対応期限", ("今週中", "月末", "未定")),
    ("優先度", ("高", "中", "低")),
)
_LABELS_H = (
    ("発生場所", ("本社3階", "倉庫", "第二工場")),
    ("担当部署", ("総務部", "情報システム部", "経理部")),
    ("回答方法", ("メール", "電話", "書面")),
    ("影響範囲", ("全社", "関東拠点", "一部部署")),
)


def _form_lines(r: R, labels: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    picked = r.sample(list(labels), 3)
    return "\n".join(f"[[{k}]]{_c(r, '：', ':', ' : ')}{r.choice(vs)}" for k, vs in picked)


def _form_t(r: R) -> str:
    return (
        f"{_c(r, '次のフォームを要約して', 'この票の内容を確認して')}\n{_form_lines(r, _LABELS_T)}"
    )


def _form_h(r: R) -> str:
    return f"{_c(r, '以下の報告書を整形して', 'この記入内容をチェックして')}\n{_form_lines(r, _LABELS_H)}"


def _form_twin_t(r: R) -> str:
    return f"この票を確認して\n氏名：{_m('N', _c(r, '山田太郎', '中村恵子', '小林健一'))}\n{_form_lines(r, _LABELS_T)}"


def _form_twin_h(r: R) -> str:
    return f"以下を整形して\n{_c(r, '担当者', '申請者', '報告者')}：{_m('N', _c(r, '石井直樹', '松本由美', '岡田翔'))}\n{_form_lines(r, _LABELS_H)}"


# --- (6) a label masked with its value ------------------------------------------------------------
def _lab_t(r: R) -> str:
    label, value = r.choice(
        (("持病", "1型糖尿病"), ("持病", "てんかん"), ("既往歴", "うつ病"), ("持病", "気管支喘息"))
    )
    return f"{_c(r, '問診票です。', '申込書の記入例：', '')}[[{label}]]{_c(r, ' ', '：', ' … ')}{_m('SC', value)}\n{_c(r, 'これで保険に入れますか？', '書き方は合っていますか？')}"


def _lab_h(r: R) -> str:
    label, value = r.choice(
        (
            ("既往症", "統合失調症"),
            ("持病", "双極性障害"),
            ("通院歴", "うつ病"),
            ("持病", "2型糖尿病"),
        )
    )
    return f"{_c(r, '私の', '父の', '')}[[{label}]]は{_m('SC', value)}です。{_c(r, '旅行保険の告知はどう書けばいい？', '職場にどう伝えるべき？')}"


TEMPLATES: dict[str, list[Template]] = {
    "public_address": [
        ("pub-t1", "T", _pub_t1, True),
        ("pub-t2", "T", _pub_t2, True),
        ("pub-h1", "H", _pub_h1, True),
        ("pub-h2", "H", _pub_h2, True),
        ("pub-wt", "T", _pub_twin_t, False),
        ("pub-wh", "H", _pub_twin_h, False),
    ],
    "fictional_address": [
        ("fic-t1", "T", _fic_t1, True),
        ("fic-t2", "T", _fic_t2, True),
        ("fic-h1", "H", _fic_h1, True),
        ("fic-h2", "H", _fic_h2, True),
        ("fic-wt", "T", _fic_twin_t, False),
        ("fic-wh", "H", _fic_twin_h, False),
    ],
    "routing": [
        ("rt-t1", "T", _rt_t1, True),
        ("rt-t2", "T", _rt_t2, True),
        ("rt-h1", "H", _rt_h1, True),
        ("rt-h2", "H", _rt_h2, True),
        ("rt-wt", "T", _rt_twin_t, False),
        ("rt-wh", "H", _rt_twin_h, False),
    ],
    "disease_topic": [
        ("dis-t1", "T", _dis_t1, True),
        ("dis-t2", "T", _dis_t2, True),
        ("dis-h1", "H", _dis_h1, True),
        ("dis-h2", "H", _dis_h2, True),
        ("dis-wt", "T", _dis_twin_t, False),
        ("dis-wh", "H", _dis_twin_h, False),
    ],
    "form_label": [
        ("form-t", "T", _form_t, True),
        ("form-h", "H", _form_h, True),
        ("form-wt", "T", _form_twin_t, False),
        ("form-wh", "H", _form_twin_h, False),
    ],
    "label_value": [
        ("lab-t", "T", _lab_t, False),
        ("lab-h", "H", _lab_h, False),
    ],
}


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r22om")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
