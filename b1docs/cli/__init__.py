"""The command line. Each command lives in its own module: it parses, calls the library, prints."""

from __future__ import annotations

# Importing a command module registers its command on the app.
from b1docs.cli import (  # noqa: F401
    audit_cmd,
    batch_cmd,
    build_cmd,
    check_cmd,
    inspect_cmd,
    new_cmd,
    publish_cmd,
    templates_cmd,
)
from b1docs.cli.app import app


def main() -> None:
    app(prog_name="b1docs")


__all__ = ["app", "main"]
