"""Cleaning a Spark DataFrame: the article as a typed struct column, an ``error`` column beside it.

``clean_dataframe`` works a partition at a time with ``mapInPandas`` (never a row UDF: a UDF pays
Python's start-up per row and cannot warm the pipeline once). Each executor process warms the pipeline
on its first batch; each row gives an article or an error (``{code, message}``), never a failed job,
so one null ``text`` names its record instead of killing the job. The article's type is
``cleaner.arrow.spark_schema``, generated from the JSON Schema, so every run has the same columns.

Needs the ``cleaner[spark]`` extra (pyspark, pyarrow, pandas) on the driver and the executors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .arrow import tabular_fields
from .article import Article, Source
from .config import Config
from .pipeline import Failure
from .records import clean_one, warm

ARTICLE_COLUMN = "article"
ERROR_COLUMN = "error"


def output_schema(df: Any, fields: tuple[str, ...]) -> Any:
    """The input's columns, then ``article`` (struct) and ``error`` (struct of code and message)."""
    from pyspark.sql import types as T

    from .arrow import spark_schema

    error = T.StructType([T.StructField("code", T.StringType()), T.StructField("message", T.StringType())])
    return T.StructType([*df.schema.fields, T.StructField(ARTICLE_COLUMN, spark_schema(fields), True),
                         T.StructField(ERROR_COLUMN, error, True)])


class _Partition:
    """Cleans the pandas batches of one partition; picklable, so Spark ships it to executors."""

    def __init__(self, text_col: str, id_col: str | None, config: Config, fields: tuple[str, ...]):
        self.text_col, self.id_col, self.config, self.fields = text_col, id_col, config, fields

    def __call__(self, batches: Iterable[Any]) -> Iterator[Any]:
        task = _cleaner_for(self.config)
        for frame in batches:
            articles, errors = [], []
            ids = frame[self.id_col] if self.id_col else None
            for position, text in enumerate(frame[self.text_col]):
                record_id = None if ids is None else _scalar(ids.iloc[position])
                source = Source(id=None if record_id is None else str(record_id))
                result = task.clean(source, _scalar(text))
                if isinstance(result, Failure):
                    articles.append(None)
                    errors.append({"code": result.code, "message": result.error})
                else:
                    articles.append(result.to_dict(self.fields))
                    errors.append(None)
            out = frame.copy()
            out[ARTICLE_COLUMN] = articles
            out[ERROR_COLUMN] = errors
            yield out


_CLEANERS: dict[str, _Cleaner] = {}


class _Cleaner:
    """The pipeline warmed once for a config: one per executor process, reused by every partition."""

    def __init__(self, config: Config):
        self.config = config
        warm(config)

    def clean(self, source: Source, data: object) -> Article | Failure:
        return clean_one(source, data, self.config, label=source.id)


def _cleaner_for(config: Config) -> _Cleaner:
    key = config.sha256
    if key not in _CLEANERS:
        _CLEANERS[key] = _Cleaner(config)
    return _CLEANERS[key]


def _scalar(value: Any) -> Any:
    """A pandas cell as plain Python: NaN and NA are None; bytearrays are bytes."""
    if value is None:
        return None
    if isinstance(value, bytearray):
        return bytes(value)
    try:
        import pandas as pd

        if not isinstance(value, str | bytes) and pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def clean_dataframe(df: Any, text_col: str, id_col: str | None = None, config: Config | None = None,
                    fields: Iterable[str] | None = None) -> Any:
    """``df`` with ``article`` (the cleaned article as a typed struct) and ``error`` columns added.

    A row that cannot be cleaned has ``article`` null and ``error`` = ``{code, message}`` with a stable
    code (``input:not_text`` for a null text, ``input:empty`` …). ``fields`` chooses the article's
    fields (default: every field but ``lead`` and ``sections``, which repeat ``text``).

    >>> # clean_dataframe(spark.read.parquet("crawl/"), "text", "id").where("error is null")
    """
    from .pipeline import check_skip

    chosen = tuple(fields) if fields is not None else tabular_fields()
    worker = _Partition(text_col, id_col, check_skip(config or Config()), chosen)
    return df.mapInPandas(worker, output_schema(df, chosen))
