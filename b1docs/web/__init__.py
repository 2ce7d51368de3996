"""The careers web page (`b1docs publish`) and the website audit (`b1docs audit-site`).

Nothing here imports the command line; the CLI calls render_page and audit_page.
"""

from __future__ import annotations
