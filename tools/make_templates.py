"""Write the three default Word templates into templates/, and docs/templates.md.

    python tools/make_templates.py

The .docx files are committed: schools edit them in Word (b1docs templates export), so this script is only
the starting point. Sections follow shared/domain/benchmark1-rules.md part B (B1 plan, B2 guide, B3 policy).
Tags follow docxtpl's rules: {%p %} and {%tr %} tags sit in paragraphs and rows of their own, and no
table cell has a {%p if %} as its only content.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from template_guide import guide  # noqa: E402  (tools/ is on the path when run as a script)
from template_plan import plan  # noqa: E402
from template_policy import policy  # noqa: E402


def docs() -> None:
    from b1docs.render.describe import templates_markdown

    path = ROOT / "docs" / "templates.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(templates_markdown(), encoding="utf-8")
    print(f"Wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    plan()
    guide()
    policy()
    docs()
