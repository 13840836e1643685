"""The article's column types for Arrow/Parquet and Spark, generated from its JSON Schema.

Written by hand, a Parquet batch gets its types from its data: a field that is null in every row of
one batch becomes Arrow's ``null`` type, and that batch can no longer be read with the others. Here the
types come from ``data/article.schema.json`` alone, so every batch has the same columns and types:
``["string", "null"]`` is a nullable string, an array a list, an object a struct, and a block (one of
paragraph, list or table) one struct holding the fields of all three, those a kind lacks null.

Tabular outputs (Parquet, ``cleaner.spark``) store the text once: by default they hold ``text`` and
leave out ``lead`` and ``sections``, which repeat it split by structure. Ask for them with ``fields``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .article import json_schema

STRUCTURE_FIELDS = ("lead", "sections")
INPUT_FIELDS = "input_fields"  # the input record's other fields, as one JSON string


def article_fields() -> tuple[str, ...]:
    """Every field of the article JSON, in the schema's order."""
    return tuple(json_schema()["properties"])


def tabular_fields() -> tuple[str, ...]:
    """The fields tabular outputs hold by default: all but the structure that repeats ``text``."""
    return tuple(name for name in article_fields() if name not in STRUCTURE_FIELDS)


# A neutral type: ("string" | "int" | "float" | "bool"), ("list", item) or ("struct", [(name, type, nullable)]).
Type = Any


def _type(node: dict[str, Any], defs: dict[str, Any]) -> tuple[Type, bool]:
    """The type of a schema node and whether it may be null."""
    if "$ref" in node:
        return _type(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
    if "oneOf" in node:  # a tagged union of objects: one struct with every variant's fields
        fields: dict[str, Type] = {}
        for variant in node["oneOf"]:
            for name, child in variant["properties"].items():
                fields.setdefault(name, _type(child, defs)[0])
        return ("struct", [(name, kind, True) for name, kind in fields.items()]), False
    if "const" in node or "enum" in node:
        values = [node["const"]] if "const" in node else node["enum"]
        return "string", None in values
    kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
    nullable = "null" in kinds
    kind = next(k for k in kinds if k != "null")
    if kind == "array":
        return ("list", _type(node["items"], defs)[0]), nullable
    if kind == "object":
        required = set(node.get("required", ()))
        children = []
        for name, child in node["properties"].items():
            child_type, child_null = _type(child, defs)
            children.append((name, child_type, child_null or name not in required))
        return ("struct", children), nullable
    return {"string": "string", "integer": "int", "number": "float", "boolean": "bool"}[kind], nullable


def columns(fields: Iterable[str] | None = None, keep_fields: bool = False) -> list[tuple[str, Type, bool]]:
    """``(name, type, nullable)`` for each chosen field, in the schema's order."""
    schema = json_schema()
    defs = schema.get("$defs", {})
    chosen = tabular_fields() if fields is None else tuple(fields)
    unknown = [name for name in chosen if name not in schema["properties"]]
    if unknown:
        raise ValueError(f"unknown article field(s) {', '.join(unknown)}; fields are {', '.join(article_fields())}")
    out = []
    for name in chosen:
        kind, nullable = _type(schema["properties"][name], defs)
        # Lists may be empty, never null, in an article; a column may still be null in a failed row.
        out.append((name, kind, True if name != "schema_version" else nullable))
    if keep_fields:
        out.append((INPUT_FIELDS, "string", True))
    return out


def _arrow(kind: Type) -> Any:
    import pyarrow as pa

    if isinstance(kind, str):
        return {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}[kind]
    if kind[0] == "list":
        return pa.list_(_arrow(kind[1]))
    return pa.struct([pa.field(name, _arrow(child), nullable) for name, child, nullable in kind[1]])


def arrow_schema(fields: Iterable[str] | None = None, keep_fields: bool = False) -> Any:
    """The article as a ``pyarrow.schema`` (needs the ``cleaner[parquet]`` extra).

    ``fields`` chooses columns (default: every field but ``lead`` and ``sections``); ``keep_fields``
    adds ``input_fields``, the input record's other fields as one JSON string.
    """
    import pyarrow as pa

    return pa.schema([pa.field(name, _arrow(kind), nullable) for name, kind, nullable in columns(fields, keep_fields)])


def _spark(kind: Type) -> Any:
    from pyspark.sql import types as T

    if isinstance(kind, str):
        return {"string": T.StringType(), "int": T.LongType(), "float": T.DoubleType(), "bool": T.BooleanType()}[kind]
    if kind[0] == "list":
        return T.ArrayType(_spark(kind[1]), containsNull=True)
    return T.StructType([T.StructField(name, _spark(child), nullable) for name, child, nullable in kind[1]])


def spark_schema(fields: Iterable[str] | None = None, keep_fields: bool = False) -> Any:
    """The article as a Spark ``StructType`` (needs the ``cleaner[spark]`` extra), same fields as ``arrow_schema``."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(name, _spark(kind), nullable)
                         for name, kind, nullable in columns(fields, keep_fields)])
