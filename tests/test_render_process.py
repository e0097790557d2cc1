"""A build in two processes (``build -j 2``): the PDF is rendered by a forked child while the
page is composed. The bytes must be those of a build in one process, and whatever goes wrong
in the child, the build goes on (or fails) exactly as in one process, with no child left."""
from __future__ import annotations

import os
import signal
import threading

import pytest

from conftest import SAMPLE
from layout import pipeline, render_pdf
from layout.cli import main
from layout.render_process import RenderProcess

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="a second process is forked")


@pytest.fixture
def workers(monkeypatch):
    """Every child started, with what its ``receive`` returned."""
    seen = []
    start, receive = RenderProcess.start.__func__, RenderProcess.receive

    def spy_start(cls, *args):
        worker = start(cls, *args)
        if worker is not None:
            seen.append({"pid": worker.pid, "received": "never", "worker": worker})
        return worker

    def spy_receive(self):
        entry = next(e for e in seen if e["pid"] == self.pid)
        data = receive(self)
        entry["received"] = data
        return data

    monkeypatch.setattr(RenderProcess, "start", classmethod(spy_start))
    monkeypatch.setattr(RenderProcess, "receive", spy_receive)
    return seen


@pytest.fixture(scope="module")
def one_process(tmp_path_factory):
    out = tmp_path_factory.mktemp("one") / "page.pdf"
    pipeline.build(SAMPLE, out, jobs=1)
    return out.read_bytes()


def _reaped(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_two_processes_write_the_bytes_of_one(one_process, workers, tmp_path):
    out = tmp_path / "page.pdf"
    pipeline.build(SAMPLE, out, jobs=2)
    assert len(workers) == 1
    assert workers[0]["received"] == one_process        # rendered by the child
    assert out.read_bytes() == one_process
    assert _reaped(workers[0]["pid"])


def _rendered_by_the_parent(workers, out, one_process):
    """One child was started, gave no PDF, and is gone; the parent wrote the PDF of one process."""
    assert len(workers) == 1 and workers[0]["received"] is None
    assert out.read_bytes() == one_process
    assert _reaped(workers[0]["pid"])


def _in_child_only(action):
    parent = os.getpid()

    def patched(*args, **kwargs):
        if os.getpid() != parent:
            action()
        return prepare(*args, **kwargs)

    prepare = render_pdf.prepare_fonts
    return patched


def _raise():
    raise RuntimeError("the child failed")


def _die():
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize("action", [_raise, _die], ids=["exception", "killed"])
def test_a_child_that_fails_leaves_the_pdf_to_the_parent(one_process, workers, tmp_path, monkeypatch, action):
    monkeypatch.setattr(render_pdf, "prepare_fonts", _in_child_only(action))
    out = tmp_path / "page.pdf"
    pipeline.build(SAMPLE, out, jobs=2)
    _rendered_by_the_parent(workers, out, one_process)


def test_a_child_killed_while_it_sends_the_pdf_leaves_it_to_the_parent(one_process, workers, tmp_path):
    # The PDF (2 MB) is larger than the pipe: the child has sent part of it and waits for
    # the parent to read on when it is killed. Part of a PDF must never be written.
    import select
    assert len(one_process) > 1 << 20

    def kill_while_sending(result):
        worker = workers[0]["worker"]
        readable, _, _ = select.select([worker.from_child], [], [], 60)
        assert readable, "the child sent nothing"
        os.kill(worker.pid, signal.SIGKILL)

    out = tmp_path / "page.pdf"
    pipeline.build(SAMPLE, out, jobs=2, during=kill_while_sending)
    _rendered_by_the_parent(workers, out, one_process)


def test_a_page_that_cannot_be_sent_is_rendered_by_the_parent(one_process, workers, tmp_path, monkeypatch):
    place = pipeline.place_page

    def unpicklable(*args):
        display, findings = place(*args)
        return display._replace(meta={**display.meta, "hook": lambda: None}), findings

    monkeypatch.setattr(pipeline, "place_page", unpicklable)
    out = tmp_path / "page.pdf"
    pipeline.build(SAMPLE, out, jobs=2)
    _rendered_by_the_parent(workers, out, one_process)


def test_an_error_while_placing_reaps_the_child_and_writes_nothing(workers, tmp_path, monkeypatch):
    def broken(*args):
        raise RuntimeError("placement failed")

    monkeypatch.setattr(pipeline, "place_page", broken)
    out = tmp_path / "page.pdf"
    with pytest.raises(RuntimeError, match="placement failed"):
        pipeline.build(SAMPLE, out, jobs=2)
    assert len(workers) == 1 and workers[0]["received"] == "never"
    assert _reaped(workers[0]["pid"])
    assert list(tmp_path.iterdir()) == []


def test_input_errors_reap_the_child_started_before_the_page_was_read(workers, tmp_path):
    # The child is forked before the page is read: a page that cannot be read ends it too.
    from layout.errors import InputErrors
    page = tmp_path / "p"
    page.mkdir()
    (page / "page.yaml").write_text("page:\n  colums: 8\nsections:\n  - stories: [a.md]\n", encoding="utf-8")
    (page / "a.md").write_text("---\ntitle: 标题\n---\n正文。\n", encoding="utf-8")
    out = tmp_path / "page.pdf"
    with pytest.raises(InputErrors, match="unknown key 'colums'"):
        pipeline.build(page, out, jobs=2)
    assert len(workers) == 1 and workers[0]["received"] == "never"
    assert _reaped(workers[0]["pid"])
    assert not out.exists()


def test_an_error_while_rendering_is_the_one_of_a_single_process(workers, tmp_path, monkeypatch):
    # The child fails, the parent renders and raises: the editor sees the same error.
    def broken(*args, **kwargs):
        raise OSError(5, "Input/output error", "photo.jpg")

    monkeypatch.setattr(render_pdf, "render_pdf", broken)
    with pytest.raises(OSError, match="Input/output error"):
        pipeline.build(SAMPLE, tmp_path / "page.pdf", jobs=2)
    assert len(workers) == 1 and workers[0]["received"] is None
    assert list(tmp_path.iterdir()) == []


def test_no_fork_while_other_threads_run(one_process, workers, tmp_path):
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert RenderProcess.start() is None
        pipeline.build(SAMPLE, tmp_path / "page.pdf", jobs=2)
    finally:
        stop.set()
        other.join()
    assert workers == []
    assert (tmp_path / "page.pdf").read_bytes() == one_process


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jobs_option(one_process, tmp_path, jobs):
    out = tmp_path / "page.pdf"
    assert main(["build", str(SAMPLE), "-o", str(out), "-j", jobs]) == 0
    assert out.read_bytes() == one_process


@pytest.mark.parametrize("jobs, message", [
    ("3", "a number of processes between 1 and 2, got 3"),
    ("0", "a number of processes between 1 and 2, got 0"),
    ("two", "expected a number of processes, got 'two'"),
])
def test_jobs_option_refuses_other_numbers(tmp_path, capsys, jobs, message):
    out = tmp_path / "page.pdf"
    with pytest.raises(SystemExit) as exc:
        main(["build", str(SAMPLE), "-o", str(out), "-j", jobs])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
