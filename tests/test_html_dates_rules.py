"""Rules of `cleaner/stages/html_dates.py` pinned at their boundaries (see benchmarks/mutation.py)."""
