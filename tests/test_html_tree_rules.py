"""Rules of `cleaner/stages/html_tree.py` pinned at their boundaries (see benchmarks/mutation.py)."""
