"""Seeded generator for issue 16, twenty-fourth round, special care about others: special-care
data said casually in chat, about oneself or a third person, and the chat names next to it
(lower-case first names before a condition or status, relayed disclosures 〜って/〜らしい/
"told me", one-kanji surnames after a role 部下の堤が, party support and membership, religion
practised, criminal records, disability, same-sex partners, origin as 社会的身分, health in
HR messages), and benign look-alikes that must pass unchanged (a topic asked in general,
HR procedures, public figures' public roles, religious holidays as dates).

Written before any of this round's fixes: the templates, each with its own pools, were dealt
``T`` (tuned on) and ``H`` (held out) before the first run; only T's failures were read.

    .venv/bin/python bench/pii_r24_special_gen.py --run [--seed 2426] [--per-template 5]
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
    name="pii_r24_special_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r24_special_gen.json",
)
TYPES = {"N": "PERSON", "SC": "SPECIAL_CARE", "SO": "SOGI"}
SEED = 2426
PER_TEMPLATE = 5
R = random.Random


# The markup of bench/pii_hand_sets.py, under this module's short names.
_n = marker("N")
_s = marker("SC")
_o = marker("SO")
_k = kept
_c = pick


# --- chat names before a condition or status ---------------------------------------------------
def _en_chat_t(r: R) -> str:
    name = _c(r, "mike", "sarah", "tomasz", "jamal", "katie", "nick")
    cond = _c(r, "in rehab", "pregnant", "on probation", "bipolar", "in chemo", "on dialysis")
    ask = _c(
        r, "can someone cover friday", "should we tell the client", "what do we do about the rota"
    )
    return f"{_c(r, '', 'fyi ', 'btw ', 'so ')}{_n(name)} is {_s(cond)}, {_k(ask)}?"


def _en_chat_h(r: R) -> str:
    name = _c(r, "alex", "joanna", "pete", "rosa", "ollie", "dmitri")
    cond = _c(
        r,
        "a criminal record",
        "schizophrenia",
        "a DUI conviction",
        "type 1 diabetes",
        "HIV",
        "crohn's",
    )
    ask = _c(r, "does it matter for the job", "how do we handle the offsite", "who should know")
    return f"{_c(r, 'heads up ', 'ngl ', '')}{_n(name)} has {_s(cond)}, {_k(ask)}?"


def _en_relay_t(r: R) -> str:
    name = _c(r, "hannah", "priya", "lucy", "grace", "mei")
    verb = _c(r, "told me", "just told me", "mentioned")
    cond = _c(r, "pregnant", "seeing a psychiatrist", "an alcoholic", "epileptic")
    return f"{_n(name)} {verb} she's {_s(cond)}, {_k(_c(r, 'how do I support her', 'what should I say', 'should I tell our manager'))}?"


def _en_relay_h(r: R) -> str:
    name = _c(r, "josh", "omar", "liam", "raj", "ben")
    cond = _c(
        r, "in therapy for PTSD", "HIV positive", "on antidepressants", "recovering from a stroke"
    )
    return f"apparently {_n(name)} is {_s(cond)} — {_k(_c(r, 'how do we adjust his workload', 'is it ok to ask him about it'))}?"


def _ja_relay_t(r: R) -> str:
    name = _c(r, "みさき", "ゆうた", "さくら", "けんじ", "あやの", "しゅん")
    cond = _c(r, "妊娠", "うつ", "適応障害", "不妊治療", "パニック障害")
    tail = _c(r, "したって", "なんだって", "らしい", "って本人から聞いた")
    return f"{_n(name)}が{_s(cond)}{tail}。{_k(_c(r, 'どうフォローする', 'シフトどうしよう', '飲み会誘っていい'))}？"


def _ja_relay_h(r: R) -> str:
    name = _c(r, "なつみ", "だいすけ", "ひかる", "りな", "こうた")
    cond = _c(r, "前科", "逮捕歴", "摂食障害", "てんかん", "発達障害")
    return f"{_n(name)}って{_s(cond)}あるらしいよ。{_k(_c(r, '本人に聞いていい', '上司に言うべき', '気にしなくていい'))}？"


# --- a role and a short surname ----------------------------------------------------------------
def _ja_role_t(r: R) -> str:
    role = _c(r, "部下の", "経理の", "営業の", "総務の", "新人の")
    name = _c(r, "堤", "林", "森", "辻", "原", "関")
    cond = _c(r, "うつ病", "乳がん", "妊娠", "糖尿病", "障害者手帳")
    return (
        f"{role}{_n(name)}が{_s(cond)}のことで相談に来ました。{_k('対応の手順')}を教えてください。"
    )


def _ja_role_h(r: R) -> str:
    role = _c(r, "係長の", "派遣の", "倉庫の", "受付の", "品証の")
    name = _c(r, "東", "岡", "西", "堀", "谷")
    sfx = _c(r, "さん", "くん", "")
    cond = _c(r, "双極性障害", "逮捕歴", "心臓病", "ADHD", "透析")
    return f"{role}{_n(name)}{sfx}、{_s(cond)}があるって聞いた。{_k('配置の相談')}をしたい"


def _en_role_t(r: R) -> str:
    role = _c(r, "my report", "our accountant", "the new intern", "my manager")
    name = _c(r, "Tsutsumi", "Hayashi", "Lin", "Okafor", "Novak")
    cond = _c(r, "depression", "cancer", "a heart condition", "epilepsy")
    return f"{role} {_n(name)} asked for leave for {_s(cond)}, {_k('what forms does HR need')}?"


# --- politics, religion, crime, origin -----------------------------------------------------------
def _pol_en_t(r: R) -> str:
    who = _c(r, "gareth", "sandra", "olga", "kenji")
    what = _c(
        r,
        "a member of the Labour Party",
        "a card-carrying Republican",
        "a Communist Party member",
        "a Green Party member",
    )
    return f"{_n(who)} is {_s(what)}, so {_k('keep politics out of the offsite')}"


def _pol_ja_t(r: R) -> str:
    who = _c(r, "長尾", "西田", "みのる", "大川")
    what = _c(r, "共産党員", "自民党の党員", "公明党支持", "れいわ支持")
    return f"{_n(who)}さん{_s(what)}らしいよ。{_k('選挙の話はやめとこ')}"


def _pol_self_h(r: R) -> str:
    return _c(
        r,
        f"支持政党は{_s(_c(r, '日本維新の会', '立憲民主党', '社民党'))}です。{_k('職場で言うべきじゃない')}？",
        f"I vote {_s(_c(r, 'Green', 'Lib Dem', 'Reform'))} every election, {_k('is it ok to put that on LinkedIn')}?",
        f"I'm {_s(_c(r, 'a registered Democrat', 'a Labour Party member', 'a paid-up SNP member'))} and my boss keeps teasing me, {_k('how do I respond')}",
    )


def _rel_t(r: R) -> str:
    name = _c(r, "田島", "アフマド", "ひろみ", "fatima", "greta")
    what = _c(r, "創価学会の信者", "ムスリム", "エホバの証人", "カトリック")
    return f"{_n(name)}さんは{_s(what)}なので、{_k('懇親会の段取り')}に配慮してください"


def _rel_h(r: R) -> str:
    name = _c(r, "Yusuf", "Bridget", "raj", "Miriam", "aisha")
    what = _c(
        r,
        "a practicing Muslim",
        "a devout Catholic",
        "Sikh",
        "Orthodox Jewish",
        "a Jehovah's Witness",
    )
    return f"{_n(name)} is {_s(what)}, {_k(_c(r, 'plan the lunch menu', 'avoid Friday evening calls', 'check the dress code'))} accordingly"


def _crime_t(r: R) -> str:
    name = _c(r, "Ryan Pike", "Dale", "jess", "Marcus", "Hector")
    what = _c(
        r,
        "a 2016 DUI conviction",
        "a shoplifting conviction",
        "an arrest for possession",
        "a burglary conviction",
    )
    return f"new hire {_n(name)} disclosed {_s(what)}, {_k('do we need to tell the insurer')}?"


def _crime_h(r: R) -> str:
    name = _c(r, "松井", "こうじ", "ひでき", "岡本")
    what = _c(r, "執行猶予中", "前科あり", "逮捕歴あり", "保護観察中")
    return f"{_n(name)}さん、{_s(what)}だそうです。{_k('採用の判断')}はどうすれば？"


def _origin_t(r: R) -> str:
    name = _c(r, "金本", "朴", "李", "まりあ")
    what = _c(r, "在日韓国人", "在日", "朝鮮籍", "アイヌ")
    return f"{_n(name)}さんは{_s(what)}なので、{_k('入社書類の書き方')}を確認したい"


def _origin_h(r: R) -> str:
    return _c(
        r,
        f"彼の実家が{_s('被差別部落出身')}だって親が言って、{_k('結婚を反対')}されてる",
        f"{_n(_c(r, 'Jin', 'Soo-ah'))} is {_s('Zainichi Korean')}, {_k('what visa papers does HR need')}?",
        f"{_n(_c(r, 'Lucia', 'Mateo'))} is {_s('undocumented')}, {_k('can we still pay him')}?",
    )


# --- disability, orientation, HR health ------------------------------------------------------------
def _dis_t(r: R) -> str:
    name = _c(r, "大野", "Gemma", "りょう", "terry")
    what = _c(r, "車椅子", "全盲", "聴覚障害", "知的障害")
    return f"{_n(name)}さんは{_s(what)}なので、{_k('会場の手配')}をお願いします"


def _so_t(r: R) -> str:
    return _c(
        r,
        f"my wife and I ({_o(_c(r, 'we are both women', 'both women'))}) want to {_k('add her to my plan')}",
        f"{_n(_c(r, 'tom', 'anil', 'chris'))} and his {_o('husband')} are adopting, {_k('how much leave can he take')}?",
        f"{_o('同性のパートナー')}を{_k('扶養に入れたい')}です",
    )


def _so_h(r: R) -> str:
    return _c(
        r,
        f"{_n(_c(r, 'けい', 'しん'))}くん、{_o('彼氏')}と同棲してるって！{_k('引っ越し祝い')}何あげよう",
        f"{_n(_c(r, 'emma', 'lucy'))}'s {_o('girlfriend')} is picking her up, {_k('can she sign the form')}?",
        f"妻と私は{_o('女性同士')}の夫婦です。{_k('慶弔休暇')}は使えますか",
    )


def _hr_t(r: R) -> str:
    name = _c(r, "Wendy Clarke", "raj", "Bill Turner", "sophie")
    what = _c(
        r, "post-op hip replacement", "a severe peanut allergy", "HbA1c of 9.1%", "long COVID"
    )
    return f"heads up, {_n(name)} has {_s(what)}, {_k('please adjust the rota')}"


def _hr_h(r: R) -> str:
    name = _c(r, "小池", "村上", "佐伯", "内田", "高野")
    what = _c(r, "糖尿病の疑い", "HbA1c 8.4%", "そばアレルギー", "血圧180", "脂肪肝")
    return f"{_n(name)}さん、健診で{_s(what)}でした。{_k('産業医面談')}を設定してください"


# --- benign look-alikes ----------------------------------------------------------------------------
def _b_topics_t(r: R) -> str:
    return _c(
        r,
        "what is bipolar disorder?",
        "共産党の政策について説明して",
        "妊娠したら産休はいつから？",
        "How does a DUI affect car insurance?",
        "What are the five pillars of Islam?",
        "HbA1cの基準値は？",
        "障害者手帳の等級はどう決まる？",
        "Explain the Labour Party's history.",
    )


def _b_topics_h(r: R) -> str:
    return _c(
        r,
        "双極性障害とはどんな病気ですか",
        "What does the Green Party stand for?",
        "執行猶予と実刑の違いは？",
        "how long is recovery after a hip replacement?",
        "創価学会と公明党の関係を説明して",
        "What is a felony conviction?",
        "同性パートナーシップ制度とは？",
        "被差別部落問題の歴史を教えて",
    )


def _b_work_t(r: R) -> str:
    return _c(
        r,
        "来年のラマダンはいつから？会議日程を決めたい",
        "Add Diwali and Eid to the 2027 holiday calendar.",
        "draft a policy on reasonable adjustments for disabled staff",
        "休職の手続きに診断書は必要ですか",
        "Summarise the Labour Party leader's speech yesterday.",
        "自民党総裁選の仕組みを教えて",
    )


def _b_work_h(r: R) -> str:
    return _c(
        r,
        "When is Yom Kippur this year?",
        "クリスマス休業のお知らせ文を作って",
        "write an HR guideline on religious dress at work",
        "前科がある人の採用で会社が注意すべき法律は？",
        "公明党の代表は誰ですか",
        "Who chairs the Republican National Committee?",
    )


TEMPLATES: dict[str, list[Template]] = {
    "chat": [
        ("en-chat-t", "T", _en_chat_t, False), ("en-relay-t", "T", _en_relay_t, False),
        ("ja-relay-t", "T", _ja_relay_t, False),
        ("en-chat-h", "H", _en_chat_h, False), ("en-relay-h", "H", _en_relay_h, False),
        ("ja-relay-h", "H", _ja_relay_h, False),
    ],
    "role": [
        ("ja-role-t", "T", _ja_role_t, False), ("en-role-t", "T", _en_role_t, False),
        ("ja-role-h", "H", _ja_role_h, False),
    ],
    "status": [
        ("pol-en-t", "T", _pol_en_t, False), ("pol-ja-t", "T", _pol_ja_t, False),
        ("rel-t", "T", _rel_t, False), ("crime-t", "T", _crime_t, False),
        ("origin-t", "T", _origin_t, False),
        ("pol-self-h", "H", _pol_self_h, False), ("rel-h", "H", _rel_h, False),
        ("crime-h", "H", _crime_h, False), ("origin-h", "H", _origin_h, False),
    ],
    "body": [
        ("dis-t", "T", _dis_t, False), ("so-t", "T", _so_t, False), ("hr-t", "T", _hr_t, False),
        ("so-h", "H", _so_h, False), ("hr-h", "H", _hr_h, False),
    ],
    "benign": [
        ("b-topics-t", "T", _b_topics_t, True), ("b-work-t", "T", _b_work_t, True),
        ("b-topics-h", "H", _b_topics_h, True), ("b-work-h", "H", _b_work_h, True),
    ],
}  # fmt: skip


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r24s")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
