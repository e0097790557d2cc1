"""``layout edition``: every page of an edition built as ``layout build`` builds it, several at
a time, in page order whatever finishes first; a page that cannot be read does not stop the
others."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = "page:\n  columns: 4\nsections:\n  - stories: [a.md]\n"


def _page(folder: Path, text: str, page_yaml: str = PAGE) -> Path:
    folder.mkdir(parents=True)
    (folder / "page.yaml").write_text(page_yaml, encoding="utf-8")
    (folder / "a.md").write_text(f"---\ntitle: 标题\n---\n{text}\n", encoding="utf-8")
    return folder


def _layout(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "layout", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd)


def _edition(tmp_path) -> Path:
    ed = tmp_path / "edition"
    _page(ed / "01-yaowen", "郑州市二七区召开文明城市创建工作推进会。" * 6)
    _page(ed / "02-shehui", "一马路街道各社区结合自身特点设置文化墙。" * 5)
    _page(ed / "03-tiyu", "“文化墙”以社会主义核心价值观为主题。" * 4)
    return ed


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_page_is_built_as_build_builds_it(tmp_path, jobs):
    ed = _edition(tmp_path)
    done = _layout("edition", ed, "-o", tmp_path / "out", "-j", jobs)
    assert done.returncode == 0, done.stderr
    names = ["01-yaowen", "02-shehui", "03-tiyu"]
    # in page order, whichever process finished first
    assert [line.split("/")[-1] for line in done.stdout.splitlines()] == [f"{n}.pdf" for n in names]
    for name in names:
        single = _layout("build", ed / name, "-o", tmp_path / f"{name}.pdf")
        assert single.returncode == 0, single.stderr
        assert (tmp_path / "out" / f"{name}.pdf").read_bytes() == (tmp_path / f"{name}.pdf").read_bytes()
        assert (tmp_path / "out" / f"{name}.report.json").is_file()


def test_a_page_that_cannot_be_read_does_not_stop_the_others(tmp_path):
    ed = _edition(tmp_path)
    (ed / "notes").mkdir()   # (not a page: named, and passed over)
    (ed / "02-shehui" / "page.yaml").write_text("page:\n  colums: 4\nsections:\n  - stories: [a.md]\n",
                                                encoding="utf-8")
    done = _layout("edition", ed, "-o", tmp_path / "out", "-j", "2")
    assert done.returncode == 2
    assert "02-shehui/page.yaml:2:3: page.colums: unknown key 'colums'" in done.stderr
    assert "not clean: 02-shehui (2)" in done.stderr
    assert "notes: no page.yaml: not a page of the edition" in done.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("*.pdf")) == ["01-yaowen.pdf", "03-tiyu.pdf"]


def test_a_folder_without_pages_is_refused_and_nothing_written(tmp_path):
    (tmp_path / "empty").mkdir()
    done = _layout("edition", tmp_path / "empty", "-o", tmp_path / "out")
    assert done.returncode == 2
    assert "neither a page folder (with a page.yaml) nor a folder of page folders" in done.stderr
    assert not (tmp_path / "out").exists()


def test_two_pages_of_one_name_are_refused_and_nothing_written(tmp_path):
    a, b = _page(tmp_path / "a" / "p", "正文。"), _page(tmp_path / "b" / "p", "正文。")
    done = _layout("edition", a, b, "-o", tmp_path / "out")
    assert done.returncode == 2
    assert f"pages of one name would write the same files: {a} and {b}" in done.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="pages in forked processes")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_page_whose_process_dies_fails_alone(tmp_path, monkeypatch, capsys, jobs):
    # each page is built in a process of its own: one killed is that page's internal error
    from layout import cli
    ed = _edition(tmp_path)
    build = cli._edition_page

    def dying(page):
        if page.page_dir.name == "02-shehui":
            os.kill(os.getpid(), signal.SIGKILL)
        return build(page)

    monkeypatch.setattr(cli, "_edition_page", dying)
    monkeypatch.chdir(ROOT)
    assert cli.main(["edition", str(ed), "-o", str(tmp_path / "out"), "-j", jobs]) == 3
    err = capsys.readouterr().err
    assert f"the process building {ed / '02-shehui'} ended (signal 9); nothing written for that page" in err
    assert "edition: 3 page(s), 2 written" in err
    assert sorted(p.name for p in (tmp_path / "out").glob("*.pdf")) == ["01-yaowen.pdf", "03-tiyu.pdf"]


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="pages in forked processes")
def test_an_interrupt_stops_the_edition_and_leaves_no_partial_file(tmp_path, monkeypatch, capsys):
    # page 2's build interrupts the edition (as Ctrl-C would) and waits: the edition starts
    # no page after it, interrupts page 2 and says how many pages were written
    import time
    from layout import cli
    ed = _edition(tmp_path)
    build = cli._build

    def interrupting(args):
        if args.page_dir.name == "02-shehui":
            os.kill(os.getppid(), signal.SIGINT)
            time.sleep(30)
        return build(args)

    monkeypatch.setattr(cli, "_build", interrupting)
    monkeypatch.chdir(ROOT)
    started = time.monotonic()
    assert cli.main(["edition", str(ed), "-o", str(tmp_path / "out"), "-j", "1"]) == 130
    assert time.monotonic() - started < 20
    err = capsys.readouterr().err
    assert "edition: 3 page(s), 1 written" in err and "not clean: 02-shehui (130); interrupted" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["01-yaowen.pdf", "01-yaowen.report.json"]
