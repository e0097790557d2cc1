"""The cache shared by all builds: what is slow to compute from a file and never changes for
that file's bytes (font metrics, the tables reportlab reads from a font, a photo's checked
size), one small file per entry, named by the SHA-256 of the source file. Entries hold plain
data (marshal), are written atomically, and a missing, damaged or outdated entry is simply
computed again: the folder is safe to delete at any time."""
from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path

#: bump when what is cached changes shape
CACHE_FORMAT = 3


def cache_dir() -> Path | None:
    """$LAYOUT_CACHE_DIR, else $XDG_CACHE_HOME/layout, else ~/.cache/layout."""
    root = os.environ.get("LAYOUT_CACHE_DIR")
    if root:
        return Path(root)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "layout"


def file_digest(path: Path) -> str:
    """SHA-256 of a file, read in blocks (a photo may be large)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_cache(name: str, keys: tuple = ()) -> dict | None:
    """A dict stored by ``write_cache`` (marshal: plain data only), or None when absent,
    unreadable, of another format or without one of ``keys``."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        value = marshal.loads((folder / name).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(value, dict) or value.get("format") != CACHE_FORMAT or not all(k in value for k in keys):
        return None
    return value


def write_cache(name: str, value: dict) -> None:
    """Write a cache entry atomically; a cache that cannot be written is simply skipped."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        tmp.write_bytes(marshal.dumps({**value, "format": CACHE_FORMAT}))
        os.replace(tmp, folder / name)
    except (OSError, ValueError):
        pass
