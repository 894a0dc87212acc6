"""Frictionless's check of the descriptor, run in a process of its own started with the build: the same
answers as in the caller's process, and no process left behind."""
from __future__ import annotations

import json
import shutil

from conftest import ROOT
from pipeline import descriptor_check


def _package(tmp_path, broken: bool):
    folder = tmp_path / ("broken" if broken else "good")
    shutil.copytree(ROOT / "datapackage", folder)
    if broken:  # a foreign key to a resource the package does not have, and a field of no known type
        path = folder / "datapackage.json"
        descriptor = json.loads(path.read_text("utf-8"))
        table = next(r for r in descriptor["resources"] if r["name"] == "participants")
        table["schema"]["fields"][0]["type"] = "no-such-type"
        path.write_text(json.dumps(descriptor, ensure_ascii=False), "utf-8")
    return folder


def test_the_waiting_process_answers_as_the_check_here_does(tmp_path):
    good, broken = _package(tmp_path, False), _package(tmp_path, True)
    here = descriptor_check.check(broken)
    assert here and any("no-such-type" in e for e in here)
    for folder, expected in ((good, []), (broken, here)):
        descriptor_check.start()
        process = descriptor_check._process
        assert process is not None and process.poll() is None
        assert descriptor_check.ask(folder)() == expected
        assert process.returncode == 0  # it answered, and ended: each process is used once
        assert descriptor_check._process is None


def test_a_build_leaves_no_checking_process(tmp_path):
    from conftest import RAW
    from pipeline.build import build

    assert build(RAW, tmp_path / "out", cache_dir=tmp_path / "cache").success
    assert descriptor_check._process is None
    descriptor_check.start()
    process = descriptor_check._process
    descriptor_check.stop()  # what a failed build does
    assert process.poll() is not None and descriptor_check._process is None


def test_without_the_process_the_check_runs_here(tmp_path):
    assert descriptor_check._process is None
    assert descriptor_check.ask(_package(tmp_path, False))() == []


def test_a_folder_handed_over_early_is_answered_later_and_a_failed_build_ends_its_check(tmp_path):
    broken = _package(tmp_path, True)
    descriptor_check.start()
    answer = descriptor_check.ask(broken)  # what publish() does once the descriptor is written
    assert descriptor_check._process is None and descriptor_check._asked is not None
    assert answer() == descriptor_check.check(broken)
    assert descriptor_check._asked is None
    descriptor_check.start()
    descriptor_check.ask(broken)
    asked = descriptor_check._asked
    descriptor_check.stop()  # publishing failed before it read the answer
    assert asked.poll() is not None and descriptor_check._asked is None


def test_the_command_line_starts_the_check_before_it_loads_dagster():
    """`python -m pipeline build` names its defaults without Dagster, starts the check's process, then imports
    the build with the cyclic collector off; the collector is on again for the build, and the objects the
    import made are frozen out of its collections."""
    import subprocess
    import sys

    script = (
        "import gc, sys\n"
        "import pipeline.__main__ as cli\n"
        "assert 'dagster' not in sys.modules and 'polars' not in sys.modules, 'the CLI module loads Dagster'\n"
        "from pipeline import descriptor_check\n"
        "started = []\n"
        "real_start = descriptor_check.start\n"
        "def start():\n"
        "    started.append('dagster' in sys.modules)\n"
        "    real_start()\n"
        "descriptor_check.start = start\n"
        "build = cli.load_build()\n"
        "assert started == [False], started\n"
        "assert descriptor_check._process is not None and descriptor_check._process.poll() is None\n"
        "assert build.__module__ == 'pipeline.build' and gc.isenabled() and gc.get_freeze_count() > 100_000\n"
        "descriptor_check.stop()\n"
        "print('ok')\n"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-2000:]
