"""Errors biblio reports to its users, each with a documented exit code.

The CLI turns every `BiblioError` into one line on standard error and exits
with its code; nothing else escapes as a traceback.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1  # a bug in biblio: reported in one line, never a traceback
    USAGE = 2  # unknown format, style, option or locale
    NOT_FOUND = 3  # an input file that does not exist or cannot be read
    UNDECODABLE = 4  # binary or undecodable input
    NO_REFERENCES = 5  # no reference section / no references in the input
    MALFORMED = 6  # a structured input (.bib, RIS, CSL-JSON) that cannot be read
    OUTPUT = 7  # the output file could not be written
    TOO_LARGE = 8  # input beyond biblio's size limit
    FLAGGED = 9  # `biblio check`: at least one reference or citation needs the user's look
    INTERRUPTED = 130  # Ctrl-C: the output file, if any, is left as it was
    TERMINATED = 143  # SIGTERM (128 + 15): likewise


class BiblioError(Exception):
    """An error with a one-line message meant for the user."""

    code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str, code: ExitCode | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0])


class UsageError(BiblioError):
    code = ExitCode.USAGE


class InputNotFound(BiblioError):
    code = ExitCode.NOT_FOUND


class UndecodableInput(BiblioError):
    code = ExitCode.UNDECODABLE


class NoReferences(BiblioError):
    code = ExitCode.NO_REFERENCES


class MalformedInput(BiblioError):
    code = ExitCode.MALFORMED


class OutputError(BiblioError):
    code = ExitCode.OUTPUT


class InputTooLarge(BiblioError):
    code = ExitCode.TOO_LARGE


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main process so that a half-written output is removed, as on Ctrl-C."""
