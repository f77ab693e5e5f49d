"""Seeded generator for issue 16, twenty-sixth round: private people's names as enterprise
traffic writes them — e-mail signatures, 差出人/担当/CC lines, chat handles and log lines,
meeting minutes' 出席者 lists, HR notes, CSV/JSON/YAML records, names with 様/さん/くん/ちゃん/
氏/先生/部長/課長, a full-width space between surname and given name, hiragana or katakana
given names, surnames that are ordinary words or places (森, 林, 千葉, 岡山, 小泉), romaji in
either order and case, foreign names joined with ・ or ＝, furigana in parentheses, names in
tool results, function-call arguments and the message ``name`` field — and the look-alikes
that must reach the model unchanged: public figures in general-knowledge questions, a
surname discussed as a word, places as topics, firms holding a surname, products, brands,
stations and streets, titles of works, fictional characters.

Written before any of this round's fixes: the templates, each with its own pools, were dealt
``T`` (tuned on) and ``H`` (held out) before the first run; only T's failures were read.

    .venv/bin/python bench/pii_r26_names.py --run [--seed 2626] [--per-template 6]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pii_cases import Case
from pii_hand_sets import HandSet, kept, marked_case, marker, pick
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r26_names",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r26_names.json",
)
TYPES = {"N": "PERSON"}
SEED = 2626
PER_TEMPLATE = 6
R = random.Random
Raw = dict[str, Any]


_n = marker("N")
_k = kept
_c = pick


# --- pools (T and H disjoint) ------------------------------------------------------------------
_SUR_T = ("鶴見", "笹岡", "五十嵐", "宮脇", "久我", "日野", "芦田", "江口", "倉持", "塚越")
_SUR_H = ("志村", "板倉", "葛西", "溝口", "八木", "城戸", "茂木", "樋口", "辻本", "安藤")
_GIV_T = ("健太郎", "真理子", "拓也", "美穂", "将大", "由紀", "翼", "彩花")
_GIV_H = ("聡子", "康介", "千尋", "大輝", "恵美", "隆之", "瑠衣", "俊")
_HIRA_T = ("ひなた", "さくら", "あおい", "ゆい", "はると", "みお")
_KATA_H = ("エミ", "ケン", "ユリア", "ジュン", "マリ", "レイ")
_WORD_SUR_T = ("森", "林", "千葉", "岡山", "小泉", "長野", "石川", "福島")
_WORD_SUR_H = ("原", "松本", "熊谷", "富山", "宮城", "秋田", "岩手", "平和")
_EN_T = ("Nadine Holt", "Corbin Walsh", "Ayesha Malik", "Lukas Brandt", "Freya Lund", "Omar Saleh")
_EN_H = ("Greta Voss", "Idris Bello", "Maeve Doyle", "Rafael Cortez", "Hana Novak", "Tyler Boone")
_ROM_T = (("Kazuma", "Hoshino"), ("Airi", "Nakajima"), ("Shota", "Ueno"), ("Rina", "Sakurai"))
_ROM_H = (("Daiki", "Morimoto"), ("Yuna", "Kitagawa"), ("Kenta", "Ishida"), ("Mao", "Fujita"))
_DOT_T = ("ソフィア・ロッシ", "ミハイル・イワノフ", "グエン・ティ・ハー", "ルイス・フェルナンデス")
_EQ_H = (
    "マリー＝クレール・デュボワ",
    "ジャン＝リュック・ベルナール",
    "アンヌ＝ソフィー・ルブラン",
    "ポール＝アンリ・モロー",
)


def _full(r: R, sur: tuple[str, ...], giv: tuple[str, ...], sep: str = " ") -> str:
    return f"{r.choice(sur)}{sep}{r.choice(giv)}"


# --- names --------------------------------------------------------------------------------------
def _sig_ja_t(r: R) -> Raw:
    name = _full(r, _SUR_T, _GIV_T, _c(r, " ", "　", ""))
    dept = _c(r, "営業企画部", "経理部 支払課", "情報システム部", "人事部 採用G")
    return {
        "t": f"{_c(r, '以上、よろしくお願いいたします。', 'ご確認ください。')}\n{_c(r, '――――――', '--', '＊＊＊＊＊')}\n{dept}\n{_n(name)}\n内線 {r.randint(2000, 4999)}\n上のメールを{_k(_c(r, 'もっと丁寧に', '短く', '英語に'))}してください。"
    }


def _sig_en_h(r: R) -> Raw:
    name = r.choice(_EN_H)
    return {
        "t": f"{_c(r, 'Best regards,', 'Thanks,', 'Kind regards')}\n{_n(name)}\n{_c(r, 'Account Director', 'Senior Analyst | Finance', 'HR Business Partner')}\n\nPlease {_k(_c(r, 'shorten this email', 'make this reply friendlier', 'translate this into Japanese'))}."
    }


def _header_ja_t(r: R) -> Raw:
    a = _full(r, _SUR_T, _GIV_T)
    b, c = r.sample(_SUR_T, 2)
    lab = _c(r, "差出人：", "送信者: ", "担当：", "From: ")
    return {
        "t": f"{lab}{_n(a)}\nCC：{_n(b)}、{_n(c)}\n件名：{_c(r, '見積の件', '納期について', '来期予算')}\n本文を{_k(_c(r, '要約', '敬語チェック', '箇条書きに'))}して。"
    }


def _header_en_h(r: R) -> Raw:
    a, b = r.sample(_EN_H, 2)
    return {
        "t": f"From: {_n(a)}\nCc: {_n(b)}\nSubject: {_c(r, 'vendor review', 'Q3 targets', 'offsite')}\n{_k(_c(r, 'Summarise the thread', 'Draft a reply', 'List the action items'))}."
    }


def _chat_ja_t(r: R) -> Raw:
    a = _full(r, _SUR_T, _GIV_T)
    b = r.choice(_SUR_T)
    return {
        "t": f"[{r.randint(9, 18)}:{r.randint(10, 59)}] {_n(a)}: {_c(r, '資料まだですか', '先方から電話ありました')}\n[{r.randint(9, 18)}:{r.randint(10, 59)}] {_n(b)}: {_c(r, '今日中に出します', '折り返します')}\nこのやりとりを{_k(_c(r, '報告文', '引き継ぎメモ', '議事メモ'))}にして。"
    }


def _chat_en_h(r: R) -> Raw:
    a, b = r.sample(_EN_H, 2)
    return {
        "t": f"<{_n(a)}> {_c(r, 'is the build green?', 'who has the slides?')}\n<{_n(b)}> {_c(r, 'not yet', 'I do, sending now')}\n{_k(_c(r, 'Write a status note', 'Summarise this chat'))} from the above."
    }


def _minutes_ja_t(r: R) -> Raw:
    names = r.sample(_SUR_T, 3)
    sep = _c(r, "、", "／", "・")
    return {
        "t": f"{_c(r, '出席者：', '【出席者】', '参加者: ')}{sep.join(_n(n) for n in names)}{_c(r, '（敬称略）', '', '(順不同)')}\n議題：{_c(r, '研修日程', '予算配分')}\n{_k(_c(r, '決定事項を抜き出して', '議事録にまとめて', 'ToDoを作って'))}。"
    }


def _minutes_en_h(r: R) -> Raw:
    names = r.sample(_EN_H, 3)
    return {
        "t": f"{_c(r, 'Attendees: ', 'Present: ', 'Participants - ')}{'; '.join(_n(n) for n in names)}\nAgenda: {_c(r, 'hiring plan', 'budget')}\n{_k(_c(r, 'Format these minutes', 'Extract the decisions'))}."
    }


def _hr_ja_t(r: R) -> Raw:
    s = r.choice(_SUR_T)
    return {
        "t": f"{_c(r, '面談メモ：', '1on1記録：', '評価メモ：')}{_n(s)}{_c(r, 'さん', '')}は{_c(r, '最近残業が多く異動を希望', '報告が遅れがち', '昇格に意欲的')}。{_k(_c(r, 'フィードバック文を考えて', '前向きな表現にして', '次の目標を提案して'))}。"
    }


def _hr_en_h(r: R) -> Raw:
    a = r.choice(_EN_H)
    return {
        "t": f"{_c(r, 'Performance note:', 'HR note:', 'Exit interview:')} {_n(a)} {_c(r, 'missed two deadlines', 'asked for a transfer', 'exceeded targets')}. {_k(_c(r, 'Reword this constructively', 'Summarise for HR'))}."
    }


def _csv_ja_t(r: R) -> Raw:
    names = [_full(r, _SUR_T, _GIV_T, _c(r, " ", "　")) for _ in range(3)]
    rows = "\n".join(
        f"{_n(n)},{_c(r, '営業', '経理', '開発')},{r.randint(2100, 2999)}"
        for n in dict.fromkeys(names)
    )
    return {"t": f"氏名,部署,内線\n{rows}\n{_k(_c(r, '部署ごとに並べ替えて', '人数を数えて'))}。"}


def _json_en_h(r: R) -> Raw:
    a, b = r.sample(_EN_H, 2)
    key = _c(r, "assignee", "owner", "name")
    return {
        "t": f'{{"{key}": "{_n(a)}", "reviewer": "{_n(b)}", "status": "open"}}\n{_k(_c(r, "Explain this record", "Write a reminder"))}.'
    }


def _honor_ja_t(r: R) -> Raw:
    s = r.choice(_WORD_SUR_T)
    h = _c(r, "様", "課長", "さん", "社長", "先生")
    return {
        "t": f"{_n(s)}{h}{_c(r, 'に', 'への', 'あての')}{_k(_c(r, 'お礼のメール', '年始の挨拶', 'お詫びの文'))}を書いて。"
    }


def _honor_ja_h(r: R) -> Raw:
    s = r.choice(_WORD_SUR_H)
    h = _c(r, "部長", "さん", "氏", "くん", "主任")
    return {
        "t": f"{_c(r, '明日、', '来週、', '')}{_n(s)}{h}{_c(r, 'が来社されるので', 'と打合せなので', 'から依頼があったので')}{_k(_c(r, '案内文', '確認メール', '準備リスト'))}を作って。"
    }


def _kana_t(r: R) -> Raw:
    name = f"{r.choice(_SUR_T)}{r.choice(_HIRA_T)}"
    return {
        "t": f"{_c(r, 'はじめまして、', 'お世話になっております。', '')}{_n(name)}{_c(r, 'と申します。', 'です。')}この{_k(_c(r, '自己紹介文', '挨拶文'))}を添削して。"
    }


def _kana_h(r: R) -> Raw:
    name = f"{r.choice(_SUR_H)}{r.choice(_KATA_H)}"
    return {
        "t": f"{_c(r, '新人の', '取引先の', '担当の')}{_n(name)}{_c(r, 'さん', '様', '')}{_c(r, 'に', 'への')}{_k(_c(r, '歓迎メッセージ', '返信文', '案内'))}を考えて。"
    }


def _romaji_t(r: R) -> Raw:
    g, s = r.choice(_ROM_T)
    name = _c(r, f"{s.upper()} {g}", f"{g} {s.upper()}", f"{s}, {g}")
    return {
        "t": f"{_c(r, 'Guest: ', 'Applicant: ', 'Please add ')}{_n(name)}{_c(r, ' to the list.', '.', ' (interview Thu).')} {_k(_c(r, 'Write the invitation', 'Draft a confirmation email'))}."
    }


def _romaji_h(r: R) -> Raw:
    g, s = r.choice(_ROM_H)
    name = _c(r, f"{g.lower()} {s.lower()}", f"{s.lower()} {g.lower()}", f"{s.upper()} {g.upper()}")
    return {
        "t": f"{_c(r, 'ローマ字表記は', '名前の英字表記：', '署名は')} {_n(name)} です。{_k(_c(r, 'フライト予約のメール', '名刺の英語面'))}を作って。"
    }


def _dot_t(r: R) -> Raw:
    name = r.choice(_DOT_T)
    return {
        "t": f"{_c(r, '来日する', '取引先の', 'インターンの')}{_n(name)}{_c(r, 'さん', '氏', '')}{_c(r, 'の', 'への')}{_k(_c(r, '空港送迎の案内', '会食のお礼', '評価シート'))}を作って。"
    }


def _eq_h(r: R) -> Raw:
    name = r.choice(_EQ_H)
    return {
        "t": f"{_c(r, '担当：', 'ゲスト：', '')}{_n(name)}{_c(r, '様', 'さん', '')}\n{_k(_c(r, '日程調整のメール', '歓迎会の案内'))}を書いて。"
    }


def _furigana_t(r: R) -> Raw:
    s, g = r.choice(_SUR_T), r.choice(_GIV_T)
    return {
        "t": f"{_c(r, '申込者：', '氏名：', '')}{_n(s + ' ' + g)}（{_n(_c(r, 'やまと いつき', 'かわの みのり', 'さとう ゆう'))}）{_c(r, '様', '')}\n{_k(_c(r, '申込確認メール', '受付票'))}を作って。"
    }


def _furigana_h(r: R) -> Raw:
    s, g = r.choice(_SUR_H), r.choice(_GIV_H)
    return {
        "t": f"{_n(s)}（{_c(r, 'しむら', 'いたくら', 'かさい')}）{_n(g)}{_c(r, 'さん', '様')}の{_k(_c(r, '名札', '宛名ラベル'))}を作って。"
    }


def _tool_result_t(r: R) -> Raw:
    a = _full(r, _SUR_T, _GIV_T)
    b = r.choice(_EN_T)
    return {
        "t": _k(_c(r, "検索結果を要約して", "担当者を教えて")),
        "result": f'{{"results": [{{"name": "{_n(a)}", "dept": "法務"}}, {{"owner": "{_n(b)}"}}]}}',
    }


def _tool_args_h(r: R) -> Raw:
    a = _full(r, _SUR_H, _GIV_H)
    b = r.choice(_EN_H)
    return {
        "t": _k(_c(r, "Send the invite", "会議招待を送って")),
        "args": f'{{"attendees": ["{_n(a)}", "{_n(b)}"], "room": "3F"}}',
    }


def _name_field_t(r: R) -> Raw:
    g, s = r.choice(_ROM_T)
    handle = _c(r, f"{s.lower()}_{g.lower()}", f"{g}{s}", f"{g.lower()}.{s.lower()}")
    return {
        "t": f"{_k(_c(r, 'この文を要約して', 'Summarise this'))}: 来週の出張は中止です。",
        "name": _n(handle),
    }


def _name_field_h(r: R) -> Raw:
    a = r.choice(_EN_H).split()
    handle = _c(r, f"{a[0]}_{a[1]}", f"{a[0].lower()}-{a[1].lower()}", f"{a[0]}{a[1]}")
    return {
        "t": f"{_k(_c(r, 'Draft a reply declining the offer', '返信を下書きして'))}.",
        "name": _n(handle),
    }


# --- look-alikes ------------------------------------------------------------------------------
def _b_figures_ja_t(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"{_k('徳川家康')}が江戸に幕府を開いた理由は？",
            f"{_k('夏目漱石')}の『三四郎』のあらすじを教えて",
            f"{_k('大谷翔平')}の今季の成績をまとめて",
            f"{_k('野口英世')}の黄熱病研究について",
            f"{_k('紫式部')}と{_k('清少納言')}の違いは？",
            f"{_k('宮崎駿')}監督の作品を年代順に",
        )
    }


def _b_figures_en_h(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"What did {_k('Isaac Newton')} discover about gravity?",
            f"Summarise {_k('Virginia Woolf')}'s Mrs Dalloway.",
            f"How many goals did {_k('Lionel Messi')} score in 2012?",
            f"Explain {_k('Charles Darwin')}'s theory of evolution simply.",
            f"Why was {_k('Winston Churchill')} important in WWII?",
            f"Compare {_k('Picasso')} and {_k('Matisse')}.",
        )
    }


def _b_surname_t(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"「{_k('田中')}」という苗字の由来を教えて",
            f"{_k('佐藤')}と{_k('鈴木')}、日本に多いのはどっち？",
            f"{_k('森')}という名字の読み方は何通りある？",
            f"{_k('林')}さんという名字は中国にも多いの？",
        )
    }


def _b_surname_h(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"「{_k('渡辺')}」の辺の字の種類を教えて",
            f"{_k('小鳥遊')}という珍しい名字の由来は？",
            f"Why is {_k('Smith')} such a common surname?",
            f"{_k('高橋')}の「はしごだか」は何という字？",
        )
    }


def _b_place_t(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"{_k('千葉')}の観光地でおすすめは？",
            f"{_k('岡山')}の名物料理を教えて",
            f"{_k('長野')}でスキーするならどこ？",
            f"{_k('石川')}県の金沢で食べるべきもの",
            f"{_k('福島')}の桃の旬はいつ？",
        )
    }


def _b_place_h(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"{_k('熊谷')}はなぜ暑いの？",
            f"{_k('富山')}の薬売りの歴史を教えて",
            f"{_k('秋田')}の冬の観光プランを立てて",
            f"{_k('宮城')}の牛タンの有名店は？",
            f"{_k('松本')}城の見どころは？",
        )
    }


def _b_firm_t(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"{_k('トヨタ')}と{_k('本田技研工業')}の決算を比べて",
            f"{_k('松下電器')}がパナソニックに社名変更した理由は？",
            f"{_k('ヤマハ')}のピアノと{_k('カワイ')}の違い",
            f"{_k('鈴木自動車')}の歴史を教えて",
            f"{_k('Honda')} Civic vs {_k('Toyota')} Corolla reliability?",
        )
    }


def _b_firm_h(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"{_k('豊田自動織機')}の事業内容は？",
            f"{_k('島津製作所')}の主力製品を教えて",
            f"{_k('武田薬品')}の売上構成は？",
            f"{_k('Suzuki')} Jimny or {_k('Mitsubishi')} Delica for camping?",
            f"{_k('伊藤園')}のお茶の種類を教えて",
        )
    }


def _b_thing_t(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"{_k('御茶ノ水駅')}から{_k('神保町')}まで歩ける？",
            f"{_k('Baker Street')} to {_k('Oxford Circus')} by tube?",
            f"{_k('表参道')}でランチできる店は？",
            f"映画『{_k('千と千尋の神隠し')}』のテーマは？",
            f"ドラマ「{_k('半沢直樹')}」の名台詞を教えて",
        )
    }


def _b_thing_h(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"{_k('高田馬場駅')}から{_k('早稲田')}まで何分？",
            f"Is {_k('Abbey Road')} worth visiting?",
            f"{_k('御堂筋')}のイチョウ並木はいつ見頃？",
            f"『{_k('となりのトトロ')}』の舞台はどこ？",
            f"小説『{_k('博士の愛した数式')}』の感想文の書き方",
        )
    }


def _b_fiction_t(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"{_k('磯野カツオ')}は何年生？",
            f"{_k('野比のび太')}の誕生日はいつ？",
            f"Is {_k('Sherlock Holmes')} a real person?",
            f"{_k('竈門炭治郎')}の技の名前を教えて",
        )
    }


def _b_fiction_h(r: R) -> Raw:
    return {
        "t": _c(
            r,
            f"{_k('江戸川コナン')}の正体は？",
            f"{_k('モンキー・D・ルフィ')}の懸賞金の推移",
            f"Who is {_k('Hermione Granger')}?",
            f"{_k('碇シンジ')}の性格を分析して",
        )
    }


Template = tuple[str, str, Callable[[R], Raw], bool]
TEMPLATES: dict[str, list[Template]] = {
    "signature": [("sig-ja-t", "T", _sig_ja_t, False), ("sig-en-h", "H", _sig_en_h, False)],
    "header": [("header-ja-t", "T", _header_ja_t, False), ("header-en-h", "H", _header_en_h, False)],
    "chat": [("chat-ja-t", "T", _chat_ja_t, False), ("chat-en-h", "H", _chat_en_h, False)],
    "minutes": [("minutes-ja-t", "T", _minutes_ja_t, False), ("minutes-en-h", "H", _minutes_en_h, False)],
    "hr": [("hr-ja-t", "T", _hr_ja_t, False), ("hr-en-h", "H", _hr_en_h, False)],
    "records": [("csv-ja-t", "T", _csv_ja_t, False), ("json-en-h", "H", _json_en_h, False)],
    "honorific": [("honor-ja-t", "T", _honor_ja_t, False), ("honor-ja-h", "H", _honor_ja_h, False)],
    "kana": [("kana-t", "T", _kana_t, False), ("kana-h", "H", _kana_h, False)],
    "romaji": [("romaji-t", "T", _romaji_t, False), ("romaji-h", "H", _romaji_h, False)],
    "foreign": [("dot-t", "T", _dot_t, False), ("eq-h", "H", _eq_h, False)],
    "furigana": [("furigana-t", "T", _furigana_t, False), ("furigana-h", "H", _furigana_h, False)],
    "tools": [("tool-result-t", "T", _tool_result_t, False), ("tool-args-h", "H", _tool_args_h, False)],
    "name_field": [("name-field-t", "T", _name_field_t, False), ("name-field-h", "H", _name_field_h, False)],
    "benign": [
        ("b-figures-ja-t", "T", _b_figures_ja_t, True), ("b-surname-t", "T", _b_surname_t, True),
        ("b-place-t", "T", _b_place_t, True), ("b-firm-t", "T", _b_firm_t, True),
        ("b-thing-t", "T", _b_thing_t, True), ("b-fiction-t", "T", _b_fiction_t, True),
        ("b-figures-en-h", "H", _b_figures_en_h, True), ("b-surname-h", "H", _b_surname_h, True),
        ("b-place-h", "H", _b_place_h, True), ("b-firm-h", "H", _b_firm_h, True),
        ("b-thing-h", "H", _b_thing_h, True), ("b-fiction-h", "H", _b_fiction_h, True),
    ],
}  # fmt: skip


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn in order from one ``Random(seed)``;
    a case's id is ``r26n-template-index``."""
    rng = random.Random(seed)
    out: list[Case] = []
    for family, family_templates in TEMPLATES.items():
        for template, half, make, benign in family_templates:
            for index in range(per_template):
                raw = {"id": f"{template}-{index}", **make(rng), "benign": benign}
                out.append(marked_case(raw, family, half, types=TYPES, prefix="r26n"))
    return out


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
