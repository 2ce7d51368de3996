"""The command line. Each command lives in its own module: it parses, calls the library, prints."""

from __future__ import annotations

from b1docs.cli import inspect_cmd, new_cmd  # noqa: F401  (registers the commands)
from b1docs.cli import build_cmd, templates_cmd  # noqa: F401  (issue 4: build, templates export/check)
from b1docs.cli import audit_cmd, publish_cmd  # noqa: F401  (issue 5: publish, audit-site)
from b1docs.cli import batch_cmd  # noqa: F401  (issue 6: batch)
from b1docs.cli import check_cmd  # noqa: F401  (issue 3: check)
from b1docs.cli.app import app


def main() -> None:
    app(prog_name="b1docs")


__all__ = ["app", "main"]
