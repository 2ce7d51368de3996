"""Helpers for workbook tests: edit a generated workbook the way a person (or another program) would."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl


def edit_workbook(path: Path, change: Callable[[Any], None]) -> Path:
    """Open path with openpyxl, apply change(book), save it back: builds test inputs, never the file under test."""
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)
    return path


def rewrite_part(path: Path, part: str, change: Callable[[str], str]) -> Path:
    """Rewrite one XML part inside an .xlsx, for what openpyxl cannot write (cached formula results, entities)."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            target.writestr(info, data)
    return path


def sheet_part(path: Path, title: str) -> str:
    """The zip member name of the worksheet with this title."""
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet[^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', workbook).group(1)
    target = re.search(rf'<Relationship[^>]*Id="{rid}"[^>]*Target="([^"]+)"', rels) or re.search(
        rf'<Relationship[^>]*Target="([^"]+)"[^>]*Id="{rid}"', rels)
    return "xl/" + target.group(1).lstrip("/").removeprefix("xl/")
