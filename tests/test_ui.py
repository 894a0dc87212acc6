"""The Dagster UI as a person uses it: open the asset graph, press "Materialize all", choose all
partitions of the page work and launch the backfill, see the package appear where the resource says
it goes and validate, and find every partition materialised on the page work's Partitions tab."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import ROOT, need_chromium


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer in {seconds} s")


def _screenshot_lineage(page, path: Path) -> None:
    """The lineage as the README shows it (docs/lineage.png): set SAVE_LINEAGE_SCREENSHOT to a path to
    keep a copy there."""
    page.wait_for_timeout(1500)  # the graph lays itself out after the group names appear
    page.screenshot(path=str(path))
    assert path.stat().st_size > 20_000, "the lineage screenshot is nearly empty"
    if os.environ.get("SAVE_LINEAGE_SCREENSHOT"):
        shutil.copyfile(path, os.environ["SAVE_LINEAGE_SCREENSHOT"])


def test_materialize_all_from_the_asset_graph(tmp_path):
    chromium = need_chromium()
    from playwright.sync_api import expect, sync_playwright

    port = _free_port()
    out = tmp_path / "out" / "datapackage"
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "home"), "DATASET_OUT_DIR": str(out),
           "DATASET_CACHE_DIR": str(tmp_path / "cache"), "DATASET_RAW_DIR": str(ROOT / "raw")}
    (tmp_path / "home").mkdir()
    log = open(tmp_path / "dagster.log", "w")
    dagster = Path(sys.executable).parent / "dagster"
    server = subprocess.Popen([str(dagster), "dev", "-w", str(ROOT / "workspace.yaml"), "-h", "127.0.0.1", "-p", str(port)],
                              cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_for(f"http://127.0.0.1:{port}/server_info", 120)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(chromium), headless=True, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"])
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            # On a loopback address the UI may open a "Join the Dagster community" dialog over the page
            # at any moment; it stays away once this browser-side flag says it was seen.
            context.add_init_script("window.localStorage.setItem('communityNux', JSON.stringify('1'))")
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{port}/asset-groups", wait_until="domcontentloaded")
            for group in ("ingest", "extract", "tables", "publish"):
                expect(page.get_by_text(group, exact=True).first).to_be_visible(timeout=60_000)
            _screenshot_lineage(page, tmp_path / "lineage.png")
            page.get_by_role("button", name="Materialize all").click()
            # The page work is partitioned: the dialog asks which partitions, and the daemon that
            # `dagster dev` runs carries out the backfill (one run takes the whole range).
            page.get_by_role("button", name="All", exact=True).click()
            page.get_by_role("button", name="Launch backfill").click()
            deadline = time.monotonic() + 480  # the daemon picks the backfill up on its next tick
            while not (out / "datapackage.json").exists() and time.monotonic() < deadline:
                time.sleep(2)
            log.flush()
            assert (out / "datapackage.json").exists(), (
                "the backfill made no package in 8 minutes; dagster dev said:\n" + (tmp_path / "dagster.log").read_text()[-3000:])
            page.goto(f"http://127.0.0.1:{port}/assets/page_extractions?view=partitions", wait_until="domcontentloaded")
            expect(page.get_by_text("Materialized (16)").first).to_be_visible(timeout=60_000)
            expect(page.get_by_text("Missing (0)").first).to_be_visible()
            page.screenshot(path=str(tmp_path / "partitions.png"))
            if os.environ.get("SAVE_PARTITIONS_SCREENSHOT"):  # the README's docs/partitions.png
                shutil.copyfile(tmp_path / "partitions.png", os.environ["SAVE_PARTITIONS_SCREENSHOT"])
            browser.close()
        assert (out / "datapackage.json").exists()
        validate = subprocess.run([str(Path(sys.executable).parent / "frictionless"), "validate", str(out / "datapackage.json")],
                                  capture_output=True, text=True)
        assert validate.returncode == 0, validate.stdout[-2000:]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()
