"""PDF files read through poppler's ``pdftotext``, an external tool biblio calls when it is installed.

The text keeps pdftotext's reading order (columns one after the other); the
plain-text reader then removes page numbers, running headers and ligatures.
"""

from __future__ import annotations

import shutil
import subprocess

from biblio.errors import UndecodableInput

PDFTOTEXT = "pdftotext"
_TIMEOUT_SECONDS = 120


def pdf_text(data: bytes, name: str) -> bytes:
    """The text of a PDF (UTF-8 bytes, pages separated by form feeds)."""
    tool = shutil.which(PDFTOTEXT)
    if tool is None:
        raise UndecodableInput(
            f"{name}: is a PDF; biblio reads PDFs with poppler's pdftotext, which is not installed "
            "(Debian/Ubuntu: apt install poppler-utils), or give the text of the PDF instead"
        )
    try:
        run = subprocess.run([tool, "-enc", "UTF-8", "-", "-"], input=data, capture_output=True,
                             timeout=_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UndecodableInput(f"{name}: pdftotext could not read this PDF ({exc})") from None
    if run.returncode != 0:
        reason = run.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reason[-1] if reason else f"exit status {run.returncode}"
        raise UndecodableInput(f"{name}: pdftotext could not read this PDF ({detail})")
    if not run.stdout.strip():
        raise UndecodableInput(f"{name}: this PDF has no text layer (a scan?); biblio needs text")
    return run.stdout
