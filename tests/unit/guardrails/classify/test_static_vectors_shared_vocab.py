"""The guard's static vectors over the PII engine's GiNZA vocabulary (what ``mamori serve``
does to read the model once): the same vectors as a model loaded on its own."""

from __future__ import annotations

import numpy as np

from guardrails.classify import static_vectors as module
from guardrails.pii.nlp_engine import GinzaNlpEngine

TEXTS = (
    "市役所で住民票の写しを取りたいのですが、どうすればいいですか。",
    "粗大ごみの収集日を教えてください",
    "Please reset my password.",
)


def test_shared_vocabulary_gives_the_same_vectors() -> None:
    engine = GinzaNlpEngine()
    engine.load()
    assert engine.vocab is not None
    own = module.static_vectors.__wrapped__("ja_ginza")  # bypasses the process cache
    module.share_vocab("ja_ginza", engine.vocab)
    try:
        shared = module.static_vectors.__wrapped__("ja_ginza")
    finally:
        module._shared_vocabs.pop("ja_ginza", None)
    assert shared._vectors is engine.vocab.vectors  # read once, not twice
    for text in TEXTS:
        a, b = own.read(text), shared.read(text)
        assert (a.words, a.unknown) == (b.words, b.unknown)
        assert a.words > 0
        np.testing.assert_array_equal(a.vector, b.vector)
