"""Error types and their one-line messages, in one place (the library never prints)."""

from __future__ import annotations


class VnruError(Exception):
    """Base class: a problem the user can fix; the CLI prints ``str(exc)`` and exits 2."""

    code = "E000"

    def __str__(self) -> str:
        return f"{self.code}: {super().__str__()}"


class UsageError(VnruError):
    code = "E001"


class InputError(VnruError):
    code = "E002"


class OutputError(VnruError):
    code = "E003"
