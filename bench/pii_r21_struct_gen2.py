"""Second seeded generator of round 21's structured and special-care families (issue 16),
for the families still leaking after ``pii_r21_struct_gen``'s fixes: UK, Irish, Australian
and US phone formats; e-mail addresses spelled out (``x at y dot tld``); US street addresses
with directionals and units; romaji Japanese addresses (chome/jo numbering, ``addr_line1``
keys); a Japanese address broken over a line; 第…号 policy numbers; postal codes in a CSV
row under a 郵便番号/zip header; ID values under a JSON key naming a person's role; loyalty
card numbers; special care as self-help groups, political parties and ethnicity about a
person, and notes under ``details``/``extra``/``その他``/``補足``. Benign twins: toll-free
and shared-cost business lines (a lead's decision: public lines, left alone), places and
monuments named after people, customer-centre words, example postal codes, and parties,
groups and peoples as topics.

Every family's templates were dealt into half ``T`` (tuned on) and ``H`` (held out) before
any fix; values come from this file's pools.

    .venv/bin/python bench/pii_r21_struct_gen2.py --run [--seed 2121] [--per-template 6]
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
    name="pii_r21_struct_gen2",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r21_struct_gen2.json",
)
TYPES = {
    "TEL": "PHONE_NUMBER",
    "MAIL": "EMAIL_ADDRESS",
    "ADDR": "ADDRESS",
    "ZIP": "POSTAL_CODE",
    "INS": "INSURANCE_NUMBER",
    "MEM": "MEMBER_NUMBER",
    "SC": "SPECIAL_CARE",
}

GIVEN = ("pat", "siobhan", "liam", "chloe", "raj", "emma", "noah", "aoife")
SURNAMES = ("obrien", "murphy", "smith", "nguyen", "patel", "walsh", "kelly", "tanaka")
DOMAINS = ("example", "mailbox", "brightmail", "cornerstone", "acme-corp")
TLDS = ("ie", "co dot uk", "com dot au", "com", "org", "jp", "de", "ca", "net")
US_DIRS = ("N", "S", "E", "W", "NE", "SW")
US_STREET_NAMES = ("57th St", "Main St", "Broadway", "Oak Ave", "Lake Shore Dr", "2nd Ave")
US_UNITS = ("Apt", "Unit", "Suite", "Ste", "#", "Apt.")
US_PLACES = (("New York", "NY"), ("Chicago", "IL"), ("Seattle", "WA"), ("Boston", "MA"))
JA_TOWNS = ("Kita-Aoyama", "Otemachi", "Nishi-Shinjuku", "Jingumae", "Sakae", "Tenjin")
JA_CITIES = ("Matsumoto", "Minato-ku, Tokyo", "Shibuya-ku, Tokyo", "Naka-ku, Nagoya", "Kanazawa")
KYOTO = (
    "京都市左京区下鴨泉川町",
    "札幌市中央区北一条西",
    "横浜市港北区日吉本町",
    "福岡市早良区西新",
)
SELF_HELP_JA = ("断酒会", "AA", "NA", "GA", "ギャンブラーズ・アノニマス")
SELF_HELP_EN = ("AA", "Alcoholics Anonymous", "NA", "Narcotics Anonymous", "GA")
PARTIES_JA = (
    "自民党",
    "立憲民主党",
    "公明党",
    "共産党",
    "日本維新の会",
    "国民民主党",
    "れいわ新選組",
    "参政党",
)
PARTIES_EN = ("Democrat", "Republican", "Labour", "Conservative", "Green Party", "Lib Dem")
ETHNIC_JA = ("アイヌ", "在日", "部落出身", "在日コリアン", "琉球")
ETHNIC_EN = ("Roma", "Ainu", "Zainichi Korean", "Burakumin", "Traveller", "Romani")
CONDITIONS_JA = ("うつ病", "双極性障害", "糖尿病", "アルコール依存症", "てんかん")
CONDITIONS_EN = ("bipolar disorder", "alcohol dependence", "HIV", "epilepsy", "PTSD")


def _d(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _up(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))


# The markup of bench/pii_hand_sets.py, under this module's short names.
_m = marked


# --- UK/IE/AU/US phones ----------------------------------------------------------------------
def _tel_t1(rng: random.Random) -> str:
    num = rng.choice(
        (
            f"07{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
            f"+44 7{_d(rng, 3)} {_d(rng, 6)}",
            f"020 {_d(rng, 4)} {_d(rng, 4)}",
        )
    )
    lead = rng.choice(("Text me on", "My mobile is", "you can reach me at", "call me on"))
    return f"{lead} {_m('TEL', num)} if the parcel is late."


def _tel_t2(rng: random.Random) -> str:
    num = rng.choice(
        (
            f"({rng.randint(201, 989)}) {_d(rng, 3)}-{_d(rng, 4)}",
            f"{rng.randint(201, 989)}-{_d(rng, 3)}-{_d(rng, 4)}",
            f"+1 {rng.randint(201, 989)} {_d(rng, 3)} {_d(rng, 4)}",
        )
    )
    return f"Contact: Dana Ruiz, cell {_m('TEL', num)} — draft a reply to her complaint"


def _tel_h1(rng: random.Random) -> str:
    num = rng.choice(
        (
            f"04{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
            f"+61 4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
            f"08{rng.choice('35679')} {_d(rng, 3)} {_d(rng, 4)}",
            f"+353 8{rng.choice('35679')} {_d(rng, 3)} {_d(rng, 4)}",
        )
    )
    return f"顧客の携帯は {_m('TEL', num)} です。折り返しのメール文を作って"


def _tel_h2(rng: random.Random) -> str:
    num = rng.choice(
        (
            f"{rng.randint(201, 989)}.{_d(rng, 3)}.{_d(rng, 4)}",
            f"01{_d(rng, 3)} {_d(rng, 6)}",
            f"(0{rng.randint(2, 8)}) {_d(rng, 4)} {_d(rng, 4)}",
        )
    )
    return f'{{"name": "J. Moore", "phone": "{_m("TEL", num)}", "ask": "log a callback"}}'


# --- e-mail spelled out ----------------------------------------------------------------------
def _mail(rng: random.Random, at: str, dot: str) -> str:
    tld = rng.choice(TLDS).replace(" dot ", f" {dot} ")
    user = f"{rng.choice(GIVEN)} {dot} {rng.choice(SURNAMES)}"
    return f"{user} {at} {rng.choice(DOMAINS)} {dot} {tld}"


def _mail_t1(rng: random.Random) -> str:
    return f"my email is {_m('MAIL', _mail(rng, 'at', 'dot'))}, please send the invoice there"


def _mail_t2(rng: random.Random) -> str:
    return f"連絡先：{_m('MAIL', _mail(rng, 'at', 'dot'))}（スパム対策で表記を変えています）"


def _mail_h1(rng: random.Random) -> str:
    at, dot = rng.choice((("AT", "DOT"), ("[at]", "[dot]"), ("(at)", "(dot)")))
    return f"Reach me at {_m('MAIL', _mail(rng, at, dot))} about the refund."


def _mail_h2(rng: random.Random) -> str:
    return f"Write to {_m('MAIL', _mail(rng, 'at', 'dot'))} — she handles the account."


# --- US street addresses with directionals and units -------------------------------------------
def _us(rng: random.Random, comma: bool) -> str:
    city, state = rng.choice(US_PLACES)
    unit = f"{rng.choice(US_UNITS)} {rng.randint(1, 40)}{rng.choice(('', 'A', 'C', 'F'))}"
    sep = ", " if comma else " "
    street = f"{rng.randint(10, 9999)} {rng.choice(US_DIRS)} {rng.choice(US_STREET_NAMES)}"
    return f"{street}{sep}{unit}, {city}, {state}"


def _us_t1(rng: random.Random) -> str:
    addr = _us(rng, True)
    return f"Ship to {_m('ADDR', addr)} {_m('ZIP', _d(rng, 5))} by Friday."


def _us_t2(rng: random.Random) -> str:
    addr = _us(rng, False)
    return f"I moved to {_m('ADDR', addr)} {_m('ZIP', _d(rng, 5))}; update my billing info."


def _us_h1(rng: random.Random) -> str:
    addr = _us(rng, True)
    return f"お客様の住所は {_m('ADDR', addr)} {_m('ZIP', _d(rng, 5))} です。送り状を作って"


def _us_h2(rng: random.Random) -> str:
    addr = _us(rng, rng.random() < 0.5)
    return f'{{"ship_to": "{_m("ADDR", addr)} {_m("ZIP", _d(rng, 5))}", "items": 2}}'


# --- romaji Japanese addresses -------------------------------------------------------------------
def _rj_t1(rng: random.Random) -> str:
    addr = (
        f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} "
        f"{rng.choice(JA_TOWNS)}, {rng.choice(JA_CITIES)}"
    )
    return f"My address: {_m('ADDR', addr)}. Can you translate it into Japanese order?"


def _rj_t2(rng: random.Random) -> str:
    addr = (
        f"Kita {rng.randint(1, 20)}-jo Nishi {rng.randint(1, 20)}-chome {rng.randint(1, 9)}, "
        f"{rng.choice(('Chuo-ku', 'Kita-ku', 'Higashi-ku'))}, Sapporo"
    )
    return f"Please deliver to {_m('ADDR', addr)} after 6pm."


def _rj_h1(rng: random.Random) -> str:
    line = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(JA_TOWNS)}"
    return (
        f'{{"addr_line1": "{_m("ADDR", line)}", "city": "{rng.choice(JA_CITIES)}", '
        '"note": "fix the romanisation"}'
    )


def _rj_h2(rng: random.Random) -> str:
    addr = (
        f"{rng.randint(1, 5)}-chome-{rng.randint(1, 30)}-{rng.randint(1, 20)} "
        f"{rng.choice(JA_TOWNS)}, {rng.choice(JA_CITIES)}"
    )
    return f"He lives at {_m('ADDR', addr)}, near the station."


# --- Japanese address over a line ----------------------------------------------------------------
def _jl_t1(rng: random.Random) -> str:
    addr = f"{rng.choice(KYOTO)}\n{rng.randint(1, 60)}番地"
    return f"送付先：\n{_m('ADDR', addr)}\n山本様宛てでお願いします"


def _jl_h1(rng: random.Random) -> str:
    chome = f"{rng.choice(KYOTO)}{rng.randint(1, 9)}丁目"
    addr = f"{chome}\n{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
    return f"現住所は\n{_m('ADDR', addr)}\nです。引っ越しの手続きを教えて"


# --- 第…号 policy numbers ------------------------------------------------------------------------
def _dai_t1(rng: random.Random) -> str:
    value = f"{rng.randint(2015, 2025)}-{_d(rng, 6)}"
    return f"保険証券番号は第 {_m('INS', value)} 号です。解約手続きをしたい"


def _dai_h1(rng: random.Random) -> str:
    value = f"{_d(rng, 2)}{_up(rng, 1)}{_d(rng, 6)}"
    label = rng.choice(("契約番号", "証券番号", "共済証書番号"))
    return f"{label}：第{_m('INS', value)}号　名義変更の書類を教えて"


# --- postal codes in a CSV row -------------------------------------------------------------------
def _csv_t1(rng: random.Random) -> str:
    zip_code = f"{_d(rng, 3)}-{_d(rng, 4)}"
    return f"氏名,郵便番号,区分\n高橋 誠,{_m('ZIP', zip_code)},会員\nこのCSVを整形して"


def _csv_h1(rng: random.Random) -> str:
    return f"name,zip,plan\nK. Ito,{_m('ZIP', _d(rng, 5))},gold\nsort this by plan"


# --- IDs under a JSON key naming a person's role ----------------------------------------------
def _role_t1(rng: random.Random) -> str:
    key = rng.choice(("社員", "従業員", "担当者"))
    return f'{{"{key}": "{_m("MEM", f"{_up(rng, 1)}-{_d(rng, 4)}")}", "件名": "評価面談"}}'


def _role_h1(rng: random.Random) -> str:
    key = rng.choice(("candidate", "applicant", "tenant", "student"))
    value = f"{_up(rng, 1)}-{_d(rng, 4)}"
    return f'{{"{key}": "{_m("MEM", value)}", "stage": "interview", "ask": "summarise"}}'


# --- loyalty cards ------------------------------------------------------------------------------
def _loy_t1(rng: random.Random) -> str:
    label = rng.choice(("loyalty card number", "Nectar card", "rewards card no."))
    return f"My {label} is {_m('MEM', f'{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}')}; points missing"


def _loy_h1(rng: random.Random) -> str:
    label = rng.choice(("ポイントカード番号", "Tポイントカード", "会員カード番号"))
    return f"{label}は{_m('MEM', _d(rng, 16))}です。ポイントが反映されません"


# --- special care: self-help groups, parties, ethnicity, note keys -------------------------------
def _sh_t1(rng: random.Random) -> str:
    group = rng.choice(SELF_HELP_JA)
    return f"部下が毎週{_m('SC', group)}の集まりに通っていると聞きました。配慮すべき点は？"


def _sh_h1(rng: random.Random) -> str:
    group = rng.choice(SELF_HELP_EN)
    lead = rng.choice(("My brother goes to", "Tom has been attending", "She started going to"))
    return f"{lead} {_m('SC', group)} meetings; how do I support him at work?"


def _pty_t1(rng: random.Random) -> str:
    party = rng.choice(PARTIES_JA)
    return f"田中さんは{_m('SC', party)}の党員なので、その話題は避けて挨拶文を作って"


def _pty_h1(rng: random.Random) -> str:
    party = rng.choice(PARTIES_EN)
    lead = rng.choice(("My landlord is a registered", "Our new hire is a", "My manager is a"))
    return f"{lead} {_m('SC', party)} member — write a neutral welcome note"


def _eth_t1(rng: random.Random) -> str:
    who = rng.choice(ETHNIC_JA)
    return f"新入社員の鈴木さんは{_m('SC', who)}だと本人から聞いた。チームにどう伝える？"


def _eth_h1(rng: random.Random) -> str:
    who = rng.choice(ETHNIC_EN)
    return f"The applicant mentioned she is {_m('SC', who)}; should HR record that?"


def _key_t1(rng: random.Random) -> str:
    key = rng.choice(("details", "extra"))
    value = rng.choice(CONDITIONS_EN)
    return f'{{"name": "A. Cole", "{key}": "{_m("SC", value)}", "ask": "make a roster"}}'


def _key_h1(rng: random.Random) -> str:
    key = rng.choice(("その他", "補足"))
    value = rng.choice(CONDITIONS_JA)
    return f'{{"氏名": "中村", "{key}": "{_m("SC", value)}で通院中", "依頼": "表にして"}}'


# --- benign look-alikes ------------------------------------------------------------------------
def _ben_t1(rng: random.Random) -> str:
    return rng.choice(
        (
            f"カスタマーセンター（0120-{_d(rng, 3)}-{_d(rng, 3)}）の受付時間は？",
            f"Call 1-800-{_d(rng, 3)}-{_d(rng, 4)} for the recall hotline",
            f"ナビダイヤル 0570-{_d(rng, 3)}-{_d(rng, 3)} は有料ですか",
            f"Freephone 0800 {_d(rng, 3)} {_d(rng, 4)} is on the back of the card",
            "Our trip covers Washington DC and the Lincoln Memorial.",
            f"郵便番号の書き方　例：100-000{rng.randint(1, 9)}",
        )
    )


def _ben_t2(rng: random.Random) -> str:
    return rng.choice(
        (
            "断酒会とAAの違いは何ですか？",
            "自民党と立憲民主党の政策の違いを表にして",
            "アイヌ文化の歴史を教えて",
            "What is the history of the Roma people in Europe?",
            "How do Labour and the Conservatives differ on housing?",
        )
    )


def _ben_h1(rng: random.Random) -> str:
    return rng.choice(
        (
            f"フリーダイヤル 0800-{_d(rng, 3)}-{_d(rng, 4)} にかけても繋がりません",
            f"Is 1-888-{_d(rng, 3)}-{_d(rng, 4)} the real support number?",
            f"UK freephone 0808 {_d(rng, 3)} {_d(rng, 4)} — is it free from mobiles?",
            f"What does ZIP code {_d(rng, 5)} cover?",
            "カスタマーセンターに問い合わせる前に確認することは？",
            "Is the Lincoln Memorial open at night?",
        )
    )


def _ben_h2(rng: random.Random) -> str:
    return rng.choice(
        (
            "GA（ギャンブラーズ・アノニマス）はどんな団体？",
            "公明党の支持母体について説明して",
            "在日コリアンの歴史を簡単に",
            "What do Narcotics Anonymous meetings look like?",
            "Which party did Democrats lose seats to in 2010?",
        )
    )


TEMPLATES: dict[str, list[Template]] = {
    "phone_intl": [
        ("tel-t1", "T", _tel_t1, False),
        ("tel-t2", "T", _tel_t2, False),
        ("tel-h1", "H", _tel_h1, False),
        ("tel-h2", "H", _tel_h2, False),
    ],
    "mail_spelled": [
        ("mail-t1", "T", _mail_t1, False),
        ("mail-t2", "T", _mail_t2, False),
        ("mail-h1", "H", _mail_h1, False),
        ("mail-h2", "H", _mail_h2, False),
    ],
    "us_address": [
        ("us-t1", "T", _us_t1, False),
        ("us-t2", "T", _us_t2, False),
        ("us-h1", "H", _us_h1, False),
        ("us-h2", "H", _us_h2, False),
    ],
    "romaji_address": [
        ("rj-t1", "T", _rj_t1, False),
        ("rj-t2", "T", _rj_t2, False),
        ("rj-h1", "H", _rj_h1, False),
        ("rj-h2", "H", _rj_h2, False),
    ],
    "ja_address_lines": [("jl-t1", "T", _jl_t1, False), ("jl-h1", "H", _jl_h1, False)],
    "dai_go": [("dai-t1", "T", _dai_t1, False), ("dai-h1", "H", _dai_h1, False)],
    "csv_zip": [("csv-t1", "T", _csv_t1, False), ("csv-h1", "H", _csv_h1, False)],
    "role_key": [("role-t1", "T", _role_t1, False), ("role-h1", "H", _role_h1, False)],
    "loyalty": [("loy-t1", "T", _loy_t1, False), ("loy-h1", "H", _loy_h1, False)],
    "sc_self_help": [("sh-t1", "T", _sh_t1, False), ("sh-h1", "H", _sh_h1, False)],
    "sc_party": [("pty-t1", "T", _pty_t1, False), ("pty-h1", "H", _pty_h1, False)],
    "sc_ethnicity": [("eth-t1", "T", _eth_t1, False), ("eth-h1", "H", _eth_h1, False)],
    "sc_note_key": [("key-t1", "T", _key_t1, False), ("key-h1", "H", _key_h1, False)],
    "benign": [
        ("ben-t1", "T", _ben_t1, True),
        ("ben-t2", "T", _ben_t2, True),
        ("ben-h1", "H", _ben_h1, True),
        ("ben-h2", "H", _ben_h2, True),
    ],
}


def cases(seed: int = 2121, per_template: int = 6) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r21g2")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(2121, 6))


if __name__ == "__main__":
    sys.exit(main())
