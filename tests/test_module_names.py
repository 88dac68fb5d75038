"""Each module binds a top-level name once: a second pattern or table of the same name, written lower in a long
module, silently replaces the first for every function that reads it (a mend's year pattern became another mend's)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import biblio


def _rebound(tree: ast.Module) -> list[str]:
    counts: Counter[str] = Counter()
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
            reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
            reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)} if node.value else set()
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
            continue
        for t in targets:
            if isinstance(t, ast.Name) and t.id not in reads:
                counts[t.id] += 1
    return [name for name, n in counts.items() if n > 1]


def test_no_module_binds_a_top_level_name_twice() -> None:
    root = Path(biblio.__file__).parent
    twice = {
        str(path.relative_to(root)): names
        for path in sorted(root.rglob("*.py"))
        if (names := _rebound(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert twice == {}
