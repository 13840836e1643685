"""The Arrow schema generated from the JSON Schema: every batch's Parquet has the same types."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from cleaner import clean
from cleaner.arrow import arrow_schema, article_fields, columns, tabular_fields
from cleaner.cli import main


def write_batch(tmp_path, name, texts):
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps({"id": f"{name}{n}", "text": t}, ensure_ascii=False) + "\n"
                            for n, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / f"{name}.parquet"
    result = CliRunner().invoke(main, ["clean", str(path), "-o", str(out), "--keep-fields"])
    assert result.exit_code == 0, result.output
    return out


def test_two_batches_read_together_though_one_has_a_field_null_in_every_row(tmp_path):
    plain = write_batch(tmp_path, "plain", ["标题\n\n正文。", "另一篇\n\n内容。"])  # no author, views, date
    rich = write_batch(tmp_path, "rich", ["网贷逾期\n作者：费逸美 2025-04-04 10:31:38 浏览：44\n\n正文。"])
    first, second = pq.read_table(plain), pq.read_table(rich)
    assert first.schema == second.schema == arrow_schema(keep_fields=True)
    assert first.column("author").null_count == 2 and first.schema.field("views").type == pa.int64()
    both = pa.concat_tables([first, second])
    assert both.num_rows == 3
    assert json.loads(both.column("input_fields")[2].as_py()) == {"id": "rich0"}
    assert both.column("text")[0].as_py() == "标题\n正文。"


def test_tabular_outputs_store_the_text_once():
    assert "text" in tabular_fields() and "sections" not in tabular_fields() and "lead" not in tabular_fields()
    assert set(article_fields()) - set(tabular_fields()) == {"lead", "sections"}


def test_every_field_of_every_article_fits_the_schema():
    article = clean("标题\n\n一、第一节\n正文。\n1. 甲\n2. 乙\n• 丙\n• 丁\n")
    schema = arrow_schema(article_fields())
    table = pa.Table.from_pylist([article.to_dict()], schema=schema)
    assert table.column("sections")[0].as_py()[0]["heading"] == "一、第一节"


def test_unknown_fields_are_named():
    with pytest.raises(ValueError, match="bogus"):
        columns(["title", "bogus"])
