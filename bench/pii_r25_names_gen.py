"""Seeded generator for issue 16, twenty-fifth round: private people's names where enterprise
traffic puts them (after labels and in lists, in every row of a CSV, TSV or markdown table,
in JSON and YAML values, in mail headers and signatures, in lower- or upper-case romaji,
family name first or last, with and without an honorific, in kana, as a word, as a foreign
name in katakana) and the look-alikes that must reach the model unchanged (firms, brands,
places, public figures in their public role, eponymous medical and technical terms, table
headers and statuses, field values that are regions or roles).

Written before any of this round's fixes: the templates, each with its own pools, were dealt
``T`` (tuned on) and ``H`` (held out) before the first run; only T's failures were read.

    .venv/bin/python bench/pii_r25_names_gen.py --run [--seed 2525] [--per-template 6]
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
    name="pii_r25_names_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r25_names_gen.json",
)
TYPES = {"N": "PERSON"}
SEED = 2525
PER_TEMPLATE = 6
R = random.Random


# The markup of bench/pii_hand_sets.py, under this module's short names.
_n = marker("N")
_k = kept
_c = pick


def _pick(r: R, pool: tuple[str, ...], k: int) -> list[str]:
    return r.sample(pool, k)


# --- labels and lists --------------------------------------------------------------------------
_JA_FULL_T = (
    "植松 智也",
    "宍戸 明日香",
    "福永 直樹",
    "岡崎 沙羅",
    "二階堂 涼",
    "宮坂 理沙",
    "長尾 悠斗",
)
_JA_FULL_H = (
    "藤崎 瑞希",
    "向井 康平",
    "桑原 紗希",
    "黒川 勇人",
    "秋元 菜摘",
    "杉浦 大地",
    "鈴鹿 真帆",
)
_EN_FULL_T = (
    "Nadia Petrova",
    "Callum Fraser",
    "Imogen Hart",
    "Tobias Renner",
    "Yara Haddad",
    "Soren Dahl",
)
_EN_FULL_H = (
    "Elif Demir",
    "Ronan Keogh",
    "Bianca Moretti",
    "Jasper Quinn",
    "Ingrid Solvik",
    "Mateus Silva",
)


def _label_ja_t(r: R) -> str:
    a, b, c = _pick(r, _JA_FULL_T, 3)
    lab = _c(r, "参加者：", "出席者: ", "メンバー：", "【参加者】")
    return f"{lab}{_n(a)}、{_n(b)}、{_n(c)}\n{_k(_c(r, '議事録の雛形', '会議の案内文', '日程調整の文面'))}を作ってください。"


def _label_ja_h(r: R) -> str:
    a, b = _pick(r, _JA_FULL_H, 2)
    la, lb = r.choice((("担当者：", "承認者："), ("申請者：", "宛先："), ("起票者: ", "確認者: ")))
    return f"{la}{_n(a)}\n{lb}{_n(b)}\nこの{_k(_c(r, '稟議書', '申請書', '報告書'))}の文面を整えてください。"


def _label_en_t(r: R) -> str:
    a, b = _pick(r, _EN_FULL_T, 2)
    lab = _c(r, "Names: ", "cc: ", "Attendees: ", "Participants - ")
    return f"{lab}{_n(a)}, {_n(b)}\nPlease {_k(_c(r, 'draft the invite', 'write the recap', 'summarise the decisions'))}."


def _label_en_h(r: R) -> str:
    a, b = _pick(r, _EN_FULL_H, 2)
    la, lb = r.choice(
        (("Owner: ", "Reviewer: "), ("Requester: ", "Approver: "), ("Assignee: ", "Reporter: "))
    )
    return f"{la}{_n(a)}\n{lb}{_n(b)}\nTurn this into a {_k(_c(r, 'ticket description', 'handover note', 'change summary'))}."


# --- CSV, TSV and markdown tables ------------------------------------------------------------
def _csv_ja_t(r: R) -> str:
    names = _pick(r, _JA_FULL_T, 3)
    rows = "\n".join(
        f"{_n(n)},{_c(r, '営業', '開発', '総務')},{r.randint(2015, 2024)}" for n in names
    )
    return (
        f"氏名,部署,入社年\n{rows}\n{_k(_c(r, '部署別に集計', '入社年順に並べ替え'))}してください。"
    )


def _csv_en_h(r: R) -> str:
    names = _pick(r, _EN_FULL_H, 3)
    rows = "\n".join(f"{i},{_n(n)},{_c(r, 'gold', 'silver')}" for i, n in enumerate(names, 1))
    return f"id,customer,tier\n{rows}\n{_k(_c(r, 'count customers per tier', 'sort by tier'))}"


def _table_md_t(r: R) -> str:
    names = _pick(r, _EN_FULL_T, 2)
    rows = "\n".join(
        f"| {_n(n)} | {_c(r, 'QA', 'Ops', 'Dev')} | {_c(r, 'Done', 'Blocked', 'Open')} |"
        for n in names
    )
    return f"| Name | Team | Status |\n|---|---|---|\n{rows}\nWrite a {_k(_c(r, 'standup summary', 'status digest'))}."


def _table_tsv_h(r: R) -> str:
    names = _pick(r, _JA_FULL_H, 3)
    rows = "\n".join(
        f"{_n(n)}\t{r.randint(3000, 3999)}\t{_c(r, 'A', 'B')}-{r.randint(1, 20)}" for n in names
    )
    return f"氏名\t内線\t席\n{rows}\n{_k(_c(r, '座席表', '内線一覧'))}を作り直して。"


# --- JSON and YAML values --------------------------------------------------------------------
def _json_t(r: R) -> str:
    a, b = _pick(r, _EN_FULL_T, 2)
    lo = r.choice((True, False))
    fa, fb = (a.lower(), b.lower()) if lo else (a, b)
    return f'{{"owner": "{_n(fa)}", "reviewer": "{_n(fb)}", "state": "open"}}\n{_k(_c(r, "convert this to YAML", "validate this JSON"))}'


def _yaml_h(r: R) -> str:
    a, b = _pick(r, _JA_FULL_H, 2)
    return f"project: {_c(r, '基幹刷新', '在庫最適化', '請求自動化')}\nlead: {_n(a)}\nmembers:\n  - {_n(b)}\nこのYAMLから{_k(_c(r, '体制図', 'メンバー表'))}を作って。"


# --- mail headers and signatures -------------------------------------------------------------
def _mail_en_t(r: R) -> str:
    a, b = _pick(r, _EN_FULL_T, 2)
    return f"From: {_n(a)}\nTo: {_n(b)}\nSubject: {_c(r, 'renewal', 'Q2 numbers', 'offsite')}\n\n{_k(_c(r, 'Make the reply shorter', 'Rewrite this politely'))}."


def _mail_ja_h(r: R) -> str:
    a = _c(r, *_JA_FULL_H)
    return f"{_k(_c(r, '署名を整えて', '署名を短くして'))}。\n--\n株式会社{_c(r, 'ホクト精機', 'アサヒネット', 'ミドリ商事')} {_c(r, '営業部', '購買部')}\n{_n(a)}\n内線 {r.randint(1000, 9999)}"


# --- romaji in lower or upper case -----------------------------------------------------------
def _romaji_t(r: R) -> str:
    full = _c(r, "kenta ishida", "yui morimoto", "SATO Haruka", "NISHIDA Ryo", "daisuke ota")
    given = _c(r, "takumi", "haruto", "megumi", "shun")
    return f"can u write a {_k(_c(r, 'thank-you note', 'quick reminder'))} to {_n(given)} and {_n(full)} about friday"


def _romaji_h(r: R) -> str:
    full = _c(r, "yuka hoshino", "ren kawaguchi", "OGAWA Mai", "ITO Sho", "kaito fujii")
    given = _c(r, "naoki", "sayaka", "kohei", "mio")
    return f"meeting notes: {_n(given)} said the budget is ok, {_n(full)} disagreed. {_k(_c(r, 'clean this up', 'make it a summary'))}"


# --- honorifics and word-surnames ------------------------------------------------------------
def _hon_t(r: R) -> str:
    name = _c(r, "森", "林", "桜井", "小池", "原", "北野")
    hon = _c(r, "様", "さん", "氏", "課長", "先生")
    return f"{_n(name)}{hon}から{_c(r, '見積の依頼', '仕様の確認', '日程の相談')}がありました。{_k(_c(r, '返信文', 'お礼のメール'))}を作って。"


def _hon_h(r: R) -> str:
    name = _c(r, "岡", "関", "谷", "松原", "宮田", "野口")
    hon = _c(r, "部長", "くん", "主任", "さん", "様")
    return f"{_c(r, '来週', '明日')}、{_n(name)}{hon}と{_c(r, '訪問', '打合せ')}です。{_k(_c(r, 'アポ確認の文面', '持ち物リスト'))}をください。"


# --- kana and foreign names in katakana ------------------------------------------------------
def _kana_t(r: R) -> str:
    name = _c(r, "オカモト ユミ", "すずき はるか", "ヤマダ タロウ", "にしむら けい")
    return f"お客様名：{_n(name)} 様\n{_k(_c(r, '問い合わせの要点', '返金の案内文'))}をまとめて。"


def _kata_foreign_h(r: R) -> str:
    name = _c(
        r,
        "ジェシカ・ミラー",
        "アレックス ターナー",
        "ファン・ティ・ラン",
        "ルーカス＝シュミット",
        "ハンナ・ベッカー",
    )
    return f"{_c(r, '来月', '来週')}、{_n(name)}さんが{_c(r, '着任', '来日')}します。{_k(_c(r, '歓迎メール', '送迎の手配'))}をお願いします。"


# --- benign look-alikes ----------------------------------------------------------------------
def _b_firms_t(r: R) -> str:
    return _c(
        r,
        f"{_k('キヤノン')}と{_k('ニコン')}のミラーレス戦略を比較して",
        f"Compare {_k('Zendesk')} and {_k('Freshdesk')} for a support team of 20.",
        f"{_k('三菱商事')}と{_k('伊藤忠商事')}の中期経営計画の違いは？",
        f"Write a blurb for the {_k('Sony WH-1000XM5')}.",
        f"{_k('鹿島建設')}と{_k('大林組')}の受注高の推移を表にして",
    )


def _b_firms_h(r: R) -> str:
    return _c(
        r,
        f"{_k('パナソニック')}と{_k('シャープ')}の家電事業の違いを説明して",
        f"Compare {_k('Snowflake')} and {_k('Databricks')} pricing.",
        f"{_k('野村證券')}と{_k('大和証券')}の手数料を比較して",
        f"Draft a review of the {_k('Kindle Paperwhite')}.",
        f"{_k('竹中工務店')}の沿革を簡単に",
    )


def _b_places_public_t(r: R) -> str:
    return _c(
        r,
        f"{_k('金沢')}と{_k('富山')}、出張で泊まるならどっち？",
        f"Summarise {_k('Adam Smith')}'s ideas on the division of labour.",
        f"{_k('夏目漱石')}の『こころ』のあらすじを教えて",
        f"Plan a day in {_k('Lisbon')} and {_k('Porto')}.",
        f"{_k('坂本龍馬')}が果たした役割を説明して",
    )


def _b_places_public_h(r: R) -> str:
    return _c(
        r,
        f"{_k('横浜')}と{_k('川崎')}のオフィス賃料を比べて",
        f"Explain {_k('John Maynard Keynes')}'s view on unemployment.",
        f"{_k('福沢諭吉')}の『学問のすゝめ』の要点は？",
        f"Plan a weekend in {_k('Seville')} and {_k('Granada')}.",
        f"{_k('伊能忠敬')}の測量について説明して",
    )


def _b_terms_t(r: R) -> str:
    return _c(
        r,
        f"Explain {_k('Crohn')}'s disease vs ulcerative colitis for a general leaflet.",
        f"{_k('ダウン症候群')}について一般向けに説明して",
        f"How does {_k('Kruskal')}'s algorithm work?",
        f"{_k('ラプラス変換')}を新人向けに解説して",
        f"Explain a {_k('Pareto chart')} to a new analyst.",
    )


def _b_terms_h(r: R) -> str:
    return _c(
        r,
        f"Explain {_k('Alzheimer')}'s disease in plain words.",
        f"{_k('バセドウ病')}と橋本病の違いを一般論で",
        f"How does the {_k('Newton')}-Raphson method converge?",
        f"{_k('ガウス分布')}をわかりやすく説明して",
        f"Explain the {_k('Doppler')} effect for a school poster.",
    )


def _b_tables_t(r: R) -> str:
    return _c(
        r,
        f"| 項目 | {_k('ステータス')} | 担当部署 |\n|---|---|---|\n| 請求書発行 | {_k('完了')} | 経理 |\n| 契約更新 | {_k('保留')} | 法務 |\n保留を抽出して",
        f'{{"status": "{_k("approved")}", "region": "{_k("Kanto")}", "role": "{_k("Manager")}"}}\nexplain the fields',
        f"task,{_k('status')},priority\nmigrate,{_k('done')},high\ndocs,{_k('pending')},low\ncount pending",
    )


def _b_tables_h(r: R) -> str:
    return _c(
        r,
        f"| Task | {_k('Owner team')} | State |\n|---|---|---|\n| Backup | {_k('Infra')} | {_k('Ready')} |\n| Audit | {_k('Legal')} | {_k('Waiting')} |\nlist waiting tasks",
        f'{{"branch": "{_k("Tohoku")}", "grade": "{_k("Senior")}", "result": "{_k("passed")}"}}\nexplain each field',
        f"区分,{_k('状態')},件数\n新規,{_k('対応中')},4\n更新,{_k('完了')},9\n円グラフにして",
    )


TEMPLATES: dict[str, list[Template]] = {
    "labels": [("label-ja-t", "T", _label_ja_t, False), ("label-en-t", "T", _label_en_t, False),
               ("label-ja-h", "H", _label_ja_h, False), ("label-en-h", "H", _label_en_h, False)],
    "tables": [("csv-ja-t", "T", _csv_ja_t, False), ("table-md-t", "T", _table_md_t, False),
               ("csv-en-h", "H", _csv_en_h, False), ("table-tsv-h", "H", _table_tsv_h, False)],
    "structured": [("json-t", "T", _json_t, False), ("yaml-h", "H", _yaml_h, False)],
    "mail": [("mail-en-t", "T", _mail_en_t, False), ("mail-ja-h", "H", _mail_ja_h, False)],
    "romaji": [("romaji-t", "T", _romaji_t, False), ("romaji-h", "H", _romaji_h, False)],
    "honorific": [("hon-t", "T", _hon_t, False), ("hon-h", "H", _hon_h, False)],
    "kana": [("kana-t", "T", _kana_t, False), ("kata-foreign-h", "H", _kata_foreign_h, False)],
    "benign": [
        ("b-firms-t", "T", _b_firms_t, True), ("b-places-public-t", "T", _b_places_public_t, True),
        ("b-terms-t", "T", _b_terms_t, True), ("b-tables-t", "T", _b_tables_t, True),
        ("b-firms-h", "H", _b_firms_h, True), ("b-places-public-h", "H", _b_places_public_h, True),
        ("b-terms-h", "H", _b_terms_h, True), ("b-tables-h", "H", _b_tables_h, True),
    ],
}  # fmt: skip


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r25n")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
