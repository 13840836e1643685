"""cleaner: scraped Chinese finance articles → clean, structured, Simplified-Chinese JSON.

    >>> import cleaner
    >>> article = cleaner.clean("網(wǎng)貸逾期會不會找上門\\n\\n隨著網(wǎng)貸的發(fā)展,逾期增多。")
    >>> article.title, article.lead
    ('网贷逾期会不会找上门', ('随着网贷的发展，逾期增多。',))
"""

from ._version import __version__
from .article import Article, Block, Change, Section, Source
from .config import Config
from .errors import CleanerError, ConfigError, InputError
from .pipeline import STAGES, Failure, clean, clean_and_explain
from .records import Record, clean_files, clean_records, warm

__all__ = [
    "STAGES",
    "Article",
    "Block",
    "Change",
    "CleanerError",
    "Config",
    "ConfigError",
    "Failure",
    "InputError",
    "Record",
    "Section",
    "Source",
    "__version__",
    "clean",
    "clean_and_explain",
    "clean_files",
    "clean_records",
    "warm",
]
