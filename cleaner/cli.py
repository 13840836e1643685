"""The ``cleaner`` command: a thin click shell over the Python API."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .article import Source
from .batch import run_batch
from .config import CONVERT_VARIANTS, Config
from .errors import CleanerError, InputError
from .explain import format_changes
from .inputfile import read_input
from .output import FORMATS, render, write_atomic
from .pipeline import REQUIRED_STAGES, STAGE_NAMES, STAGES, Failure, check_skip, clean, clean_and_explain
from .plan import Inputs, PlanError, make_sink, output_kind, parse_fields
from .readers import Fields, walk
from .sinks import ErrorLog
from .summary import Progress, Summary
from .workers import default_jobs

SKIPPABLE = [name for name in STAGE_NAMES if name not in REQUIRED_STAGES]


def build_config(config_file: Path | None, convert: str | None, skip: tuple[str, ...],
                 overrides: dict | None = None) -> Config:
    """The config file's settings, then the flags over them, one option at a time."""
    config = Config.from_toml(config_file) if config_file else Config()
    if overrides:
        config = config.merged(overrides)
    if convert:
        config = config.merged({"convert": {"variant": convert}})
    if skip:
        config = config.merged({"skip": sorted(config.skip | set(skip))})
    return check_skip(config)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cleaner")
def main() -> None:
    """Turn scraped Chinese finance articles into clean, structured, Simplified-Chinese JSON.

    \b
    Clean a folder of scraped pages, one JSON article per page:
        cleaner clean samples/ -o out/
    See why a line disappeared:
        cleaner explain samples/000_350d72a1b1d202ae.txt
    List the stages, in the order they run:
        cleaner stages
    """


@main.command("clean")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, allow_dash=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Where to write: OUTDIR/ (one file per input), out.jsonl[.gz|.zst] (one article a "
                   "line) or out.parquet. Record streams without -o go to stdout as JSONL.")
@click.option("-f", "--format", "fmt", type=click.Choice(list(FORMATS)), default="json",
              show_default=True, help="json: the article object; text: the clean plain text; "
                                      "markdown: headings and lists as Markdown (text and markdown: OUTDIR only).")
@click.option("--convert", type=click.Choice(CONVERT_VARIANTS), default=None,
              help="Traditional→Simplified profile (OpenCC). Default t2s; tw2s/hk2s for "
                   "Taiwan/Hong Kong phrasing; none keeps the script as it is.")
@click.option("--skip", multiple=True, type=click.Choice(SKIPPABLE),
              help="Leave a stage out; repeat for several. See `cleaner stages`.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="A TOML file of options (see README); flags override it.")
@click.option("--reference-date", metavar="YYYY-MM-DD",
              help="Read dates printed without a year (3月17日, 昨天) against this date, "
                   "when a record has no fetch date.")
@click.option("--glob", metavar="PATTERN", help="In folders, take files matching this name pattern "
              "(default: *.txt, *.html, *.htm). A .jsonl, .parquet or .warc file is read as records.")
@click.option("--stdin-jsonl", is_flag=True, help="Read stdin as JSONL records, not as one page.")
@click.option("--text-field", default="text", show_default=True, help="The record field holding the page text.")
@click.option("--html-field", default=None,
              help="The record field holding the page as HTML (instead of --text-field).")
@click.option("--id-field", default="id", show_default=True,
              help="The record field holding its id (else the line number).")
@click.option("--fields", "fields_text", metavar="A,B,…", help="Write only these article fields ('all': every "
              "field). Default: all for JSON; all but lead,sections (the text once) for Parquet.")
@click.option("--keep-fields", is_flag=True, help="Keep each input record's other fields under input_fields.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write one JSON line per failed record (id, path, where, code, error).")
@click.option("--summary", "summary_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the batch's counts, seconds, cleaner version and config as JSON.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes. Default: the number of cores (1 for a few inputs).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Fail a record that takes longer than this many seconds (input:timeout).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Fail a record larger than this (input:too_large). Default 64 MB.")
@click.option("--resume", is_flag=True, help="Continue a killed run: skip records already in the output "
              "(and in --errors), cut a torn last line.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-record messages, no summary line.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr. Default: on when stderr is a terminal.")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links in input folders even when they lead out of the folder.")
def clean_command(paths: tuple[Path, ...], output: Path | None, fmt: str, convert: str | None,
                  skip: tuple[str, ...], config_file: Path | None, reference_date: str | None,
                  glob: str | None, stdin_jsonl: bool, text_field: str, html_field: str | None,
                  id_field: str, fields_text: str | None, keep_fields: bool, errors_path: Path | None,
                  summary_path: Path | None, jobs: int | None, timeout: float | None,
                  max_bytes: int | None, resume: bool, quiet: bool, progress: bool | None,
                  follow_links: bool = False) -> None:
    """Clean pages and record streams: files, folders, JSONL, Parquet, WARC, stdin.

    \b
    Exit status: 0 every record cleaned; 1 some failed (each counted, named on
    stderr and in --errors; in OUTDIR a <name>.error.json; the rest are still
    written); 2 usage error. Inputs are never overwritten; outputs are atomic.
    \b
    Examples:
        cleaner clean samples/ -o out/
        cleaner clean page.txt --convert tw2s --format markdown -o out/
        cat page.txt | cleaner clean - > page.json
        cleaner clean crawl.jsonl.zst -o clean.jsonl --errors errors.jsonl --jobs 2
        cleaner clean crawl.jsonl -o clean.jsonl --resume
        cleaner clean CC-MAIN.warc.gz -o clean.parquet --summary summary.json
    """
    overrides: dict = {}
    if reference_date:
        overrides["structure"] = {"reference_date": reference_date}
    if max_bytes:
        overrides["decode"] = {"max_bytes": max_bytes}
    config = _config_or_exit(config_file, convert, skip, overrides)
    if not stdin_jsonl and (not paths or paths == (Path("-"),)):
        if output is not None:
            raise click.UsageError("stdin is cleaned to stdout; -o/--output is for files and folders "
                                   "(or use --stdin-jsonl for a record stream)")
        _clean_stdin(config, fmt)
        return
    if Path("-") in paths and (len(paths) > 1 or not stdin_jsonl):
        raise click.UsageError("'-' (stdin) cannot be mixed with file paths")
    # --max-bytes given: it bounds each record and each record stream (a .jsonl.gz bomb); by default only
    # records are bounded, so a many-gigabyte export is read in full.
    fields = Fields(text=text_field, html=html_field, id=id_field, max_file_bytes=max_bytes or None,
                    max_page_bytes=config.decode.max_bytes)
    refused: list[tuple[Path, Path, InputError]] = []
    files = [] if stdin_jsonl else list(walk(paths, glob, follow_links, refused))
    inputs = Inputs(files, fields, stdin_records=stdin_jsonl, refused=refused)
    if not inputs.files and not inputs.refused and not inputs.stdin_records:
        raise click.UsageError("no input files under the given paths (see --glob)")
    if output is None and not inputs.has_streams:
        raise click.UsageError("-o/--output OUTDIR is needed when cleaning files")
    try:
        chosen = parse_fields(fields_text, output_kind(output))
        sink, render = make_sink(output, inputs, fmt, chosen, keep_fields, resume)
    except (PlanError, ValueError) as exc:
        raise click.UsageError(str(exc)) from exc
    except ImportError as exc:
        raise click.UsageError(f"{exc.name} is needed for this output: pip install 'cleaner[parquet]'") from exc
    total = inputs.total
    if jobs is None:
        jobs = 1 if total is not None and total < SMALL_BATCH else default_jobs()
    elif jobs > MAX_JOBS_PER_CORE * (cores := default_jobs()):
        # cleaning is CPU-bound: past the cores a worker only adds its memory (some 100 MB each), and
        # -j 500 would start hundreds of them
        click.echo(f"cleaner: -j {jobs} is more than {MAX_JOBS_PER_CORE} workers for each of the {cores} "
                   f"core(s) this process may use; using {MAX_JOBS_PER_CORE * cores}", err=True)
        jobs = MAX_JOBS_PER_CORE * cores
    summary = Summary()
    shown = (sys.stderr.isatty() if progress is None else progress) and not quiet
    reporter = _Reporter(quiet)
    try:
        run_batch(inputs.records(), sink, config, render=render, jobs=jobs, timeout=timeout,
                  errors=ErrorLog(errors_path, resume), summary=summary,
                  progress=Progress(sys.stderr, summary, total, shown, inputs.total_bytes), report=reporter)
    except KeyboardInterrupt:
        click.echo(f"cleaner: interrupted; {summary.line()}; --resume continues", err=True)
        sys.exit(130)
    if summary_path is not None:
        write_atomic(summary_path, summary.to_json(config))
    if not quiet:
        reporter.close()
        where = f" into {output}" if output is not None else ""
        click.echo(f"cleaner: {summary.line(where)}", err=True)
    sys.exit(1 if summary.failed else 0)


MAX_JOBS_PER_CORE = 4  # -j is held to this many workers a core
SMALL_BATCH = 64  # fewer known inputs than this are cleaned in process: starting workers costs more
SHOWN_FAILURES = 20


class _Reporter:
    """Names failed records on stderr: the first few, then how many more (all are in --errors)."""

    def __init__(self, quiet: bool):
        self.quiet, self.count = quiet, 0

    def __call__(self, failure: Failure) -> None:
        self.count += 1
        if not self.quiet and self.count <= SHOWN_FAILURES:
            click.echo(f"cleaner: failed: {failure.error} [{failure.code}]", err=True)

    def close(self) -> None:
        if self.count > SHOWN_FAILURES:
            click.echo(f"cleaner: … and {self.count - SHOWN_FAILURES} more failures (see --errors)", err=True)


def _clean_stdin(config: Config, fmt: str) -> None:
    try:
        article = clean(sys.stdin.buffer.read(), config, source=Source(path="-"))
    except CleanerError as exc:
        click.echo(f"cleaner: failed: <stdin>: {exc}", err=True)
        sys.exit(1)
    sys.stdout.buffer.write(render(article, fmt).encode("utf-8"))


def _config_or_exit(config_file: Path | None, convert: str | None, skip: tuple[str, ...],
                    overrides: dict | None = None) -> Config:
    try:
        return build_config(config_file, convert, skip, overrides)
    except CleanerError as exc:
        raise click.UsageError(str(exc)) from exc


@main.command("explain")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True,
                path_type=Path))
@click.option("--convert", type=click.Choice(CONVERT_VARIANTS), default=None,
              help="Traditional→Simplified profile, as for `cleaner clean`.")
@click.option("--skip", multiple=True, type=click.Choice(SKIPPABLE), help="Leave a stage out.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="A TOML file of options.")
def explain_command(file: Path, convert: str | None, skip: tuple[str, ...],
                    config_file: Path | None) -> None:
    """Show what each stage changed in FILE, and why.

    Removals are marked '-', replacements '~'; identical changes are counted (×N).
    The reason ids (spam:keyword_list, pinyin:note …) are the ones in the JSON's "removed".
    """
    config = _config_or_exit(config_file, convert, skip)
    try:
        raw = sys.stdin.buffer.read() if str(file) == "-" else read_input(file, config.decode.max_bytes)
        _, changes = clean_and_explain(raw, config, source=Source(path=str(file)))
    except CleanerError as exc:
        click.echo(f"cleaner: failed: {file}: {exc}", err=True)
        sys.exit(1)
    click.echo(format_changes(changes))


@main.command("stages")
def stages_command() -> None:
    """List the stages in the order they run, with what each does."""
    width = max(len(stage.name) for stage in STAGES)
    for number, stage in enumerate(STAGES, 1):
        required = "  (cannot be skipped)" if stage.name in REQUIRED_STAGES else ""
        click.echo(f"{number}. {stage.name:<{width}}  {stage.summary}{required}")
