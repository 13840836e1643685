"""A datatrove pipeline step that cleans each Document: datatrove users get cleaner inside their
pipelines, and with them datatrove's own JSONL, Parquet and WARC readers, writers, Slurm and Ray.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.datatrove import CleanChinese

    LocalPipelineExecutor([JsonlReader("crawl/"), CleanChinese(), JsonlWriter("clean/")], tasks=4).run()

Each document's text becomes the clean article's ``text``; the article's other fields go to its
metadata (a ``None`` never overwrites a value the document had, such as a WARC reader's ``url``).
Removals are counted per stage and reason with datatrove's stats (``removed_spam:keyword_list`` …);
a document that cannot be cleaned is dropped with its failure code as the reason
(``dropped_input:empty``), and goes to ``exclusion_writer`` if one is given. Needs ``cleaner[datatrove]``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from .arrow import tabular_fields
from .article import Source
from .config import Config
from .pipeline import Failure, check_skip
from .records import clean_one, warm

# Article fields put in metadata by default: all but the text itself (it becomes doc.text), the
# structure that repeats it, and the removed lines (counted in the stats instead).
METADATA_FIELDS = tuple(f for f in tabular_fields() if f not in ("text", "removed"))


class CleanChinese(PipelineStep):
    """Clean each document with cleaner; drop, with its failure code as the reason, what cannot be cleaned.

    Shaped like datatrove's filters (``filter`` returns True or ``(False, reason)``, counted as
    ``dropped_{reason}``), but built on ``PipelineStep`` itself: datatrove's filter package needs
    extra dependencies (``regex``, nltk …) that cleaning does not.
    """

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(self, config: Config | None = None, fields: Iterable[str] = METADATA_FIELDS,
                 timeout: float | None = None, exclusion_writer: Any = None):
        super().__init__()
        self.config = check_skip(config or Config())
        self.fields = tuple(fields)
        self.timeout = timeout
        self.exclusion_writer = exclusion_writer

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        warm(self.config)  # once per task, before its first document
        with self.exclusion_writer if self.exclusion_writer else contextlib.nullcontext() as excluded:
            for doc in data:
                self.stat_update("total")
                with self.track_time():
                    kept = self.filter(doc)
                if kept is True:
                    self.stat_update("forwarded")
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update("dropped", f"dropped_{kept[1]}")
                    if excluded:
                        doc.metadata["filter_reason"] = kept[1]
                        excluded.write(doc, rank)

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        meta = doc.metadata
        fetched_at = _str(meta.get("date") or meta.get("fetched_at"))  # datatrove's WarcReader says "date"
        source = Source(id=doc.id, url=_str(meta.get("url")), fetched_at=fetched_at)
        result = clean_one(source, doc.text, self.config, self.timeout, doc.id)
        if isinstance(result, Failure):
            meta["cleaner_error"] = result.error
            return False, result.code
        for change in result.removed:
            self.stat_update(f"removed_{change.reason}", f"removed_{change.stage}")
        for warning in result.warnings:
            self.stat_update(f"warning_{warning}")
        doc.text = result.text
        for name, value in result.to_dict(self.fields).items():
            if value is not None or name not in meta:
                meta[name] = value
        return True


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
