"""The cache shared by all builds: what is slow to compute from a file and never changes for
that file's bytes (font metrics, the tables reportlab reads from a font, a photo's checked
size), one small file per entry, named by the SHA-256 of the source file. Entries hold plain
data (marshal), are written atomically, and a missing, damaged or outdated entry is simply
computed again: the folder is safe to delete at any time."""
from __future__ import annotations

import gc
import hashlib
import marshal
import os
import re
import time
from pathlib import Path

#: bump when what is cached changes shape
CACHE_FORMAT = 4
#: a file changed less than this long ago (ns) is hashed, its digest not remembered
SETTLED_NS = 2_000_000_000
#: digests remembered, the most recently used (a photo saved again is a new identity)
DIGESTS_KEPT = 2000


def cache_dir() -> Path | None:
    """$LAYOUT_CACHE_DIR, else $XDG_CACHE_HOME/layout, else ~/.cache/layout."""
    root = os.environ.get("LAYOUT_CACHE_DIR")
    if root:
        return Path(root)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "layout"


def file_digest(path: Path, suffix: bytes = b"") -> str:
    """SHA-256 of a file's bytes followed by ``suffix``, read in blocks (a photo may be large).

    Remembered in the cache under the file's identity as the system reports it (device,
    inode, size, modification and change times in nanoseconds), so that an unchanged file is
    not read again: any write to a file, or its replacement, changes its change time, which
    programs cannot set. Two guards, as for a version-control index: nothing is remembered
    for a file changed in the last two seconds (a clock that ticks coarsely could show a
    second write in the same tick as the first), nor on Windows (no change time there)."""
    path = Path(path)
    st = path.stat()
    who = f"{path.resolve()}\0{st.st_dev}\0{st.st_ino}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}"
    entry = hashlib.sha256(who.encode("utf-8", "surrogateescape") + b"\0" + suffix).hexdigest() + ".digest"
    settled = os.name == "posix" and time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > SETTLED_NS
    if settled:
        known = read_cache(entry, ("digest",), touch=True)
        if known is not None and isinstance(known["digest"], str) and len(known["digest"]) == 64:
            return known["digest"]
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    h.update(suffix)
    digest = h.hexdigest()
    if settled:
        write_cache(entry, {"digest": digest}, keep=DIGESTS_KEPT)
    return digest


def read_cache(name: str, keys: tuple = (), touch: bool = False) -> dict | None:
    """A dict stored by ``write_cache`` (marshal: plain data only), or None when absent,
    unreadable, of another format or without one of ``keys``. ``touch``: mark the entry as
    just used (for entries pruned oldest first, see ``write_cache``)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        data = (folder / name).read_bytes()
    except OSError:
        return None
    # (the collector would otherwise run over everything the build has made, again and
    # again, while the entry's thousands of objects are created: it cannot free any of them)
    collecting = gc.isenabled()
    gc.disable()
    try:
        value = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    finally:
        if collecting:
            gc.enable()
    if not isinstance(value, dict) or value.get("format") != CACHE_FORMAT or not all(k in value for k in keys):
        return None
    if touch:
        try:
            os.utime(folder / name)
        except OSError:
            pass
    return value


def write_cache(name: str, value: dict, keep: int | None = None) -> None:
    """Write a cache entry atomically; a cache that cannot be written is simply skipped.
    ``keep``: for kinds of entry that grow with the copy (font subsets, the tables of fonts
    converted for a page, the digests of files saved again), at most that many of this kind
    (the same suffix) are kept, the least recently used removed."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        tmp.write_bytes(marshal.dumps({**value, "format": CACHE_FORMAT}))
        os.replace(tmp, folder / name)
    except (OSError, ValueError):
        return
    if keep is not None:
        prune(folder, name[name.rfind("."):], keep)


def prune(folder: Path, suffix: str, keep: int) -> None:
    """Remove all but the ``keep`` most recently used entries ending in ``suffix`` (only
    files named as layout names them: a SHA-256 in hex, maybe a version, then the suffix).
    Another build may be about to read one of them: it finds it missing and makes it again."""
    try:
        with os.scandir(folder) as it:
            entries = sorted((e.stat().st_mtime_ns, e.name) for e in it
                             if e.name.endswith(suffix) and _ENTRY.fullmatch(e.name[:-len(suffix)]))
    except OSError:
        return
    for _, name in entries[:max(0, len(entries) - keep)]:
        try:
            os.remove(folder / name)
        except OSError:
            pass


_ENTRY = re.compile(r"[0-9a-f]{64}(\.[0-9A-Za-z_.]+)?")
