"""The twenty-first round's English families with their key words typed wrong (evaluation only).

    python bench/guard_r21_typos.py                  # whole guard, per half
    python bench/guard_r21_typos.py --rules-only     # the rules alone
    python bench/guard_r21_typos.py --show blind     # held-out errors

Takes the rows of ``guard_r21_en_families`` (attacks and their benign twins, each template
already dealt into ``dev``, tuned on, or ``blind``, held out, by that generator before any
rule was written) and types one or two of each row's key words wrong the way people do on a
QWERTY keyboard: two neighbours swapped, a letter dropped, a neighbouring key struck instead
or as well, a letter doubled. Key words are the row's longest content words of five letters
or more (a typo in "the" or "how" changes nothing a rule reads). The first letter is kept:
people rarely mistype it, and where they do no reading of the word is safe. Twins are typed
wrong the same way, so a reading that stops attacks and the benign side alike shows up.
Seeded; written for this measurement (issue 15), not tuned on.
"""

from __future__ import annotations

import random
import re

from guard_grave_requests import cli
from guard_r21_en_families import generate as family_rows

__all__ = ["generate", "typo"]

SEED = 21_215

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, str] = {}
for _r, _keys in enumerate(_ROWS):
    for _c, _key in enumerate(_keys):
        near = [_keys[i] for i in (_c - 1, _c + 1) if 0 <= i < len(_keys)]
        for _other in (_r - 1, _r + 1):
            if 0 <= _other < len(_ROWS):
                near += [_ROWS[_other][i] for i in (_c - 1, _c) if 0 <= i < len(_ROWS[_other])]
        _NEIGHBOURS[_key] = "".join(near)

# Words too common to be what a rule keys on.
_FUNCTION = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "because",
        "before",
        "being",
        "below",
        "between",
        "could",
        "doing",
        "during",
        "every",
        "further",
        "having",
        "other",
        "their",
        "there",
        "these",
        "those",
        "through",
        "under",
        "until",
        "where",
        "which",
        "while",
        "would",
        "should",
        "without",
        "someone",
        "something",
        "anyone",
        "anything",
        "nobody",
        "people",
        "thing",
        "things",
        "really",
        "maybe",
        "please",
        "thanks",
    ]
)
_WORD = re.compile(r"[A-Za-z]{5,}")


def typo(word: str, rng: random.Random) -> str:
    """``word`` with one keyboard slip past its first letter (case kept where it can)."""
    lower = word.lower()
    kind = rng.choice(("swap", "drop", "substitute", "insert", "double"))
    i = rng.randrange(1, len(lower) - 1) if kind == "swap" else rng.randrange(1, len(lower))
    if kind == "swap":
        out = lower[:i] + lower[i + 1] + lower[i] + lower[i + 2 :]
    elif kind == "drop":
        out = lower[:i] + lower[i + 1 :]
    elif kind == "substitute":
        out = lower[:i] + rng.choice(_NEIGHBOURS.get(lower[i], lower[i])) + lower[i + 1 :]
    elif kind == "insert":
        out = lower[:i] + rng.choice(_NEIGHBOURS.get(lower[i], lower[i])) + lower[i:]
    else:
        out = lower[:i] + lower[i] + lower[i:]
    if out == lower:
        out = lower[:i] + lower[i + 1 :]
    return out if word.islower() else word[0] + out[1:]


def typed_wrong(text: str, rng: random.Random) -> str:
    """``text`` with one or two of its longest content words mistyped."""
    words = [m for m in _WORD.finditer(text) if m.group().lower() not in _FUNCTION]
    if not words:
        return text
    longest = sorted(words, key=lambda m: (-len(m.group()), m.start()))[:3]
    chosen = rng.sample(longest, min(len(longest), rng.choice((1, 2))))
    out = text
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        out = out[: match.start()] + typo(match.group(), rng) + out[match.end() :]
    return out


def generate() -> list[dict[str, str]]:
    """The family rows, each with its key words typed wrong (seeded), ids kept apart."""
    rng = random.Random(SEED)
    return [
        {
            **row,
            "id": row["id"].replace("r21en-g", "r21typo-"),
            "text": typed_wrong(row["text"], rng),
        }
        for row in family_rows()
    ]


def main() -> None:
    cli(__doc__.splitlines()[0], generate)


if __name__ == "__main__":
    main()
