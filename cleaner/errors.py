"""Exceptions raised by cleaner.

Every error a user can cause is a ``CleanerError``, so a batch job can catch one type, record why an
input failed and go on with the next input. An ``InputError`` carries a stable ``code`` beside its
message: summaries count codes, people read messages.
"""

# The stable codes an InputError may carry, and what each means.
INPUT_CODES = {
    "input:empty": "the input is empty or only whitespace",
    "input:binary": "the input is a binary file (image, archive, executable …), not text",
    "input:undecodable": "the bytes are in no encoding we can read",
    "input:too_large": "the input is larger than the configured limit",
    "input:not_text": "the input is neither str nor bytes (None, a number …)",
    "input:unreadable": "the file could not be read (permissions, a broken link, an I/O error)",
    "input:not_a_file": "a pipe, device or socket found in an input folder, or a folder given as a file: not read",
    "input:link_outside": "a link in an input folder leads out of it: not followed without --follow-links",
    "input:timeout": "cleaning took longer than the per-record time limit (--timeout)",
    "input:bad_record": "a record of a stream is broken (a JSONL line that is not a JSON object)",
    "input:missing_field": "a record lacks the text field, or it is null",
    "output:conflict": "the output name is an input's, or another input's output (folder output)",
    "output:unwritable": "the output could not be written (a full disk, a folder that vanished)",
    "input:crashed": "cleaning raised an unexpected error or killed its worker (a bug: please report it)",
}


class CleanerError(Exception):
    """Base class of every error cleaner raises on purpose."""


class InputError(CleanerError):
    """The input cannot be cleaned: empty, binary, or in an encoding we cannot read.

    >>> InputError("input:empty", "empty input", "a.txt").code
    'input:empty'
    """

    def __init__(self, code: str, reason: str, source: str | None = None):
        if code not in INPUT_CODES:
            raise ValueError(f"unknown input error code {code!r}")
        self.code = code
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)

    def __reduce__(self):  # picklable, so worker processes can send it back
        return (type(self), (self.code, self.reason, self.source))

    def for_source(self, source: str | None) -> "InputError":
        """The same error naming its input, so a batch log says which file failed."""
        return self if self.source or not source else InputError(self.code, self.reason, source)


class ConfigError(CleanerError):
    """A configuration value or file is invalid; the message names the key and what it accepts."""
