"""Stage 7 in a second process, started before the page is read (``build -j 2``).

A cold build spends about a quarter of its time importing reportlab and reading the tables it
needs of each font, none of which depends on the layout. On a machine with two processors the
build forks as it starts: the child imports reportlab while the parent reads the page, loads
the fonts the parent names (the same files, so the same faces) and reads their tables while
the parent composes and places the page, then renders the display list the parent sends it
(a pickle of plain tuples, a few milliseconds) and sends the PDF's bytes back. The parent
writes the file, as a build in one process does; the bytes are the same. (Messages to the
child are pickles, each with its length.)

Anything that goes wrong in the child (an exception, a signal, a pipe closed early) only makes
the parent render the page itself: errors are raised, and reported, exactly as in one process.
The PDF is sent with its length and taken only whole, from a child that then exited with
status 0 (one killed while it writes leaves part of a PDF in the pipe).
The child never writes the output, never prints, and always ends with ``os._exit`` (it runs
none of the parent's exit handlers and flushes none of its buffers). Only where ``os.fork``
exists; the live preview and the library API render in their own process.
"""
from __future__ import annotations

import os
import pickle
import signal
import sys

_OK, _FAILED = b"K", b"E"


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_jobs() -> int:
    """2 where a second process can run alongside (two processors, ``fork``), else 1. Not
    by default on macOS, where a forked process that does not exec is not supported by the
    system's own libraries (``-j 2`` still asks for it)."""
    return 2 if hasattr(os, "fork") and sys.platform != "darwin" and available_cpus() >= 2 else 1


class RenderProcess:
    """A forked child that renders one page. ``start`` forks; ``send_fonts`` names the page's
    fonts (as ``load_fonts`` takes them); ``send`` hands it the display list; ``receive``
    returns the PDF's bytes, or None when the child did not make them (the caller then
    renders in its own process); ``close`` reaps the child whatever happened."""

    def __init__(self, pid: int, to_child: int, from_child: int):
        self.pid = pid
        self.to_child = to_child
        self.from_child = from_child

    @classmethod
    def start(cls) -> "RenderProcess | None":
        """The child, or None where it cannot be had: no ``fork``, or other threads running
        (a lock one of them held at the fork would never be released in the child)."""
        threading = sys.modules.get("threading")
        if not hasattr(os, "fork") or (threading is not None and threading.active_count() > 1):
            return None
        down_r, down_w = os.pipe()
        up_r, up_w = os.pipe()
        for fd in (down_w, up_w):
            _widen(fd)
        try:
            pid = os.fork()
        except OSError:
            for fd in (down_r, down_w, up_r, up_w):
                os.close(fd)
            return None
        if pid == 0:   # the child: never returns, whatever happens
            try:
                os.close(down_w)
                os.close(up_r)
                _child(down_r, up_w)
            finally:
                os._exit(1)
        os.close(down_r)
        os.close(up_w)
        return cls(pid, down_w, up_r)

    def send_fonts(self, paths: dict | None) -> None:
        """The page's fonts, as ``load_fonts`` takes them (the child loads and prepares them)."""
        if not self._send(dict(paths or {})):
            self._close_to_child()

    def send(self, display, author: str, subject: str) -> None:
        """The page to render, and the PDF's author and subject; nothing more follows."""
        self._send((display, author, subject))
        self._close_to_child()

    def _send(self, message) -> bool:
        if self.to_child is None:
            return False
        try:
            data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
            _write_all(self.to_child, len(data).to_bytes(8, "big") + data)
            return True
        except Exception:   # noqa: BLE001 - the child is gone, or the page would not go: receive() says so
            return False

    def receive(self) -> bytes | None:
        """The PDF, only if the child sent all of it and then ended normally (a child killed
        while it writes leaves part of a PDF in the pipe)."""
        self._close_to_child()
        try:
            data = _read_all(self.from_child)
        except OSError:
            data = b""
        ended_well = self.close()
        size = int.from_bytes(data[1:9], "big") if data[:1] == _OK else -1
        return data[9:] if ended_well and len(data) == 9 + size else None

    def abandon(self) -> None:
        """End the child now and reap it: nothing more is wanted of it (the build failed)."""
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except OSError:
                pass
        self.close()

    def close(self) -> bool:
        """Reap the child; True if it exited with status 0."""
        self._close_to_child()
        if self.from_child is not None:
            os.close(self.from_child)
            self.from_child = None
        status = None
        if self.pid is not None:
            try:
                status = os.waitpid(self.pid, 0)[1]
            except ChildProcessError:
                pass
            self.pid = None
        return status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0

    def _close_to_child(self) -> None:
        if self.to_child is not None:
            os.close(self.to_child)
            self.to_child = None


def _child(down: int, up: int) -> None:
    ok = False
    try:
        from .fonts import load_fonts
        from .render_pdf import prepare_fonts, render_pdf
        paths = _read_message(down)
        if paths is not None:
            fonts = load_fonts(paths)
            prepare_fonts(fonts)
            page = _read_message(down)
            if page is not None:
                display, author, subject = page
                data = render_pdf(display, fonts, author=author, subject=subject)
                _write_all(up, _OK + len(data).to_bytes(8, "big") + data)
                ok = True
    except BaseException:   # noqa: BLE001 - whatever it was, the parent renders instead
        pass
    finally:
        if not ok:
            try:
                _write_all(up, _FAILED)
            except BaseException:   # noqa: BLE001
                pass
        os._exit(0 if ok else 1)


def _widen(fd: int) -> None:
    """A pipe that holds a page's display list whole (Linux: 1 MiB where the system allows
    it), so that the parent hands it over without waiting for the child to read it."""
    try:
        import fcntl
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):
        pass


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _read_message(fd: int):
    """The next message the parent sent, or None if the pipe ends first."""
    head = _read_exactly(fd, 8)
    if head is None:
        return None
    data = _read_exactly(fd, int.from_bytes(head, "big"))
    return None if data is None else pickle.loads(data)


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
