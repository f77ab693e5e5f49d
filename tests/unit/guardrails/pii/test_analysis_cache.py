from __future__ import annotations

from guardrails.pii.analysis_cache import AnalysisCache
from guardrails.pii.findings import PiiFinding

FOUND = (PiiFinding(0, 2, "PERSON", 0.9),)


def test_least_recently_used_entries_go_first() -> None:
    cache = AnalysisCache(max_entries=2)
    a, b, c = (AnalysisCache.key(t, {"PERSON"}) for t in ("a", "b", "c"))
    cache.put(a, FOUND)
    cache.put(b, ())
    assert cache.get(a) == FOUND
    cache.put(c, ())
    assert cache.get(b) is None
    assert cache.get(a) == FOUND
    assert len(cache) == 2
    assert (cache.hits, cache.misses) == (2, 1)


def test_key_depends_on_text_and_entity_set_and_holds_no_text() -> None:
    key = AnalysisCache.key("山田太郎", {"PERSON"})
    assert key != AnalysisCache.key("山田太郎", {"PERSON", "EMAIL_ADDRESS"})
    assert key != AnalysisCache.key("山田次郎", {"PERSON"})
    assert key == AnalysisCache.key("山田太郎", ["PERSON"])
    assert "山田".encode() not in key
    assert len(key) == 32


def test_zero_entries_disables_it() -> None:
    cache = AnalysisCache(max_entries=0)
    key = AnalysisCache.key("a", {"PERSON"})
    cache.put(key, FOUND)
    assert cache.get(key) is None
