"""The cache shared by all builds: what is slow to compute from a file and never changes for
that file's bytes (font metrics, the tables reportlab reads from a font, a photo's checked
size), one small file per entry, named by the SHA-256 of the source file. Entries hold plain
data (marshal), are written atomically, and a missing, damaged or outdated entry is simply
computed again: the folder is safe to delete at any time."""
from __future__ import annotations

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


def read_cache(name: str) -> dict | None:
    """A dict stored by ``write_cache`` (marshal: plain data only), or None when absent,
    unreadable or of another format."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        value = marshal.loads((folder / name).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return value if isinstance(value, dict) and value.get("format") == CACHE_FORMAT else None


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
