"""Finding and splitting a long document: time and peak memory, before parsing.

    python benchmarks/documents_split.py --references 100000 [--flavour md|txt|html]

Writes a generated document (one APA-like reference per paragraph, or per line
for txt) to a temporary file, reads it as biblio does and reports the entries
found, the seconds taken and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from biblio.documents.reader import read_path
from biblio.references.entries import document_entries


def reference(n: int) -> str:
    return (f"Author{n}, A. B., & Other{n % 97}, C. ({1950 + n % 70}). *A title about topic {n}*. "
            f"Journal of Things, {n % 50}({n % 4 + 1}), {n % 300}–{n % 300 + 12}. https://doi.org/10.1000/x{n}")


def document(count: int, flavour: str) -> str:
    refs = [reference(n) for n in range(count)]
    if flavour == "html":
        items = "\n".join(f"<li>{r.replace('*A', '<i>A').replace('*.', '</i>.')}</li>" for r in refs)
        return f"<html><body><h1>Essay</h1><p>Body.</p><h2>References</h2><ul>\n{items}\n</ul></body></html>\n"
    if flavour == "txt":
        return "Some body text.\n\nReferences\n\n" + "\n".join(r.replace("*", "") for r in refs) + "\n"
    return "# Essay\n\nSome body text.\n\n## References\n\n" + "\n\n".join(refs) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--references", type=int, default=20000)
    parser.add_argument("--flavour", choices=("md", "txt", "html"), default="md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"long.{args.flavour}"
        path.write_text(document(args.references, args.flavour), encoding="utf-8")
        size = path.stat().st_size
        start = time.perf_counter()
        source = read_path(str(path))
        found = document_entries(source.text, source.name)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.flavour}: {size / 1e6:.1f} MB, {len(found.entries)} entries, {seconds:.1f} s, "
          f"peak {peak:.0f} MB")


if __name__ == "__main__":
    main()
