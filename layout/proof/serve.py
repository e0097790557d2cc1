"""The live preview: ``layout serve PAGE_DIR`` shows the page proof and its report side by
side in the browser and updates them within a second of a story, photo or page.yaml being
saved.

* Loopback only (127.0.0.1). Only the proof's own resources are served, by fixed routes:
  ``/`` (the page), ``/proof.png``, ``/overlay.png``, ``/report.json`` and ``/events``; no
  path is ever mapped to a file, so nothing else on the machine can be reached.
* A watcher thread (watchfiles: the operating system's file events, no polling loop)
  rebuilds on change; compositions and plans of unchanged stories are reused (warm
  rebuild). Each rebuild bumps a version number that ``/events`` (server-sent events)
  pushes to the browser, which then reloads the image and the report.
* A build that fails shows its errors on the page; the server keeps running.
"""
from __future__ import annotations

import io
import json
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..errors import LayoutError
from .report import clean

HOST = "127.0.0.1"


class Preview:
    """The current proof of one page folder, rebuilt when its files change."""

    def __init__(self, page_dir: Path, dpi: float = 60.0):
        self.page_dir = Path(page_dir).resolve()
        self.dpi = dpi
        self.version = 0
        self.png = b""
        self.overlay = b""
        self.report: dict = {}
        self.built_at = 0.0
        self.build_seconds = 0.0
        self.changed = threading.Condition()
        self.stop = threading.Event()
        self._tmp = tempfile.TemporaryDirectory(prefix="layout-serve-")

    def rebuild(self) -> None:
        from ..pipeline import layout_page, render
        from .image import draw_overlay, grid_of, render_png
        from .report import build_report, colour_findings, invalid_report, pdf_findings
        t0 = time.perf_counter()
        try:
            result = layout_page(self.page_dir)
            pdf = Path(self._tmp.name) / "page.pdf"
            pdf.write_bytes(render(result))
            report = build_report(result, None, colour_findings(result) + pdf_findings(pdf))
            image = render_png(pdf, self.dpi)
            png = _png(image)
            overlay = _png(draw_overlay(image, report, grid_of(result.display), result.display.bleed, self.dpi))
            report["dpi"] = self.dpi
            report["bleed"] = result.display.bleed
        except LayoutError as exc:
            report, png, overlay = invalid_report(self.page_dir, exc), self.png, self.overlay
        except Exception as exc:  # noqa: BLE001 - shown on the page, the server keeps running
            report = {"schema": "layout-report/1", "page": self.page_dir.name, "status": "invalid",
                      "counts": {"error": 1, "warning": 0, "info": 0}, "findings": [],
                      "errors": [{"text": f"internal error: {type(exc).__name__}: {exc}"}]}
            png, overlay = self.png, self.overlay
        with self.changed:
            self.png, self.overlay, self.report = png or BLANK_PNG, overlay or BLANK_PNG, report
            self.build_seconds = time.perf_counter() - t0
            self.built_at = time.time()
            report["build_seconds"] = round(self.build_seconds, 3)
            self.version += 1
            self.changed.notify_all()
        counts = report.get("counts", {})
        print(f"layout: {time.strftime('%H:%M:%S')} rebuilt in {self.build_seconds:.2f} s: {report['status']}"
              f" ({counts.get('error', 0)} error(s), {counts.get('warning', 0)} warning(s))", file=sys.stderr)
        for e in report.get("errors", []):
            print("  " + e.get("text", ""), file=sys.stderr)

    def watch(self) -> None:
        from watchfiles import watch
        for _ in watch(self.page_dir, stop_event=self.stop, debounce=100, step=20, rust_timeout=500,
                       yield_on_timeout=False, watch_filter=_relevant):
            self.rebuild()

    def wait_for_change(self, version: int, timeout: float) -> int:
        with self.changed:
            self.changed.wait_for(lambda: self.version != version or self.stop.is_set(), timeout=timeout)
            return self.version


def _relevant(change, path: str) -> bool:
    name = Path(path).name
    return not (name.startswith(".") or name.endswith((".tmp", "~", ".swp")))


def _blank_png() -> bytes:
    """A 1 x 1 white PNG, served before any build has succeeded."""
    import zlib
    import struct

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


BLANK_PNG = _blank_png()


def _png(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG", compress_level=1)
    return buf.getvalue()


def make_handler(preview: Preview):
    class Handler(BaseHTTPRequestHandler):
        server_version = "layout-preview"

        def log_message(self, fmt, *args):  # quiet: the terminal shows rebuilds instead
            pass

        def _send(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if not getattr(self, "_head_only", False):
                self.wfile.write(body)

        def _allowed_host(self) -> bool:
            """Only requests addressed to this server by its loopback name: a web page loaded
            from elsewhere cannot read the preview by pointing its own host name here."""
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]")
            return host in ("127.0.0.1", "localhost", "::1")

        def do_HEAD(self):  # noqa: N802
            self._head_only = True
            try:
                self.do_GET()
            finally:
                self._head_only = False

        def do_GET(self):  # noqa: N802 - http.server's name
            route = self.path.split("?", 1)[0]
            if not self._allowed_host():
                self._send(403, b"forbidden", "text/plain; charset=utf-8")
            elif route == "/":
                self._send(200, PAGE.encode("utf-8"), "text/html; charset=utf-8")
            elif route == "/proof.png":
                self._send(200, preview.png, "image/png")
            elif route == "/overlay.png":
                self._send(200, preview.overlay, "image/png")
            elif route == "/report.json":
                body = dict(preview.report, version=preview.version)
                self._send(200, json.dumps(clean(body), ensure_ascii=False).encode("utf-8"), "application/json")
            elif route == "/events" and not getattr(self, "_head_only", False):
                self._events()
            else:
                self._send(404, b"not found", "text/plain; charset=utf-8")

        def _events(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            version = -1
            try:
                while not preview.stop.is_set():
                    current = preview.wait_for_change(version, timeout=15.0)
                    if current != version:
                        version = current
                        self.wfile.write(f"data: {version}\n\n".encode())
                    else:
                        self.wfile.write(b": keep-alive\n\n")
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


def serve(page_dir, port: int = 8765, dpi: float = 60.0, ready=None) -> int:
    """Serve the preview until interrupted. ``ready(server)`` is called once it listens."""
    page_dir = Path(page_dir)
    if not (page_dir / "page.yaml").is_file():
        raise LayoutError("page.yaml not found in the page folder", file=str(page_dir))
    try:
        server = ThreadingHTTPServer((HOST, port), None)
    except OSError as exc:
        raise LayoutError(f"cannot listen on {HOST}:{port}: {exc.strerror}",
                          hint="another program uses the port: choose another with --port") from exc
    preview = Preview(page_dir, dpi)
    server.RequestHandlerClass = make_handler(preview)
    preview.rebuild()
    server.daemon_threads = True
    watcher = threading.Thread(target=preview.watch, daemon=True)
    watcher.start()
    print(f"layout: previewing {page_dir} at http://{HOST}:{server.server_port}/ (Ctrl-C to stop)",
          file=sys.stderr)
    if ready:
        ready(server, preview)
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass
    finally:
        preview.stop.set()
        server.server_close()
    return 0


PAGE = """<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>layout preview</title>
<style>
 body { margin: 0; font: 14px/1.5 "Noto Sans CJK SC", sans-serif; display: flex; height: 100vh; }
 #proof { flex: 3; overflow: auto; background: #888; position: relative; }
 #proof img { display: block; margin: 12px auto; box-shadow: 0 0 8px #333; transform-origin: 0 0; }
 #side { flex: 2; overflow: auto; padding: 12px 16px; border-left: 1px solid #ccc; }
 #status.clean { color: #070; } #status.not-ready, #status.invalid { color: #b00; }
 .finding { cursor: pointer; padding: 4px 6px; margin: 2px 0; border-left: 4px solid #ccc; }
 .finding:hover { background: #eef; }
 .error { border-color: #d00; } .warning { border-color: #e90; } .info { border-color: #bbb; color: #666; }
 .errors { white-space: pre-wrap; color: #b00; font-family: monospace; }
 #mark { position: absolute; border: 3px solid #d00; pointer-events: none; display: none; }
 img.stale { opacity: .35; filter: grayscale(1); }
 label { margin-right: 1em; }
</style></head><body>
<div id="proof"><img id="page" alt="page proof"><div id="mark"></div></div>
<div id="side">
 <h2 id="title">layout</h2>
 <div><label><input type="checkbox" id="overlay"> overlay</label>
      <label><input type="checkbox" id="infos"> normalisations</label></div>
 <p id="status"></p><p id="quality"></p>
 <div id="errors" class="errors"></div>
 <div id="findings"></div>
</div>
<script>
let report = null, zoom = 1;
const img = document.getElementById('page'), mark = document.getElementById('mark');
function source() { return (document.getElementById('overlay').checked ? '/overlay.png' : '/proof.png'); }
async function refresh(version) {
  const r = await fetch('/report.json?v=' + version); report = await r.json();
  document.getElementById('title').textContent = report.page;
  const st = document.getElementById('status');
  st.className = report.status;
  img.classList.toggle('stale', report.status === 'invalid');
  if (report.status === 'invalid') mark.style.display = 'none';
  st.textContent = report.status + ' - ' + report.counts.error + ' error(s), ' + report.counts.warning +
    ' warning(s)' + (report.build_seconds !== undefined ? ' - built in ' + report.build_seconds + ' s' : '');
  st.dataset.version = report.version;
  document.getElementById('quality').textContent = report.quality ?
    report.quality.lines + ' lines; ' + report.quality.loose_lines + ' over 0.1 em; ' +
    report.quality.violations + ' violations; ' + report.quality.orphans + ' 孤字' : '';
  document.getElementById('errors').textContent = (report.errors || []).length ?
    'The input cannot be read; the image is the last good proof.\\n\\n' + report.errors.map(e => e.text).join('\\n') : '';
  const list = document.getElementById('findings'); list.innerHTML = '';
  const infos = document.getElementById('infos').checked;
  (report.findings || []).forEach((f, n) => {
    if (f.severity === 'info' && !infos) return;
    const d = document.createElement('div');
    d.className = 'finding ' + f.severity;
    const where = [f.file ? f.file + (f.line ? ':' + f.line : '') : f.story, f.column ? 'column ' + f.column : '']
      .filter(Boolean).join(', ');
    d.textContent = f.severity + ': ' + (where ? where + ': ' : '') + f.message;
    if (f.box) d.onclick = () => show(f.box);
    list.appendChild(d);
  });
  img.src = source() + '?v=' + version;
}
function show(box) {
  const k = report.dpi / 72 * zoom, b = report.bleed;
  zoom = 2; img.style.width = (img.naturalWidth * zoom) + 'px';
  const s = report.dpi / 72 * zoom;
  const x = (box[0] + b) * s + img.offsetLeft, y = (box[1] + b) * s + img.offsetTop;
  Object.assign(mark.style, {display: 'block', left: x + 'px', top: y + 'px',
    width: box[2] * s + 'px', height: Math.max(box[3] * s, 8) + 'px'});
  document.getElementById('proof').scrollTo({left: x - 100, top: y - 100, behavior: 'smooth'});
}
img.onclick = () => { zoom = 1; img.style.width = ''; mark.style.display = 'none'; };
document.getElementById('overlay').onchange = () => refresh(report ? report.version : 0);
document.getElementById('infos').onchange = () => refresh(report ? report.version : 0);
new EventSource('/events').onmessage = (e) => refresh(e.data);
</script></body></html>
"""
