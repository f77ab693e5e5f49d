from __future__ import annotations

from dataclasses import dataclass

import pytest

from proxy.upstream.backend import EngineLoad
from proxy.upstream.load_balancer import LoadBalancer, affinity_key


@dataclass
class _Replica:
    url: str
    in_flight: int = 0
    healthy: bool = True
    engine: EngineLoad | None = None
    seen_in_flight: int = 0


def _replicas(*in_flight: int) -> list[_Replica]:
    return [_Replica(f"http://r{i}", n) for i, n in enumerate(in_flight)]


def test_round_robin_rotates_over_healthy() -> None:
    replicas = _replicas(5, 0, 0)
    replicas[2].healthy = False
    balancer = LoadBalancer("round_robin")
    picks = [balancer.order(replicas)[0].url for _ in range(4)]
    assert picks == ["http://r0", "http://r1", "http://r0", "http://r1"]


def test_least_loaded_picks_fewest_outstanding_and_spreads_ties() -> None:
    replicas = _replicas(3, 1, 1)
    balancer = LoadBalancer()
    assert {balancer.order(replicas)[0].url for _ in range(4)} == {"http://r1", "http://r2"}
    assert balancer.order(replicas)[-1].url == "http://r0"


@pytest.mark.parametrize(
    ("engine", "expected"),
    [
        (EngineLoad(waiting=3, running=2, kv_cache_usage=0.0, read_at=0.0), "http://r1"),
        (EngineLoad(waiting=0, running=2, kv_cache_usage=1.0, read_at=0.0), "http://r1"),
        (EngineLoad(waiting=0, running=2, kv_cache_usage=0.1, read_at=0.0), "http://r0"),
        (EngineLoad(waiting=9, running=2, kv_cache_usage=1.0, read_at=-100.0), "http://r0"),
    ],
    ids=["vllm-waiting", "kv-cache-full", "light-reading", "stale-reading-ignored"],
)
def test_vllm_metrics_refine_the_score(engine: EngineLoad, expected: str) -> None:
    replicas = _replicas(1, 2)
    replicas[0].engine = engine
    balancer = LoadBalancer(kv_cache_weight=4.0, stale_after_s=10.0, clock=lambda: 0.0)
    assert balancer.order(replicas)[0].url == expected


def test_replicas_at_their_limit_go_last() -> None:
    replicas = _replicas(4, 1)
    replicas[1].engine = EngineLoad(waiting=9, running=1, kv_cache_usage=0.0, read_at=0.0)
    balancer = LoadBalancer(max_in_flight=4, clock=lambda: 0.0)
    # r1 scores 10 against r0's 4, but r0 has no slot left for the gateway.
    assert balancer.order(replicas)[0].url == "http://r1"


def test_prefix_affinity_sticks_within_the_slack() -> None:
    replicas = _replicas(0, 0, 0)
    balancer = LoadBalancer(prefix_affinity=True, affinity_slack=2)
    key = affinity_key({"messages": [{"role": "system", "content": "FAQ ..."}]})
    assert key is not None
    first = balancer.order(replicas, key)[0]
    assert all(balancer.order(replicas, key)[0] is first for _ in range(5))
    first.in_flight = 2
    assert balancer.order(replicas, key)[0] is first  # within the slack of the others
    first.in_flight = 3
    assert balancer.order(replicas, key)[0] is not first  # too busy: least loaded wins


@pytest.mark.parametrize(
    ("messages", "same_as_base"),
    [
        ([{"role": "system", "content": "S"}, {"role": "user", "content": "other"}], True),
        ([{"role": "system", "content": "T"}, {"role": "user", "content": "q"}], False),
        ([{"role": "user", "content": "q"}], None),
    ],
    ids=["same-system-prompt", "other-system-prompt", "no-system-prompt"],
)
def test_affinity_key_covers_only_leading_system_messages(
    messages: list[dict[str, str]], same_as_base: bool | None
) -> None:
    base = affinity_key(
        {"messages": [{"role": "system", "content": "S"}, {"role": "user", "content": "q"}]}
    )
    key = affinity_key({"messages": messages})
    if same_as_base is None:
        assert key is None
    else:
        assert (key == base) is same_as_base


def test_slots_other_workers_hold_count_as_load() -> None:
    """With a shared state store, a replica busy with other workers' requests is not
    "empty" because this worker sends it nothing."""
    replicas = _replicas(1, 0)
    replicas[1].seen_in_flight = 3
    balancer = LoadBalancer(max_in_flight=3, clock=lambda: 0.0)
    assert [r.url for r in balancer.order(replicas)] == ["http://r0", "http://r1"]
    assert balancer.score(replicas[1]) == 3
