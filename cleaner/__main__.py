"""``python -m cleaner`` is the ``cleaner`` command."""

from .cli import main

main(prog_name="cleaner")
