"""Running a corpus case through a command, in-process or in a child process under limits, and judging it."""

from __future__ import annotations

import contextlib
import hashlib
import html.parser
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

AS_OF = "2026-12-01"
# Generous bounds, not speed claims: a case that takes longer than this is running away.
TIME_LIMIT_SECONDS = 300
MEMORY_LIMIT_BYTES = 1 << 30  # 1 GiB of address space; the zip bomb alone would unpack to 1.5 GiB
PLAIN_ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}


@dataclass(frozen=True)
class Outcome:
    exit_code: int | str
    stdout: str
    stderr: str


def command_args(command: str, target: Path, base: Path, out: Path) -> list[str]:
    """The b1docs command line for one corpus command."""
    arguments = {
        # Data problems are `expect` findings: --fail-on expect makes them exit 1, as a careful school would.
        "check": ["check", target, "--as-of", AS_OF, "--fail-on", "expect"],
        "inspect": ["inspect", target],
        "build": ["build", target, "--as-of", AS_OF, "--out", out],
        "publish": ["publish", target, "--as-of", AS_OF, "--out", out / "careers.html"],
        "templates-check": ["templates", "check", target],
        "build-templates": ["build", base, "--as-of", AS_OF, "--out", out, "--templates", target],
        "audit-site": ["audit-site", target, "--as-of", AS_OF],
    }[command]
    return [str(argument) for argument in arguments]


class _TooSlow(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Stop an in-process run that goes on longer than seconds (main thread, POSIX only)."""

    def stop(signum: int, frame: object) -> None:
        raise _TooSlow(f"still running after {seconds} seconds")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_in_process(args: list[str]) -> Outcome:
    from conftest import run_cli

    with time_limit(TIME_LIMIT_SECONDS):
        result = run_cli(*args)
    return Outcome(result.exit_code, result.stdout, result.stderr)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))


def run_limited(args: list[str], cwd: Path) -> Outcome:
    """Run b1docs in a child process with a memory limit and a time limit."""
    env = {**os.environ, **PLAIN_ENV}
    try:
        done = subprocess.run([sys.executable, "-m", "b1docs", *args], capture_output=True, text=True,
                              timeout=TIME_LIMIT_SECONDS, preexec_fn=_limit_memory, env=env, cwd=cwd)
    except subprocess.TimeoutExpired as err:
        return Outcome("timeout", str(err.stdout or ""), str(err.stderr or ""))
    return Outcome(done.returncode, done.stdout, done.stderr)


def snapshot(path: Path) -> dict[str, str] | None:
    """Digest of a file, or of every file in a folder; None when nothing is there."""
    if path.is_file():
        return {"": hashlib.sha256(path.read_bytes()).hexdigest()}
    if path.is_dir():
        return {str(item.relative_to(path)): hashlib.sha256(item.read_bytes()).hexdigest()
                for item in sorted(path.rglob("*")) if item.is_file()}
    return None


def check_outputs(out: Path) -> list[Path]:
    """Every output under a final name opens; no temporary file is left. Returns the outputs."""
    if not out.exists():
        return []
    leftovers = [item.name for item in out.rglob("*") if item.name.endswith(".part")]
    assert not leftovers, f"temporary files left behind: {leftovers}"
    outputs = sorted(item for item in out.rglob("*") if item.is_file())
    for item in outputs:
        if item.suffix == ".docx":
            import docx

            docx.Document(str(item))
        elif item.suffix == ".html":
            parser = html.parser.HTMLParser()
            parser.feed(item.read_text(encoding="utf-8"))
            parser.close()
    return outputs


def one_line_with(text: str, gist: str) -> str | None:
    """The first line of text that holds gist (case-insensitive)."""
    return next((line for line in text.splitlines() if gist.lower() in line.lower()), None)
