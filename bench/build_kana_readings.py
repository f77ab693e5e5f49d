"""Build ``guardrails/classify/kana_readings_everyday.tsv``: the readings of the kanji
words of benign text, for :mod:`guardrails.classify.kana_readings`' ambiguity test.

    python bench/build_kana_readings.py

Every benign row of the guard's evaluation data and the project's written sets
(``guard_r22_typo_effects.benign_rows``: evaldata guard train benign, dev prompts
benign, ``bench/guard_data`` benign) is split by SudachiPy (core dictionary, split modes
A and C); each morpheme holding a kanji gives its reading (folded to hiragana) and its
surface. The table keeps each reading of three kana or more with the surfaces that bear
it. Then each of these readings and those of the default policy's rule words is looked
for in the folded text of the **evaldata guard train** benign rows, as the guard's view
finds it (the same expression, a SudachiPy mode C word boundary at both ends); a reading
found there written in kana (and not beside a kanji word bearing it in the same text, as
a gloss) gets the surface ``(かな)``. A rule word's reading is left out
of the kana view when another surface bears it (issue 15, twenty-second round). The dev
benign prompts and ``bench/guard_data`` are not read by that kana test (held out for the
benign sweep of ``bench/guard_r22_kana_readings.py``); no generator row is read.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from guard_r22_typo_effects import benign_rows  # noqa: E402
from sudachipy import Dictionary, SplitMode  # noqa: E402

from guardrails.classify.kana_readings import _trie_pattern, pattern_kanji_words  # noqa: E402
from guardrails.classify.normalizer import normalize  # noqa: E402
from guardrails.policy import load_policy_file  # noqa: E402

OUT = ROOT / "guardrails/classify/kana_readings_everyday.tsv"
_KANJI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]")
_KANA = re.compile("[\u3041-\u3096ー]{3,}")
_TRAIN_SOURCES = {p.stem for p in Path("/work/shared/evaldata/guard/train").glob("*.jsonl")}
_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def main() -> None:
    dictionary = Dictionary(dict="core")
    tokenizers = [dictionary.create(SplitMode.A), dictionary.create(SplitMode.C)]
    table: dict[str, set[str]] = defaultdict(set)
    rows = [r["text"] for r in benign_rows() if _KANJI.search(r["text"])]
    for text in rows:
        for line in text[:4000].splitlines():
            if not _KANJI.search(line):
                continue
            for tokenizer in tokenizers:
                for m in tokenizer.tokenize(line):
                    surface = m.surface()
                    if not _KANJI.search(surface):
                        continue
                    reading = m.reading_form().translate(_TO_HIRAGANA)
                    if _KANA.fullmatch(reading):
                        table[reading].add(surface)
    policy = load_policy_file(ROOT / "policies/default.yaml").policy.guard
    words = pattern_kanji_words(p for c in policy.categories.values() for p in c.patterns)
    for word in words:
        reading = "".join(m.reading_form() for m in tokenizers[1].tokenize(word))
        reading = reading.translate(_TO_HIRAGANA)
        if _KANA.fullmatch(reading):
            table[reading].add(word)
    # Every start, overlapping: the runtime expression holds fewer readings, so a reading
    # hidden here behind a longer one (はいか|いかが) may stand alone there.
    finder = re.compile(f"(?=({_trie_pattern(table)}))")
    train = [r["text"] for r in benign_rows() if r["source"] in _TRAIN_SOURCES]
    seen = 0
    for text in train:
        folded = normalize(text[:4000])
        found = [(m.start(1), m.end(1)) for m in finder.finditer(folded)]
        if not found:
            continue
        bounds = {0, len(folded)}
        for m in tokenizers[1].tokenize(folded):
            bounds |= {m.begin(), m.end()}
        for start, end in found:
            reading = folded[start:end]
            # A reading glossing its own word (方法(ほうほう), a dictionary-style gloss)
            # is no other word: writing it back changes nothing the text does not hold.
            written = any(w in folded for w in table[reading] if w != "(かな)")
            if start in bounds and end in bounds and not written:
                table[reading].add("(かな)")
                seen += 1
    print(f"{len(train)} train benign rows; {seen} readings found written in kana")
    lines = [f"{r}\t{','.join(sorted(s))}" for r, s in sorted(table.items())]
    header = "# reading<TAB>kanji surfaces bearing it in benign text; bench/build_kana_readings.py"
    OUT.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows with kanji; {len(lines)} readings -> {OUT}")


if __name__ == "__main__":
    main()
