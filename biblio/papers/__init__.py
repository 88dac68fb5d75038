"""Papers: pandoc-style citations rendered with a CSL style (``cite``), hand-written citations
linked to a document's own reference list (``intext``, ``check``), and a paper rewritten into
another style (``restyle``)."""

from __future__ import annotations

# Exit code of ``biblio cite --check`` when it finds problems (as ``biblio check`` does).
PROBLEMS_FOUND = 9
