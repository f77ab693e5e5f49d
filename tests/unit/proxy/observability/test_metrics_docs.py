"""docs/operations.md's metrics table lists every metric the gateway registers, with its
labels."""

from __future__ import annotations

import re
from pathlib import Path

from proxy.observability.metrics import GatewayMetrics

DOC = Path(__file__).parents[4] / "docs" / "operations.md"


def _registered() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for collector in vars(GatewayMetrics()).values():
        name = getattr(collector, "_name", None)
        labels = getattr(collector, "_labelnames", ())
        if name is not None:
            kind = getattr(collector, "_type", "")
            out[f"{name}_total" if kind == "counter" else name] = list(labels)
    return out


def test_every_metric_has_a_row_with_its_labels() -> None:
    rows = {
        match["name"]: match["labels"]
        for match in re.finditer(
            r"^\| `(?P<name>mamori_[a-z_]+)` \| \w+ \| (?P<labels>[^|]*) \|",
            DOC.read_text(encoding="utf-8"),
            re.MULTILINE,
        )
    }
    registered = _registered()
    assert len(registered) > 20
    missing = sorted(set(registered) - set(rows))
    assert not missing, f"{DOC.name} has no row for {', '.join(missing)}"
    for name, labels in registered.items():
        assert re.findall(r"`(\w+)`", rows[name]) == labels, name
