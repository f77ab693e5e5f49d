"""Seeded generator for issue 16, twenty-third round: names whose given name is on no list,
special care said casually or to "you", public figures and form labels that are no one, and a
nationality under a form label (JA and EN, with look-alikes).

Families: (1) a Latin-script name from outside the usual given-name lists (West African,
South Asian, Eastern European, Pacific) made a person by its frame: a signature, "my colleague
X", "Dear X", "X said"; (2) a bare Hangul name; (3) a place-like surname or a given name alone
before 様; (4) a social handle given with its app and no word "account"; (5) special care
said to "you" or in chat; (6) a criminal record in English ("got a DUI", "did time for");
(7) a political opinion ("votes AfD", 支持政党：…); (8) a condition after a 持病 / Medical
history label (the label kept); (9) nationality under a form label beside a name: with the
policy default it reaches the model, the name does not. Look-alikes that must pass unchanged:
a disease in a general question, public figures (actors, authors, historical and fictional
people), line-start labels, teams in sign-offs, parties and offences asked about.

Templates (with their own pools, chosen by hand, not from the recognizers' lists) were dealt
``T`` (tuned on) and ``H`` (held out) before any fix of the round.

    .venv/bin/python bench/pii_r23_gen.py --run [--seed 2323] [--per-template 5]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import sys
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, kept, marked, pick, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r23_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r23_gen.json",
)
TYPES = {"N": "PERSON", "ID": "MESSAGING_ID", "SC": "SPECIAL_CARE"}
SEED = 2323
PER_TEMPLATE = 5
R = random.Random


# The markup of bench/pii_hand_sets.py, under this module's short names.
_m = marked
_k = kept
_c = pick


# --- (1) Latin names off the lists ------------------------------------------------------------
LAT_T = (
    "Chidi Okonkwo",
    "Folasade Adebayo",
    "Harpreet Sandhu",
    "Venkat Raman",
    "Yaroslav Melnyk",
    "Teuila Faleolo",
    "Ngozi Eze",
    "Miroslav Dvorak",
    "Kavya Menon",
)
LAT_H = (
    "Abimbola Ogunleye",
    "Sanjeev Pillai",
    "Oksana Lytvyn",
    "Losaline Taufa",
    "Kwesi Boateng",
    "Radek Zielinski",
    "Anjali Deshpande",
    "Emeka Nwachukwu",
    "Grzegorz Nowicki",
)


def _lat_t1(r: R) -> str:
    return f"{_c(r, 'Thanks for the update.', 'See the attached quote.', 'Let me know by Friday.')}\n\n{_c(r, 'Best regards,', 'Kind regards,', 'Cheers,', 'Thanks,')}\n{_m('N', r.choice(LAT_T))}\n{_c(r, 'Procurement', 'Sales Ops', 'Lagos office', '')}"


def _lat_t2(r: R) -> str:
    return f"My {_c(r, 'colleague', 'manager', 'teammate', 'coworker')} {_m('N', r.choice(LAT_T))} {_c(r, 'keeps missing deadlines', 'asked me to cover her shift', 'wants the slides tonight')}; {_k(_c(r, 'how do I reply politely', 'draft a short email'))}?"


def _lat_t3(r: R) -> str:
    return f"Dear {_m('N', r.choice(LAT_T))},\n{_c(r, 'Thank you for your application.', 'Your parcel has shipped.', 'We received your complaint.')}\n{_k(_c(r, 'Translate this into Japanese', 'Make this friendlier'))}."


def _lat_t4(r: R) -> str:
    return f"{_m('N', r.choice(LAT_T))} {_c(r, 'said', 'told me', 'mentioned')} {_c(r, 'the server was down all night', 'the budget is frozen', 'the shipment is late')}. {_k(_c(r, 'Is that plausible', 'How do I check'))}?"


def _lat_h1(r: R) -> str:
    return f"{_c(r, 'Please review before Monday.', 'Attached is the revised plan.', 'Happy to discuss.')}\n-- \n{_m('N', r.choice(LAT_H))} | {_c(r, 'Finance', 'Warsaw office', 'Support')}"


def _lat_h2(r: R) -> str:
    return f"同僚の{_m('N', r.choice(LAT_H))}さんに{_k(_c(r, 'お礼のメール', '謝罪文', '引き継ぎの連絡'))}を英語で書いてください。"


def _lat_h3(r: R) -> str:
    return f"Hi {_m('N', r.choice(LAT_H))}, {_c(r, 'following up on our call', 'the meeting moved to 3pm', 'your refund is approved')}. {_k(_c(r, 'Make it sound professional', 'Shorten this'))}."


def _lat_h4(r: R) -> str:
    return f"According to {_m('N', r.choice(LAT_H))}, {_c(r, 'the contract was signed', 'the office moves in April', 'the audit found nothing')}; {_k(_c(r, 'summarise this for my boss', 'what should I ask next'))}."


def _lat_bt(r: R) -> str:
    return _c(
        r,
        "Best regards,\nThe Lagos Tech Summit team",
        "Cheers,\nCustomer Success Team",
        "Ubuntu Server said the disk was full. How do I clean it?",
        "My colleague recommended Kilimanjaro Coffee. Is it good?",
        "Dear Valued Customer,\nYour order has shipped.",
    )


def _lat_bh(r: R) -> str:
    return _c(
        r,
        "Regards,\nAccounts Payable, Nairobi Branch",
        "Dear Hiring Manager,\nI am applying for the analyst role.",
        "Windows Update said a restart is needed. Why?",
        "Thanks,\nThe Warsaw Events Team",
        "Hi Team,\nthe build is green again.",
    )


# --- (2) bare Hangul names -------------------------------------------------------------------
KO_T = ("김서윤", "박준호", "이하린", "최민재", "정유진")
KO_H = ("한도윤", "송지아", "오태민", "배수아", "임재현")


def _ko_t1(r: R) -> str:
    return f"{_m('N', r.choice(KO_T))} {_c(r, '님께', '씨에게')} {_k(_c(r, '회의 일정을 알려 주세요', '자료를 보내 주세요'))}"


def _ko_t2(r: R) -> str:
    return f"이번 주 {_c(r, '당번은', '담당은')} {_m('N', r.choice(KO_T))}입니다. {_k(_c(r, '교대표를 만들어 줘', '공지문을 써 줘'))}"


def _ko_h1(r: R) -> str:
    return f"{_c(r, '작성자', '담당자', '보낸 사람')}: {_m('N', r.choice(KO_H))}\n내용: {_k(_c(r, '서버 점검 안내', '휴가 신청'))}"


def _ko_h2(r: R) -> str:
    return f"担当は{_m('N', r.choice(KO_H))}です。{_k(_c(r, '連絡先を聞いて', '議事録を送って'))}"


def _ko_bt(r: R) -> str:
    return _c(
        r,
        "김치찌개 레시피 알려줘",
        "서울역에서 부산까지 얼마나 걸려요?",
        "한국어로 '감사합니다'는 어떻게 발음해요?",
    )


def _ko_bh(r: R) -> str:
    return _c(
        r,
        "이순신 장군에 대해 설명해 주세요",
        "제주도 여행 코스 추천해 줘",
        "세종대왕은 무엇을 했나요?",
    )


# --- (3) 様 after a place-like surname or a given name alone --------------------------------
PLACE_SUR_T = ("福岡", "長野", "千葉", "新潟", "熊本")
PLACE_SUR_H = ("岡山", "秋田", "奈良", "宮崎", "福井")
GIVEN_T = ("美穂", "健太", "恵", "翔太", "陽菜")
GIVEN_H = ("彩花", "大輝", "真由", "拓海", "結衣")


def _sama_t1(r: R) -> str:
    return f"{_m('N', r.choice(PLACE_SUR_T) + ' ' + r.choice(GIVEN_T))}様\n{_c(r, 'この度はご注文ありがとうございます。', '先日はありがとうございました。')}{_k('丁寧な文面に直して')}"


def _sama_t2(r: R) -> str:
    return f"{_m('N', r.choice(GIVEN_T))}様、{_c(r, '明日の打ち合わせは10時からです。', 'ご依頼の件、対応いたしました。')}{_k('敬語を確認して')}"


def _sama_h1(r: R) -> str:
    return f"宛名：{_m('N', r.choice(PLACE_SUR_H) + ' ' + r.choice(GIVEN_H))}様\n{_k(_c(r, '請求書の送付状を作って', '封筒の書き方を教えて'))}"


def _sama_h2(r: R) -> str:
    return f"お客様の{_m('N', r.choice(GIVEN_H))}様から電話がありました。{_k('折り返しの文面を作って')}"


def _sama_bt(r: R) -> str:
    return _c(
        r,
        "福岡様式の書類の書き方を教えて",
        "お客様各位\n年末年始の営業のお知らせ",
        "長野県のおすすめの温泉は？",
    )


def _sama_bh(r: R) -> str:
    return _c(
        r,
        "神様にお願いするときの作法は？",
        "皆様、本日はお集まりいただきありがとうございます。",
        "岡山駅から倉敷までの行き方は？",
    )


# --- (4) handles without "account" ---------------------------------------------------------
HDL_T = ("mika.travels_92", "ghostfox_4471", "kenji.dances", "yuuri_0312")
HDL_H = ("darkpixel_77", "haru_natsu0909", "v_petrenko88", "lumi.bakes21")


def _hdl_t1(r: R) -> str:
    return f"DM me on {_c(r, 'insta', 'Instagram', 'TikTok')} @{_m('ID', r.choice(HDL_T))} {_k('for the photos')}"


def _hdl_t2(r: R) -> str:
    return f"{_c(r, '彼女', '兄', '後輩')}のインスタは @{_m('ID', r.choice(HDL_T))} だよ。{_k('フォローの仕方を教えて')}"


def _hdl_h1(r: R) -> str:
    return f"I think @{_m('ID', r.choice(HDL_H))} on {_c(r, 'X', 'Twitter', 'Threads')} is {_c(r, 'harassing my daughter', 'impersonating me')}. {_k('What can I do')}?"


def _hdl_h2(r: R) -> str:
    return f"ツイッターで@{_m('ID', r.choice(HDL_H))}って人に{_c(r, '絡まれてる', 'つきまとわれてる')}。{_k('どう対処すればいい')}？"


def _hdl_bt(r: R) -> str:
    return _c(
        r,
        "Is @OpenAI the official handle for the company?",
        "In Python, what does @staticmethod do?",
        "@here the build is green again",
    )


def _hdl_bh(r: R) -> str:
    return _c(
        r,
        "公式アカウント @NHK_PR の投稿を要約して",
        "Should I DM @AppleSupport about my battery?",
        "What does @Override mean in Java?",
    )


# --- (5) special care said to "you" or in chat ---------------------------------------------
def _you_t1(r: R) -> str:
    return f"{_c(r, 'You are', 'you are')} {_m('SC', _c(r, 'HIV positive', 'diabetic', 'epileptic'))}, so {_k(_c(r, 'avoid live vaccines', 'carry your card', 'plan your meals'))} — is that right for my patient letter?"


def _you_t2(r: R) -> str:
    return f"Since you have {_m('SC', _c(r, 'bipolar disorder', 'Crohn’s disease', 'schizophrenia'))}, {_k(_c(r, 'your manager must allow breaks', 'we can adjust your hours'))}. Polish this."


def _you_t3(r: R) -> str:
    return f"{_c(r, 'うちの課長', '隣の席の人', '兄')}、{_m('SC', _c(r, '統合失調症', '双極性障害', 'HIV陽性'))}なんだって。{_k('どう接したらいい')}？"


def _you_h1(r: R) -> str:
    return f"Write a kind message to my friend: you've got {_m('SC', _c(r, 'epilepsy', 'MS', 'lupus'))} and {_k('that does not change anything')}."


def _you_h2(r: R) -> str:
    return f"{_c(r, '堀先輩', '田中さん', '部長')}って{_m('SC', _c(r, 'HIV陽性', 'うつ病', '前科持ち'))}なの？{_k('みんなに言うべき')}？"


def _you_h3(r: R) -> str:
    return f"{_c(r, 'jess', 'my roommate', 'tom')} is on {_m('SC', _c(r, 'antiretrovirals', 'antipsychotics', 'methadone'))} btw, {_k('dont tell anyone')} lol"


def _you_bt(r: R) -> str:
    return _c(
        r,
        "What are the early symptoms of HIV?",
        "Are you positive the meeting is at 3?",
        "ADHDの診断基準を教えて",
        "You can't get HIV from a toilet seat, right?",
    )


def _you_bh(r: R) -> str:
    return _c(
        r,
        "HIV陽性の人が受けられる公的支援は？",
        "The test came back positive for the new build config, what now?",
        "When you have diabetes, what snacks are safe?",
        "Is epilepsy considered a disability under Japanese law?",
    )


# --- (6) criminal record in English --------------------------------------------------------
def _crim_t1(r: R) -> str:
    return f"My {_c(r, 'brother', 'driver', 'neighbour')} got a {_m('SC', _c(r, 'DUI', 'DWI'))} {_c(r, 'last year', 'in March', 'in 2019')}; {_k(_c(r, 'can he still get a visa to Japan', 'do we tell the insurer'))}?"


def _crim_t2(r: R) -> str:
    return f"He did time for {_m('SC', _c(r, 'burglary', 'fraud', 'robbery'))} {_c(r, 'in his twenties', 'years ago')}; {_k('should I mention it in the reference')}?"


def _crim_h1(r: R) -> str:
    return f"I {_c(r, 'had', 'got')} a {_m('SC', _c(r, 'DUI', 'DWI'))} {_c(r, 'two years ago', 'last spring')} and {_k('need to explain it in my job application')}."


def _crim_h2(r: R) -> str:
    return f"My {_c(r, 'dad', 'uncle')} served {_c(r, '5 years', 'eighteen months')} for {_m('SC', _c(r, 'fraud', 'assault', 'arson'))}; {_k('how do I explain that to my kids')}?"


def _crim_bt(r: R) -> str:
    return _c(
        r,
        "What is the penalty for a DUI in California?",
        "Explain the difference between burglary and robbery.",
    )


def _crim_bh(r: R) -> str:
    return _c(
        r,
        "How long does a fraud conviction stay on a record in the UK?",
        "The burglary rate in Tokyo fell last year; summarise the report.",
    )


# --- (7) political opinion -----------------------------------------------------------------
def _pol_t1(r: R) -> str:
    return f"My {_c(r, 'uncle', 'coworker', 'father-in-law')} {_c(r, 'votes', 'always votes', 'voted for')} {_m('SC', _c(r, 'AfD', 'Reform UK', 'the Greens'))} and {_k('keeps posting about it')}."


def _pol_t2(r: R) -> str:
    return f"アンケート回答\n氏名：{_m('N', _c(r, '西田 浩二', '松本 亮'))}\n{_k('支持政党')}：{_m('SC', _c(r, '立憲民主党', 'れいわ新選組', '国民民主党'))}"


def _pol_h1(r: R) -> str:
    return f"{_c(r, '部長', '父', '義母')}って{_m('SC', _c(r, '自民党', '共産党', '公明党'))}の{_c(r, '党員', '支持者')}なんだって。{_k('どう付き合えばいい')}？"


def _pol_h2(r: R) -> str:
    return f"{_k('Party affiliation')}: {_m('SC', _c(r, 'Green Party', 'Labour Party'))}\nEmployee: {_m('N', _c(r, 'Hana Ito', 'Dara Quinn'))}"


def _pol_bt(r: R) -> str:
    return _c(
        r,
        "AfDとはどんな政党ですか？",
        "支持政党を聞くことは採用面接で違法ですか？",
        "What does the Reform UK party stand for?",
    )


def _pol_bh(r: R) -> str:
    return _c(
        r,
        "自民党の総裁選の仕組みを教えて",
        "Who founded the Green Party in England?",
        "アンケート\n支持政党：なし\n回答日：12/1",
    )


# --- (8) a condition after its label -------------------------------------------------------
def _lab_t1(r: R) -> str:
    return f"{_k(_c(r, '持病', '既往症'))}：{_m('SC', _c(r, '高血圧', '喘息', '心筋梗塞'))}\n服薬：あり"


def _lab_t2(r: R) -> str:
    return f"{_k('Medical history')}: {_m('SC', _c(r, 'type 2 diabetes', 'asthma', 'epilepsy'))}\nAllergies: none"


def _lab_h1(r: R) -> str:
    return (
        f"{_k('病歴')}: {_m('SC', _c(r, 'パニック障害', '糖尿病', 'てんかん'))}\n連絡先: 内線3304"
    )


def _lab_h2(r: R) -> str:
    return f"{_k('Pre-existing condition')}: {_m('SC', _c(r, 'Crohn’s disease', 'hypertension'))}"


def _lab_bt(r: R) -> str:
    return _c(
        r,
        "持病がある人向けの保険の選び方は？",
        "Medical history: field is optional in the form. Why?",
    )


def _lab_bh(r: R) -> str:
    return _c(r, "既往症の欄には何を書けばいいですか？", "病歴: 空欄のままでも大丈夫？")


# --- (9) general questions, public figures, line labels (look-alikes only) -----------------
def _q_bt(r: R) -> str:
    return _c(
        r,
        "うつ病の初期症状は？",
        "統合失調症と双極性障害の違いを教えてください",
        "What are the first signs of type 1 diabetes in children?",
        "がんの5年生存率はどう計算するの？",
        "HIVはどうやって感染しますか",
    )


def _q_bh(r: R) -> str:
    return _c(
        r,
        "パニック障害に効く呼吸法ってある？",
        "How is Crohn's disease diagnosed?",
        "適応障害で休職する場合の手続きは？",
        "What is the difference between type 1 and type 2 diabetes?",
        "てんかんの発作が起きたときの対処法は？",
    )


def _pub_bt(r: R) -> str:
    return _c(
        r,
        "Tom Hanks movies from the 90s, ranked?",
        "Who wrote more novels, Conan Doyle or Agatha Christie?",
        "Denzel Washington films worth watching?",
        "Recommend paintings by Frida Kahlo for a report.",
        "織田信長が本能寺で死んだのは何年？",
    )


def _pub_bh(r: R) -> str:
    return _c(
        r,
        "Meryl Streep movies with singing in them?",
        "Which is older, Jules Verne or H. G. Wells?",
        "Leonardo DiCaprio films before Titanic?",
        "Songs by Ed Sheeran for a wedding?",
        "Explain Sherlock Holmes's method of deduction.",
    )


def _lbl_bt(r: R) -> str:
    return _c(
        r,
        "インシデント報告\n影響範囲：全社\n発生日時：12/3 10:00\n原因：設定ミス",
        "会議メモ\n決定事項：予算承認\n次回：来週火曜",
        "要件定義\n対象範囲：経理部\n優先度：高",
    )


def _lbl_bh(r: R) -> str:
    return _c(
        r,
        "障害票\n重要度：中\n影響度：限定的\n復旧見込：本日中",
        "見積条件\n納品場所：本社\n支払条件：月末締め翌月末払い",
        "作業報告\n作業区分：定期保守\n対象機器：全台",
    )


# --- (10) nationality under a form label ---------------------------------------------------
def _nat_t1(r: R) -> str:
    return f"国籍：{_k(_c(r, 'ベトナム', 'ネパール', 'フィリピン'))}\n氏名：{_m('N', _c(r, 'グエン・ヴァン・ナム', 'タパ・ラム', 'マリア・サントス'))}\n在留期限を確認して"


def _nat_t2(r: R) -> str:
    return f"Name: {_m('N', _c(r, 'Priya Sharma', 'Lukas Novak'))}\nNationality: {_k(_c(r, 'Indian', 'Czech', 'Brazilian'))}\nCheck the visa expiry."


def _nat_h1(r: R) -> str:
    return f"外国人社員リスト\n氏名：{_m('N', _c(r, '李 明', '王 芳'))}\n国籍：{_k(_c(r, '中国', '台湾'))}\n在留資格：技術・人文知識・国際業務"


def _nat_h2(r: R) -> str:
    return f'{{"name": "{_m("N", _c(r, "Ana Lima", "Tran Thi Mai"))}", "citizenship": "{_k(_c(r, "Brazil", "Vietnam"))}", "visa": "engineer"}}'


def _eth_t(r: R) -> str:
    return f"氏名：{_m('N', _c(r, '山本 花', '上野 誠'))}\n{_k('民族')}：{_m('SC', 'アイヌ')}"


def _eth_h(r: R) -> str:
    return f"{_k('Ethnicity')}: {_m('SC', _c(r, 'Roma', 'Kurdish'))}\nName: {_m('N', _c(r, 'Petra Horvath', 'Ayse Demir'))}"


TEMPLATES: dict[str, list[Template]] = {
    "latin_name": [
        ("lat-t1", "T", _lat_t1, False), ("lat-t2", "T", _lat_t2, False),
        ("lat-t3", "T", _lat_t3, False), ("lat-t4", "T", _lat_t4, False),
        ("lat-h1", "H", _lat_h1, False), ("lat-h2", "H", _lat_h2, False),
        ("lat-h3", "H", _lat_h3, False), ("lat-h4", "H", _lat_h4, False),
        ("lat-bt", "T", _lat_bt, True), ("lat-bh", "H", _lat_bh, True),
    ],
    "hangul_name": [
        ("ko-t1", "T", _ko_t1, False), ("ko-t2", "T", _ko_t2, False),
        ("ko-h1", "H", _ko_h1, False), ("ko-h2", "H", _ko_h2, False),
        ("ko-bt", "T", _ko_bt, True), ("ko-bh", "H", _ko_bh, True),
    ],
    "sama": [
        ("sama-t1", "T", _sama_t1, False), ("sama-t2", "T", _sama_t2, False),
        ("sama-h1", "H", _sama_h1, False), ("sama-h2", "H", _sama_h2, False),
        ("sama-bt", "T", _sama_bt, True), ("sama-bh", "H", _sama_bh, True),
    ],
    "handle": [
        ("hdl-t1", "T", _hdl_t1, False), ("hdl-t2", "T", _hdl_t2, False),
        ("hdl-h1", "H", _hdl_h1, False), ("hdl-h2", "H", _hdl_h2, False),
        ("hdl-bt", "T", _hdl_bt, True), ("hdl-bh", "H", _hdl_bh, True),
    ],
    "special_casual": [
        ("you-t1", "T", _you_t1, False), ("you-t2", "T", _you_t2, False),
        ("you-t3", "T", _you_t3, False), ("you-h1", "H", _you_h1, False),
        ("you-h2", "H", _you_h2, False), ("you-h3", "H", _you_h3, False),
        ("you-bt", "T", _you_bt, True), ("you-bh", "H", _you_bh, True),
    ],
    "criminal_en": [
        ("crim-t1", "T", _crim_t1, False), ("crim-t2", "T", _crim_t2, False),
        ("crim-h1", "H", _crim_h1, False), ("crim-h2", "H", _crim_h2, False),
        ("crim-bt", "T", _crim_bt, True), ("crim-bh", "H", _crim_bh, True),
    ],
    "political": [
        ("pol-t1", "T", _pol_t1, False), ("pol-t2", "T", _pol_t2, False),
        ("pol-h1", "H", _pol_h1, False), ("pol-h2", "H", _pol_h2, False),
        ("pol-bt", "T", _pol_bt, True), ("pol-bh", "H", _pol_bh, True),
    ],
    "condition_label": [
        ("lab-t1", "T", _lab_t1, False), ("lab-t2", "T", _lab_t2, False),
        ("lab-h1", "H", _lab_h1, False), ("lab-h2", "H", _lab_h2, False),
        ("lab-bt", "T", _lab_bt, True), ("lab-bh", "H", _lab_bh, True),
    ],
    "overmask": [
        ("q-bt", "T", _q_bt, True), ("q-bh", "H", _q_bh, True),
        ("pub-bt", "T", _pub_bt, True), ("pub-bh", "H", _pub_bh, True),
        ("lbl-bt", "T", _lbl_bt, True), ("lbl-bh", "H", _lbl_bh, True),
    ],
    "nationality": [
        ("nat-t1", "T", _nat_t1, False), ("nat-t2", "T", _nat_t2, False),
        ("nat-h1", "H", _nat_h1, False), ("nat-h2", "H", _nat_h2, False),
        ("eth-t", "T", _eth_t, False), ("eth-h", "H", _eth_h, False),
    ],
}  # fmt: skip


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r23")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
