"""Build ``guardrails/classify/romaji_words.tsv``: the kana reading of each Japanese word the
guard baseline's rules are written with, and that word.

    python bench/build_romaji_words.py [--policy policies/guard-baseline.yaml]

The romaji view (:mod:`guardrails.classify.romaji`) writes romaji in hiragana, but the
rules spell most words in kanji (方法, 口座, 自宅); the view then writes each reading of
this table as the rules' word (ほうほう → 方法). The words are every run of Japanese
characters with a kanji in the policy's rule strings (patterns, context patterns,
keywords), read by SudachiPy (``reading_form``, mode C); a reading shorter than three kana
is left out (ひ, ひと would rewrite half of any text), and a reading shared by several words
keeps the word the rules use most. A reading is left out when, in the Japanese benign
rows of the guard's training data read in kana, it is heard more than twice and the word
is written there less than half as often as the reading is heard (したい is 死体 far
less often than "want to do"). Deterministic: the same policy and data give the same file.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "guardrails/classify/romaji_words.tsv"
_RUN = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff々ー]+")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
_MIN_KANA = 3
TRAIN = Path("/work/shared/evaldata/guard/train")
# A reading heard this few times in the corpus is kept whatever it stands for there.
_HEARD_ALONE = 2


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


def _hira(kata: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kata)


def build(policy: Path) -> list[tuple[str, str]]:
    from sudachipy import Dictionary, SplitMode

    tokenizer = Dictionary().create()
    data = yaml.safe_load(policy.read_text(encoding="utf-8"))
    runs: Counter[str] = Counter()
    for category in data["guard"]["categories"].values():
        for key in ("patterns", "context_patterns", "keywords"):
            for text in _strings(category.get(key)):
                runs.update(r for r in _RUN.findall(text) if _KANJI.search(r) and len(r) >= 2)
    words: dict[str, Counter[str]] = defaultdict(Counter)
    for run, count in runs.items():
        reading = _hira("".join(m.reading_form() for m in tokenizer.tokenize(run, SplitMode.C)))
        if len(reading) >= _MIN_KANA and reading != run and not _KANJI.search(reading):
            words[reading][run] += count
    # A reading that, in ordinary Japanese read in kana, mostly stands for something else
    # (したい is 死体 far less often than "want to do") is left out.
    surface, spoken = _corpus(tokenizer, SplitMode.C)
    kept = []
    for reading, used in words.items():
        word = used.most_common(1)[0][0]
        heard = spoken.count(reading)
        if heard <= _HEARD_ALONE or surface.count(word) * 2 >= heard:
            kept.append((reading, word))
    return sorted(kept)


def _corpus(tokenizer: Any, mode: Any) -> tuple[str, str]:
    """The Japanese benign rows of the guard's training data (evaldata/guard/train), as
    written and as read in hiragana."""
    texts = []
    for path in sorted(TRAIN.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if row.get("label") == "benign" and row.get("lang") == "ja":
                texts.append(str(row.get("text", ""))[:2_000])
    spoken = [_hira("".join(m.reading_form() for m in tokenizer.tokenize(t, mode))) for t in texts]
    return "\n".join(texts), "\n".join(spoken)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", type=Path, default=ROOT / "policies/guard-baseline.yaml")
    args = parser.parse_args()
    table = build(args.policy)
    head = (
        "# reading<TAB>word: the guard baseline's rule words and their kana readings, built\n"
        "# by bench/build_romaji_words.py (SudachiPy reading_form); read by\n"
        "# guardrails.classify.romaji\n"
    )
    OUT.write_text(head + "".join(f"{r}\t{w}\n" for r, w in table), encoding="utf-8")
    print(f"{len(table)} readings -> {OUT}")


if __name__ == "__main__":
    main()
