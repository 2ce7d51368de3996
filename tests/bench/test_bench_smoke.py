"""The benchmark harness runs end to end at tiny sizes and reports every target. No timing is asserted here:
the figures depend on the machine, and docs/performance.md holds the real run."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HARNESS = ROOT / "bench" / "run.py"


def _harness() -> object:
    spec = importlib.util.spec_from_file_location("b1docs_bench_run", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


def test_quick_run_reports_every_target(tmp_path: Path) -> None:
    figures = tmp_path / "figures.json"
    completed = subprocess.run([sys.executable, str(HARNESS), "--quick", "--json", str(figures)],
                               capture_output=True, text=True, timeout=240, check=False)
    output = completed.stdout
    assert completed.returncode == 0, completed.stderr[-2000:]

    targets = _harness().TARGETS  # type: ignore[attr-defined]
    assert len(targets) >= 6
    for target in targets:
        assert re.search(rf"^\s+{re.escape(target.name)}\s.*\b(PASS|FAIL)\b", output, re.MULTILINE), \
            f"{target.name} has no PASS/FAIL line in:\n{output}"
    assert re.search(r"\d+ of \d+ targets pass\. Total time [\d.]+ s\.", output)

    data = json.loads(figures.read_text(encoding="utf-8"))
    assert {name for name in data["targets"]} == {target.name for target in targets}
    assert all(entry["verdict"] in ("PASS", "FAIL") for entry in data["targets"].values())
    # Every command ran and was measured: a broken command would show as an error here, not as a slow figure.
    for key, figure in data["figures"].items():
        assert not figure["errors"], f"{key}: {figure['errors']}"
        assert figure["wall_median"] is not None and figure["peak_rss_mib"] is not None, key
    assert data["sizes"]["batch_schools"] == 2
