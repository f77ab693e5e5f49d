"""The packages depend downward only, and proxy/'s wings too: read from the imports.

Every ``import``/``from … import`` in proxy/, guardrails/ and retrieval/ (function-level
and ``TYPE_CHECKING`` ones included: a circle that only type checking closes is still a
circle for a reader) becomes an edge between modules of the project. The tests fail on an
import circle, on guardrails/ or retrieval/ importing proxy/, and on a wing of proxy/
importing a wing above it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PACKAGES = ("proxy", "guardrails", "retrieval")

#: proxy/'s wings from the bottom up; a module may import its own wing and those below.
WING_LEVEL = {
    "errors": 0,
    "openai_wire": 0,
    "settings": 0,
    "observability": 0,
    "state": 0,
    "access": 1,
    "pipeline": 1,
    "upstream": 1,
    "api": 2,
    "cli": 2,
    "app": 3,
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
    }


def _imported(tree: ast.AST, known: dict[str, Path]) -> Iterator[str]:
    """Project modules a module's code imports (a name imported from a package that is
    itself a module counts as that module)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known:
                    yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module in known:
                yield node.module
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                if candidate in known:
                    yield candidate


def _graph() -> dict[str, set[str]]:
    known = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[name] = {target for target in _imported(tree, known) if target != name}
    return graph


GRAPH = _graph()


def _wing(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "proxy" or len(parts) < 2:
        return None
    return parts[1]


def test_the_graph_is_read() -> None:
    # A walker that finds nothing would pass every test below.
    assert len(GRAPH) > 100
    assert "proxy.pipeline.runner" in GRAPH["proxy.api.chat"]
    assert "guardrails.policy" in GRAPH["proxy.pipeline.stages.guard"]


def test_no_import_circle() -> None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(GRAPH[node]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (circle := visit(target)) is not None:
                return circle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(GRAPH):
        if start not in state and (circle := visit(start)) is not None:
            pytest.fail("import circle: " + " -> ".join(circle))


@pytest.mark.parametrize("package", ["guardrails", "retrieval"])
def test_lower_packages_never_import_proxy(package: str) -> None:
    offenders = sorted(
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        if module.split(".")[0] == package
        for target in targets
        if target.split(".")[0] == "proxy"
    )
    assert offenders == []


def test_retrieval_never_imports_guardrails() -> None:
    offenders = sorted(
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        if module.startswith("retrieval")
        for target in targets
        if target.startswith("guardrails")
    )
    assert offenders == []


def test_every_proxy_module_belongs_to_a_known_wing() -> None:
    wings = {_wing(module) for module in GRAPH} - {None}
    assert wings <= set(WING_LEVEL), wings - set(WING_LEVEL)


def test_wings_import_downward_only() -> None:
    offenders = []
    for module, targets in GRAPH.items():
        wing = _wing(module)
        if wing is None:
            continue
        for target in targets:
            target_wing = _wing(target)
            if target_wing is not None and WING_LEVEL[target_wing] > WING_LEVEL[wing]:
                offenders.append(f"{module} ({wing}) imports {target} ({target_wing})")
    assert sorted(offenders) == []


def test_the_cli_never_imports_the_http_app() -> None:
    offenders = sorted(
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        if _wing(module) == "cli"
        for target in targets
        if _wing(target) in ("app", "api")
    )
    assert offenders == []
