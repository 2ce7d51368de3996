"""Running a batch: find the workbooks, build each school in a pool of worker processes, write the summary.

Each worker process loads and compiles the Word templates once, in the pool initializer, and then builds
school after school with them. Work goes out as paths and comes back as small dicts. Every school is
written into its own temporary folder; only when all have finished are the folders named and moved into
place, in sorted-path order, so the results never depend on which worker finished first.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from b1docs.batch.discover import find_workbooks, relative_name
from b1docs.batch.folders import assign_folders, move_documents
from b1docs.batch.school import BatchOptions, SchoolResult, check_and_build, describe_error, load_templates
from b1docs.batch.summary import CSV_NAME, XLSX_NAME, write_summary
from b1docs.errors import B1DocsError, OutputError, UsageError

Job = Callable[[Path, Path, BatchOptions, Any], dict[str, Any]]
Setup = Callable[[BatchOptions], Any]
Progress = Callable[[int, int], None]
Item = tuple[int, str, str]  # (index in sorted order, workbook path, path relative to the input folder)

# A school takes a quarter of a second or so and a message between processes well under a millisecond, so
# chunks only pay off in big batches. They stay small (about 50 per worker, at most 8 schools each) because
# the last chunk decides when a worker finishes: big chunks leave one worker idle while the other ends.
MAX_CHUNK = 8
CHUNKS_PER_WORKER = 50
CRASHED = ("b1docs stopped unexpectedly while reading this workbook (its worker process crashed). "
           "Open it in Excel, save a fresh copy and try again")


@dataclass(frozen=True)
class BatchResult:
    """What a batch did: one result per workbook (sorted by path) and where the summary is."""

    folder: Path
    out: Path
    schools: tuple[SchoolResult, ...]
    summary_xlsx: Path
    summary_csv: Path
    workers: int

    @property
    def failed(self) -> tuple[SchoolResult, ...]:
        return tuple(school for school in self.schools if school.failed)

    def flagged(self, fail_on: str) -> tuple[SchoolResult, ...]:
        """Schools whose check found findings at or above fail_on (even if their documents then failed)."""
        return tuple(s for s in self.schools if s.benchmark1_status and s.count_at_or_above(fail_on))

    def exit_code(self, fail_on: str) -> int:
        """1 when any school failed or has findings at or above fail_on ("never": only failures count)."""
        return 1 if self.failed or self.flagged(fail_on) else 0


def run_batch(folder: Path, out: Path, options: BatchOptions, *, workers: int | None = None, force: bool = False,
              progress: Progress | None = None, job: Job = check_and_build, setup: Setup = load_templates,
              ) -> BatchResult:
    """Check and build every workbook below folder into out, then write summary.xlsx and summary.csv there.

    One broken workbook becomes an error row and the others carry on. Raises B1DocsError (a usage or
    output problem) before any work starts when the batch cannot run at all. job and setup are the
    per-school work and the once-per-process preparation; tests swap them for light ones.
    """
    folder, out = Path(folder), Path(out)
    if workers is not None and workers < 1:
        raise UsageError("--workers must be 1 or more")
    if folder.is_dir() and out.resolve() == folder.resolve():
        # The summary would sit among the workbooks and be read as one next time.
        raise UsageError("--out must not be the workbooks folder itself. Choose another folder, or a subfolder "
                         "such as results", path=folder)
    paths = find_workbooks(folder, exclude=out)
    if not paths:
        raise UsageError("no workbooks (.xlsx or .xlsm files) were found in this folder or its subfolders. "
                         "Check that you gave the folder that holds the schools' workbooks", path=folder)
    if options.pdf:
        _require_libreoffice()
    prepare_output(out, force=force)
    count = min(workers or os.cpu_count() or 1, len(paths))
    items = [(index, str(path), relative_name(path, folder)) for index, path in enumerate(paths)]
    staging = Path(tempfile.mkdtemp(prefix=".b1docs-batch-", dir=out))
    try:
        rows = _run_pool(items, staging, options, count, job, setup, progress)
        results = _place(rows, staging, out, force=force)
        xlsx, csv_path = write_summary(out, results, force=force)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BatchResult(folder, out, tuple(results), xlsx, csv_path, count)


def prepare_output(out: Path, *, force: bool) -> None:
    """Make sure out is a folder we can write to, and that an earlier summary is only replaced with force."""
    if out.exists() and not out.is_dir():
        raise OutputError("exists and is not a folder. Give a folder for --out", path=out)
    for name in (XLSX_NAME, CSV_NAME):
        if (out / name).exists() and not force:
            raise OutputError(f"already holds {name} from an earlier batch. Use --force to replace it, "
                              "or choose another --out folder", path=out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as err:
        raise OutputError(f"cannot be written to ({err.strerror or err}). Choose a folder you can write to",
                          path=out) from err


def _require_libreoffice() -> None:
    # Without LibreOffice every school would fail the same way; say it once, before any work.
    from b1docs.render.pdf import find_soffice

    if find_soffice() is None:
        raise UsageError("--pdf needs LibreOffice, which is not installed. Install it from "
                         "https://www.libreoffice.org, or leave out --pdf to write the Word documents only")


def chunk_size(count: int, workers: int) -> int:
    return max(1, min(MAX_CHUNK, math.ceil(count / (workers * CHUNKS_PER_WORKER))))


def _chunks(items: Sequence[Item], size: int) -> list[list[Item]]:
    # Biggest workbooks first, so the slowest schools start early and small ones fill the gaps at the end.
    # The order of the results does not change: they are sorted by path afterwards.
    by_size = sorted(items, key=lambda item: (-_size(item[1]), item[0]))
    return [by_size[start:start + size] for start in range(0, len(by_size), size)]


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _context() -> Any:
    # fork starts workers at once and shares the already-imported code; elsewhere (Windows, macOS) the
    # platform's default, spawn, is the safe choice. Explicit, because Python 3.14 changes Linux's default.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _run_pool(items: Sequence[Item], staging: Path, options: BatchOptions, workers: int, job: Job, setup: Setup,
              progress: Progress | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    lost: list[Item] = []
    done = 0
    with _executor(workers, staging, options, job, setup) as executor:
        futures: dict[Future[list[dict[str, Any]]], list[Item]] = {
            executor.submit(_run_chunk, chunk): chunk for chunk in _chunks(items, chunk_size(len(items), workers))}
        # Workers exist now; only now may a progress bar start its drawing thread (fork and threads do not mix).
        if progress:
            progress(0, len(items))
        for future in as_completed(futures):
            chunk = futures[future]
            try:
                chunk_rows = future.result()
            except BrokenProcessPool:
                lost += chunk
                continue
            _raise_if_setup_failed(chunk_rows)
            rows += chunk_rows
            done += len(chunk)
            if progress:
                progress(done, len(items))
    # A worker that dies (out of memory, a crash in a library) takes every unfinished chunk with it. Run those
    # schools again, each in a fresh process of its own, so only the culprit gets the error row.
    for item in sorted(lost):
        rows.append(_run_isolated(item, staging, options, job, setup))
        done += 1
        if progress:
            progress(done, len(items))
    return rows


def _run_isolated(item: Item, staging: Path, options: BatchOptions, job: Job, setup: Setup) -> dict[str, Any]:
    try:
        with _executor(1, staging, options, job, setup) as executor:
            rows = executor.submit(_run_chunk, [item]).result()
    except BrokenProcessPool:
        return {"index": item[0], "file": item[2], "error": CRASHED}
    _raise_if_setup_failed(rows)
    return rows[0]


def _raise_if_setup_failed(rows: Sequence[dict[str, Any]]) -> None:
    # When the templates cannot be loaded no school can be built: stop with that one reason, not a row each.
    for row in rows:
        if "setup_error" in row:
            if row["setup_error_is_ours"]:
                raise B1DocsError(row["setup_error"])
            raise RuntimeError(row["setup_error"])


@contextlib.contextmanager
def _executor(workers: int, staging: Path, options: BatchOptions, job: Job, setup: Setup) -> Any:
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_init_worker,
                                   initargs=(staging, options, job, setup))
    try:
        yield executor
    except BaseException:
        # Ctrl-C, or a reason to stop everything: end the workers now rather than wait for their queued schools.
        _stop_workers(executor)
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14 and later
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.terminate()


# Set once in each worker process by _init_worker.
_WORKER: dict[str, Any] = {}


def _init_worker(staging: Path, options: BatchOptions, job: Job, setup: Setup) -> None:
    # Ctrl-C is for the main process, which stops the pool; workers ignore it rather than print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER.update(staging=staging, options=options, job=job, resources=None, setup_error=None)
    try:
        _WORKER["resources"] = setup(options)
    except Exception as err:  # e.g. a broken custom template; reported once by the main process
        _WORKER["setup_error"] = err


def _run_chunk(chunk: list[Item]) -> list[dict[str, Any]]:
    return [_run_one(item) for item in chunk]


def _run_one(item: Item) -> dict[str, Any]:
    """Build one school in this worker. Never raises: a failure becomes the row's error."""
    index, path_text, relative = item
    path = Path(path_text)
    out_dir = _WORKER["staging"] / f"{index:05d}"
    row: dict[str, Any] = {"index": index, "file": relative}
    if _WORKER["setup_error"] is not None:
        error = _WORKER["setup_error"]
        row.update(setup_error=str(error), setup_error_is_ours=isinstance(error, B1DocsError))
        return row
    try:
        # A school run again after a crashed worker may find that attempt's leftovers.
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir()
        row.update(_WORKER["job"](path, out_dir, _WORKER["options"], _WORKER["resources"]))
    except Exception as err:  # one school's failure must never stop the others
        row["error"] = describe_error(err, path, out_dir)
    row["index"], row["file"] = index, relative
    return row


def _place(rows: Sequence[dict[str, Any]], staging: Path, out: Path, *, force: bool) -> list[SchoolResult]:
    """Name each school's folder in sorted-path order and move its documents there."""
    results = sorted((SchoolResult.from_dict(row) for row in rows), key=lambda result: result.index)
    names = assign_folders(results)
    placed = []
    for result in results:
        name = names.get(result.index)
        if name is None:
            placed.append(result)
            continue
        try:
            move_documents(staging / f"{result.index:05d}", out / name, force=force)
        except B1DocsError as err:
            placed.append(replace(result, error=f"the output folder {name} {describe_error(err, out / name)}"))
            continue
        placed.append(replace(result, folder=name))
    return placed
