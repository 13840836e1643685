"""quality.py, section crash: every .html page and every other .jsonl record under realdata, cleaned
once. Exceptions other than ``CleanerError`` are crashes (quality.py's exit status is then 1);
refusals and the slowest pages are listed too.
"""

from __future__ import annotations

from _benchlib import Quality, attempt, heading, read_records, record_text


def run(q: Quality) -> dict:
    heading("crash — every real page and record under realdata, cleaned once")
    from cleaner import clean

    root, cache = q.root, q.pages
    for path in sorted(p for p in root.rglob("*") if p.suffix.lower() in (".html", ".htm") and p.is_file()):
        cache.clean(path)
    refused = {}
    for path, outcome in cache.results.items():
        q.failures.add(str(path.relative_to(root)), outcome)
        if outcome.refused:
            refused[str(path.relative_to(root))] = outcome.refused
    records = 0
    record_seconds = 0.0
    for path in sorted(root.rglob("*.jsonl")):
        if path.name == "finance_articles.jsonl" or path.parent.name == "data":
            continue  # cleaned by the finance and webtext sections
        for number, record in enumerate(read_records(path), 1):
            text = record_text(record)
            if not text:
                continue
            records += 1
            ident = f"{path.relative_to(root)}:{number}"
            outcome = attempt(clean, text)
            q.failures.add(ident, outcome)
            if outcome.refused:
                refused[ident] = outcome.refused
            record_seconds += outcome.seconds
    page_seconds = sum(outcome.seconds for outcome in cache.results.values())
    page_bytes = sum(p.stat().st_size for p in cache.results)
    rate = f" ({page_bytes / 1e6 / page_seconds:.2f} MB/s)" if page_seconds else ""
    print(
        f"{len(cache.results)} HTML pages ({page_bytes / 1e6:.1f} MB) in {page_seconds:.1f} s"
        f"{rate}; {records} other .jsonl records in {record_seconds:.1f} s"
    )
    print(
        f"refused (CleanerError): {len(refused)}"
        + (" — real pages and records: each refusal loses a document" if refused else "")
    )
    for ident, message in list(refused.items())[: q.show]:
        print(f"  {ident}: {message}")
    slowest = sorted(cache.results.items(), key=lambda kv: -kv[1].seconds)[: q.show]
    if slowest:
        print("slowest pages:")
        for path, outcome in slowest:
            print(f"  {outcome.seconds:.2f} s  {path.stat().st_size / 1e3:5.0f} KB  {path.relative_to(root)}")
    return {
        "pages": len(cache.results),
        "page_seconds": round(page_seconds, 2),
        "records": records,
        "refused": refused,
    }
