#!/usr/bin/env python3
"""Do the tests pin every rule? A small AST mutation run over the stage modules.

    .venv/bin/python benchmarks/mutation.py [--modules decode,junk] [--workers 2] [--budget 1800] [--json PATH]
        [--rerun PATH]

For each module, every mutation point is changed one at a time, and the module's own test file
runs against the mutant (``pytest -x``, in a private copy of the repository so the working tree is
never touched). A mutant is **killed** when a test fails (or it hangs past ``--timeout``), and
**survives** when every test still passes: then no test pins that rule, or the change makes no
difference (an equivalent mutant — read each survivor to tell which).

Mutations, in the spirit of mutmut:

* comparisons flipped (``<`` ↔ ``>=``, ``==`` ↔ ``!=``, ``in`` ↔ ``not in``, ``is`` ↔ ``is not``) and
  moved by one (``<`` ↔ ``<=``, ``>`` ↔ ``>=``);
* integer constants ± 1 and float constants ± 10% (thresholds moved);
* conditions of ``if``/``while``/ternaries negated;
* ``and`` ↔ ``or``.

``--rerun PATH`` (a ``--json`` file of an earlier run) judges only that run's survivors again, after
tests were added; the mutants it killed count as killed. It refuses a module whose mutation points
changed since.

Docstrings, ``NAME``/``REASONS``/``SUMMARY`` and ``__all__`` are left alone. Prints the kill rate per
module and lists every survivor. Not part of CI: a full run takes tens of minutes.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Module → the test files that pin it.
TESTS = {
    "decode": ["tests/test_decode_rules.py", "tests/test_decode.py", "tests/test_boundaries.py"],
    "unicode": ["tests/test_unicode.py", "tests/test_mojibake.py", "tests/test_boundaries.py"],
    "junk": ["tests/test_junk.py", "tests/test_boundaries.py", "tests/test_unseen_62.py"],
    "spam": ["tests/test_spam.py", "tests/test_spam_shapes.py", "tests/test_unseen_62.py"],
    "pinyin": ["tests/test_pinyin.py", "tests/test_neutral_notes_and_placeholders.py", "tests/test_boundaries.py"],
    "convert": ["tests/test_convert.py"],
    "punctuation": [
        "tests/test_punctuation.py",
        "tests/test_neutral_notes_and_placeholders.py",
        "tests/test_boundaries.py",
    ],
    "structure": ["tests/test_structure.py", "tests/test_trailer.py"],
    "metadata": [
        "tests/test_metadata_rules.py", "tests/test_metadata.py", "tests/test_page_bylines.py", "tests/test_header.py",
        "tests/test_unseen_62.py", "tests/test_unseen_66.py",
    ],
    "names": [
        "tests/test_names_rules.py", "tests/test_metadata_rules.py", "tests/test_metadata.py",
        "tests/test_page_bylines.py", "tests/test_header.py", "tests/test_unseen_66.py",
    ],
    "crumbs": [
        "tests/test_crumbs_rules.py", "tests/test_metadata_rules.py", "tests/test_metadata.py",
        "tests/test_structure.py", "tests/test_header.py", "tests/test_unseen_62.py",
    ],
    "outline": ["tests/test_outline.py", "tests/test_structure.py"],
    "header": [
        "tests/test_header.py",
        "tests/test_header_rules.py",
        "tests/test_unseen_titles.py",
        "tests/test_unseen_bylines.py",
        "tests/test_unseen_62.py",
        "tests/test_structure.py",
        "tests/test_page_titles.py",
        "tests/test_layouts.py",
    ],
    "title_shapes": [
        "tests/test_header.py",
        "tests/test_header_rules.py",
        "tests/test_header_shapes.py",
        "tests/test_header_shapes_36.py",
        "tests/test_unseen_titles.py",
        "tests/test_unseen_62.py",
    ],
    "titles": [
        "tests/test_titles_rules.py",
        "tests/test_header.py",
        "tests/test_header_rules.py",
        "tests/test_page_titles.py",
        "tests/test_structure.py",
    ],
    "dates": ["tests/test_dates.py", "tests/test_html_dates.py"],
    "bylines": ["tests/test_bylines_rules.py", "tests/test_page_bylines.py", "tests/test_header.py",
                "tests/test_layouts.py", "tests/test_structure.py", "tests/test_unseen_62.py"],
    "boilerplate": [
        "tests/test_boilerplate.py", "tests/test_page_widgets.py", "tests/test_structure.py", "tests/test_unseen_62.py",
    ],
    "html_regions": [
        "tests/test_html_regions_rules.py", "tests/test_extract.py", "tests/test_boundaries.py",
        "tests/test_page_bylines.py", "tests/test_html_dates.py",
    ],
    "html_blocks": [
        "tests/test_html_blocks_rules.py", "tests/test_extract.py", "tests/test_page_titles.py",
        "tests/test_boundaries.py",
    ],
    "html_content": [
        "tests/test_html_content_rules.py", "tests/test_extract.py", "tests/test_page_titles.py",
        "tests/test_page_bylines.py", "tests/test_html_dates.py",
    ],
    "config": ["tests/test_config.py", "tests/test_boundaries.py"],
    "mojibake": ["tests/test_mojibake_rules.py", "tests/test_mojibake.py", "tests/test_unicode.py"],
    "html_page": ["tests/test_html_page_rules.py", "tests/test_extract.py", "tests/test_boundaries.py"],
    "html_dates": ["tests/test_html_dates_rules.py", "tests/test_html_dates.py", "tests/test_extract.py"],
    "html_authors": [
        "tests/test_html_authors_rules.py", "tests/test_page_bylines.py", "tests/test_extract.py",
        "tests/test_page_titles.py",
    ],
    "html_tree": [
        "tests/test_html_tree_rules.py", "tests/test_extract.py", "tests/test_html_regions_rules.py",
        "tests/test_html_blocks_rules.py", "tests/test_html_content_rules.py", "tests/test_html_dates.py",
    ],
    "html_meta": [
        "tests/test_html_meta_rules.py", "tests/test_extract.py", "tests/test_page_titles.py",
        "tests/test_html_dates.py", "tests/test_page_bylines.py",
    ],
    "extract": [
        "tests/test_extract_rules.py", "tests/test_extract.py", "tests/test_page_titles.py",
        "tests/test_page_bylines.py", "tests/test_html_dates.py", "tests/test_junk.py",
    ],
}
UNMUTATED_NAMES = {"NAME", "REASONS", "SUMMARY", "__all__"}
FLIP = {ast.Lt: ast.GtE, ast.GtE: ast.Lt, ast.Gt: ast.LtE, ast.LtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
        ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}
BY_ONE = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt}
SYMBOL = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=", ast.In: "in",
          ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not"}


def module_path(name: str) -> Path:
    return REPO / "cleaner" / ("config.py" if name == "config" else f"stages/{name}.py")


@dataclass
class Mutant:
    module: str
    index: int
    line: int
    description: str
    outcome: str = ""  # killed, survived, timeout, error
    seconds: float = 0.0


def _skipped_nodes(tree: ast.Module) -> set[int]:
    """ids of nodes never mutated: docstrings and the stage's declared names."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            skipped.update(id(n) for n in ast.walk(body[0]))
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in UNMUTATED_NAMES for t in targets):
                skipped.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(n) for n in ast.walk(node))
    return skipped


class Mutator(ast.NodeTransformer):
    """Counts mutation points; with ``target`` set, applies the ``target``-th and describes it."""

    def __init__(self, skipped: set[int], target: int | None = None):
        self.skipped = skipped
        self.target = target
        self.count = 0
        self.points: list[tuple[int, str]] = []
        self.applied: str | None = None

    def _point(self, node: ast.AST, description: str) -> bool:
        index = self.count
        self.count += 1
        self.points.append((getattr(node, "lineno", 0), description))
        if index == self.target:
            self.applied = description
            return True
        return False

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        if id(node) in self.skipped:
            return node
        for i, op in enumerate(node.ops):
            for table, kind in ((FLIP, "flip"), (BY_ONE, "by one")):
                new = table.get(type(op))
                if new and self._point(node, f"{kind}: {SYMBOL[type(op)]} → {SYMBOL[new]}"):
                    node.ops[i] = new()
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if id(node) in self.skipped or isinstance(node.value, bool):
            return node
        if isinstance(node.value, int):
            for delta in (1, -1):
                if self._point(node, f"constant {node.value} → {node.value + delta}"):
                    return ast.copy_location(ast.Constant(node.value + delta), node)
        elif isinstance(node.value, float):
            for factor in (1.1, 0.9):
                new = round(node.value * factor, 6) if node.value else (0.01 if factor > 1 else -0.01)
                if self._point(node, f"constant {node.value} → {new}"):
                    return ast.copy_location(ast.Constant(new), node)
        return node

    def _negate_test(self, node: ast.If | ast.While | ast.IfExp) -> None:
        if id(node) not in self.skipped and self._point(node, f"negated condition ({type(node).__name__.lower()})"):
            node.test = ast.UnaryOp(ast.Not(), node.test)

    def visit_If(self, node: ast.If) -> ast.AST:
        self.generic_visit(node)
        self._negate_test(node)
        return node

    def visit_While(self, node: ast.While) -> ast.AST:
        self.generic_visit(node)
        self._negate_test(node)
        return node

    def visit_IfExp(self, node: ast.IfExp) -> ast.AST:
        self.generic_visit(node)
        self._negate_test(node)
        return node

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        if id(node) in self.skipped:
            return node
        swapped = ast.Or if isinstance(node.op, ast.And) else ast.And
        if self._point(node, f"{'and → or' if isinstance(node.op, ast.And) else 'or → and'}"):
            node.op = swapped()
        return node


def mutation_points(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    mutator = Mutator(_skipped_nodes(tree))
    mutator.visit(tree)
    return mutator.points


def mutated_source(source: str, index: int) -> str:
    tree = ast.parse(source)
    mutator = Mutator(_skipped_nodes(tree), index)
    tree = mutator.visit(tree)
    ast.fix_missing_locations(tree)
    return ast.unparse(tree)


def make_workspace() -> Path:
    """A private copy of the package and tests, where a mutant can be written and tested."""
    space = Path(tempfile.mkdtemp(prefix="cleaner-mutation-"))
    for name in ("cleaner", "tests", "samples"):
        shutil.copytree(REPO / name, space / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    shutil.copy(REPO / "pyproject.toml", space / "pyproject.toml")
    return space


def run_tests(space: Path, tests: list[str], timeout: float) -> tuple[str, float]:
    env = {**os.environ, "PYTHONPATH": str(space), "PYTHONDONTWRITEBYTECODE": "1", "HYPOTHESIS_PROFILE": "ci"}
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
             "--no-header", "-o", "addopts=", *tests],
            cwd=space, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return "timeout", time.perf_counter() - started
    seconds = time.perf_counter() - started
    if proc.returncode == 0:
        return "survived", seconds
    if proc.returncode == 1:
        return "killed", seconds
    return "error", seconds  # collection or import error: the mutant broke the module outright


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modules", default=",".join(TESTS), help="comma-separated module names")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=0, help="seconds per mutant (default: 5x a clean run)")
    parser.add_argument("--budget", type=float, default=3600, help="stop starting mutants after this many seconds")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--rerun", type=Path, help="a --json file of an earlier run: judge only its survivors "
                        "again (tests added since; the mutants it killed stay killed)")
    args = parser.parse_args(argv)
    previous = json.loads(args.rerun.read_text("utf-8")) if args.rerun else {}
    started = time.monotonic()
    spaces = [make_workspace() for _ in range(args.workers)]
    free = list(spaces)
    results: dict[str, list[Mutant]] = {}
    try:
        for module in args.modules.split(","):
            path = module_path(module)
            source = path.read_text("utf-8")
            relative = path.relative_to(REPO)
            tests = TESTS[module]
            outcome, clean_seconds = run_tests(spaces[0], tests, 600)
            if outcome != "survived":
                print(f"{module}: the tests fail before any mutation ({outcome}); skipped", flush=True)
                continue
            timeout = args.timeout or max(30.0, 5 * clean_seconds)
            mutants = [Mutant(module, i, line, what) for i, (line, what) in enumerate(mutation_points(source))]
            if module in previous:
                _carry_killed(mutants, previous[module], args.rerun)
            print(f"{module}: {len(mutants)} mutants, a clean run takes {clean_seconds:.1f} s", flush=True)

            def judge(mutant: Mutant, source=source, relative=relative, tests=tests, timeout=timeout) -> Mutant:
                if mutant.outcome:  # killed in the run --rerun names
                    return mutant
                if time.monotonic() - started > args.budget:
                    mutant.outcome = "not run"
                    return mutant
                space = free.pop()
                try:
                    (space / relative).write_text(mutated_source(source, mutant.index), "utf-8")
                    mutant.outcome, mutant.seconds = run_tests(space, tests, timeout)
                finally:
                    (space / relative).write_text(source, "utf-8")
                    free.append(space)
                return mutant

            with ThreadPoolExecutor(args.workers) as pool:
                results[module] = list(pool.map(judge, mutants))
            print(summary_line(module, results[module]), flush=True)
            for m in results[module]:
                if m.outcome == "survived":
                    print(f"  survivor {relative}:{m.line}: {m.description}", flush=True)
    finally:
        for space in spaces:
            shutil.rmtree(space, ignore_errors=True)
    print("\n" + report(results))
    if args.json:
        args.json.write_text(json.dumps({m: [asdict(x) for x in ms] for m, ms in results.items()},
                                        ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


def _carry_killed(mutants: list[Mutant], earlier: list[dict], path: Path) -> None:
    """The outcomes of the mutants an earlier run killed, when the module's mutation points are the
    same (the code unchanged; tests may have been added, which kill, never revive, a mutant)."""
    if [(m["line"], m["description"]) for m in earlier] != [(m.line, m.description) for m in mutants]:
        raise SystemExit(f"{mutants[0].module if mutants else '?'}: its code changed since {path}; run it whole")
    for mutant, old in zip(mutants, earlier, strict=True):
        if old["outcome"] in ("killed", "timeout", "error"):
            mutant.outcome, mutant.seconds = old["outcome"], old["seconds"]


def summary_line(module: str, mutants: list[Mutant]) -> str:
    run = [m for m in mutants if m.outcome != "not run"]
    killed = sum(m.outcome in ("killed", "timeout", "error") for m in run)
    rate = killed / len(run) if run else 0.0
    return (f"| {module} | {len(mutants)} | {len(run)} | {killed} | {len(run) - killed} | {rate:.0%} |")


def report(results: dict[str, list[Mutant]]) -> str:
    out = ["| module | mutants | run | killed | survived | kill rate |", "|---|---:|---:|---:|---:|---:|"]
    out += [summary_line(module, mutants) for module, mutants in results.items()]
    for module, mutants in results.items():
        survivors = [m for m in mutants if m.outcome == "survived"]
        if survivors:
            out.append(f"\n{module}: {len(survivors)} survivors")
            out += [f"  {module_path(module).relative_to(REPO)}:{m.line}: {m.description}" for m in survivors]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
