"""quality.py, section webtext: ChineseWebText's fastText seeds and 2021-43 records.

``clean.jsonl`` against ``dirty.jsonl``: candidate ``字(x)`` brackets in the input, and the pinyin
notes and spam lines cleaner removed (anything removed from the clean set is a likely false
positive). Then the 2021-43 records whose <title> carries gambling-brand spam, measured with
cleaner's own spam lexicon.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from _benchlib import Quality, attempt, heading, read_records, removed_chars, short, table

PINYIN_LIKE_RE = re.compile(r"[\u3400-\u9fff][(（][a-zA-Zü\u00e0-\u01dc]{1,7}[1-5]?[)）]")


def seed_set(q: Quality, label: str, path: Path) -> tuple[Counter, list[str]]:
    """Counts for one fastText seed file, and what cleaner removed from it, to show."""
    from cleaner import clean_and_explain

    stats = Counter()
    found: list[str] = []
    for number, record in enumerate(read_records(path), 1):
        text = record.get("text", "")
        stats["docs"] += 1
        stats["candidates"] += len(PINYIN_LIKE_RE.findall(text))
        outcome = attempt(clean_and_explain, text)
        if outcome.refused:
            found.append(f"#{number} refused: {outcome.refused}")
        if q.failures.add(f"webtext:{label}:{number}", outcome):
            continue
        _, changes = outcome.value
        notes = [c for c in changes if c.reason == "pinyin:note"]
        spam = [c for c in changes if c.reason.startswith("spam:")]
        stats["notes"] += len(notes)
        stats["docs_notes"] += bool(notes)
        stats["spam"] += len(spam)
        stats["docs_spam"] += bool(spam)
        stats["other_removed"] += sum(
            removed_chars(c) for c in changes if c.is_removal and c not in notes and c not in spam
        )
        if notes:
            found.append(
                f"#{number} pinyin notes: " + " ".join(c.text for c in notes[:12]) + (" …" if len(notes) > 12 else "")
            )
        found += [f"#{number} spam line: {short(c.text, 80)}" for c in spam]
    return stats, found


def spam_titles(q: Quality, path: Path) -> dict:
    """2021-43: gambling-brand spam in <title>, measured with cleaner's own lexicon."""
    from cleaner import clean_and_explain
    from cleaner.lexicon import spam_terms

    terms = sorted(spam_terms(), key=len, reverse=True)
    term_re = re.compile("|".join(map(re.escape, terms)))
    titled = with_spam = removed_titles = spam_in_body = 0
    kept_titles: list[str] = []
    for number, record in enumerate(read_records(path), 1):
        title = (record.get("title") or "").strip()
        if not title:
            continue
        titled += 1
        has_spam = bool(term_re.search(title.lower()))
        with_spam += has_spam
        outcome = attempt(clean_and_explain, title + "\n" + (record.get("raw_content") or ""))
        if q.failures.add(f"webtext:2021-43:{number}", outcome):
            continue
        spam = [c for c in outcome.value[1] if c.reason.startswith("spam:")]
        spam_in_body += len(spam)
        if any(c.text.strip() == title for c in spam):
            removed_titles += 1
        elif has_spam:
            kept_titles.append(title)
    print(
        f"\n2021-43 records (title line + text): {titled} with a title; {with_spam} titles "
        f"hold a term of cleaner's spam lexicon; {removed_titles} title lines removed as spam; "
        f"{spam_in_body} spam lines removed in all"
    )
    for title in kept_titles[: q.show]:
        print(f"  kept: {short(title, 90)}")
    return {
        "titled": titled,
        "titles_with_lexicon_term": with_spam,
        "titles_removed": removed_titles,
        "spam_lines_removed": spam_in_body,
        "kept_spam_titles": kept_titles,
    }


def run(q: Quality) -> dict:
    base = q.root / "ChineseWebText"
    heading("webtext — ChineseWebText: pinyin notes and spam lines, dirty vs clean")
    seeds = base / "fasttext" / "data"
    files = {"clean": seeds / "clean.jsonl", "dirty": seeds / "dirty.jsonl"}
    if not any(p.is_file() for p in files.values()):
        print(f"skipped: {base}/fasttext/data/*.jsonl not found")
        return {"skipped": True}
    out: dict = {}
    rows = []
    examples: dict[str, list[str]] = {}
    for label, path in files.items():
        if not path.is_file():
            continue
        stats, examples[label] = seed_set(q, label, path)
        out[label] = dict(stats)
        counts = ("docs", "candidates", "notes", "docs_notes", "spam", "docs_spam")
        rows.append([f"{label} ({path.name})", *(f"{stats[key]}" for key in counts)])
    print(table(rows, ["set", "docs", "字(x) in input", "notes removed", "docs", "spam lines removed", "docs"]))
    print(
        "('字(x) in input' counts every Han character followed by a bracketed Latin syllable: "
        "notes and real brackets alike)"
    )
    for label, found in examples.items():
        kind = "likely FALSE POSITIVES" if label == "clean" else "what was removed"
        print(f"\n{label}: {kind}: {len(found) or 'none'}")
        for line in found[: q.show * 3]:
            print(f"  {line}")
    records_path = base / "2021-43" / "cleared1.jsonl"
    if records_path.is_file():
        out["2021-43"] = spam_titles(q, records_path)
    out["examples"] = examples
    return out
