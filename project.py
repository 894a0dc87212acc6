#!/usr/bin/env python3
"""Set-up and the two everyday commands, with nothing but Python (3.11, 3.12 or 3.13) on the machine.

    python3 project.py build   # environment (if missing), dataset, validation
    python3 project.py test    # environment (if missing), the whole test suite

The environment is .venv, made with the Python that runs this file and installed from pyproject.toml
with requirements.lock as constraints; it is re-made when the Python version changes and re-installed
when either file changes.
"""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / "bin"
STAMP = VENV / ".installed"


def _run(*cmd: str | Path) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True)


def _venv_version() -> str:
    """The major.minor Python version .venv was made with, or "" when there is none."""
    config = VENV / "pyvenv.cfg"
    if not config.exists():
        return ""
    for line in config.read_text().splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("version", "version_info"):
            return ".".join(value.strip().split(".")[:2])
    return ""


def ensure_environment() -> None:
    if not (3, 11) <= sys.version_info[:2] <= (3, 13):
        sys.exit(f"Python 3.11, 3.12 or 3.13 is needed, this is {sys.version.split()[0]}")
    version = "%d.%d" % sys.version_info[:2]
    wanted = version + " " + hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + (ROOT / "requirements.lock").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if _venv_version() not in ("", version):
        shutil.rmtree(VENV)  # made by another Python: its compiled packages do not fit this one
    if not (BIN / "python").exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    _run(BIN / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-c", ROOT / "requirements.lock", "-e", f"{ROOT}[test]")
    STAMP.write_text(wanted)


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command not in ("build", "test"):
        print(__doc__)
        return 2
    ensure_environment()
    try:
        if command == "build":
            _run(BIN / "python", "-m", "pipeline", "build", *sys.argv[2:])
            _run(BIN / "frictionless", "validate", ROOT / "datapackage" / "datapackage.json")
        else:
            _run(BIN / "python", "-m", "pytest", *sys.argv[2:])
    except subprocess.CalledProcessError as exc:
        return exc.returncode or 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
