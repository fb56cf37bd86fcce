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


# The type of a fact record that says a pipeline component failed on one document (a rule bug):
# the component records it instead of raising, and the API turns it into a warning for that document.
COMPONENT_FAILURE = "_failure"
