"""Shared fixtures. Composition tests use ``SquareFace``, a metrics-only face with round
numbers (Han and full-width marks 1 em, Latin letters and digits ½ em), so that expected
positions can be written down by hand; page tests use the shipped fonts and the sample."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from layout.compose import TextStyle
from layout.compose.classes import is_han

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "stories" / "erqi-2018-12"


_OWN_CACHE: list[str] = []


def pytest_configure(config):
    # Tests use a font-metrics cache of their own, so that they exercise both its filling
    # and its use, and never touch the user's cache. It is removed when the run ends.
    import os
    import tempfile
    if "LAYOUT_CACHE_DIR" not in os.environ:
        _OWN_CACHE.append(tempfile.mkdtemp(prefix="layout-test-cache-"))
        os.environ["LAYOUT_CACHE_DIR"] = _OWN_CACHE[-1]


def pytest_unconfigure(config):
    import os
    import shutil
    while _OWN_CACHE:
        path = _OWN_CACHE.pop()
        shutil.rmtree(path, ignore_errors=True)
        if os.environ.get("LAYOUT_CACHE_DIR") == path:
            del os.environ["LAYOUT_CACHE_DIR"]


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden traces")


class SquareFace:
    """Han characters and full-width punctuation 1 em; Latin letters and digits ½ em."""

    key = "square"

    def advance(self, ch: str) -> float:
        if is_han(ch) or ord(ch) >= 0x2000:
            return 1.0
        return 0.5

    def ink(self, ch: str):
        return {"—": (0.05, 0.95), "⸺": (0.05, 1.95), "·": (0.2, 0.3)}.get(ch)

    def has(self, ch: str) -> bool:
        return True

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        return isinstance(other, SquareFace)


def deny_reading(monkeypatch, path: Path) -> None:
    """From now on in this test, opening ``path`` fails as a file without read permission
    would (as root, a chmod cannot make a file unreadable)."""
    import builtins
    real_open = builtins.open

    def no_read(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)
    monkeypatch.setattr(builtins, "open", no_read)


@pytest.fixture
def square():
    return SquareFace()


def body_style(indent_em: float = 0.0, align: str = "justify", **kw) -> TextStyle:
    """10 pt text in SquareFace: 1 em = 10 pt."""
    return TextStyle(face=SquareFace(), size=10.0, indent_em=indent_em, align=align, **kw)


@pytest.fixture(scope="session")
def sample_layout():
    from layout.pipeline import layout_page
    return layout_page(SAMPLE)


@pytest.fixture(scope="session")
def sample_pdf(tmp_path_factory):
    """The sample page built by the command line, as a new user would."""
    out = tmp_path_factory.mktemp("build") / "erqi.pdf"
    proc = subprocess.run([sys.executable, "-m", "layout", "build", str(SAMPLE), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    return proc, out
