"""Python 3.11, 3.12 and 3.13 all build the same package.

The suite itself runs on the Python of .venv (3.11 in CI); here the seed is built under each other
supported version found on the machine (pyenv's versions, or python3.N on the PATH), in a fresh
virtual environment installed the way project.py installs one, and the package must equal the
committed datapackage/ byte for byte. Under CI=true a missing interpreter fails: it is not a skip.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

OTHER_VERSIONS = ("3.12", "3.13")
PYENV_VERSIONS = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"


def _interpreter(version: str) -> Path | None:
    found = sorted(PYENV_VERSIONS.glob(f"{version}.*/bin/python{version}"),
                   key=lambda p: [int(n) for n in re.findall(r"\d+", p.parent.parent.name)])
    if found:
        return found[-1]
    on_path = shutil.which(f"python{version}")
    return Path(on_path) if on_path else None


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _locked() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        name, sep, version = line.partition("==")
        if sep:
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version.strip()
    return pins


@pytest.mark.parametrize("version", OTHER_VERSIONS)
def test_seed_builds_byte_identically(version, tmp_path):
    python = _interpreter(version)
    if python is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but no Python {version} under {PYENV_VERSIONS} or on the PATH")
        pytest.skip(f"no Python {version} on this machine (pyenv install {version}); its build is not checked here")
    env = tmp_path / "venv"
    subprocess.run([python, "-m", "venv", env], check=True)
    pip = [env / "bin" / "python", "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "install", "-c", ROOT / "requirements.lock", "-e", ROOT], check=True, cwd=tmp_path)

    # Every installed distribution is pinned in the lock, at the locked version: the lock covers this Python.
    frozen = subprocess.run([*pip, "freeze", "--exclude-editable"], check=True, capture_output=True, text=True).stdout
    pins = _locked()
    unpinned = [line for line in frozen.splitlines()
                if pins.get(re.sub(r"[-_.]+", "-", line.partition("==")[0]).lower()) != line.partition("==")[2]]
    assert not unpinned, f"Python {version} installs versions the lock does not pin: {unpinned}"

    out = tmp_path / "datapackage"
    build = subprocess.run([env / "bin" / "python", "-m", "pipeline", "build", "--raw-dir", ROOT / "raw",
                            "--out-dir", out, "--cache-dir", ""], capture_output=True, text=True, cwd=tmp_path)
    assert build.returncode == 0, build.stderr[-3000:]
    built, committed = _files(out), _files(ROOT / "datapackage")
    assert sorted(built) == sorted(committed)
    assert [name for name in built if built[name] != committed[name]] == []
