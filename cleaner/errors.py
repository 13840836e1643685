"""Exceptions raised by cleaner.

Every error a user can cause is a ``CleanerError``, so a batch job can catch one type, record why an
input failed and go on with the next input.
"""


class CleanerError(Exception):
    """Base class of every error cleaner raises on purpose."""


class InputError(CleanerError):
    """The input cannot be cleaned: empty, binary, or in an encoding we cannot read."""

    def __init__(self, reason: str, source: str | None = None):
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)

    def for_source(self, source: str | None) -> "InputError":
        """The same error naming its input, so a batch log says which file failed."""
        return self if self.source or not source else InputError(self.reason, source)


class ConfigError(CleanerError):
    """A configuration value or file is invalid; the message names the key and what it accepts."""
