"""The import contract: the layers of the design (ui → controller → services → binotel), read
from the code's syntax tree, so a rule broken by a new import fails here (and in ``make lint``)
instead of living in a comment.

Every import counts: at module level, inside a function (the lazy imports that keep start-up
light), and under ``TYPE_CHECKING`` (a cycle of annotations is still two modules that each
need the other). Violations that exist today and are being removed are listed, with the work
that removes them, in ``KNOWN``; an entry that is no longer needed fails too, so the list
only shrinks.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = "calllauncher"
ROOT = Path(__file__).resolve().parent.parent / PACKAGE


@dataclass(frozen=True)
class Layer:
    names: tuple[str, ...]  # subpackages or modules of calllauncher/
    independent: bool = True  # siblings in the layer may not import each other


# High to low: a module may import its own part freely and any lower layer, never a higher
# one. Names that do not exist yet (startup, wording, identity: issue 13) are placed now so
# the branches that add them merge into a contract that already knows where they go.
LAYERS = [
    Layer(("__main__",)),
    Layer(("launcher", "startup")),  # the pre-Qt phase: parse, self-check, hand a link over
    Layer(("app", "application"), independent=False),  # builds everything (app: the facade)
    Layer(("ui", "cli", "selfcheck")),  # three front ends: none may use another's parts
    Layer(("controller",)),
    Layer(("wording",)),  # every user-visible sentence, Qt Core only, shared by ui and cli
    # services say things through translation; translation reads the language setting.
    Layer(("services", "translation"), independent=False),
    Layer(("demo",)),  # the demo account's facts; starts the simulated PBX on demand
    Layer(("fakepbx",)),
    Layer(("callstate", "callkinds")),  # facts of a call, no Qt, no words
    Layer(("binotel", "phone", "resources")),
    Layer(("number_reason",)),  # why a number is refused, as a fact: phone and wording
    Layer(("identity",)),
]

# Pure Python, usable without Qt: the library, number parsing and the simulated PBX (which
# the command line's --demo and the benchmarks run without a QApplication).
QT_FREE = ("binotel", "phone", "fakepbx")
QT = ("PySide6", "shiboken6")

# Third-party packages each kept behind one part (ruff's TID251 says the same per file; this
# check is per module and cannot be switched off with a noqa).
ONLY_IN = {
    "keyring": ("services.credentials", "selfcheck"),
    "requests": ("binotel",),
    "urllib3": ("binotel",),
    "jeepney": ("services.hotkeys.portal",),  # the portal's own D-Bus connection
}

# The simulated PBX checks requests with its own code (PHP semantics for 2.0, fakepbx/
# phpjson.py), never the client's encoder, or a bug in the encoder would be agreed with.
# It shares only the table of operations and field names, which is the protocol itself.
FAKEPBX_MAY_TAKE_FROM_WIRE = frozenset({"OPERATIONS", "FIELDS", "Operation", "VERSIONS"})

# Known violations, to be removed: (importer, imported) -> why it is still here. The contract
# passes with these and fails on any other; delete an entry when its import goes.
KNOWN: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Import:
    importer: str  # dotted, without the "calllauncher." prefix ("" for the package itself)
    target: str  # dotted, absolute ("calllauncher.ui.wording", "requests.adapters")
    names: tuple[str, ...]  # what a from-import takes
    line: int

    @property
    def internal(self) -> str | None:
        """The target inside the package, without the prefix; None for a third party."""
        if self.target == PACKAGE:
            return ""
        if self.target.startswith(PACKAGE + "."):
            return self.target[len(PACKAGE) + 1 :]
        return None

    def where(self) -> str:
        path = (self.importer or "__init__").replace(".", "/")
        return f"{PACKAGE}/{path}.py:{self.line}"


def module_names() -> dict[str, Path]:
    """Every module of the package by its dotted name ("" for calllauncher/__init__.py)."""
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = module_names()


def _is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def _absolute(importer: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = [PACKAGE, *importer.split(".")] if importer else [PACKAGE]
    if not _is_package(importer):
        base.pop()  # a module's relative imports start at its package
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_of(name: str) -> Iterator[Import]:
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"), str(MODULES[name]))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(name, alias.name, (), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(name, node)
            taken = tuple(alias.name for alias in node.names)
            submodules = [t for t in taken if _internal_module(f"{source}.{t}")]
            # "from pkg import module" depends on that module; "from pkg import name" on pkg.
            for sub in submodules:
                yield Import(name, f"{source}.{sub}", (), node.lineno)
            rest = tuple(t for t in taken if t not in submodules)
            if rest:
                yield Import(name, source, rest, node.lineno)


def _internal_module(dotted: str) -> bool:
    return dotted.startswith(PACKAGE + ".") and dotted[len(PACKAGE) + 1 :] in MODULES


ALL_IMPORTS = [imp for name in MODULES for imp in imports_of(name)]


def _part(name: str) -> str:
    return name.split(".")[0]


def _layer_of(name: str) -> int | None:
    for index, layer in enumerate(LAYERS):
        if _part(name) in layer.names:
            return index
    return None


def _in(name: str, parts: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in parts)


def layer_breaks(imports: list[Import]) -> Iterator[tuple[Import, str]]:
    for imp in imports:
        target = imp.internal
        if not target or not imp.importer or _part(target) == _part(imp.importer):
            continue  # the package's own __init__, or within one part
        low, high = _layer_of(target), _layer_of(imp.importer)
        assert low is not None and high is not None  # test_every_module_has_a_layer
        if low < high:
            yield imp, f"{_part(imp.importer)} is below {_part(target)}"
        elif low == high and LAYERS[low].independent:
            yield imp, f"{_part(imp.importer)} and {_part(target)} are independent"


def rule_breaks(imports: list[Import]) -> Iterator[tuple[Import, str]]:
    for imp in imports:
        top = imp.target.split(".")[0]
        if top in QT and _in(imp.importer, QT_FREE):
            yield imp, f"{_part(imp.importer)} is Qt-free"
        allowed = ONLY_IN.get(top)
        if allowed is not None and not _in(imp.importer, allowed):
            yield imp, f"{top} belongs in {', '.join(allowed)} only"
        target = imp.internal
        if _in(imp.importer, ("fakepbx",)) and target is not None and _in(target, ("binotel",)):
            if target != "binotel.wire" or not imp.names:
                yield imp, "fakepbx takes only the protocol tables from binotel.wire"
            elif not set(imp.names) <= FAKEPBX_MAY_TAKE_FROM_WIRE:
                extra = sorted(set(imp.names) - FAKEPBX_MAY_TAKE_FROM_WIRE)
                yield imp, f"fakepbx checks requests with its own code, not wire.{extra[0]}"


def edges(imports: list[Import]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for imp in imports:
        target = imp.internal
        known = (imp.importer, target) in KNOWN
        if target is not None and target in MODULES and target != imp.importer and not known:
            graph[imp.importer].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
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

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _unknown(pairs: Iterator[tuple[Import, str]]) -> list[str]:
    return [
        f"{imp.where()}: {imp.target} ({why})"
        for imp, why in pairs
        if (imp.importer, imp.internal) not in KNOWN
    ]


def test_every_module_has_a_layer() -> None:
    unplaced = [name for name in MODULES if name and _layer_of(name) is None]
    assert not unplaced, f"add these to LAYERS in {__file__}: {unplaced}"


def test_imports_point_down() -> None:
    broken = _unknown(layer_breaks(ALL_IMPORTS))
    assert not broken, "\n".join(broken)


def test_rules_for_third_parties_and_the_simulated_pbx() -> None:
    broken = _unknown(rule_breaks(ALL_IMPORTS))
    assert not broken, "\n".join(broken)


def test_no_import_cycle() -> None:
    found = cycles(edges(ALL_IMPORTS))
    assert not found, "modules that import each other: " + "; ".join(map(", ".join, found))


def test_known_violations_still_exist() -> None:
    """An entry whose import is gone must go too, or the import could come back unnoticed."""
    present = {(imp.importer, imp.internal) for imp in ALL_IMPORTS}
    assert not [pair for pair in KNOWN if pair not in present]


# The checks themselves, on made-up imports: each must see what it is for.


def _fake(importer: str, target: str, *names: str) -> Import:
    return Import(importer, f"{PACKAGE}.{target}" if target else PACKAGE, names, 1)


@pytest.mark.parametrize(
    ("importer", "target"),
    [
        ("services.tasks", "controller.dialer"),  # upwards
        ("controller.dialer", "ui.main_window"),
        ("binotel.client", "services.settings"),
        ("cli.commands", "ui.dialer_form"),  # independent siblings
        ("selfcheck", "cli.parser"),
    ],
)
def test_an_upward_or_sideways_import_is_caught(importer: str, target: str) -> None:
    assert list(layer_breaks([_fake(importer, target)]))


def test_downward_and_own_part_imports_pass() -> None:
    fine = [
        _fake("ui.main_window", "controller.dialer"),
        _fake("ui.main_window", "ui.banner"),
        _fake("services.credentials", "translation"),
        _fake("translation", "services.settings"),  # one non-independent layer
        _fake("selfcheck", ""),
    ]
    assert not list(layer_breaks(fine))


@pytest.mark.parametrize(
    ("importer", "target", "names"),
    [
        ("binotel.client", "PySide6.QtCore", ()),
        ("phone", "PySide6", ("QtCore",)),
        ("fakepbx.server", "shiboken6", ()),
        ("ui.main_window", "keyring", ()),
        ("services.settings", "requests", ()),
        ("controller.account", "urllib3.util", ()),
        ("fakepbx.server", f"{PACKAGE}.binotel.wire", ("sign",)),
        ("fakepbx.server", f"{PACKAGE}.binotel.wire", ()),  # import ...wire as a module
        ("fakepbx.handler", f"{PACKAGE}.binotel.client", ("Client",)),
    ],
)
def test_a_banned_import_is_caught(importer: str, target: str, names: tuple[str, ...]) -> None:
    assert list(rule_breaks([Import(importer, target, names, 1)]))


def test_the_protocol_tables_pass() -> None:
    tables = Import("fakepbx.server", f"{PACKAGE}.binotel.wire", ("OPERATIONS", "FIELDS"), 1)
    assert not list(rule_breaks([tables, Import("binotel.http", "requests", (), 1)]))


def test_a_cycle_is_caught() -> None:
    graph: dict[str, set[str]] = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_imports_resolve() -> None:
    """The resolver is what every check stands on: a wrong one would pass everything."""
    window = {(imp.target, imp.names) for imp in imports_of("ui.main_window")}
    assert (f"{PACKAGE}.controller.dialer", ("DialController",)) in window  # ..controller.x
    assert (f"{PACKAGE}.ui.banner", ("Banner",)) in window  # .banner
    assert (f"{PACKAGE}.binotel", ("CallStarted",)) in window  # a name from a package
    package = {imp.target for imp in imports_of("fakepbx")}  # absolute, from an __init__
    assert f"{PACKAGE}.fakepbx.server" in package
    handler = {imp.target for imp in imports_of("fakepbx.handler")}  # from pkg import module
    assert f"{PACKAGE}.fakepbx.phpjson" in handler
