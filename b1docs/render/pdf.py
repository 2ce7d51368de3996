"""PDF copies of the Word documents, made by LibreOffice running headless.

Each run gets its own LibreOffice profile folder: two runs sharing one (two terminals, batch workers)
collide on the profile lock and fail silently. LibreOffice writes into a private folder first, and each
PDF is then moved into place atomically, so a failed conversion never leaves a half-written PDF.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Sequence
from pathlib import Path

from b1docs.errors import OutputError
from b1docs.files import atomic_write

TIMEOUT_SECONDS = 180
_NAMES = ("soffice", "libreoffice")


def find_soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return next((found for name in _NAMES if (found := shutil.which(name))), None)


def pdf_path(docx: Path) -> Path:
    return docx.with_suffix(".pdf")


def convert_to_pdf(documents: Sequence[Path], *, force: bool = False, timeout: float = TIMEOUT_SECONDS) -> list[Path]:
    """Write a PDF beside each .docx in one LibreOffice run; return the PDF paths."""
    if not documents:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise OutputError("PDF copies need LibreOffice, which is not installed. The Word documents were written; "
                          "install LibreOffice from https://www.libreoffice.org to make PDFs, or leave out --pdf")
    targets = [pdf_path(Path(document)) for document in documents]
    existing = [target.name for target in targets if target.exists()]
    if existing and not force:
        raise OutputError(f"{', '.join(existing)} already exist(s). Use --force to replace", path=targets[0].parent)
    with tempfile.TemporaryDirectory(prefix="b1docs-pdf-") as work:
        work_dir = Path(work)
        profile = work_dir / f"profile-{uuid.uuid4().hex}"
        command = [soffice, "--headless", "--norestore", "--nolockcheck",
                   f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf", "--outdir", str(work_dir),
                   *(str(Path(document).resolve()) for document in documents)]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as err:
            raise OutputError(f"LibreOffice took longer than {timeout:.0f} seconds to make the PDFs and was "
                              "stopped. The Word documents were written") from err
        except OSError as err:
            raise OutputError(f"LibreOffice could not be started ({err}). The Word documents were written") from err
        written = []
        for document, target in zip(documents, targets, strict=True):
            made = work_dir / pdf_path(Path(document)).name
            if not made.is_file():
                raise OutputError(f"LibreOffice did not make a PDF of {Path(document).name}. The Word documents "
                                  "were written; open them in Word and use Save as PDF")
            with atomic_write(target, force=force) as temporary:
                shutil.copyfile(made, temporary)
            written.append(target)
    return written
