"""Run LibreOffice headless the safe way: a private profile per run and a timeout."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

TIMEOUT_SECONDS = 180


def convert(files: list[Path], to: str, outdir: Path) -> list[Path]:
    """Convert files in one soffice call; return the converted paths, in order. Skips if LibreOffice is absent."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = outdir.parent / f"lo-profile-{uuid.uuid4().hex}"
    outdir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", to, "--outdir", str(outdir), *map(str, files)],
        capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
    shutil.rmtree(profile, ignore_errors=True)
    extension = to.split(":")[0]
    converted = [outdir / f"{path.stem}.{extension}" for path in files]
    missing = [path.name for path in converted if not path.is_file() or path.stat().st_size == 0]
    assert not missing, f"LibreOffice did not convert {missing}: {result.stdout} {result.stderr}"
    return converted
