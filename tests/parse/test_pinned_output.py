"""The exact output of ``biblio parse --lines`` for references in several styles, confidences included,
pinned for the shipped model: a change meant only to make parsing faster must leave it unchanged.

A retrained model changes confidences, so the pins belong to one model file (its SHA-256); after a
retrain, regenerate them with ``PYTHONPATH=. python tests/parse/test_pinned_output.py``.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

PINS = Path(__file__).resolve().parents[1] / "data" / "parse" / "pinned-output.json"
REFERENCES = [
    "Smith, J. A., & Jones, B. (2020). A study of things. *Journal of Studies*, *12*(3), 45\u201367. "
    "https://doi.org/10.1000/xyz123",
    "World Health Organization. (2019). *Global report on things* (2nd ed.). WHO Press.",
    '[4] A. Author and B. Writer, \u201cA paper on parsing,\u201d IEEE Trans. Softw. Eng., vol. 3, no. 2, '
    "pp. 1\u20139, 2019.",
    "Doe J, Roe R. Title of an article. BMJ. 2003;326(7387):e12-5.",
    "Garc\u00eda M\u00e1rquez, Gabriel. *Cien a\u00f1os de soledad*. Buenos Aires: Sudamericana, 1967.",
    'Lee, Kim. "A Grav- ity Model." *The Review* 12, no. 4 (1991): 100\u2013120.',
    "S. Weinberg, Phys. Rev. Lett. 19, 1264 (1967).",
    "",
    "Anonymous blog post. Retrieved March 3, 2021, from https://example.org/post?id=3",
]


def model_sha() -> str:
    from biblio.parse.model import MODEL_PATH

    return hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()


def output() -> list[str]:
    from biblio.entry import parse_lines_command

    saved_in, saved_out = sys.stdin, sys.stdout
    sys.stdin = io.TextIOWrapper(io.BytesIO("".join(r + "\n" for r in REFERENCES).encode()), encoding="utf-8")
    sys.stdout = out = io.StringIO()
    try:
        assert parse_lines_command(["parse", "--lines"]) == 0
    finally:
        sys.stdin, sys.stdout = saved_in, saved_out
    return out.getvalue().splitlines()


def test_output_is_exactly_the_pinned_one() -> None:
    pins = json.loads(PINS.read_text(encoding="utf-8"))
    assert pins["model_sha256"] == model_sha(), "the model file changed: regenerate the pins (see the docstring)"
    assert output() == pins["lines"]


if __name__ == "__main__":
    PINS.write_text(json.dumps({"model_sha256": model_sha(), "lines": output()}, ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
