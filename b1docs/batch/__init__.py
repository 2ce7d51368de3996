"""Many schools at once, for multi-academy trusts and careers hubs: `run_batch(folder, out, options)`."""

from __future__ import annotations

from b1docs.batch.discover import find_workbooks
from b1docs.batch.runner import BatchResult, run_batch
from b1docs.batch.school import BatchOptions, SchoolResult
from b1docs.batch.summary import neutralise

__all__ = ["BatchOptions", "BatchResult", "SchoolResult", "find_workbooks", "neutralise", "run_batch"]
