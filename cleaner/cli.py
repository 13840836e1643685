"""The ``cleaner`` command: a thin click shell over the Python API."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .article import Source
from .batch import clean_to_folder
from .config import CONVERT_VARIANTS, Config
from .errors import CleanerError
from .explain import format_changes
from .output import FORMATS, find_inputs, render
from .pipeline import REQUIRED_STAGES, STAGE_NAMES, STAGES, check_skip, clean, clean_and_explain

SKIPPABLE = [name for name in STAGE_NAMES if name not in REQUIRED_STAGES]


def build_config(config_file: Path | None, convert: str | None, skip: tuple[str, ...]) -> Config:
    """The config file's settings, then the flags over them, one option at a time."""
    config = Config.from_toml(config_file) if config_file else Config()
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
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the outputs, one per input (<name>.json). Needed for files; "
                   "without it (or with PATH '-') stdin is cleaned to stdout.")
@click.option("-f", "--format", "fmt", type=click.Choice(list(FORMATS)), default="json",
              show_default=True, help="json: the article object; text: the clean plain text; "
                                      "markdown: headings and lists as Markdown.")
@click.option("--convert", type=click.Choice(CONVERT_VARIANTS), default=None,
              help="Traditional→Simplified profile (OpenCC). Default t2s; tw2s/hk2s for "
                   "Taiwan/Hong Kong phrasing; none keeps the script as it is.")
@click.option("--skip", multiple=True, type=click.Choice(SKIPPABLE),
              help="Leave a stage out; repeat for several. See `cleaner stages`.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="A TOML file of options (see README); flags override it.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr. Default: on when stderr is a terminal.")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links in input folders even when they lead out of the folder.")
def clean_command(paths: tuple[Path, ...], outdir: Path | None, fmt: str, convert: str | None,
                  skip: tuple[str, ...], config_file: Path | None, progress: bool | None,
                  follow_links: bool = False) -> None:
    """Clean files and folders (*.txt, *.html, *.htm, recursively) into OUTDIR.

    \b
    Exit status: 0 every input cleaned; 1 some failed (each named on stderr,
    with <name>.error.json written in its place; the rest are still written);
    2 usage error. Inputs are never overwritten; each output is written atomically.
    \b
    Examples:
        cleaner clean samples/ -o out/
        cleaner clean page.txt --convert tw2s --format markdown -o out/
        cat page.txt | cleaner clean - > page.json
    """
    config = _config_or_exit(config_file, convert, skip)
    if not paths or paths == (Path("-"),):
        if outdir is not None:
            raise click.UsageError("stdin is cleaned to stdout; -o/--output is for files and folders")
        _clean_stdin(config, fmt)
        return
    if Path("-") in paths:
        raise click.UsageError("'-' (stdin) cannot be mixed with file paths")
    if outdir is None:
        raise click.UsageError("-o/--output OUTDIR is needed when cleaning files")
    inputs = list(find_inputs(paths, follow_links))
    if not inputs:
        raise click.UsageError("no *.txt, *.html or *.htm files under the given paths")
    show = sys.stderr.isatty() if progress is None else progress
    failed = 0
    with click.progressbar(length=len(inputs), label="cleaning", file=sys.stderr,
                           hidden=not show) as bar:
        for outcome in clean_to_folder(inputs, outdir, config, fmt):
            bar.update(1)
            if not outcome.ok:
                failed += 1
                click.echo(f"cleaner: failed: {outcome.error}", err=True)
    done = len(inputs) - failed
    click.echo(f"cleaned {done} of {len(inputs)} input(s) into {outdir}"
               + (f"; {failed} failed" if failed else ""), err=True)
    sys.exit(1 if failed else 0)


def _clean_stdin(config: Config, fmt: str) -> None:
    try:
        article = clean(sys.stdin.buffer.read(), config, source=Source(path="-"))
    except CleanerError as exc:
        click.echo(f"cleaner: failed: <stdin>: {exc}", err=True)
        sys.exit(1)
    sys.stdout.buffer.write(render(article, fmt).encode("utf-8"))


def _config_or_exit(config_file: Path | None, convert: str | None, skip: tuple[str, ...]) -> Config:
    try:
        return build_config(config_file, convert, skip)
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
    raw = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
    try:
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
