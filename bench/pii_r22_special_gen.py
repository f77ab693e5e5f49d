"""Seeded generator of round 22's special-care families (issue 16): APPI 要配慮個人情報 about
a person — health conditions, treatment and medication that reveal one, disability, faith,
party support, criminal record and proceedings, being a crime victim, ethnicity and origin —
with the person's name where there is one, JA and EN, in many frames (casual chat, 敬語
e-mail, HR memo, form labels, JSON, CSV, referral letters, school notes, the user about
themselves). Every frame carries a request (``[[…]]``) that must survive the masking. Benign
twins use the same words as topics: conditions, faiths, parties, offences and peoples in
general questions, public and historical figures, place names that are also surnames, the NAS
in network plans, Washington DC, Jackson.

Templates were dealt into half ``T`` (tuned on) and ``H`` (held out) before any fix, and so
were the word pools: every category's terms and predicates alternate between the halves, so
an H case uses neither a frame nor a term a T case uses.

    .venv/bin/python bench/pii_r22_special_gen.py --run [--seed 2207] [--per-template 6]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, marker, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r22_special_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r22_special_gen.json",
)
TYPES = {"SC": "SPECIAL_CARE", "N": "PERSON"}
SEED = 2207
PER_TEMPLATE = 6


def _halves(items: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Even positions to T, odd to H."""
    return {"T": tuple(items[0::2]), "H": tuple(items[1::2])}


# A category: its terms (the sensitive core) and how a sentence says them ({t} is the term,
# already marked). JA predicates fit before らしい/とのこと/です; EN ones follow a subject.
JA_CATS: dict[str, tuple[list[str], list[str]]] = {
    "health": (
        [
            "うつ病",
            "統合失調症",
            "双極性障害",
            "適応障害",
            "パニック障害",
            "2型糖尿病",
            "乳がん",
            "肺がん",
            "白血病",
            "C型肝炎",
            "てんかん",
            "若年性認知症",
            "パーキンソン病",
            "クローン病",
            "潰瘍性大腸炎",
            "摂食障害",
            "強迫性障害",
            "PTSD",
            "慢性腎不全",
            "多発性硬化症",
            "アルコール依存症",
            "ギャンブル依存症",
            "不安障害",
            "心筋梗塞",
        ],
        [
            "{t}と診断された",
            "{t}で通院している",
            "{t}の治療中",
            "{t}で休職している",
            "{t}を患っている",
            "{t}の持病がある",
        ],
    ),
    "treatment": (
        [
            "インスリン注射",
            "人工透析",
            "抗がん剤治療",
            "放射線治療",
            "抗うつ薬",
            "抗精神病薬",
            "睡眠薬",
            "抗てんかん薬",
            "抗HIV薬",
            "精神科",
            "心療内科",
            "断酒会",
        ],
        ["{t}を続けている", "{t}に通っている", "{t}を始めた", "毎日{t}が欠かせない"],
    ),
    "disability": (
        [
            "聴覚障害",
            "視覚障害",
            "肢体不自由",
            "知的障害",
            "発達障害",
            "自閉スペクトラム症",
            "学習障害",
            "高次脳機能障害",
            "身体障害者手帳",
            "療育手帳",
            "精神障害者保健福祉手帳",
            "ダウン症",
        ],
        ["{t}がある", "{t}を持っている", "{t}があると話していた", "{t}の認定を受けた"],
    ),
    "faith": (
        [
            "創価学会",
            "エホバの証人",
            "幸福の科学",
            "天理教",
            "立正佼成会",
            "旧統一教会",
            "カトリック",
            "イスラム教",
            "モルモン教",
            "真如苑",
            "浄土真宗",
            "生長の家",
        ],
        ["{t}の信者", "{t}の会員", "{t}に入信した", "熱心な{t}の信徒"],
    ),
    "party": (
        [
            "日本共産党",
            "自民党",
            "公明党",
            "立憲民主党",
            "国民民主党",
            "日本維新の会",
            "れいわ新選組",
            "参政党",
            "社民党",
            "日本保守党",
        ],
        ["{t}の支持者", "{t}の党員", "{t}の後援会員", "{t}に毎回投票している"],
    ),
    "crime": (
        ["窃盗", "傷害", "詐欺", "飲酒運転", "大麻所持", "横領", "暴行", "覚醒剤取締法違反"],
        [
            "{t}で{{SC:逮捕}}された",
            "{t}で{{SC:前科}}がある",
            "{t}で{{SC:起訴}}された",
            "{t}で{{SC:執行猶予}}中",
            "{t}で{{SC:服役}}していた",
            "{t}で{{SC:書類送検}}された",
        ],
    ),
    "victim": (
        [
            "ストーカー被害",
            "DV被害",
            "性被害",
            "痴漢被害",
            "特殊詐欺の被害",
            "強盗被害",
            "性的暴行の被害",
            "リベンジポルノの被害",
        ],
        ["{t}に遭った", "{t}を受けた", "{t}を警察に相談している", "過去に{t}に遭っている"],
    ),
    "origin": (
        [
            "在日コリアン",
            "被差別部落",
            "アイヌ",
            "クルド人",
            "日系ブラジル人",
            "ロマ",
            "琉球民族",
            "在日中国人",
        ],
        ["{t}の出身", "{t}の家庭で育った", "{t}の血を引いている", "{t}のルーツがある"],
    ),
}
EN_CATS: dict[str, tuple[list[str], list[str]]] = {
    "health": (
        [
            "depression",
            "schizophrenia",
            "bipolar disorder",
            "PTSD",
            "OCD",
            "anorexia",
            "type 1 diabetes",
            "type 2 diabetes",
            "breast cancer",
            "prostate cancer",
            "leukemia",
            "hepatitis B",
            "epilepsy",
            "early-onset dementia",
            "Parkinson's disease",
            "multiple sclerosis",
            "Crohn's disease",
            "lupus",
            "kidney failure",
            "heart failure",
            "sickle cell disease",
            "Tourette syndrome",
            "alcoholism",
            "an opioid addiction",
        ],
        [
            "has {t}",
            "was diagnosed with {t}",
            "is being treated for {t}",
            "is on leave because of {t}",
            "is living with {t}",
            "was hospitalised for {t}",
        ],
    ),
    "treatment": (
        [
            "lithium",
            "insulin",
            "dialysis",
            "chemotherapy",
            "antidepressants",
            "methadone",
            "antiretrovirals",
            "antipsychotics",
            "radiation therapy",
            "Adderall",
            "rehab",
            "anti-seizure medication",
        ],
        [
            "is on {t}",
            "started {t} last month",
            "needs {t} every week",
            "has been on {t} for years",
        ],
    ),
    "disability": (
        [
            "deaf",
            "blind",
            "hard of hearing",
            "autistic",
            "dyslexic",
            "paraplegic",
            "visually impaired",
            "quadriplegic",
        ],
        [
            "is {t}",
            "has been {t} since birth",
            "became {t} after an accident",
            "told us they are {t}",
        ],
    ),
    "faith": (
        [
            "Muslim",
            "Catholic",
            "Hindu",
            "Sikh",
            "Mormon",
            "Buddhist",
            "Jehovah's Witness",
            "Scientologist",
            "Baptist",
            "Quaker",
            "Methodist",
            "Presbyterian",
        ],
        ["is a {t}", "is a devout {t}", "became a {t} last year", "is a practising {t}"],
    ),
    "party": (
        [
            "Green Party",
            "Labour Party",
            "Conservative Party",
            "Liberal Democrats",
            "Republican Party",
            "Democratic Party",
            "Reform Party",
            "Communist Party",
            "Libertarian Party",
            "Scottish National Party",
        ],
        [
            "is a member of the {t}",
            "votes for the {t}",
            "canvasses for the {t}",
            "donates to the {t}",
        ],
    ),
    "crime": (
        [
            "shoplifting",
            "drunk driving",
            "assault",
            "fraud",
            "burglary",
            "drug possession",
            "embezzlement",
            "arson",
        ],
        [
            "was {{SC:arrested}} for {t}",
            "was {{SC:convicted}} of {t}",
            "{{SC:served time}} for {t}",
            "is {{SC:on parole}} after {t}",
            "has a {{SC:prior conviction}} for {t}",
            "was {{SC:charged}} with {t}",
        ],
    ),
    "victim": (
        [
            "stalked",
            "sexually assaulted",
            "mugged",
            "trafficked",
            "blackmailed",
            "robbed at knifepoint",
            "abused by her ex",
            "scammed out of her savings",
        ],
        ["was {t}", "was {t} last year", "told me she was {t}", "has been {t}"],
    ),
    "origin": (
        [
            "Roma",
            "Kurdish",
            "Aboriginal",
            "Uyghur",
            "Romani",
            "Rohingya",
            "Native American",
            "an Irish Traveller",
        ],
        ["is {t}", "comes from a {t} family", "is {t} by descent", "told us he is {t}"],
    ),
}

JA_SURNAMES = _halves(
    [
        "佐藤",
        "千葉",
        "高橋",
        "森",
        "田中",
        "長野",
        "渡辺",
        "福岡",
        "伊藤",
        "石川",
        "山本",
        "岡山",
        "中村",
        "宮崎",
        "小林",
        "熊本",
        "加藤",
        "秋田",
        "吉田",
        "香川",
    ]
)
JA_GIVEN = _halves(
    ["花子", "翔太", "美咲", "大輔", "由紀", "健", "さくら", "蓮", "陽菜", "拓也", "ゆうき", "葵"]
)
EN_FIRST = _halves(
    [
        "Emma",
        "Liam",
        "Olivia",
        "Noah",
        "Priya",
        "Mateo",
        "Chloe",
        "Kwame",
        "Sofia",
        "Jonas",
        "Hannah",
        "Diego",
        "Grace",
        "Tariq",
        "Megan",
        "Owen",
    ]
)
EN_LAST = _halves(
    [
        "Walsh",
        "Jackson",
        "Nguyen",
        "Lincoln",
        "Okafor",
        "Madison",
        "Schmidt",
        "Hill",
        "Rossi",
        "Brooks",
        "Kowalski",
        "Washington",
        "Haddad",
        "Price",
        "Lindqvist",
        "Austin",
    ]
)
JA_REQS = _halves(
    [
        "引き継ぎの段取り",
        "シフトの調整",
        "面談の日程",
        "席の配置",
        "歓迎会の店選び",
        "出張の手配",
        "研修の日程",
        "お見舞いのメッセージ",
        "在宅勤務の申請",
        "休暇の手続き",
        "送別会の連絡",
        "業務の分担",
    ]
)
EN_REQS = _halves(
    [
        "reschedule the review",
        "draft a reply",
        "update the rota",
        "book a quiet room",
        "plan the handover",
        "write a get-well card",
        "adjust the seating plan",
        "summarise this for HR",
        "move the deadline",
        "set up a one-to-one",
        "pick a restaurant for the team lunch",
        "rewrite the onboarding email",
    ]
)

# Benign pools (topics). Public figures are dealt too.
JA_FIGURES = _halves(
    [
        "夏目漱石",
        "徳川家康",
        "大谷翔平",
        "織田信長",
        "紫式部",
        "坂本龍馬",
        "宮崎駿",
        "村上春樹",
        "羽生結弦",
        "野口英世",
        "樋口一葉",
        "イチロー",
    ]
)
EN_FIGURES = _halves(
    [
        "Albert Einstein",
        "Barack Obama",
        "Marie Curie",
        "Abraham Lincoln",
        "Taylor Swift",
        "Winston Churchill",
        "Serena Williams",
        "Isaac Newton",
        "Nelson Mandela",
        "Frida Kahlo",
        "Martin Luther King Jr.",
        "Ada Lovelace",
    ]
)
JA_PLACES = _halves(
    ["千葉", "長野", "福岡", "福島", "石川", "岡山", "宮崎", "熊本", "山口", "秋田", "香川", "富山"]
)
EN_CITIES = _halves(
    [
        "Washington DC",
        "Jackson",
        "Lincoln",
        "Houston",
        "Austin",
        "Madison",
        "Florence",
        "Charlotte",
        "Paris",
        "Chester",
        "Jackson Hole",
        "Washington state",
    ]
)


def _sc(term: str) -> str:
    return "{SC:" + term + "}"


# The markup of bench/pii_hand_sets.py, under this module's short names.
_n = marker("N")


def _phrase(
    rng: random.Random,
    cats: dict[str, tuple[list[str], list[str]]],
    half: str,
    only: Sequence[str] | None = None,
) -> tuple[str, str]:
    """(category, marked phrase) drawn from ``half``'s terms and predicates."""
    cat = rng.choice(list(only or cats))
    terms, preds = cats[cat]
    term = rng.choice(_halves(terms)[half])
    pred = rng.choice(_halves(preds)[half])
    return cat, pred.format(t=_sc(term))


def _term(
    rng: random.Random, cats: dict[str, tuple[list[str], list[str]]], half: str, cat: str
) -> str:
    return rng.choice(_halves(cats[cat][0])[half])


def _ja_name(rng: random.Random, half: str, full: bool = False) -> str:
    sur = rng.choice(JA_SURNAMES[half])
    return sur + " " + rng.choice(JA_GIVEN[half]) if full else sur


def _en_name(rng: random.Random, half: str, full: bool = True) -> str:
    first = rng.choice(EN_FIRST[half])
    return f"{first} {rng.choice(EN_LAST[half])}" if full else first


def _req(rng: random.Random, reqs: dict[str, tuple[str, ...]], half: str) -> str:
    return "[[" + rng.choice(reqs[half]) + "]]"


JA_LABELS = {
    "health": "既往歴",
    "treatment": "治療内容",
    "disability": "障害の状況",
    "faith": "宗教",
    "party": "支持政党",
    "crime": "犯罪歴",
    "victim": "被害歴",
    "origin": "出自",
}
EN_LABELS = {
    "health": "Diagnosis",
    "treatment": "Treatment",
    "disability": "Disability",
    "faith": "Religion",
    "party": "Party",
    "crime": "Offence",
    "victim": "Incident",
    "origin": "Ethnicity",
}

Maker = Callable[[random.Random], str]


def _ja_other(frame: str, half: str, *, full: bool = False) -> Maker:
    """A JA frame about a named person: {who}, {what}, {req}."""

    def make(rng: random.Random) -> str:
        _, what = _phrase(rng, JA_CATS, half)
        who = _n(_ja_name(rng, half, full))
        return frame.format(who=who, what=what, req=_req(rng, JA_REQS, half))

    return make


def _en_other(frame: str, half: str, *, full: bool = True) -> Maker:
    def make(rng: random.Random) -> str:
        _, what = _phrase(rng, EN_CATS, half)
        who = _n(_en_name(rng, half, full))
        return frame.format(who=who, what=what, req=_req(rng, EN_REQS, half))

    return make


def _ja_self(frame: str, half: str) -> Maker:
    def make(rng: random.Random) -> str:
        _, what = _phrase(rng, JA_CATS, half)
        return frame.format(what=what, req=_req(rng, JA_REQS, half))

    return make


def _en_self(frame: str, half: str) -> Maker:
    def make(rng: random.Random) -> str:
        _cat, what = _phrase(rng, EN_CATS, half)
        # first person: "has" -> "have", "is" -> "am", "was" stays
        words = what.split(" ", 1)
        head = {
            "has": "have",
            "is": "am",
            "comes": "come",
            "votes": "vote",
            "canvasses": "canvass",
            "donates": "donate",
            "needs": "need",
            "told": "told",
            "became": "became",
        }.get(words[0], words[0])
        what = head + (" " + words[1] if len(words) > 1 else "")
        what = what.replace("told us they are", "am").replace("told us he is", "am")
        what = what.replace("told me she was", "was")
        return frame.format(what=what, req=_req(rng, EN_REQS, half))

    return make


def _ja_form(half: str, sep: str) -> Maker:
    def make(rng: random.Random) -> str:
        cat = rng.choice(list(JA_CATS))
        term = _term(rng, JA_CATS, half, cat)
        name = _n(_ja_name(rng, half, True))
        req = _req(rng, JA_REQS, half)
        return f"氏名{sep}{name}\n{JA_LABELS[cat]}{sep}{_sc(term)}\n{req}をお願いします"

    return make


def _en_form(half: str) -> Maker:
    def make(rng: random.Random) -> str:
        cat = rng.choice([c for c in EN_CATS if c not in ("crime", "victim")])
        term = _term(rng, EN_CATS, half, cat)
        if cat == "party":
            term = term.replace(" Party", "")
        name = _n(_en_name(rng, half))
        return f"Name: {name}\n{EN_LABELS[cat]}: {_sc(term)}\nAction: {_req(rng, EN_REQS, half)}"

    return make


def _json(half: str, ja: bool) -> Maker:
    def make(rng: random.Random) -> str:
        cats = JA_CATS if ja else EN_CATS
        cat = rng.choice([c for c in cats if c not in ("crime", "victim")])
        term = _term(rng, cats, half, cat)
        if ja:
            name = _n(_ja_name(rng, half, True))
            key = {
                "health": "病名",
                "treatment": "治療",
                "disability": "障害",
                "faith": "宗教",
                "party": "支持政党",
                "origin": "出身",
            }[cat]
            return (
                f'{{"氏名": "{name}", "{key}": "{_sc(term)}", "部署": "総務"}}\n'
                f"この記録をもとに{_req(rng, JA_REQS, half)}を考えて"
            )
        name = _n(_en_name(rng, half))
        key = {
            "health": "condition",
            "treatment": "medication",
            "disability": "disability",
            "faith": "religion",
            "party": "affiliation",
            "origin": "ethnicity",
        }[cat]
        return (
            f'{{"name": "{name}", "{key}": "{_sc(term)}", "team": "ops"}}\n'
            f"Using this record, {_req(rng, EN_REQS, half)}."
        )

    return make


def _csv(half: str, ja: bool) -> Maker:
    def make(rng: random.Random) -> str:
        cats = JA_CATS if ja else EN_CATS
        cat = rng.choice(["health", "disability", "faith"])
        rows = []
        for i in range(2):
            term = _term(rng, cats, half, cat)
            name = _ja_name(rng, half, True) if ja else _en_name(rng, half)
            rows.append(f"{i + 1},{_n(name)},{_sc(term)}")
        if ja:
            head = "no,氏名," + {"health": "病名", "disability": "障害", "faith": "宗教"}[cat]
            return head + "\n" + "\n".join(rows) + f"\n{_req(rng, JA_REQS, half)}に使うので整理して"
        head = "id,name," + cat
        return head + "\n" + "\n".join(rows) + f"\nplease {_req(rng, EN_REQS, half)}"

    return make


def _ja_relative(frame: str, half: str) -> Maker:
    def make(rng: random.Random) -> str:
        _, what = _phrase(rng, JA_CATS, half)
        rel = rng.choice(["母", "父", "夫", "妻", "息子", "娘", "兄", "姉"])
        return frame.format(rel=rel, what=what, req=_req(rng, JA_REQS, half))

    return make


def _en_relative(frame: str, half: str) -> Maker:
    def make(rng: random.Random) -> str:
        _, what = _phrase(rng, EN_CATS, half)
        rel = rng.choice(["mum", "dad", "husband", "wife", "son", "daughter", "brother", "sister"])
        return frame.format(rel=rel, what=what, req=_req(rng, EN_REQS, half))

    return make


def _mixed(half: str) -> Maker:
    """A Japanese term inside English text (a referral letter or a note)."""

    def make(rng: random.Random) -> str:
        cat = rng.choice(["health", "disability"])
        term = _term(rng, JA_CATS, half, cat)
        name = _n(_en_name(rng, half) if rng.random() < 0.5 else _ja_name(rng, half, True))
        if half == "T":
            req = _req(rng, EN_REQS, half)
            return f"Patient {name} has {_sc(term)} per the Japanese referral; please {req}."
        return f"Note: {name} (dx: {_sc(term)}) -- can you {_req(rng, EN_REQS, half)}?"

    return make


def _b_topic_ja(frame: str, half: str, cat: str) -> Maker:
    def make(rng: random.Random) -> str:
        return frame.format(t=_term(rng, JA_CATS, half, cat))

    return make


def _b_topic_en(frame: str, half: str, cat: str) -> Maker:
    def make(rng: random.Random) -> str:
        return frame.format(t=_term(rng, EN_CATS, half, cat))

    return make


def _b_pool(frame: str, pool: dict[str, tuple[str, ...]], half: str) -> Maker:
    def make(rng: random.Random) -> str:
        return frame.format(x=rng.choice(pool[half]))

    return make


def _b_nas(frame: str) -> Maker:
    def make(rng: random.Random) -> str:
        return frame.format(a=rng.randint(1, 254), b=rng.randint(2, 250))

    return make


TEMPLATES: dict[str, list[Template]] = {
    "ja_other": [
        ("jo-t1", "T", _ja_other("{who}さん、{what}らしいよ。{req}どうしよう", "T"), False),
        (
            "jo-t2",
            "T",
            _ja_other("人事メモ：{who}（営業部）は{what}とのこと。{req}を検討", "T", full=True),
            False,
        ),
        (
            "jo-t3",
            "T",
            _ja_other("{who}様は{what}と伺っておりますので、{req}をお願いいたします。", "T"),
            False,
        ),
        (
            "jo-t4",
            "T",
            _ja_other("ここだけの話、{who}課長って{what}って話だよ。{req}考えといて", "T"),
            False,
        ),
        (
            "jo-h1",
            "H",
            _ja_other("ねえ、{who}くんが{what}って知ってた？{req}どうする？", "H"),
            False,
        ),
        (
            "jo-h2",
            "H",
            _ja_other(
                "お疲れ様です。{who}さんの件ですが、本人から{what}と申し出がありました。{req}についてご相談です。",
                "H",
                full=True,
            ),
            False,
        ),
        ("jo-h3", "H", _ja_other("【共有】{who}：{what}。{req}よろしく", "H"), False),
        (
            "jo-h4",
            "H",
            _ja_other("{who}先輩から聞いたんだけど、{what}みたい。{req}手伝ってくれる？", "H"),
            False,
        ),
    ],
    "en_other": [
        ("eo-t1", "T", _en_other("Heads up: {who} {what}, so please {req}.", "T"), False),
        ("eo-t2", "T", _en_other("HR note -- {who} {what}. Can you {req}?", "T"), False),
        (
            "eo-t3",
            "T",
            _en_other("omg did u know {who} {what}?? anyway {req} pls", "T", full=False),
            False,
        ),
        (
            "eo-t4",
            "T",
            _en_other(
                "Dear team,\n\n{who} {what} and asked us to keep it private."
                " Please {req}.\n\nThanks",
                "T",
            ),
            False,
        ),
        ("eo-h1", "H", _en_other("fyi {who} {what}. we should {req} tbh", "H", full=False), False),
        (
            "eo-h2",
            "H",
            _en_other("Hi all -- confidentially, {who} {what}; I'd like to {req} this week.", "H"),
            False,
        ),
        ("eo-h3", "H", _en_other("Case note: client {who} {what}. Next step: {req}.", "H"), False),
        (
            "eo-h4",
            "H",
            _en_other("I just heard {who} {what}. Could you help me {req}?", "H", full=False),
            False,
        ),
    ],
    "self": [
        (
            "sf-t1",
            "T",
            _ja_self("実は私、{what}という事情がありまして、{req}をお願いできますか", "T"),
            False,
        ),
        ("sf-t2", "T", _en_self("I {what}, so please help me {req}.", "T"), False),
        (
            "sf-h1",
            "H",
            _ja_self(
                "私事で恐縮ですが、{what}という事情があり、{req}についてご配慮いただけますでしょうか。",
                "H",
            ),
            False,
        ),
        ("sf-h2", "H", _en_self("Full disclosure, I {what}. Could you {req}?", "H"), False),
    ],
    "relative": [
        (
            "rl-t1",
            "T",
            _ja_relative("うちの{rel}が{what}という状況で、{req}を相談したい", "T"),
            False,
        ),
        ("rl-t2", "T", _en_relative("My {rel} {what}; can you help me {req}?", "T"), False),
        (
            "rl-h1",
            "H",
            _ja_relative("{rel}が{what}と分かって…{req}どうしたらいいですか", "H"),
            False,
        ),
        ("rl-h2", "H", _en_relative("my {rel} {what} and i need to {req}", "H"), False),
    ],
    "records": [
        ("rc-t1", "T", _ja_form("T", "："), False),
        ("rc-t2", "T", _json("T", ja=False), False),
        ("rc-t3", "T", _csv("T", ja=True), False),
        ("rc-t4", "T", _mixed("T"), False),
        ("rc-h1", "H", _en_form("H"), False),
        ("rc-h2", "H", _json("H", ja=True), False),
        ("rc-h3", "H", _csv("H", ja=False), False),
        ("rc-h4", "H", _mixed("H"), False),
    ],
    "benign": [
        (
            "bn-t1",
            "T",
            _b_topic_ja("{t}の[[主な症状と治療法]]を教えてください", "T", "health"),
            True,
        ),
        (
            "bn-t2",
            "T",
            _b_topic_en("What are the [[early warning signs]] of {t}?", "T", "health"),
            True,
        ),
        ("bn-t3", "T", _b_topic_ja("{t}の[[成り立ち]]を簡単に説明して", "T", "faith"), True),
        (
            "bn-t4",
            "T",
            _b_topic_en("What does the {t} [[stand for]] on housing?", "T", "party"),
            True,
        ),
        ("bn-t5", "T", _b_topic_ja("{t}の[[法定刑]]はどのくらい？", "T", "crime"), True),
        ("bn-t6", "T", _b_pool("{x}の[[代表的な業績]]は？", JA_FIGURES, "T"), True),
        ("bn-t7", "T", _b_pool("When was {x} [[born]]?", EN_FIGURES, "T"), True),
        ("bn-t8", "T", _b_pool("[[{x}駅から空港まで]]の行き方を教えて", JA_PLACES, "T"), True),
        ("bn-t9", "T", _b_pool("Best [[hotels in {x}]] for a weekend?", EN_CITIES, "T"), True),
        ("bn-t10", "T", _b_nas("NASを192.168.{a}.{b}に[[固定IPで設定]]したい"), True),
        (
            "bn-t11",
            "T",
            _b_topic_en("Write a [[short history]] of the {t} people.", "T", "origin"),
            True,
        ),
        ("bn-h1", "H", _b_topic_ja("{t}ってどんな病気？[[治療法]]はある？", "H", "health"), True),
        ("bn-h2", "H", _b_topic_en("Explain {t} to a [[high school class]].", "H", "health"), True),
        (
            "bn-h3",
            "H",
            _b_topic_en("Give a [[short history]] of the {t} faith.", "H", "faith"),
            True,
        ),
        ("bn-h4", "H", _b_topic_ja("{t}の[[主な政策]]は何ですか", "H", "party"), True),
        (
            "bn-h5",
            "H",
            _b_topic_en("What is the [[maximum sentence]] for {t} in Japan?", "H", "crime"),
            True,
        ),
        ("bn-h6", "H", _b_pool("Write a [[short biography]] of {x}.", EN_FIGURES, "H"), True),
        ("bn-h7", "H", _b_pool("{x}について[[小学生向けに]]説明して", JA_FIGURES, "H"), True),
        ("bn-h8", "H", _b_pool("{x}で[[おすすめの観光地]]は？", JA_PLACES, "H"), True),
        (
            "bn-h9",
            "H",
            _b_pool("We are [[driving to {x}]] on Friday, how long from Atlanta?", EN_CITIES, "H"),
            True,
        ),
        (
            "bn-h10",
            "H",
            _b_nas("Move the NAS to the 10.{a}.0.0/24 subnet and [[update the DNS record]]."),
            True,
        ),
        ("bn-h11", "H", _b_topic_ja("{t}の[[文化と歴史]]について教えて", "H", "origin"), True),
    ],
}


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r22sg")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
