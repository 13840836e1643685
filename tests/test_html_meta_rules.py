"""Rules of `cleaner/stages/html_meta.py` pinned at their boundaries (see benchmarks/mutation.py)."""
