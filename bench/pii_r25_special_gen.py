"""Seeded generator for issue 16, twenty-fifth round, special care written indirectly: criminal
records in English chat (``got a DUI``, ``did time``, ``on probation``, ``has a record``),
clinical shorthand and procedures (``post-op``, ``on dialysis``, ``T2D``, 人工透析を受けている,
ペースメーカーを入れている), medicines that imply a condition, orientation told by a couple
or a coming-out, religious practice (prayer times, fasting, halal / kosher), welfare and
pregnancy, mental health in casual words, crime victims and origin — about the writer or
someone else, in Japanese and English — and benign look-alikes that must pass unchanged (a
topic asked in general, policies and benefits FAQs, news about public figures, products).

Written before any of this round's fixes: the templates, each with its own pools, were dealt
``A`` (tuned on) and ``B`` (held out) before the first run; only A's failures were read.

    .venv/bin/python bench/pii_r25_special_gen.py --run [--seed 2525] [--per-template 6]
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
    name="pii_r25_special_gen",
    halves=("A", "B"),
    held_out="B",
    default_out=ROOT / "bench" / "results" / "pii_r25_special_gen.json",
)
TYPES = {"SC": "SPECIAL_CARE", "SO": "SOGI"}
SEED = 2525
PER_TEMPLATE = 6
R = random.Random


# The markup of bench/pii_hand_sets.py, under this module's short names.
_s = marker("SC")
_o = marker("SO")
_k = kept
_c = pick


# --- criminal records in English ---------------------------------------------------------------
def _en_crime_a(r: R) -> str:
    who = _c(r, "I", "My son", "My cousin", "The new driver", "Our contractor")
    core = _c(
        r, "a DUI", "a DWI", "a shoplifting conviction", "an assault charge", "a drug conviction"
    )
    when = _c(r, "last year", "in 2019", "back in college", "a while ago")
    ask = _c(
        r,
        "will it show up on the background check",
        "should I mention it in the interview",
        "can you help with the application form",
    )
    return f"{who} got {_s(core)} {when}, {_k(ask)}?"


def _en_crime_b(r: R) -> str:
    who = _c(r, "My uncle", "I", "My neighbour's son", "The applicant")
    core = _c(r, "did time", "served two years", "was locked up", "spent time in prison")
    ask = _c(
        r,
        "draft a cover letter that is honest",
        "what jobs can he apply for",
        "how do I explain the gap in the CV",
    )
    return f"{who} {_s(core)} for {_c(r, 'theft', 'fraud', 'a bar fight')} — {_k(ask)}?"


def _en_status_a(r: R) -> str:
    who = _c(r, "I'm", "My brother is", "Our new hire is", "he's")
    core = _c(r, "on probation", "on parole", "out on bail", "wearing an ankle monitor")
    ask = _c(
        r,
        "can I still travel to Osaka for work",
        "does HR need to know",
        "how do I ask for Tuesdays off",
    )
    return f"{who} {_s(core)} until next spring, {_k(ask)}?"


def _en_status_b(r: R) -> str:
    who = _c(r, "She", "My husband", "Our warehouse lead", "I")
    core = _c(
        r,
        "has a record",
        "has a criminal record",
        "has a prior conviction",
        "has a felony on his record",
    )
    ask = _c(
        r,
        "write a reference letter",
        "what should the offer letter say",
        "help me prepare for the interview",
    )
    return f"{who} {_s(core)}, {_k(ask)}."


# --- clinical shorthand, procedures, medicines ---------------------------------------------------
def _en_clin_a(r: R) -> str:
    who = _c(r, "I'm", "My dad is", "My wife is", "Our team lead is")
    lead, core = r.choice(
        [
            ("on ", "dialysis"),
            ("", "post-op"),
            ("recovering from a ", "hip replacement"),
            ("on ", "chemo"),
            ("waiting for a ", "kidney transplant"),
        ]
    )
    ask = _c(
        r,
        "please move the offsite to a ground-floor venue",
        "can you reschedule the Friday review",
        "suggest a lighter travel plan",
    )
    return f"{who} {lead}{_s(core)} this month, {_k(ask)}."


def _en_clin_b(r: R) -> str:
    core = _c(r, "T2D", "COPD", "a stoma", "a pacemaker", "CKD stage 3", "afib")
    lead = _c(r, "I have", "My mum has", "fyi I've got", "Our client's contact has")
    ask = _c(
        r,
        "please suggest a lunch menu",
        "plan the site visit with breaks",
        "what should the travel insurance cover",
    )
    return f"{lead} {_s(core)}, so {_k(ask)}."


def _en_meds_a(r: R) -> str:
    who = _c(r, "I'm on", "I take", "My father just started", "She's on")
    core = _c(r, "metformin", "Ozempic", "insulin", "Xanax", "Zoloft", "methotrexate", "Truvada")
    ask = _c(
        r,
        "what should I pack for the Singapore trip",
        "can you move my 9am meetings",
        "recommend restaurants near the hotel",
    )
    return f"{who} {_s(core)} now — {_k(ask)}?"


def _en_meds_b(r: R) -> str:
    core = _c(
        r, "Adderall", "Lexapro", "Suboxone", "Eliquis", "levothyroxine", "an EpiPen and Humira"
    )
    who = _c(r, "I need to take", "My son takes", "I've been prescribed")
    ask = _c(
        r,
        "at noon, please block 12:00-12:15 in my calendar",
        "daily, is it okay to keep it in the office fridge",
        "so please keep the lunch meeting short",
    )
    return f"{who} {_s(core)} {_k(ask)}"


# --- orientation and gender identity -------------------------------------------------------------
def _en_so_a(r: R) -> str:
    lead = _c(r, "I'm a guy and", "As a man,", "fwiw I'm male —")
    core = _c(r, "my husband", "my boyfriend")
    ask = _c(
        r,
        "want to book a double room in Kyoto",
        "need the spouse form for the visa",
        "are going to the company picnic",
    )
    return f"{lead} {_o(core)} and I {_k(ask)}."


def _en_so_b(r: R) -> str:
    who = _c(r, "I", "My sister", "My coworker", "Our intern")
    core = _c(r, "gay", "lesbian", "bi", "trans", "nonbinary")
    ask = _c(
        r,
        "how do I support them",
        "what should I say in the team channel",
        "how do I update my pronouns in Slack",
    )
    return f"{who} came out as {_o(core)} last week, {_k(ask)}?"


# --- religious practice ---------------------------------------------------------------------------
def _en_rel_a(r: R) -> str:
    core = _c(r, "Friday prayers", "Jummah", "Maghrib prayer", "Ramadan", "Yom Kippur")
    ask = _c(
        r,
        "can we move the 1pm review",
        "please don't book me for the client dinner",
        "block my calendar for an hour",
    )
    who = _c(r, "I go to", "I observe", "I'll be at")
    return f"{who} {_s(core)}, {_k(ask)}?"


def _en_rel_b(r: R) -> str:
    core = _c(r, "halal", "kosher", "halal-only", "strictly kosher")
    who = _c(r, "I eat only", "My manager keeps", "Two of our guests keep", "I keep")
    ask = _c(r, "find a caterer near Shinagawa", "plan the welcome dinner", "pick a bento supplier")
    return f"{who} {_s(core)} for religious reasons — {_k(ask)}."


# --- pregnancy, welfare, mental health in English -------------------------------------------------
def _en_life_a(r: R) -> str:
    core = _c(r, "pregnant", "expecting", "20 weeks pregnant", "on welfare", "on food stamps")
    who = _c(r, "I'm", "My wife is", "My team member is")
    ask = _c(
        r, "how do I ask for lighter duties", "write an email to HR", "budget for the school trip"
    )
    return f"{who} {_s(core)} right now, {_k(ask)}?"


def _en_mind_b(r: R) -> str:
    core = _c(r, "my depression", "my anxiety", "my OCD", "my PTSD", "my eating disorder")
    lead = _c(r, "honestly", "ugh", "tbh", "so")
    ask = _c(
        r,
        "help me write a sick-day message",
        "can you summarise this thread for me",
        "draft a note asking to work from home",
    )
    return f"{lead} {_s(core)} is bad this week, {_k(ask)}"


# --- Japanese: records, clinical, medicines ---------------------------------------------------------
def _ja_crime_a(r: R) -> str:
    who = _c(r, "兄", "私", "叔父", "新人のバイトの子")
    core = _c(r, "執行猶予中", "保護観察中", "仮釈放中", "前科持ち")
    ask = _c(r, "海外出張に行けるか", "面接で伝えるべきか", "シフトをどう組むか")
    return f"{who}は{_s(core)}なんですが、{_k(ask)}教えてください"


def _ja_crime_b(r: R) -> str:
    who = _c(r, "父", "私", "いとこ", "取引先の担当者")
    core = _c(r, "刑務所に入っていた", "服役", "少年院", "逮捕歴")
    tail = {
        "刑務所に入っていた": "ことがあります",
        "服役": "していた過去があります",
        "少年院": "にいたことがあります",
        "逮捕歴": "があります",
    }[core]
    ask = _c(r, "履歴書の書き方", "採用面接での伝え方", "契約を続けるべきか")
    return f"{who}は昔{_s(core)}{tail}。{_k(ask)}を相談させてください"


def _ja_clin_a(r: R) -> str:
    who = _c(r, "父が", "私は", "妻が", "部下が")
    core = _c(r, "人工透析", "ペースメーカー", "人工関節", "ストーマ", "在宅酸素")
    verb = {
        "人工透析": "を受けている",
        "ペースメーカー": "を入れている",
        "人工関節": "を入れている",
        "ストーマ": "を付けている",
        "在宅酸素": "を使っている",
    }[core]
    ask = _c(r, "出張の移動手段", "勤務シフトの組み方", "社員旅行の行程")
    return f"{who}{_s(core)}{verb}ので、{_k(ask)}を考えてください"


def _ja_clin_b(r: R) -> str:
    who = _c(r, "母", "私", "夫", "祖父")
    core = _c(r, "抗がん剤", "放射線治療", "インスリン注射", "胃ろう", "人工肛門")
    ask = _c(r, "来月の在宅勤務申請", "介護休業の日数", "通院日の休暇申請")
    return f"{who}が{_s(core)}を始めたので、{_k(ask)}について教えて"


def _ja_meds_a(r: R) -> str:
    core = _c(r, "デパス", "リーマス", "メトホルミン", "ワーファリン", "レクサプロ", "ソラナックス")
    who = _c(r, "毎日", "母が", "私は", "同僚が")
    ask = _c(r, "車での移動", "飲み会の参加", "早朝のシフト")
    return f"{who}{_s(core)}を飲んでいるので、{_k(ask)}は避けたいです"


# --- Japanese: orientation, religion, life, mind, victims -------------------------------------------
def _ja_so_a(r: R) -> str:
    core = _c(r, "同性のパートナー", "同性の恋人", "同性パートナー")
    ask = _c(r, "家族手当の申請", "社宅の入居手続き", "慶弔休暇の取り方")
    return f"{_o(core)}と暮らしています。{_k(ask)}はどうすればいいですか"


def _ja_so_b(r: R) -> str:
    who = _c(r, "後輩", "部下", "友人", "同僚")
    core = _c(r, "ゲイ", "レズビアン", "バイセクシャル", "トランスジェンダー")
    ask = _c(r, "どう接すればいいか", "チームにどう伝えるか", "相談窓口の案内")
    return f"{who}から{_o(core)}だとカミングアウトされました。{_k(ask)}アドバイスください"


def _ja_rel_a(r: R) -> str:
    who = _c(r, "私は", "部下が", "新しく来た研修生が")
    core = _c(r, "ムスリム", "イスラム教徒", "クリスチャン", "エホバの証人", "天理教の信者")
    ask = _c(r, "礼拝できる部屋", "食事会の店選び", "日曜のシフト")
    return f"{who}{_s(core)}なので、{_k(ask)}に配慮をお願いします"


def _ja_rel_b(r: R) -> str:
    core = _c(r, "ラマダン", "断食月", "1日5回の礼拝", "日曜礼拝", "ミサ")
    who = _c(r, "今月は", "毎週", "来週から")
    ask = _c(r, "昼の会食", "研修日程", "朝会の時間")
    return f"{who}{_s(core)}があるので、{_k(ask)}を変えてもらえますか"


def _ja_life_a(r: R) -> str:
    core = _c(r, "生活保護", "障害年金", "障害者手帳", "妊娠6ヶ月", "つわり")
    verb = {
        "生活保護": "を受けている",
        "障害年金": "をもらっている",
        "障害者手帳": "を持っている",
        "妊娠6ヶ月": "なの",
        "つわり": "がひどいの",
    }[core]
    ask = _c(r, "副業の申告", "重い荷物の運搬", "時差出勤の申請")
    return f"実は{_s(core)}{verb}で、{_k(ask)}について相談したいです"


def _ja_mind_b(r: R) -> str:
    core = _c(r, "メンタルやられて", "心療内科", "メンクリ", "カウンセリング", "うつっぽくて")
    tail = {
        "メンタルやられて": "て",
        "心療内科": "に通ってて",
        "メンクリ": "通いしてて",
        "カウンセリング": "に通ってて",
        "うつっぽくて": "",
    }[core]
    ask = _c(r, "在宅勤務を増やしたい", "残業を減らしたい", "有給をまとめて取りたい")
    return f"最近{_s(core)}{tail}、{_k(ask)}って上司にどう言えばいい？"


def _ja_victim_a(r: R) -> str:
    core = _c(r, "ストーカー被害", "DV被害", "性被害", "痴漢被害")
    who = _c(r, "去年", "以前", "学生時代に")
    ask = _c(
        r,
        "社内名簿から住所を外してほしい",
        "電話の取り次ぎに注意してほしい",
        "飲み会の席順に配慮してほしい",
    )
    return f"{who}{_s(core)}にあったので、{_k(ask)}です"


def _ja_origin_b(r: R) -> str:
    core = _c(r, "在日コリアン", "アイヌ", "被差別部落の出身", "日系ブラジル人")
    who = _c(r, "私は", "祖母が", "同僚が")
    ask = _c(r, "帰化申請の書類", "法事のための休暇", "社内研修での自己紹介")
    return f"{who}{_s(core)}で、{_k(ask)}について相談があります"


# --- benign look-alikes -----------------------------------------------------------------------------
def _b_topic_a(r: R) -> str:
    q = _c(
        r,
        "What is dialysis and how often is it done?",
        "Explain probation versus parole in plain English.",
        "What are typical DUI penalties in Japan?",
        "List common side effects of metformin for a training slide.",
        "When does Ramadan start next year?",
        "How does a pacemaker work?",
        "What does post-op care usually involve after appendix surgery?",
    )
    return _k(q)


def _b_topic_b(r: R) -> str:
    q = _c(
        r,
        "執行猶予とは何ですか",
        "人工透析の仕組みを説明して",
        "生活保護の申請の流れを一般論で教えて",
        "ペースメーカーの電池寿命は何年くらい？",
        "ハラールとコーシャの違いは？",
        "保護観察官の仕事内容を教えて",
        "うつ病の初期症状を一般論で教えてください",
    )
    return _k(q)


def _b_policy_a(r: R) -> str:
    q = _c(
        r,
        "福利厚生FAQ「妊娠・出産に関する休暇は何日ですか」の回答案を作って",
        "Rewrite the benefits FAQ answer on parental leave for pregnant employees.",
        "Draft a policy on religious accommodation covering prayer rooms and fasting.",
        "就業規則の障害者雇用の章を要約して",
        "労働組合との団体交渉の議事録テンプレートを作って",
    )
    return _k(q)


def _b_news_b(r: R) -> str:
    q = _c(
        r,
        "Summarise the news that the Prime Minister had knee surgery.",
        "大谷翔平が右肘の手術を受けたニュースを要約して",
        "Translate the Ozempic pen packaging label for the pharmacy shelf.",
        "リポビタンDの成分表示を英訳してください",
        "Compare the Dexcom G7 and FreeStyle Libre 3 for our device catalogue.",
    )
    return _k(q)


TEMPLATES: dict[str, list[Template]] = {
    "crime": [
        ("en-crime-a", "A", _en_crime_a, False), ("en-status-a", "A", _en_status_a, False),
        ("ja-crime-a", "A", _ja_crime_a, False),
        ("en-crime-b", "B", _en_crime_b, False), ("en-status-b", "B", _en_status_b, False),
        ("ja-crime-b", "B", _ja_crime_b, False),
    ],
    "health": [
        ("en-clin-a", "A", _en_clin_a, False), ("en-meds-a", "A", _en_meds_a, False),
        ("ja-clin-a", "A", _ja_clin_a, False), ("ja-meds-a", "A", _ja_meds_a, False),
        ("en-clin-b", "B", _en_clin_b, False), ("en-meds-b", "B", _en_meds_b, False),
        ("ja-clin-b", "B", _ja_clin_b, False),
    ],
    "identity": [
        ("en-so-a", "A", _en_so_a, False), ("en-rel-a", "A", _en_rel_a, False),
        ("ja-so-a", "A", _ja_so_a, False), ("ja-rel-a", "A", _ja_rel_a, False),
        ("en-so-b", "B", _en_so_b, False), ("en-rel-b", "B", _en_rel_b, False),
        ("ja-so-b", "B", _ja_so_b, False), ("ja-rel-b", "B", _ja_rel_b, False),
    ],
    "life": [
        ("en-life-a", "A", _en_life_a, False), ("ja-life-a", "A", _ja_life_a, False),
        ("ja-victim-a", "A", _ja_victim_a, False),
        ("en-mind-b", "B", _en_mind_b, False), ("ja-mind-b", "B", _ja_mind_b, False),
        ("ja-origin-b", "B", _ja_origin_b, False),
    ],
    "benign": [
        ("b-topic-a", "A", _b_topic_a, True), ("b-policy-a", "A", _b_policy_a, True),
        ("b-topic-b", "B", _b_topic_b, True), ("b-news-b", "B", _b_news_b, True),
    ],
}  # fmt: skip


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r25s")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
