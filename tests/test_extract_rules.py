"""Rules of `cleaner/stages/extract.py` pinned at their boundaries (see benchmarks/mutation.py)."""
