"""Pictures of the first page of each document, from the complete sample, for the README.

    python tools/make_images.py

Builds oakfield-academy.xlsx with the default templates, converts the three documents to PDF in one
LibreOffice run (its own profile folder), and saves page 1 of each as docs/images/<document>.png at 60 dpi.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "sample_workbooks" / "oakfield-academy.xlsx"
AS_OF = dt.date(2026, 12, 1)  # the samples describe the 2026-27 academic year
IMAGES = ROOT / "docs" / "images"


def main() -> None:
    from b1docs.benchmark import run_check
    from b1docs.render import DOCUMENTS, build_documents
    from b1docs.workbook.reader import load_workbook

    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="b1docs-images-") as work:
        work_dir = Path(work)
        workbook = load_workbook(SAMPLE)
        built = build_documents(workbook, run_check(workbook, AS_OF), work_dir, as_of=AS_OF)
        profile = (work_dir / f"lo-{uuid.uuid4().hex}").as_uri()
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile}",
                        "--convert-to", "pdf", "--outdir", str(work_dir), *map(str, built.paths)],
                       check=True, capture_output=True, timeout=300)
        for key, path in zip(DOCUMENTS, built.paths, strict=True):
            stem = work_dir / key
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                            str(path.with_suffix(".pdf")), str(stem)], check=True, timeout=120)
            target = IMAGES / f"{DOCUMENTS[key].slug}.png"
            shutil.copyfile(stem.with_suffix(".png"), target)
            print(f"Wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
