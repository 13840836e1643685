"""Safety: nothing read is executed or fetched, outputs stay where they are told and get the umask,
links do not lead out of an input folder, I/O errors are named, and the real processes run.

See SECURITY.md for the guarantees these tests stand behind.
"""

from __future__ import annotations

import ast
import errno
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import cleaner
import cleaner.inputfile
from cleaner import Config, ConfigError, clean, clean_files
from cleaner.cli import main
from cleaner.output import write_atomic
from cleaner.pipeline import Failure
from cleaner.readers import walk

from .conftest import ROOT, SAMPLES

PACKAGE = ROOT / "cleaner"
PROSE = (SAMPLES / "001_clean_simplified.txt").read_text("utf-8")
PROSE_CLEAN = "\n".join(line for line in PROSE.splitlines() if line.strip())
FORBIDDEN_MODULES = {"pickle", "marshal", "shelve", "subprocess", "socket", "urllib", "http", "requests", "ftplib",
                     "yaml", "dill", "ctypes", "multiprocessing.connection"}
FORBIDDEN_BUILTINS = {"eval", "exec", "compile", "__import__", "breakpoint"}  # compile(), not re.compile()
FORBIDDEN_OS_CALLS = {"system", "popen", "execv", "execve", "execvp", "spawnv", "spawnl", "posix_spawn", "startfile"}


def package_trees():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, ast.parse(path.read_text("utf-8"))


def test_the_package_imports_no_network_serialisation_or_process_module():
    found = []
    for path, tree in package_trees():
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            found += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN_MODULES]
    assert found == []


def test_the_package_never_evaluates_text():
    found = []
    for path, tree in package_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name) and func.id in FORBIDDEN_BUILTINS:
                    found.append(f"{path.name}:{node.lineno}: {func.id}()")
                if (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "os"
                        and func.attr in FORBIDDEN_OS_CALLS):
                    found.append(f"{path.name}:{node.lineno}: os.{func.attr}()")
    assert found == []


def test_every_lxml_xml_parser_resolves_no_entity_and_fetches_nothing():
    """Pages are parsed as HTML (BeautifulSoup + lxml's HTML parser). Where an XML parser is built,
    it must not resolve entities or touch the network."""
    for path, tree in package_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "XMLParser":
                keywords = {k.arg: k.value for k in node.keywords}
                assert isinstance(keywords.get("resolve_entities"), ast.Constant), f"{path.name}:{node.lineno}"
                assert keywords["resolve_entities"].value is False, f"{path.name}:{node.lineno}"
                assert getattr(keywords.get("no_network"), "value", True) is True, f"{path.name}:{node.lineno}"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                    "fromstring", "parse", "XML") and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "etree":
                keywords = {k.arg for k in node.keywords}
                assert "parser" in keywords, f"{path.name}:{node.lineno}: etree.{node.func.attr} without a safe parser"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to resolve a name or open a connection fails the test."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access during cleaning")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def hostile_pages(secret: Path) -> list[str]:
    url = secret.as_uri()
    return [
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "{url}">]>'
        '<html><body><p>正文&xxe;</p></body></html>',
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{url}">]>\n<html><body><p>正文&xxe;结束</p></body></html>',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://example.invalid/dtd/xhtml1.dtd">'
        '<html><head><link rel="stylesheet" href="http://example.invalid/a.css">'
        '<script src="http://example.invalid/a.js"></script><base href="http://example.invalid/"></head>'
        '<body><img src="http://example.invalid/a.png"><iframe src="http://example.invalid/"></iframe>'
        '<p>正文内容。</p><object data="http://example.invalid/x.swf"></object></body></html>',
        f'标题\n<p>正文<img src="{url}" onerror="alert(1)"></p>\n<!ENTITY a SYSTEM "{url}">&a;',
        '<html><body><svg><use href="http://example.invalid/s.svg#a"/></svg>'
        '<p>正文<xi:include href="http://example.invalid/x.xml"/></p></body></html>',
    ]


def test_no_external_entity_or_url_is_fetched(no_network, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-CONTENT", "utf-8")
    for page in hostile_pages(secret):
        article = clean(page)
        assert "TOPSECRET" not in article.to_json()
        article = clean(page.encode("utf-8"))
        assert "TOPSECRET" not in article.to_json()
    assert no_network == []


def test_scripts_and_handlers_are_not_run_nor_kept(tmp_path):
    marker = tmp_path / "ran"
    page = (f'<html><body onload="require(\'fs\').writeFileSync(\'{marker}\')"><p>正文内容。</p>'
            f'<script>document.write("注入的文字")</script></body></html>')
    article = clean(page)
    assert not marker.exists()
    assert "注入" not in article.text and "正文内容。" in article.text


def test_a_config_file_is_toml_data_never_code(tmp_path):
    marker = tmp_path / "ran"
    python = tmp_path / "evil.toml"
    python.write_text(f"import os\nos.system('touch {marker}')\n", "utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        Config.from_toml(python)
    pickled = tmp_path / "pickled.toml"
    pickled.write_bytes(b"\x80\x04\x95\x1e\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x94\x8c\x06system\x94\x93\x94.")
    with pytest.raises(ConfigError):
        Config.from_toml(pickled)
    code_value = tmp_path / "value.toml"
    code_value.write_text(f'[convert]\nvariant = "__import__(\'os\').system(\'touch {marker}\')"\n', "utf-8")
    with pytest.raises(ConfigError, match="variant"):
        Config.from_toml(code_value)
    assert not marker.exists()


# --- outputs -----------------------------------------------------------------------------------


@pytest.fixture
def umask_027():
    old = os.umask(0o027)
    yield 0o027
    os.umask(old)


def test_outputs_and_error_records_get_the_process_umask(tmp_path, umask_027):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "good.txt").write_text(PROSE, "utf-8")
    (folder / "bad.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["clean", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert (out / "good.json").stat().st_mode & 0o777 == 0o640
    assert (out / "bad.error.json").stat().st_mode & 0o777 == 0o640


def test_write_atomic_follows_a_wider_umask(tmp_path):
    old = os.umask(0o002)
    try:
        write_atomic(tmp_path / "a.json", "{}\n")
    finally:
        os.umask(old)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o664


def test_a_failed_atomic_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "a.json"
    target.write_text("old\n", "utf-8")

    def full_disk(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "new\n")
    assert target.read_text("utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_failed_output_write_is_named_and_the_batch_goes_on(tmp_path, monkeypatch):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(PROSE, "utf-8")
    real_replace = os.replace

    def fail_for_a(source, target):
        if Path(target).name == "a.json":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", fail_for_a)
    result = CliRunner().invoke(main, ["clean", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "a.txt" in result.output and "No space" in result.output
    assert (out / "b.json").exists()


def test_an_unreadable_input_is_a_coded_failure(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(PROSE, "utf-8")
    (folder / "locked.txt").write_text(PROSE, "utf-8")

    def locked_open(path, *args, **kwargs):  # tests run as root, where chmod 000 locks nothing
        if Path(path).name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(cleaner.inputfile, "open", locked_open, raising=False)
    results = list(clean_files([folder / "locked.txt", folder / "missing.txt", folder, folder / "ok.txt"]))
    assert [r.code for r in results[:3]] == ["input:unreadable", "input:unreadable", "input:not_a_file"]
    assert "Permission denied" in results[0].error
    assert isinstance(results[3], cleaner.Article)
    result = CliRunner().invoke(main, ["clean", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "locked.txt" in result.output and "Permission denied" in result.output
    assert (tmp_path / "out" / "ok.json").exists()
    assert isinstance(results[0], Failure)


# --- links ---------------------------------------------------------------------------------------


@pytest.fixture
def linked(tmp_path):
    """An input folder with a file, a link to a file inside it, and links to a file and a folder outside."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "private.txt").write_text("外部文件\n不应被读取。", "utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "page.txt").write_text(PROSE, "utf-8")
    (folder / "sub" / "inside_link.txt").symlink_to(folder / "page.txt")
    (folder / "out_link.txt").symlink_to(outside / "private.txt")
    (folder / "out_dir").symlink_to(outside, target_is_directory=True)
    return folder


def test_links_out_of_an_input_folder_are_not_followed_but_said(linked):
    refused: list = []
    found = sorted(str(p.relative_to(linked)) for p, _ in walk([linked], refused=refused))
    assert found == ["page.txt", "sub/inside_link.txt"]
    assert [(str(p.relative_to(linked)), root, e.code) for p, root, e in refused] == [
        ("out_dir", linked, "input:link_outside"), ("out_link.txt", linked, "input:link_outside")]
    assert "--follow-links" in str(refused[0][2]) and str(linked.parent / "outside") in str(refused[0][2])


def test_follow_links_reads_links_out_of_the_folder(linked):
    found = sorted(str(p.relative_to(linked)) for p, _ in walk([linked], follow_links=True))
    assert found == ["out_dir/private.txt", "out_link.txt", "page.txt", "sub/inside_link.txt"]


def test_the_cli_follows_links_out_only_when_asked(linked, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out1"
    result = runner.invoke(main, ["clean", str(linked), "-o", str(out)])
    assert result.exit_code == 1 and "2 failed (input:link_outside ×2)" in result.output
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.json")) == [
        "out_dir.error.json", "out_link.error.json", "page.json", "sub/inside_link.json"]
    assert "外部文件" not in "".join(p.read_text("utf-8") for p in out.rglob("*.json"))
    out = tmp_path / "out2"
    assert runner.invoke(main, ["clean", str(linked), "-o", str(out), "--follow-links"]).exit_code == 0
    assert (out / "out_link.json").exists() and (out / "out_dir" / "private.json").exists()


# --- the real processes --------------------------------------------------------------------------


SCRIPT = Path(sys.executable).parent / "cleaner"


@pytest.mark.parametrize("command", [[str(SCRIPT)], [sys.executable, "-m", "cleaner"]], ids=["script", "module"])
def test_the_real_processes_clean_a_folder_and_stdin(command, tmp_path):
    if command[0] == str(SCRIPT) and not SCRIPT.exists():
        pytest.skip("the cleaner script is not installed next to this Python")
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "page.txt").write_bytes((SAMPLES / "000_350d72a1b1d202ae.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([*command, "clean", str(folder), "-o", str(out)], capture_output=True, env=env, timeout=120)
    assert done.returncode == 1, done.stderr
    assert json.loads((out / "page.json").read_text("utf-8"))["title"] == "网贷逾期会不会找上门"
    assert b"empty" in done.stderr
    done = subprocess.run([*command, "clean"], input=PROSE.encode(), capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["text"] == PROSE_CLEAN
    done = subprocess.run([*command, "clean", "--format", "nonsense"], capture_output=True, env=env, timeout=60)
    assert done.returncode == 2
    done = subprocess.run([*command, "--version"], capture_output=True, env=env, timeout=60)
    assert done.returncode == 0 and cleaner.__version__.encode() in done.stdout
