"""Decoding input bytes: encodings, binary files, newlines, size limit, paths."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from biblio.documents import reader
from biblio.documents.reader import MAX_INPUT_BYTES, read_path, read_text
from biblio.errors import ExitCode, InputNotFound, InputTooLarge, UndecodableInput

REF = "Müller, J. (2020). *Über Bücher*. Verlag — 2nd ed."


def test_plain_utf8() -> None:
    assert read_text(REF.encode("utf-8"), "a.txt") == REF


def test_empty_input_is_empty_text() -> None:
    assert read_text(b"", "a.txt") == ""


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
                                      "utf-32-be"])
def test_byte_order_marks(encoding: str) -> None:
    data = REF.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        data = "\ufeff".encode(encoding) + data  # these codecs write no BOM themselves
    assert read_text(data, "a.txt") == REF


def test_bom_with_invalid_body_names_the_offset() -> None:
    data = b"\xef\xbb\xbfok \xff\xfe"
    with pytest.raises(UndecodableInput, match=r"offset 6"):
        read_text(data, "a.txt")


def test_newlines_are_normalised() -> None:
    assert read_text(b"a\r\nb\rc\nd", "a.txt") == "a\nb\nc\nd"
    assert read_text("a\u2028b\x85c".encode(), "a.txt") == "a\nb\nc"


def test_utf16_crlf() -> None:
    assert read_text("\ufeffa\r\nb\r\n".encode("utf-16-le"), "a.txt") == "a\nb\n"


def test_form_feed_page_breaks() -> None:
    # pdftotext puts \f at the start of each new page: dropped there, a line break elsewhere.
    assert read_text(b"end of page\n\fnext page\fmore", "a.txt") == "end of page\nnext page\nmore"


def test_nfc() -> None:
    decomposed = "Mu\u0308ller"
    assert read_text(decomposed.encode(), "a.txt") == "Müller"


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), "zip"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"\x1f\x8b\x08\x00", "gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "Office"),
])
def test_binary_magic(data: bytes, kind: str) -> None:
    with pytest.raises(UndecodableInput) as info:
        read_text(data, "in.bin")
    message = info.value.message
    assert message.startswith("in.bin: looks like a binary file (") and kind in message
    assert "\n" not in message
    assert info.value.code == ExitCode.UNDECODABLE


def test_nul_bytes() -> None:
    with pytest.raises(UndecodableInput, match=r"NUL byte at offset 5"):
        read_text(b"hello\x00world", "x")
    with pytest.raises(UndecodableInput, match="binary"):
        read_text(b"\x00\x01\x02\x03" * 100, "x")


def test_bomless_utf16_gets_a_helpful_message() -> None:
    with pytest.raises(UndecodableInput, match="UTF-16 text without a byte-order mark"):
        read_text("Smith, J. (2020). A title.".encode("utf-16-le"), "x")


def test_control_characters() -> None:
    with pytest.raises(UndecodableInput, match="control characters"):
        read_text(bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]) * 50, "x")
    # One stray control character in real text is tolerated.
    assert read_text(b"Smith, J. \x1b(2020). Title." + b" text" * 30, "x").startswith("Smith")


def test_rtf_is_refused() -> None:
    with pytest.raises(UndecodableInput, match="RTF"):
        read_text(b"{\\rtf1\\ansi Smith, J. (2020).}", "x.rtf")


def test_cp1252_fallback_for_western_text() -> None:
    text = "Müller, J. (2020). “Études sur l’été”. Paris: Éditions — p. 5."
    assert read_text(text.encode("cp1252"), "old.bib") == text


def test_cp1252_refused_for_other_scripts() -> None:
    # Cyrillic in cp1251 decodes as cp1252 to runs of accented letters: refuse, naming the offset.
    data = "Иванов, И. (2001). Литература.".encode("cp1251")
    with pytest.raises(UndecodableInput, match=r"not valid UTF-8 \(byte 0x\w\w at offset 0\)"):
        read_text(data, "x")


def test_mixed_utf8_and_latin1_is_refused() -> None:
    data = "Müller".encode() + b" and M\xfcller"
    with pytest.raises(UndecodableInput, match=r"offset 13"):
        read_text(data, "x")


def test_undefined_cp1252_byte_is_refused() -> None:
    with pytest.raises(UndecodableInput, match=r"byte 0x81 at offset 3"):
        read_text(b"abc\x81def", "x")


def test_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputTooLarge, match="limit of 50 MB") as info:
        read_text(b"a" * (MAX_INPUT_BYTES + 1), "big.txt")
    assert info.value.code == ExitCode.TOO_LARGE
    # The boundary itself, at a smaller limit (decoding 50 MB would take seconds of the suite).
    monkeypatch.setattr(reader, "MAX_INPUT_BYTES", 1024 * 1024)
    assert len(read_text(b"a" * 1024 * 1024, "big.txt")) == 1024 * 1024
    with pytest.raises(InputTooLarge):
        read_text(b"a" * (1024 * 1024 + 1), "big.txt")


def test_huge_file_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)  # sparse: no 50 MB written
    with pytest.raises(InputTooLarge, match="big.txt"):
        read_path(str(big))


def test_read_path(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_bytes(b"\xef\xbb\xbfline\r\n")
    text, name = read_path(str(path))
    assert (text, name) == ("line\n", str(path))


def test_read_path_errors(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound, match="no such file") as info:
        read_path(str(tmp_path / "missing.md"))
    assert info.value.code == ExitCode.NOT_FOUND
    with pytest.raises(InputNotFound, match="is a directory"):
        read_path(str(tmp_path))


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO("\ufeffSmith, J. (2020). Title.\r\n".encode("utf-16"))

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    assert read_path("-") == ("Smith, J. (2020). Title.\n", "<stdin>")


def test_stdin_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_INPUT_BYTES", 10)

    class FakeStdin:
        buffer = io.BytesIO(b"a" * 11)

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    with pytest.raises(InputTooLarge, match="<stdin>"):
        read_path("-")


def test_read_path_permission_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reader, "open", denied, raising=False)
    with pytest.raises(InputNotFound, match=r"secret.txt: permission denied$"):
        read_path(str(path))
