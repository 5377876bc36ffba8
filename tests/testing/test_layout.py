"""The modules of `signalwire_calling.testing` import each other without a cycle, not even a type-level one.

Every import counts: at the top of a module, under `if TYPE_CHECKING:`, or inside a function.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import signalwire_calling.testing

PACKAGE = "signalwire_calling.testing"
ROOT = Path(signalwire_calling.testing.__file__).parent
MODULES = {path.stem for path in ROOT.glob("*.py")}


def imported(source: str, modules: set[str]) -> set[str]:
    """The modules of the package (`__init__` for the package itself) that `source` imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(_module(alias.name, modules) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level <= 1:  # `from ..x` is outside the package
            base = _absolute(node)
            for alias in node.names:
                submodule = base == PACKAGE and alias.name in modules
                found.add(alias.name if submodule else _module(base, modules))
    found.discard("")
    return found


def _absolute(node: ast.ImportFrom) -> str:
    """The module a `from … import` (absolute, or relative to the package) imports from."""
    if node.level == 0:
        return node.module or ""
    return f"{PACKAGE}.{node.module}" if node.module else PACKAGE


def _module(name: str, modules: set[str]) -> str:
    """`name`'s module of the package, `__init__` for the package, "" for a module elsewhere."""
    if name == PACKAGE:
        return "__init__"
    head = name.removeprefix(f"{PACKAGE}.").split(".")[0]
    return head if name.startswith(f"{PACKAGE}.") and head in modules else ""


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of `graph` as the path that closes it (`[a, b, a]`), or None when it has none."""
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        for target in sorted(graph.get(node, ())):
            cycle = visit(target, [*path, node])
            if cycle is not None:
                return cycle
        done.add(node)
        return None

    for start in sorted(graph):
        cycle = visit(start, [])
        if cycle is not None:
            return cycle
    return None


def import_graph() -> dict[str, set[str]]:
    return {name: imported((ROOT / f"{name}.py").read_text(), MODULES) - {name} for name in MODULES}


def test_the_testing_modules_import_each_other_without_a_cycle() -> None:
    graph = import_graph()
    assert graph["_mock"] >= {"_records", "_rules", "_server", "_transport"}  # the graph is really read
    assert find_cycle(graph) is None, f"import cycle: {' -> '.join(find_cycle(graph) or [])}"


def test_the_records_are_at_the_bottom_and_the_run_modes_take_a_handler() -> None:
    graph = import_graph()
    assert graph["_records"] == set()
    assert graph["_server"] == graph["_transport"] == {"_records"}


def test_the_clock_the_media_and_the_status_events_know_only_the_records() -> None:
    graph = import_graph()
    assert graph["_timers"] == set()  # the clock knows nothing of calls
    assert graph["_media"] == {"_records", "_timers"}
    assert graph["_status_events"] == {"_records"}
    assert graph["_payloads"] == {"_records", "_status_events"}


def test_imports_under_type_checking_and_in_functions_count() -> None:
    source = textwrap.dedent(
        """
        from typing import TYPE_CHECKING
        from .. import webhooks
        from . import _rules
        from ._records import Call
        if TYPE_CHECKING:
            from ._mock import CallingMock
        def later():
            import signalwire_calling.testing._server
            from signalwire_calling.testing import Delivery
        """
    )
    modules = {"_rules", "_records", "_mock", "_server"}
    assert imported(source, modules) == {"_rules", "_records", "_mock", "_server", "__init__"}


def test_a_cycle_is_found_and_shown() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"a"}}) == ["a", "a"]
