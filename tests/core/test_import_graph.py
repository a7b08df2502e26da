"""The import graph of spacesgui has no cycle, counting every import, even one inside a function.

import-linter checks the layers, but it cannot see a cycle that a late import hides: a module
imported inside a function still has to be importable from that place, and such a loop is what
makes parts of a program impossible to test or load on their own. Run it as a script
(`python -m tests.core.test_import_graph`) to print each package's arrows.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "spacesgui"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(ROOT.rglob("*.py"))}


def _imported(node: ast.AST, module: str, is_package: bool, known: set[str]) -> Iterator[str]:
    """The spacesgui modules one import statement names (a name that is a module counts as it)."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.startswith("spacesgui"):
                yield alias.name
        return
    if not isinstance(node, ast.ImportFrom):
        return
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, node.module] if node.module else base)
    else:
        target = node.module or ""
    if not target.startswith("spacesgui"):
        return
    for alias in node.names:
        submodule = f"{target}.{alias.name}"
        yield submodule if submodule in known else target


def import_graph() -> dict[str, set[str]]:
    """Every spacesgui module and the spacesgui modules it imports anywhere in its text."""
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"
        edges = {target for node in ast.walk(tree)
                 for target in _imported(node, name, is_package, known)}
        # A package's own __init__ is loaded before any of its modules: that arrow is no cycle.
        graph[name] = {t for t in edges if t != name and not name.startswith(t + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start, first_targets in graph.items():
        if start in index:
            continue
        work = [(start, iter(sorted(first_targets)))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def _area(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else module


def test_the_finder_sees_late_imports() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    tree = ast.parse("def f():\n    from spacesgui.s3 import errors\n")
    found = {t for node in ast.walk(tree)
             for t in _imported(node, "spacesgui.x", False, {"spacesgui.s3.errors"})}
    assert found == {"spacesgui.s3.errors"}


def test_spacesgui_has_no_import_cycle() -> None:
    graph = import_graph()
    assert len(graph) > 100, "the walk found too few modules to mean anything"
    assert cycles(graph) == []


def main() -> int:
    graph = import_graph()
    arrows: Counter[tuple[str, str]] = Counter()
    for source, targets in graph.items():
        for target in targets:
            if _area(source) != _area(target):
                arrows[_area(source), _area(target)] += 1
    print(f"{len(graph)} modules, {sum(len(t) for t in graph.values())} imports between them")
    for (source, target), count in sorted(arrows.items()):
        print(f"  {source} -> {target}  ({count})")
    found = cycles(graph)
    print("cycles:", found or "none")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
