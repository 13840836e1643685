"""Rules of `cleaner/stages/html_authors.py` pinned at their boundaries (see benchmarks/mutation.py)."""
