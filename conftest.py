"""Doctest collection of the package: modules for optional extras are skipped when the extra is absent."""

import importlib.util

collect_ignore = [] if importlib.util.find_spec("datatrove") else ["cleaner/datatrove.py"]
