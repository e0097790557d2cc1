"""Proofs: PNG with overlays, the preflight report and its exit codes, the visual diff, and
the preview server's routes (the browser test is in test_browser.py)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
import urllib.request

import pytest
from PIL import Image

from conftest import ROOT, SAMPLE
from test_load import make_page

MM = 72 / 25.4


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "layout", *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def proofs(tmp_path_factory):
    out = tmp_path_factory.mktemp("proof")
    plain = run("proof", SAMPLE, "-o", out, "--dpi", 36)
    overlay = run("proof", SAMPLE, "-o", out, "--dpi", 36, "--overlay")
    assert plain.returncode == 0 and overlay.returncode == 0, plain.stderr + overlay.stderr
    return out


def test_proof_png_has_the_page_size(proofs):
    image = Image.open(proofs / "erqi-2018-12.png")
    # trim 390 x 540 mm plus 3 mm bleed on every side, at 36 dpi
    w, h = image.size
    assert abs(w - 396 / 25.4 * 36) <= 1 and abs(h - 546 / 25.4 * 36) <= 1
    assert (proofs / "erqi-2018-12.pdf").exists() and (proofs / "erqi-2018-12.report.json").exists()


def test_overlay_draws_the_column_grid_where_the_grid_is(proofs):
    plain = Image.open(proofs / "erqi-2018-12.png").convert("RGB")
    overlay = Image.open(proofs / "erqi-2018-12.overlay.png").convert("RGB")
    k = 36 / 72
    bleed = 3 * MM
    fmt_left, column, gutter, top = 53.2559, 117.0, 9.0, 75.2598
    # the right edge of column 3, half way down the page: a grid line (cyan) on the overlay
    x = round((fmt_left + 2 * (column + gutter) + column + bleed) * k)
    y = round((top + 60 * 12 + 6 + bleed) * k)
    r, g, b = overlay.getpixel((x, y))
    assert b > 150 and g > 120 and r < 140, (r, g, b)
    assert plain.getpixel((x, y)) != (r, g, b)
    # the middle of the gutter after it: no column grid there
    gx = round((fmt_left + 3 * (column + gutter) - gutter / 2 + bleed) * k)
    assert overlay.getpixel((gx, y))[2] - overlay.getpixel((gx, y))[0] < 80


def test_report_json_of_the_sample(proofs):
    report = json.loads((proofs / "erqi-2018-12.report.json").read_text(encoding="utf-8"))
    assert report["schema"] == "layout-report/1"
    assert report["status"] == "clean"
    assert report["counts"]["error"] == 0
    assert report["quality"]["violations"] == 0 and report["quality"]["orphans"] == 0
    # per line the inter-character adjustment: every justified line but a paragraph's last
    adjustments = report["quality"]["adjustments"]
    assert 200 < len(adjustments) < report["quality"]["lines"]
    assert max(abs(a["em"]) for a in adjustments) == pytest.approx(report["quality"]["max_stretch_em"], abs=1e-3)
    assert {"story", "column", "page_line", "em"} == set(adjustments[0])
    unfinished = [f for f in report["findings"] if f["code"] == "unfinished"]
    assert [(f["file"], f["line"], f["severity"]) for f in unfinished] == [
        ("erqi-2018-12/lead.md", 25, "warning"), ("erqi-2018-12/yimalu.md", 7, "warning"),
        ("erqi-2018-12/songshanlu.md", 9, "warning")]
    lead = next(b for b in report["blocks"] if b["name"] == "lead")
    x, y, w, h = unfinished[0]["box"]          # the first line of lead.md's line 25, in the lead block
    bx, by, bw, bh = lead["box"]
    assert bx <= x and x + w <= bx + bw and by <= y and y + h <= by + bh and w == 117.0 and h < 12
    normalised = [f for f in report["findings"] if f["code"] == "normalised"]
    assert len(normalised) == 189 and all(f["severity"] == "info" for f in normalised)


def test_a_change_on_a_later_line_of_a_paragraph_is_boxed_on_the_paragraph(tmp_path):
    """The finding names the change's own line (5); its box is the paragraph's set line, not
    the whole story block."""
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 标题\n---\n第一行文字，\n第二行文字,好。\n"})
    report = json.loads(run("check", page, "--json").stdout)
    (change,) = [f for f in report["findings"] if f["code"] == "normalised"]
    block = next(b for b in report["blocks"] if b["name"] == "a")
    assert change["line"] == 5 and change["box"][3] < 12 and change["box"] != block["box"]


def _photo(path, size):
    Image.new("RGB", size, (90, 140, 200)).save(path, "JPEG")


def test_check_reports_planted_problems(tmp_path):
    long = "---\ntitle: 长稿\n---\n" + "\n\n".join(["这是一段很长的新闻正文，用来把版面挤满。" * 30] * 40) + "\n"
    page = make_page(tmp_path, "page:\n  preset: tabloid\n  color: cmyk\nsections:\n  - stories: [a.md, b.md]\n", {
        "a.md": "---\ntitle: 有图\nphotos:\n  - file: small.jpg\n    caption: 图片说明\n---\n"
                "正文,说明\"问题\"。\n",
        "b.md": long})
    _photo(page / "small.jpg", (90, 60))
    proc = run("check", page, "--json")
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    codes = {(f["code"], f["severity"], f.get("story")) for f in report["findings"]}
    assert ("photo-resolution", "error", "a") in codes
    assert ("rgb-colour", "warning", "a") in codes
    assert ("overset", "error", "b") in codes
    assert ("normalised", "info", "a") in codes
    overset = next(f for f in report["findings"] if f["code"] == "overset")
    assert overset["chars"] > 0 and overset["file"] == "p/b.md" and overset["box"]


def test_check_exit_codes(tmp_path):
    clean = make_page(tmp_path / "c", "sections:\n  - stories: [a.md]\n") if (tmp_path / "c").mkdir() is None else None
    assert run("check", clean).returncode == 0
    (tmp_path / "w").mkdir()
    warned = make_page(tmp_path / "w", "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标\n---\n没有句号\n"})
    assert run("check", warned).returncode == 0
    assert run("check", warned, "--strict").returncode == 1
    (tmp_path / "i").mkdir()
    invalid = make_page(tmp_path / "i", "sections:\n  - stories: [missing.md]\n")
    proc = run("check", invalid, "--json")
    assert proc.returncode == 2
    report = json.loads(proc.stdout)
    assert report["status"] == "invalid"
    assert report["errors"][0]["text"] == "p/page.yaml:2:15: sections[0].stories[0]: file not found: missing.md"


def test_diff_highlights_the_changed_story(tmp_path):
    page = tmp_path / "p"
    shutil.copytree(SAMPLE, page)
    assert run("build", page, "-o", tmp_path / "old.pdf").returncode == 0
    story = page / "erqiqu.md"
    story.write_text(story.read_text(encoding="utf-8").replace("雾炮车", "喷雾车"), encoding="utf-8")
    assert run("build", page, "-o", tmp_path / "new.pdf").returncode == 0
    proc = run("diff", tmp_path / "old.pdf", tmp_path / "new.pdf", "-o", tmp_path / "diff.png")
    assert proc.returncode == 0
    from layout.proof.diff import changed_regions
    from layout.proof.image import render_png
    regions = changed_regions(render_png(tmp_path / "old.pdf", 50), render_png(tmp_path / "new.pdf", 50))
    assert regions
    # every change is in the lower right quarter, where 二七区's item is (columns 5-8, foot)
    width, height = render_png(tmp_path / "new.pdf", 50).size
    assert all(r.x > width / 2 - 20 and r.y > height * 0.75 for r in regions), regions
    assert Image.open(tmp_path / "diff.png").size == (width, height)
    same = run("diff", tmp_path / "new.pdf", tmp_path / "new.pdf", "-o", tmp_path / "same.png")
    assert "0 changed area(s)" in same.stdout


# --- the preview server -------------------------------------------------------------------

@pytest.fixture
def preview(tmp_path):
    from layout.proof import serve
    page = tmp_path / "p"
    shutil.copytree(SAMPLE, page)
    box = {}
    ready = threading.Event()

    def on_ready(server, state):
        box.update(server=server, state=state)
        ready.set()
    thread = threading.Thread(target=serve.serve, args=(page,), kwargs=dict(port=0, dpi=20, ready=on_ready),
                              daemon=True)
    thread.start()
    assert ready.wait(60)
    yield page, f"http://127.0.0.1:{box['server'].server_port}", box["state"]
    box["state"].stop.set()
    box["server"].shutdown()


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as err:
        return err.code, b""


def test_server_routes_and_no_path_traversal(preview):
    _, base, _ = preview
    status, body = _get(base + "/")
    assert status == 200 and b"EventSource" in body
    status, body = _get(base + "/proof.png")
    assert status == 200 and body.startswith(b"\x89PNG")
    for bad in ("/../page.yaml", "/page.yaml", "/%2e%2e/etc/passwd", "/proof.png/../../etc/passwd", "/etc/passwd"):
        assert _get(base + bad)[0] == 404, bad
    head = urllib.request.Request(base + "/report.json", method="HEAD")
    with urllib.request.urlopen(head, timeout=10) as r:
        assert r.status == 200 and r.read() == b""
    # a page from elsewhere that points its own host name at this port is refused
    rebound = urllib.request.Request(base + "/report.json", headers={"Host": "evil.example:80"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(rebound, timeout=10)
    assert err.value.code == 403


def test_server_rebuilds_within_a_second_of_a_save(preview):
    page, base, state = preview
    version = json.loads(_get(base + "/report.json")[1])["version"]
    story = page / "erqiqu.md"
    saved = time.monotonic()
    story.write_text(story.read_text(encoding="utf-8") + "\n\n" + "新增的一段很长很长的正文。" * 400 + "\n",
                     encoding="utf-8")
    state.wait_for_change(version, timeout=10)
    elapsed = time.monotonic() - saved
    report = json.loads(_get(base + "/report.json")[1])
    assert report["version"] > version
    assert report["status"] == "not-ready"
    assert any(f["code"] == "overset" for f in report["findings"])
    assert elapsed < 5   # the target is under a second; a loaded CI machine gets slack
    (page / "page.yaml").write_text("sections: [", encoding="utf-8")
    state.wait_for_change(report["version"], timeout=10)
    broken = json.loads(_get(base + "/report.json")[1])
    assert broken["status"] == "invalid" and "YAML syntax error" in broken["errors"][0]["text"]
