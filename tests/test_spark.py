"""cleaner.spark in Spark local[2]: a typed article column and an error column, nothing fails the job.

Needs pyspark and Java; skipped (with the reason shown) when pyspark is not installed, except in CI,
where ``.ci/run`` installs it and sets CLEANER_REQUIRE_SPARK=1 so a missing Spark fails instead.
"""

import os
import sys

import pytest

if os.environ.get("CLEANER_REQUIRE_SPARK") != "1":
    pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'cleaner[spark]'")


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run this interpreter, with cleaner
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("cleaner-test")
               .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
               .config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_clean_dataframe_gives_typed_articles_and_names_failed_records(spark):
    from cleaner.arrow import spark_schema
    from cleaner.spark import clean_dataframe

    rows = [("a", "網(wǎng)貸逾期\n\n隨著發展,網貸增加。"), ("b", None), ("c", ""), ("d", "标题\n\n正文。")]
    df = spark.createDataFrame(rows, "id string, text string").repartition(2)
    out = clean_dataframe(df, "text", "id")
    assert out.schema["article"].dataType == spark_schema()
    got = {row.id: row for row in out.collect()}
    assert got["a"].error is None and got["a"].article.title == "网贷逾期"
    assert got["a"].article.text == "网贷逾期\n随着发展，网贷增加。" and got["a"].article.source.id == "a"
    assert got["b"].article is None and got["b"].error.code == "input:not_text" and "b:" in got["b"].error.message
    assert got["c"].error.code == "input:empty"
    assert got["d"].article.language == "zh"
