"""Copying the default templates out for editing."""

from __future__ import annotations

from pathlib import Path

from b1docs.errors import OutputError
from b1docs.files import atomic_write
from b1docs.render.engine import DOCUMENTS, default_template_bytes


def export_templates(folder: Path, *, force: bool = False) -> list[Path]:
    """Write the default templates into folder; refuse to replace any unless force. Returns the paths."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError("is a file, not a folder. Give a folder for the templates", path=folder)
    targets = [folder / kind.template for kind in DOCUMENTS.values()]
    existing = [target.name for target in targets if target.exists()]
    if existing and not force:
        raise OutputError(f"already has {', '.join(existing)}. Nothing was copied. Use --force to replace them",
                          path=folder)
    for kind, target in zip(DOCUMENTS.values(), targets, strict=True):
        with atomic_write(target, force=force) as temporary:
            temporary.write_bytes(default_template_bytes(kind.template))
    return targets
