"""Turn input bytes into text: decoding, binary detection, newline and Unicode normalisation.

Policy: never guess silently. UTF-8 (with or without BOM) and BOM-marked
UTF-16/UTF-32 are decoded; anything else must pass a strict test before it is
read as Windows-1252 (the usual encoding of old Western European files), and
input that is neither is rejected with the offset of the first bad byte.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
import unicodedata
from typing import Any, NamedTuple

from biblio.errors import InputNotFound, InputTooLarge, UndecodableInput

MAX_INPUT_BYTES = 50 * 1024 * 1024  # 50 MiB: far above any real bibliography, small enough to hold in memory
STDIN_NAME = "<stdin>"

# Longest first where one BOM is a prefix of another (UTF-32-LE starts like UTF-16-LE).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "zip archive, e.g. .docx, .odt or .epub"),  # read_path reads .docx, .odt and .epub first
    (b"PK\x05\x06", "zip archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Microsoft Office document, e.g. .doc"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RTF = b"{\\rtf"  # Rich Text Format: control words, not text (Word and LibreOffice save it as .docx or .odt)
# Magic numbers short enough to begin real text: they count only with a NUL byte nearby.
_WEAK_MAGIC = frozenset({b"BZh", b"MZ"})

# C0 controls other than tab, LF, CR, FF, VT (which occur in real text files) and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05
_NEWLINES = re.compile(r"\r\n|\r|\x85|\u2028|\u2029|\v")
# A form feed (page break in pdftotext output) at a line start is dropped, elsewhere it breaks the line.
_FORM_FEED_AT_LINE_START = re.compile(r"(?:(?<=\n)|^)\f+")

# Bytes that are valid UTF-8 multi-byte sequences; their presence next to invalid bytes means a
# mixed-encoding file, which no single decoding reads correctly.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Characters cp1252 can produce from bytes 0x80-0xFF that Western European text really uses.
_CP1252_PLAUSIBLE = re.compile(r"[\u00c0-\u00ff\u00a0-\u00bf€‚„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_LETTER_RUN = re.compile(r"[\u00c0-\u00ff]{3,}")  # three accented letters in a row: another script misread


class Input(NamedTuple):
    text: str
    name: str


Records = tuple[dict[str, Any], ...]  # exact records a document carries (its citation manager's fields)


def read_path(path: str) -> Input:
    """Read and decode a file, or standard input when `path` is ``-`` (see ``read_input``)."""
    return read_input(path)[0]


def read_input(path: str) -> tuple[Input, Records]:
    """Read and decode a file, or standard input when `path` is ``-``; with the records it carries.

    A PDF is turned into text by poppler's ``pdftotext``; a Word or OpenDocument file (a zip) into
    Markdown, with the records of its citation fields.
    Raises InputNotFound (missing, a directory, unreadable), InputTooLarge, UndecodableInput.
    """
    data, name = _read_bytes(path)
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(_too_large(name))
    if data.startswith(_RTF):
        raise UndecodableInput(f"{name}: is an RTF document, which biblio does not read; open it in Word or "
                               "LibreOffice and save it as .docx or .odt, which biblio reads")
    if data.startswith(_ZIP):  # a .docx or .odt: its text as Markdown; an EPUB: its chapters as HTML
        from biblio.documents.office import office_text

        document = office_text(data, name)
        return Input(unicodedata.normalize("NFC", document.markdown), name), tuple(document.records)
    if data.startswith(_OLE):
        from biblio.documents.office import is_encrypted_office

        if is_encrypted_office(data):
            raise UndecodableInput(f"{name}: is a password-protected Office document; save a copy without a password")
    if data.startswith(b"%PDF"):
        from biblio.documents.pdf import pdf_text

        data = pdf_text(data, name)
    text = read_text(data, name)
    if path == "-":
        return Input(text, name), ()
    from biblio.documents.bibliography_files import cited_entries, with_compiled_bibliography

    records = cited_entries(text, path)
    return Input(text if records else with_compiled_bibliography(text, path), name), records


def stdin_has_data() -> bool:
    """Is standard input a pipe or a regular file (not a terminal, /dev/null, or closed)?"""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, ValueError, OSError):
        return False  # closed, or replaced by an object without a file descriptor
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def read_lines(path: str) -> list[str]:
    """The lines of a file (or of standard input for ``-``), split at LF (CRLF) only.

    Line-by-line callers promise one result per input line, so other line
    separators (CR, U+2028, form feed…) inside a line become spaces instead of
    new lines. Decoding and the binary checks are those of `read_path`.
    """
    data, name = _read_bytes(path)
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(_too_large(name))
    text = _decode(data, name).lstrip("\ufeff")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line
    return [unicodedata.normalize("NFC", dotted_accents(_NEWLINES.sub(" ", line.removesuffix("\r")).replace("\f", " ")))
            for line in lines]


def _read_bytes(path: str) -> tuple[bytes, str]:
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputNotFound(f"{STDIN_NAME}: standard input is not available")
        return stream.read(MAX_INPUT_BYTES + 1), STDIN_NAME
    try:
        # Check the size before reading so a huge file is refused without loading it;
        # read at most one byte past the limit anyway, for pipes and special files.
        if os.path.isfile(path) and os.path.getsize(path) > MAX_INPUT_BYTES:
            raise InputTooLarge(_too_large(path))
        with open(path, "rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputNotFound(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputNotFound(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise InputNotFound(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputNotFound(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return data, path


def read_text(data: bytes, name: str) -> str:
    """Decode input bytes to NFC text with LF newlines. `name` is used in error messages."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(_too_large(name))
    text = _decode(data, name).lstrip("\ufeff")  # a second BOM, as left by concatenating files
    text = _NEWLINES.sub("\n", text)
    text = _FORM_FEED_AT_LINE_START.sub("", text).replace("\f", "\n")
    return unicodedata.normalize("NFC", dotted_accents(text))


# TeX's accented i and j ("\'{\i}") are a dotless letter and an accent: PDF text gives them as "ı" and a
# combining accent, which no precomposed letter matches ("Bibliografı́a"). No language writes an accent on a
# dotless i, so the accented letter is the dotted one's.
_DOTLESS_ACCENTED = re.compile("([ıȷ])(?=[\u0300-\u036f])")


def dotted_accents(text: str) -> str:
    """`text` with a dotless i or j that carries a combining accent made the plain letter (NFC then composes
    "í")."""
    if "ı" not in text and "ȷ" not in text:
        return text
    return _DOTLESS_ACCENTED.sub(lambda m: "i" if m.group(1) == "ı" else "j", text)


def _too_large(name: str) -> str:
    return f"{name}: input is larger than biblio's limit of {MAX_INPUT_BYTES // (1024 * 1024)} MB"


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                text = body.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableInput(
                    f"{name}: not valid {encoding.upper()} despite its byte-order mark "
                    f"(bad bytes at offset {exc.start + len(bom)})"
                ) from None
            _reject_control_heavy(text, name)
            return text

    _reject_binary(data, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _decode_legacy(data, name, exc)
    _reject_control_heavy(text, name)
    return text


def _reject_binary(data: bytes, name: str) -> None:
    head = data[:4096]
    if data.startswith(b"{\\rtf"):
        # Text, strictly, but its markup would be read as references: ask for plain text instead.
        raise UndecodableInput(f"{name}: looks like an RTF document, not plain text; save it as plain text")
    for magic, kind in _MAGIC:
        if data.startswith(magic) and (magic not in _WEAK_MAGIC or b"\x00" in head):
            raise UndecodableInput(f"{name}: looks like a binary file ({kind}), not text")
    nul = data.find(b"\x00")
    if nul >= 0:
        if _looks_like_bomless_utf16(head):
            raise UndecodableInput(
                f"{name}: looks like UTF-16 text without a byte-order mark; save it as UTF-8"
            )
        raise UndecodableInput(f"{name}: looks like a binary file (NUL byte at offset {nul}), not text")


def _looks_like_bomless_utf16(head: bytes) -> bool:
    # ASCII text in UTF-16 has a NUL in every other byte, on the same side.
    if len(head) < 16:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) > 0.9 * len(even) or odd.count(0) > 0.9 * len(odd)


def _reject_control_heavy(text: str, name: str) -> None:
    if not text:
        return
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls and (controls / len(sample) > _MAX_CONTROL_SHARE or "\x00" in sample):
        raise UndecodableInput(f"{name}: looks like a binary file (many control characters), not text")


def _decode_legacy(data: bytes, name: str, error: UnicodeDecodeError) -> str:
    """Read non-UTF-8 bytes as Windows-1252 only when that is clearly right; otherwise refuse."""
    where = f"byte 0x{data[error.start]:02x} at offset {error.start}"
    refuse = UndecodableInput(f"{name}: not valid UTF-8 ({where}); save the file as UTF-8")
    if _UTF8_MULTIBYTE.search(data):
        raise refuse  # part UTF-8, part something else
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise refuse from None
    high = [c for c in text if ord(c) > 0x7F]
    letters = sum(c.isalpha() for c in text)
    plausible = all(_CP1252_PLAUSIBLE.match(c) for c in high)
    # Western text has a few accented letters among many ASCII ones; another 8-bit script
    # (Cyrillic, Greek) read as cp1252 turns whole words into runs of accented letters.
    if not plausible or len(high) > 0.3 * max(letters, 1) or _LETTER_RUN.search(text):
        raise refuse
    return text
