"""Names introduced in casual speech and after card labels; capitalised non-names and
places asked about (issue 16, seventeenth round, second names pass).

Families (each a list of templates; even template positions are the held-out half,
odd ones the tuned-on half, so a fix tuned on one phrasing is measured on others):

- ``SELF_JA``: the writer's hiragana/katakana given name after 俺/僕/私/うち … before
  ね/です/だよ/でーす/っす, or before って呼んで/と申します (name leaks if unmasked);
- ``LABEL_EN``: an English full name with a hyphenated or apostrophe surname after
  my (current/legal) name is, holder, account name, name on the card …;
- ``NONNAME_EN`` (benign): awards, prizes, banks, institutions in capitalised words, with
  a public figure in a general-knowledge question; any finding is an alteration;
- ``PLACE_TOPIC_JA`` (benign): a prefecture + municipality asked about (人口, 天気 …);
- ``LOOKALIKE_JA`` (benign): first-person words before ordinary words (俺ひまだよ).

    .venv/bin/python bench/pii_intro_names.py [--seed 17] [--per-template 6] [--half all]

Prints, per half and family, the share of names leaked (not wholly inside a PERSON
finding) or partly leaked, and the number of benign texts with any finding.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict

GIVEN_JA = [
    "ゆうた",
    "みさき",
    "あやね",
    "りく",
    "ひなの",
    "そうま",
    "かえで",
    "ゆいな",
    "こうへい",
    "まなと",
    "ちはる",
    "れん",
    "あおい",
    "けいすけ",
    "みゆう",
    "たくみ",
    "ユウタ",
    "リナ",
]
SELF_JA = [
    "あ、俺{n}ね。{n}って呼んで",
    "僕、{n}です。よろしくお願いします",
    "うち{n}だよ！仲良くしてね",
    "はじめまして、私{n}です。趣味はカフェ巡りです",
    "{n}でーす！今日からよろしく",
    "自分{n}っす。バイト初日です",
    "どうも、あたし{n}。{n}って呼んでね",
    "俺 {n}だよ、覚えてる？",
    "{n}と申します。よろしくお願いいたします",
    "わたし{n}ですー、新人です",
    "えっと、僕{n}ね、中学二年です",
    "みんな{n}って呼んでくれるから、そう呼んで",
]
GIVEN_EN = ["Sophie", "Aoife", "Liam", "Niamh", "Grace", "Owen", "Ciara", "Declan", "Hannah"]
FAMILY_EN = [
    "Turner-Hale",
    "O'Connor",
    "O'Brien-Walsh",
    "Smith-Jones",
    "D'Arcy",
    "O’Neill",
    "Fitz-Gerald",
    "McCarthy-Byrne",
    "O'Sullivan",
]
LABEL_EN = [
    "My current name is {n}, I changed it last year",
    "Card holder {n}, expiry 09/28",
    "The name on the card is {n}",
    "Account name: {n}",
    "my legal name is {n} but I go by a nickname",
    "holder {n} asked to close the account",
    "Please update it, my name is {n} now",
    "Full name - {n}",
    "The booking is under the name {n}",
    "Account holder's name: {n}",
]
NONNAME_EN = [
    "Did Marie Curie win two Nobel Prizes?",
    "Who won the {p} Prize in 2019?",
    "I bank with Sumitomo Mitsui, is their app any good?",
    "What are the opening hours of the Sumitomo Mitsui Ginza branch?",
    "How many {p} Prizes has the university won?",
    "Is the Mitsubishi UFJ Shibuya branch open on Saturday?",
    "Did Albert Einstein ever win a Nobel Prize?",
    "What is the {p} Award given for?",
    "How do I get to the Mizuho Ikebukuro branch?",
    "Is the Carnegie Foundation still funding libraries?",
    "Which writers have won both the Booker Prize and the {p} Prize?",
    "What does the Rockefeller Foundation do?",
]
PRIZES = ["Pulitzer", "Turner", "Booker", "Wolf", "Abel", "Kyoto", "Templeton", "Grammy"]
PLACES = [
    "東京都渋谷区",
    "大阪府堺市",
    "神奈川県横浜市",
    "北海道札幌市",
    "福岡県福岡市",
    "愛知県名古屋市",
    "京都府京都市",
    "兵庫県神戸市",
    "東京都世田谷区",
    "宮城県仙台市",
]
PLACE_TOPIC_JA = [
    "{p}の人口はどのくらいですか？",
    "{p}の天気を教えて",
    "{p}の歴史について簡単に説明して",
    "{p}への行き方を教えてください",
    "{p}って治安はいい？",
    "{p}の名物って何？",
    "{p}の面積は？",
    "{p}のおすすめの観光地は？",
    "{p}まで東京駅からどうやって行くの？",
    "{p}の家賃相場はどれくらい？",
]
LOOKALIKE_JA = [
    "俺ひまだよ、遊ぼう",
    "私まだです、もう少し待って",
    "僕もです！同じく",
    "うちねこ飼ってるよ",
    "俺いまからだよ",
    "私ですね、わかりました",
    "あたしきょうむりだよ",
    "自分ひとりです",
]
ADDRESS_JA = ["私の住所は{p}です", "住所：{p}（番地は後で送ります）"]


def rows(seed: int, per: int) -> list[tuple[str, str, str, list[str]]]:
    """(half, family, text, secrets); half 'held' for even template positions."""
    rng = random.Random(seed)
    out: list[tuple[str, str, str, list[str]]] = []

    def half(i: int) -> str:
        return "held" if i % 2 == 0 else "tuned"

    for i, t in enumerate(SELF_JA):
        for _ in range(per):
            n = rng.choice(GIVEN_JA)
            out.append((half(i), "SELF_JA", t.format(n=n), [n]))
    for i, t in enumerate(LABEL_EN):
        for _ in range(per):
            n = f"{rng.choice(GIVEN_EN)} {rng.choice(FAMILY_EN)}"
            out.append((half(i), "LABEL_EN", t.format(n=n), [n]))
    for i, t in enumerate(NONNAME_EN):
        for text in sorted({t.format(p=rng.choice(PRIZES)) for _ in range(per)}):
            out.append((half(i), "NONNAME_EN", text, []))
    for i, t in enumerate(PLACE_TOPIC_JA):
        for p in rng.sample(PLACES, min(per, len(PLACES))):
            out.append((half(i), "PLACE_TOPIC_JA", t.format(p=p), []))
    for i, t in enumerate(LOOKALIKE_JA):
        out.append((half(i), "LOOKALIKE_JA", t, []))
    for i, t in enumerate(ADDRESS_JA):
        for p in rng.sample(PLACES, 3):
            out.append((half(i), "ADDRESS_JA", t.format(p=p), [p]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--per-template", type=int, default=6)
    parser.add_argument("--half", choices=["held", "tuned", "all"], default="all")
    parser.add_argument("--show", action="store_true", help="print tuned-half misses")
    args = parser.parse_args()
    from guardrails.pii.analyzer import PiiAnalyzer

    analyzer = PiiAnalyzer()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for half, family, text, secrets in rows(args.seed, args.per_template):
        if args.half != "all" and half != args.half:
            continue
        findings = analyzer.analyze(text)
        entry = counts[(half, family)]
        entry[0] += 1
        if not secrets:
            if findings:
                entry[1] += 1
                if args.show and half == "tuned":
                    print("  altered:", text, [text[f.start : f.end] for f in findings])
            continue
        for secret in secrets:
            at = text.index(secret)
            covered = [
                (f.start, f.end) for f in findings if f.start < at + len(secret) and at < f.end
            ]
            whole = any(s <= at and at + len(secret) <= e for s, e in covered)
            if not whole:
                entry[1 if not covered else 2] += 1
                if args.show and half == "tuned":
                    print("  leak:", text, [text[f.start : f.end] for f in findings])
            break
    for (half, family), (total, bad, partial) in sorted(counts.items()):
        kind = "leaked" if family in {"SELF_JA", "LABEL_EN", "ADDRESS_JA"} else "altered"
        print(f"{half:5} {family:15} {kind} {bad}/{total} (partial {partial})")


if __name__ == "__main__":
    main()
