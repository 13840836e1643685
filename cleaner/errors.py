"""Exceptions raised by cleaner.

Every error a user can cause is a ``CleanerError``, so a batch job can catch one type, record why an
input failed and go on with the next input.
"""


class CleanerError(Exception):
    """Base class of every error cleaner raises on purpose."""


class InputError(CleanerError):
    """The input cannot be cleaned: empty, binary, or in an encoding we cannot read."""

    def __init__(self, message: str, source: str | None = None):
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class ConfigError(CleanerError):
    """A configuration value or file is invalid; the message names the key and what it accepts."""
