"""Benchmark harness for b1docs (issue 7): how fast `b1docs` is, measured against what it cannot beat.

Run from anywhere with only the project's own dependencies installed:

    python bench/run.py               # the full run: typical and large workbooks, 200-school batch
    python bench/run.py --quick       # tiny sizes, one run: checks the harness works (about 30 s)
    python bench/run.py --runs 5 --json figures.json

It writes synthetic workbooks into a temporary folder (a typical school of 60 activities, a large one of
1,000 activities and 500 feedback rows, every sheet filled with the sample school's plausible values), then
runs every command as a subprocess, interleaving the kinds run by run so that load from other programs
falls on all of them alike, and reports medians. Each measured command runs inside a small wrapper process
of its own, which times it and reads resource.getrusage(RUSAGE_CHILDREN): the peak memory is therefore
that command's largest process (for a batch: the largest of the main process and its workers).

The floors, measured the same way in the same run:
  * floor (one school): `python floor.py`, which only imports openpyxl and docxtpl, loads the same workbook
    with openpyxl.load_workbook, and renders the same three templates with docxtpl.DocxTemplate and the
    same context (made beforehand by b1docs's own build_context and stored as JSON, outside the timing)
    with autoescape, saving each .docx. Interpreter start-up is included, as it is for `b1docs build`.
  * bare Typer --help: a one-command Typer app, built with the same Typer options as b1docs's app,
    asked for --help the same way.

The exit code is 0 whatever the figures say: this is a report, not a test. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
AS_OF = "2026-12-01"  # inside the 2026-27 academic year the sample data describes
MIB = 1024 * 1024

SCHOOL_NAMES = ("Ashdown Academy", "Brookfield School", "Castlegate High School", "Dunmore Park Academy",
                "Elmstead School", "Fernhill Community College", "Greenway Academy", "Holloway Bridge School")


# ---------------------------------------------------------------------------------------------------------
# Targets


@dataclass(frozen=True)
class Target:
    name: str
    description: str
    limit: float
    higher_is_better: bool = False

    def verdict(self, value: float | None) -> str:
        if value is None:
            return "FAIL"
        ok = value >= self.limit if self.higher_is_better else value <= self.limit
        return "PASS" if ok else "FAIL"


TARGETS = (
    Target("build_vs_floor", "b1docs build (typical) / floor (typical)", 1.15),
    Target("help_vs_typer", "b1docs --help / bare Typer app --help", 1.3),
    Target("batch_school_vs_floor", "batch --workers 1 wall / schools, over floor (typical) run beside it", 0.25),
    Target("batch_2_workers_speedup", "batch throughput --workers 2 / --workers 1", 1.7, higher_is_better=True),
    Target("memory_check", "peak RSS of b1docs check (typical), MiB", 150),
    Target("memory_build_typical", "peak RSS of b1docs build (typical), MiB", 150),
    Target("memory_build_large", "peak RSS of b1docs build (large), MiB", 150),
    Target("memory_batch_1_worker", "peak RSS of the largest batch process, --workers 1, MiB", 150),
    Target("memory_batch_2_workers", "peak RSS of the largest batch process, --workers 2, MiB", 150),
    Target("linear_growth", "b1docs build (large) / b1docs build (typical)", 3.0),
)


# ---------------------------------------------------------------------------------------------------------
# Synthetic workbooks


def _sample_data() -> dict[str, Any]:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from sample_workbooks.data import oakfield

    return copy.deepcopy(oakfield.DATA)


def _scaled(rows: list[dict[str, Any]], count: int, label_key: str, label: str) -> list[dict[str, Any]]:
    """count rows cycling through rows; repeats get a distinct label so every row is its own."""
    out = []
    for index in range(count):
        row = dict(rows[index % len(rows)])
        round_ = index // len(rows)
        if round_ and label_key in row:
            row[label_key] = f"{row[label_key]} ({label} {round_ + 1})"
        out.append(row)
    return out


def school_data(index: int, activities: int, feedback_rows: int) -> dict[str, Any]:
    """A filled workbook's data: the Oakfield sample's values, renamed, with the two big tables scaled."""
    data = _sample_data()
    name = SCHOOL_NAMES[index % len(SCHOOL_NAMES)]
    if index >= len(SCHOOL_NAMES):
        name = f"{name} {index // len(SCHOOL_NAMES) + 1}"
    slug = name.lower().replace(" ", "")
    school = data["school"]
    school["name"] = name
    school["urn"] = str(140000 + index)
    for key in ("website", "careers_page", "sen_report_url"):
        if isinstance(school.get(key), str):
            school[key] = school[key].replace("oakfield", slug)
    data["programme"] = _scaled(data["programme"], activities, "title", "group")
    data["feedback"] = _scaled(data["feedback"], feedback_rows, "method", "round")
    return data


@dataclass(frozen=True)
class Sizes:
    typical_activities: int = 60
    typical_feedback: int = 9
    large_activities: int = 1000
    large_feedback: int = 500
    batch_schools: int = 200
    batch_variants: int = 8  # distinct workbooks, copied to make up the batch folder
    runs: int = 5
    batch_runs: int = 3


FULL = Sizes()
QUICK = Sizes(typical_activities=10, typical_feedback=3, large_activities=40, large_feedback=20, batch_schools=2,
              batch_variants=2, runs=1, batch_runs=1)


# ---------------------------------------------------------------------------------------------------------
# Scripts run as subprocesses

FLOOR_SCRIPT = '''\
"""The floor: what any tool doing this job must pay. openpyxl load + three docxtpl renders + saves."""
import json
import sys
from pathlib import Path

from docxtpl import DocxTemplate
from openpyxl import load_workbook

workbook, context_file, templates, out = sys.argv[1:5]
load_workbook(workbook, data_only=True)
context = json.loads(Path(context_file).read_text(encoding="utf-8"))
for name in sys.argv[5:]:
    template = DocxTemplate(str(Path(templates) / name))
    template.render(context, autoescape=True)
    template.save(str(Path(out) / name))
'''

FLOOR_START_SCRIPT = '''\
"""The floor's fixed part: interpreter start-up and importing openpyxl and docxtpl, nothing else."""
import docxtpl  # noqa: F401
import openpyxl  # noqa: F401
'''

BARE_TYPER_SCRIPT = '''\
"""A one-command Typer app with the same Typer options as b1docs's app."""
import typer

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)


@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""
    print(f"Hello {name}")


if __name__ == "__main__":
    app()
'''


def _measure_child(argv: list[str]) -> int:
    """The wrapper: run argv once, print its wall time, CPU time, peak RSS and exit code as JSON."""
    import resource

    start = time.perf_counter()
    completed = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kib": usage.ru_maxrss,
                      "returncode": completed.returncode,
                      "stderr": completed.stderr.decode("utf-8", "replace")[-2000:]}))
    return 0


# ---------------------------------------------------------------------------------------------------------
# Running and measuring


@dataclass
class Sample:
    wall: float
    cpu: float
    maxrss_mib: float


@dataclass
class Measure:
    key: str
    label: str
    argv: list[str]
    ok_codes: tuple[int, ...] = (0,)
    before: Any = None  # called before each run (e.g. to empty an output folder)
    repeat: int = 1  # runs per round: the sub-second commands run several times, their noise being larger
    samples: list[Sample] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def median(self, what: str) -> float | None:
        values = [getattr(sample, what) for sample in self.samples]
        return statistics.median(values) if values else None

    def peak(self) -> float | None:
        return max((sample.maxrss_mib for sample in self.samples), default=None)


class Runner:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def run(self, measure: Measure) -> None:
        if measure.before:
            measure.before()
        wrapper = [sys.executable, str(Path(__file__).resolve()), "--measure-child", "--", *measure.argv]
        completed = subprocess.run(wrapper, capture_output=True, text=True, env=self.env, check=False)
        try:
            result = json.loads(completed.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            measure.errors.append(f"the measuring wrapper failed: {completed.stderr.strip()[-500:]}")
            return
        if result["returncode"] not in measure.ok_codes:
            measure.errors.append(f"exit code {result['returncode']}: {result['stderr'].strip()[-500:]}")
            return
        measure.samples.append(Sample(result["wall"], result["cpu"], result["maxrss_kib"] / 1024))


def _b1docs_argv() -> list[str]:
    """How a user runs b1docs: its console script, run by this interpreter (no shell shims in the timing)."""
    script = Path(sys.executable).parent / "b1docs"
    if script.is_file():
        return [sys.executable, str(script)]
    return [sys.executable, "-m", "b1docs"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(NO_COLOR="1", TERM="dumb", COLUMNS="100")
    env.pop("FORCE_COLOR", None)
    # Let b1docs's modules keep their compiled bytecode, as they do once pip has installed b1docs. Without this,
    # a PYTHONDONTWRITEBYTECODE=1 environment (the shared development machine sets it) recompiles every
    # b1docs module on every run, while openpyxl and docxtpl, installed by pip, load precompiled: ~90 ms of
    # CPU time charged to b1docs alone. The .pyc files go to __pycache__ folders, which git ignores.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        import b1docs  # noqa: F401
    except ImportError:  # running from a checkout that is not installed
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def _emptied(folder: Path) -> Any:
    def before() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    return before


def prepare(work: Path, sizes: Sizes, say: Any) -> dict[str, Any]:
    """Write the workbooks, the batch folder, the floor's context and templates, and the two small scripts."""
    import datetime as dt

    from b1docs.benchmark import run_check
    from b1docs.render import DOCUMENTS, build_context
    from b1docs.render.engine import default_template_bytes
    from b1docs.workbook.reader import load_workbook
    from b1docs.workbook.writer import write_filled_workbook

    as_of = dt.date.fromisoformat(AS_OF)
    books = work / "workbooks"
    books.mkdir()
    typical = write_filled_workbook(books / "typical.xlsx", school_data(0, sizes.typical_activities,
                                                                         sizes.typical_feedback))
    large = write_filled_workbook(books / "large.xlsx", school_data(1, sizes.large_activities, sizes.large_feedback))
    say(f"wrote the typical ({sizes.typical_activities} activities) and large ({sizes.large_activities} activities, "
        f"{sizes.large_feedback} feedback rows) workbooks")

    batch = work / "batch-in"
    batch.mkdir()
    variants = []
    for index in range(min(sizes.batch_variants, sizes.batch_schools)):
        activities = sizes.typical_activities + (index % 5) * 2 - 4 if sizes.typical_activities > 10 else \
            sizes.typical_activities
        variants.append(write_filled_workbook(work / f"variant-{index}.xlsx",
                                              school_data(index + 2, activities, sizes.typical_feedback)))
    for index in range(sizes.batch_schools):
        shutil.copyfile(variants[index % len(variants)], batch / f"school-{index:04d}.xlsx")
    say(f"made the batch folder: {sizes.batch_schools} workbooks ({len(variants)} distinct schools, copied)")

    templates = work / "templates"
    templates.mkdir()
    names = []
    for kind in DOCUMENTS.values():
        (templates / kind.template).write_bytes(default_template_bytes(kind.template))
        names.append(kind.template)
    contexts = {}
    for label, path in (("typical", typical), ("large", large)):
        model = load_workbook(path)
        context = build_context(model, run_check(model, as_of), as_of)
        contexts[label] = work / f"context-{label}.json"
        contexts[label].write_text(json.dumps(context, ensure_ascii=False), encoding="utf-8")
    floor = work / "floor.py"
    floor.write_text(FLOOR_SCRIPT, encoding="utf-8")
    floor_start = work / "floor_start.py"
    floor_start.write_text(FLOOR_START_SCRIPT, encoding="utf-8")
    bare = work / "bare_typer.py"
    bare.write_text(BARE_TYPER_SCRIPT, encoding="utf-8")
    return {"typical": typical, "large": large, "batch": batch, "templates": templates, "names": names,
            "contexts": contexts, "floor": floor, "floor_start": floor_start, "bare": bare}


def measures(work: Path, files: dict[str, Any]) -> tuple[list[Measure], list[Measure]]:
    """The per-run measures (cheap, many runs) and the batch measures (expensive, fewer runs)."""
    b1 = _b1docs_argv()
    py = sys.executable
    out = work / "out"
    small = [
        Measure("help", "b1docs --help", [*b1, "--help"], repeat=3),
        Measure("help_typer", "bare Typer app --help", [py, str(files["bare"]), "--help"], repeat=3),
        Measure("check", "b1docs check (typical)", [*b1, "check", str(files["typical"]), "--as-of", AS_OF],
                ok_codes=(0, 1)),
    ]
    for size in ("typical", "large"):
        folder = out / f"build-{size}"
        small.append(Measure(f"build_{size}", f"b1docs build ({size})",
                             [*b1, "build", str(files[size]), "--out", str(folder), "--force", "--as-of", AS_OF],
                             before=_emptied(folder)))
        floor_out = out / f"floor-{size}"
        small.append(Measure(f"floor_{size}", f"floor ({size})",
                             [py, str(files["floor"]), str(files[size]), str(files["contexts"][size]),
                              str(files["templates"]), str(floor_out), *files["names"]],
                             before=_emptied(floor_out)))
    small.append(Measure("floor_start", "floor start-up (imports only)", [py, str(files["floor_start"])]))
    # The floor again, run just before and just after each pair of batches: the batch rounds come after the
    # single-school rounds, and load from other programs changes between the two.
    floor_out = out / "floor-beside-batch"
    batch = [Measure("floor_beside_batch", "floor (typical), beside batches",
                     [py, str(files["floor"]), str(files["typical"]), str(files["contexts"]["typical"]),
                      str(files["templates"]), str(floor_out), *files["names"]],
                     before=_emptied(floor_out), repeat=2)]
    for workers in (1, 2):
        folder = out / f"batch-{workers}"
        batch.append(Measure(f"batch_{workers}", f"b1docs batch --workers {workers}",
                             [*b1, "batch", str(files["batch"]), "--out", str(folder), "--workers", str(workers),
                              "--as-of", AS_OF, "--force", "--fail-on", "never"],
                             before=_emptied(folder)))
    return small, batch


def run_rounds(runner: Runner, small: list[Measure], batch: list[Measure], sizes: Sizes, budget: float,
               started: float, say: Any) -> None:
    """Run the kinds round by round, interleaved within a round so that load from other programs falls on all
    of them alike: first every round of the single-school commands, then the batch rounds.

    The first round of each group always runs. A later round is skipped when the kinds' last runs say it would
    end past the budget (seconds since the start; 0 for none).
    """
    for group, rounds, name in ((small, sizes.runs, "run"), (batch, sizes.batch_runs, "batch run")):
        for run in range(rounds):
            if run and budget:
                left = budget - (time.perf_counter() - started)
                # The slowest run so far of each kind, plus a tenth: a run can take longer than the last one.
                if 1.1 * sum(max((x.wall for x in m.samples), default=0.0) * m.repeat for m in group) > left:
                    say(f"{name}s: stopping after {run}, as another would end past the {budget:.0f} s budget")
                    break
            for turn in range(max(m.repeat for m in group)):
                for measure in group:
                    if turn < measure.repeat:
                        runner.run(measure)
            say(f"{name} {run + 1}: " + ", ".join(
                f"{m.key} {m.samples[-1].wall:.2f}s" if m.samples else f"{m.key} error" for m in group))


def _ratio(top: float | None, bottom: float | None) -> float | None:
    if top is None or not bottom:
        return None
    return top / bottom


def evaluate(by_key: dict[str, Measure], sizes: Sizes, what: str = "wall") -> dict[str, float | None]:
    """Each target's figure from the medians of `what` ("wall" for the verdicts; "cpu" as a cross-check)."""
    time_ = {key: m.median(what) for key, m in by_key.items()}
    peak = {key: m.peak() for key, m in by_key.items()}
    per_school = time_["batch_1"] / sizes.batch_schools if time_["batch_1"] is not None else None
    results: dict[str, float | None] = {
        "build_vs_floor": _ratio(time_["build_typical"], time_["floor_typical"]),
        "help_vs_typer": _ratio(time_["help"], time_["help_typer"]),
        "batch_school_vs_floor": _ratio(per_school, time_["floor_beside_batch"]),
        # Wall time only: two workers use more CPU time in total, never less.
        "batch_2_workers_speedup": _ratio(time_["batch_1"], time_["batch_2"]) if what == "wall" else None,
        "linear_growth": _ratio(time_["build_large"], time_["build_typical"]),
    }
    if what == "wall":
        results.update({
            "memory_check": peak["check"],
            "memory_build_typical": peak["build_typical"],
            "memory_build_large": peak["build_large"],
            "memory_batch_1_worker": peak["batch_1"],
            "memory_batch_2_workers": peak["batch_2"],
        })
    return results


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "n/a"
    return f"{value:.3f}{unit}" if unit == " s" else f"{value:.2f}{unit}"


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"cpus": os.cpu_count(), "cpu_model": cpu, "python": platform.python_version(),
            "platform": platform.platform(), "load_average_at_start": load}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--measure-child"]:
        return _measure_child(argv[2:] if argv[1:2] == ["--"] else argv[1:])
    parser = argparse.ArgumentParser(description="Measure b1docs against its floors and print PASS/FAIL per target.")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, 2 schools, one run (a smoke test)")
    parser.add_argument("--runs", type=int, help=f"runs of each single-school command (default {FULL.runs})")
    parser.add_argument("--batch-runs", type=int, help=f"runs of each batch (default {FULL.batch_runs})")
    parser.add_argument("--schools", type=int, help=f"workbooks in the batch (default {FULL.batch_schools})")
    parser.add_argument("--budget", type=float, default=270.0, metavar="SECONDS",
                        help="skip further runs that would end after this many seconds from the start; the first "
                        "run of each command always happens (default 270, to stay under 5 minutes on a quiet "
                        "2-core machine; 0 for no limit)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print where it is")
    args = parser.parse_args(argv)

    sizes = QUICK if args.quick else FULL
    overrides = {key: value for key, value in (("runs", args.runs), ("batch_runs", args.batch_runs),
                                                ("batch_schools", args.schools)) if value is not None}
    if overrides:
        from dataclasses import replace

        sizes = replace(sizes, **overrides)
    started = time.perf_counter()

    def say(text: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {text}", flush=True)

    info = machine()
    say(f"{info['cpus']} CPUs ({info['cpu_model']}), Python {info['python']}, "
        f"load average at start {info['load_average_at_start']}")
    work = Path(tempfile.mkdtemp(prefix="b1docs-bench-"))
    try:
        files = prepare(work, sizes, say)
        runner = Runner(_env())
        small, batch = measures(work, files)
        if not args.quick:  # the smoke test only needs the harness to run
            say("warming up (compiled bytecode, file cache; not counted)")
            for measure in small:
                runner.run(measure)
        for measure in (*small, *batch):
            measure.samples.clear()
            measure.errors.clear()
        run_rounds(runner, small, batch, sizes, args.budget, started, say)
        by_key = {m.key: m for m in (*small, *batch)}
        results = evaluate(by_key, sizes)
        cpu_results = evaluate(by_key, sizes, "cpu")
        info["load_average_at_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None
        total = time.perf_counter() - started
        report(by_key, results, cpu_results, sizes, info, total)
        if args.json:
            args.json.write_text(json.dumps(_as_json(by_key, results, cpu_results, sizes, info, total), indent=2)
                                 + "\n", encoding="utf-8")
            print(f"Wrote {args.json}")
    finally:
        if args.keep:
            print(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def report(by_key: dict[str, Measure], results: dict[str, float | None], cpu_results: dict[str, float | None],
           sizes: Sizes, info: dict[str, Any], total: float) -> None:
    print()
    print(f"Figures (medians over the runs counted in the last column, of at most {sizes.runs}; batches at most "
          f"{sizes.batch_runs}; {sizes.batch_schools} schools in the batch; typical = {sizes.typical_activities} "
          f"activities, large = {sizes.large_activities} activities and {sizes.large_feedback} feedback rows)")
    print(f"  {'command':<32} {'wall (median)':>14} {'CPU (median)':>13} {'peak RSS':>10}  runs")
    for measure in by_key.values():
        print(f"  {measure.label:<32} {_fmt(measure.median('wall'), ' s'):>14} {_fmt(measure.median('cpu'), ' s'):>13} "
              f"{_fmt(measure.peak(), ' MiB'):>10}  {len(measure.samples)}")
        for error in measure.errors[:2]:
            print(f"    ERROR: {error}")
    wall_1 = by_key["batch_1"].median("wall")
    if wall_1:
        print(f"  batch --workers 1 cost per school: {wall_1 / sizes.batch_schools:.3f} s "
              f"(wall time of the whole batch / {sizes.batch_schools}, start-up and summary included)")
    for workers in (1, 2):
        wall = by_key[f"batch_{workers}"].median("wall")
        if wall:
            print(f"  batch --workers {workers} throughput: {sizes.batch_schools / wall:.2f} schools/s")
    for what in ("wall", "cpu"):
        floor, start = by_key["floor_typical"].median(what), by_key["floor_start"].median(what)
        if floor and start is not None:
            print(f"  floor work for one school without start-up and imports ({what} time): {floor - start:.3f} s; "
                  f"a batch doing only that per school would score {(floor - start) / floor:.2f} on "
                  "batch_school_vs_floor")
    print()
    print("Targets (verdicts from wall-time medians; the CPU column is the same ratio from CPU-time medians)")
    print(f"  {'target':<26} {'measured':>9} {'CPU':>6} {'limit':>8}  verdict  definition")
    for target in TARGETS:
        value = results.get(target.name)
        limit = f"{'>=' if target.higher_is_better else '<='} {target.limit:g}"
        cpu = _fmt(cpu_results.get(target.name)) if target.name in cpu_results else ""
        print(f"  {target.name:<26} {_fmt(value):>9} {cpu:>6} {limit:>8}  {target.verdict(value):<7}  "
              f"{target.description}")
    passed = sum(target.verdict(results.get(target.name)) == "PASS" for target in TARGETS)
    busy = _busy(by_key, info)
    if busy:
        print(f"\nWARNING: {busy}")
    print(f"\n{passed} of {len(TARGETS)} targets pass. Total time {total:.1f} s.")


def _busy(by_key: dict[str, Measure], info: dict[str, Any]) -> str:
    """Why the wall times may be inflated by other programs, or "" when the machine looked quiet."""
    cpus = info["cpus"] or 1
    loads = [load for load in (info.get("load_average_at_start"), info.get("load_average_at_end")) if load]

    def stretch(measure: Measure) -> float:
        wall, cpu = measure.median("wall"), measure.median("cpu")
        return wall / cpu if wall and cpu else 0.0

    singles = [stretch(m) for m in by_key.values() if m.key.startswith(("build", "floor_", "check"))]
    single = statistics.median(singles) if singles else 0.0
    batch = stretch(by_key["batch_1"])  # one worker at a time: wall time close to CPU time on a quiet machine
    if (loads and min(load[0] for load in loads) > cpus) or single > 1.3 or batch > 1.3:
        return (f"the machine was busy (load average {', '.join(f'{load[0]:.1f}' for load in loads)} on {cpus} "
                f"CPUs; wall time was {single:.1f}x CPU time for one-process commands and {batch:.1f}x for the "
                "one-worker batch). Wall figures are inflated and noisy; the CPU column is the steadier guide for "
                "the single-process ratios, and the two-worker speed-up needs two idle cores.")
    return ""


def _as_json(by_key: dict[str, Measure], results: dict[str, float | None], cpu_results: dict[str, float | None],
             sizes: Sizes, info: dict[str, Any], total: float) -> dict[str, Any]:
    return {
        "machine": info,
        "sizes": sizes.__dict__,
        "as_of": AS_OF,
        "total_seconds": total,
        "figures": {key: {"label": m.label, "wall_median": m.median("wall"), "cpu_median": m.median("cpu"),
                          "peak_rss_mib": m.peak(), "walls": [s.wall for s in m.samples], "errors": m.errors}
                    for key, m in by_key.items()},
        "targets": {t.name: {"value": results.get(t.name), "limit": t.limit, "higher_is_better": t.higher_is_better,
                             "cpu_time_value": cpu_results.get(t.name), "verdict": t.verdict(results.get(t.name)),
                             "definition": t.description}
                    for t in TARGETS},
    }


if __name__ == "__main__":
    sys.exit(main())
