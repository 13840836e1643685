#!/usr/bin/env python3
"""Try the newest versions of cleaner's dependencies: install them into a temporary venv, run the
goldens there, and say what changed against constraints.txt.

    python3 scripts/try_newest.py [--keep] [--tests tests/test_samples.py] [--pip-args "..."]

The goldens (samples/*.json) depend on ftfy's heuristics, OpenCC's tables and pypinyin's
dictionary, so a new release of any of them can change an output. The report lists every package
whose version differs from constraints.txt, then the golden tests' result. When everything passes,
refresh constraints.txt from the new venv (the command is printed). Exit status: 0 the goldens
pass with the newest versions, 1 they do not, 2 the install failed.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CONSTRAINTS = REPO / "constraints.txt"


def pinned(text: str) -> dict[str, str]:
    versions = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            versions[name.strip().lower().replace("_", "-")] = version.strip()
    return versions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary venv and print its path")
    parser.add_argument("--tests", default="tests/test_samples.py", help="what to run there (default: the goldens)")
    parser.add_argument("--pip-args", default="", help="extra arguments for pip install (an index, --pre …)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="cleaner-newest-"))
    try:
        venv.create(folder, with_pip=True)
        python = folder / "bin" / "python"
        install = [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "--upgrade-strategy", "eager",
                   *shlex.split(args.pip_args), "-e", f"{REPO}[test,fuzz]"]
        print("installing the newest versions:", " ".join(install[3:]), flush=True)
        if subprocess.run(install).returncode != 0:
            print("install failed")
            return 2
        freeze = subprocess.run([str(python), "-m", "pip", "freeze", "--exclude-editable"],
                                capture_output=True, text=True, check=True).stdout
        old, new = pinned(CONSTRAINTS.read_text("utf-8")), pinned(freeze)
        changed = sorted(name for name in new if name in old and new[name] != old[name])
        added, dropped = sorted(set(new) - set(old)), sorted(set(old) - set(new))
        print("\nversions against constraints.txt:")
        for name in changed:
            print(f"  {name}: {old[name]} → {new[name]}")
        for name in added:
            print(f"  {name}: new, {new[name]}")
        for name in dropped:
            print(f"  {name}: no longer installed (was {old[name]})")
        if not (changed or added or dropped):
            print("  no change: constraints.txt already holds the newest versions")
        print(f"\nrunning {args.tests} with the newest versions:", flush=True)
        tests = subprocess.run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
                                *shlex.split(args.tests)], cwd=REPO, capture_output=True, text=True)
        lines = tests.stdout.strip().splitlines()
        failures = [line for line in lines if line.startswith(("FAILED", "ERROR"))]
        print("\n".join(failures[:50]) if failures else "", lines[-1] if lines else "(no output)", sep="\n")
        if tests.returncode == 0:
            print(f"\nthe goldens pass: refresh the pins with\n  {python} -m pip freeze --exclude-editable"
                  " > constraints.txt   (keep its header)")
        else:
            print("\nthe goldens differ with the newest versions: read the failures above (pytest -vv there for the"
                  " diffs) before raising a pin")
        if args.keep:
            print(f"\nvenv kept at {folder}")
        return 0 if tests.returncode == 0 else 1
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
