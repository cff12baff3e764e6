"""No import cycle in mtgdesk, read from the source (ast), nothing imported.

Two graphs of the package's own modules:

- the import-time graph: the imports a module runs when it is imported (its top-level
  statements, inside `if`/`try` too, but not under `if TYPE_CHECKING:`). A cycle here
  is a partly initialised module waiting to happen. There is none, anywhere.
- the dependency graph: every import statement, also those inside functions (imported
  late, to start faster) and those only for type checking. A cycle here is two modules
  that cannot be understood, tested or moved one without the other. There is none in
  ui/; the few elsewhere are listed in KNOWN_CYCLES, which may only shrink.

`from package import name` counts as importing package.name when that is a module,
else as importing the package.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import mtgdesk

PACKAGE_DIR = Path(mtgdesk.__file__).parent
UI = "mtgdesk.ui"
UI_TOP_LEVEL_LIMIT = 15

# Cycles of the dependency graph outside ui/, each as the set of modules of one strongly
# connected component. Break one, then take it out here (the test says when).
KNOWN_CYCLES: list[frozenset[str]] = []


def module_files() -> dict[str, Path]:
    files = {}
    for path in PACKAGE_DIR.rglob("*.py"):
        parts = ["mtgdesk", *path.relative_to(PACKAGE_DIR).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        files[".".join(parts)] = path
    return files


MODULES = module_files()


def _is_type_checking(test: ast.expr) -> bool:
    return "TYPE_CHECKING" in ast.unparse(test)


def _import_time_nodes(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                yield from _import_time_nodes(node.body)
            yield from _import_time_nodes(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody,
                          *(h.body for h in node.handlers)):
                yield from _import_time_nodes(block)


def imported_modules(name: str, *, import_time: bool) -> set[str]:
    """The package's modules that module `name` imports."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    nodes = (_import_time_nodes(tree.body) if import_time else
             (n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)))
    found = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in MODULES)
            continue
        if node.level:  # relative: from . import x, from ..y import z
            base = name.split(".")
            if path.name != "__init__.py":
                base.pop()
            base = base[:len(base) - (node.level - 1)]
            source = ".".join([*base, node.module] if node.module else base)
        else:
            source = node.module or ""
        for alias in node.names:
            submodule = f"{source}.{alias.name}"
            if submodule in MODULES:
                found.add(submodule)
            elif source in MODULES:
                found.add(source)
    found.discard(name)
    return found


def import_graph(*, import_time: bool) -> dict[str, set[str]]:
    return {name: imported_modules(name, import_time=import_time) for name in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph[succ]))))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(frozenset(component))
    return found


def a_path(graph: dict[str, set[str]], component: frozenset[str]) -> str:
    """One cycle through the component, as 'a -> b -> a', for the failure message."""
    start = min(component)
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        node = frontier.pop(0)
        for succ in sorted(graph[node] & component):
            if succ == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return " -> ".join([start, *reversed(path[:-1]), start])
            if succ not in previous:
                previous[succ] = node
                frontier.append(succ)
    raise AssertionError(f"no cycle through {sorted(component)}")


def describe(graph: dict[str, set[str]], found: list[frozenset[str]]) -> str:
    return "\n".join(a_path(graph, c) for c in found)


def test_the_graph_is_read_from_the_source() -> None:
    graph = import_graph(import_time=False)
    assert "mtgdesk.ui.window.main_window" in graph
    assert "mtgdesk.ui.dialogs" in graph["mtgdesk.ui.window.main_window"]
    assert "mtgdesk.ui.safety.safety" in graph["mtgdesk.ui.window.main_window"]  # late
    assert "mtgdesk.ui.safety.safety" not in import_graph(import_time=True)[
        "mtgdesk.ui.window.main_window"]


def test_a_cycle_is_found_and_named() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    found = cycles(graph)
    assert found == [frozenset({"a", "b", "c"})]
    assert describe(graph, found) == "a -> b -> c -> a"


def test_no_module_imports_itself_back_at_import_time() -> None:
    graph = import_graph(import_time=True)
    found = cycles(graph)
    assert not found, "import cycles:\n" + describe(graph, found)


def test_no_dependency_cycle_in_ui() -> None:
    graph = import_graph(import_time=False)
    found = [c for c in cycles(graph) if any(m.startswith(UI + ".") for m in c)]
    assert not found, "dependency cycles in ui:\n" + describe(graph, found)


def test_dependency_cycles_elsewhere_are_only_the_known_ones() -> None:
    graph = import_graph(import_time=False)
    found = [c for c in cycles(graph) if not any(m.startswith(UI + ".") for m in c)]
    new = [c for c in found if c not in KNOWN_CYCLES]
    assert not new, "new dependency cycles:\n" + describe(graph, new)
    gone = [sorted(c) for c in KNOWN_CYCLES if c not in found]
    assert not gone, f"no longer cycles (or changed): take them out of KNOWN_CYCLES: {gone}"


def test_ui_keeps_at_most_15_modules_at_its_top() -> None:
    top = sorted(p.name for p in (PACKAGE_DIR / "ui").glob("*.py"))
    assert len(top) <= UI_TOP_LEVEL_LIMIT, top
