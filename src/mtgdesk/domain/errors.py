"""Errors a user can cause. Anything else is a bug and keeps its traceback."""

from __future__ import annotations


class UserError(Exception):
    """Something the user or the environment caused; its message is for the clerk."""


class InterchangeError(UserError):
    """An interchange document that cannot be imported; names the path of the fault."""

    def __init__(self, path: str, message: str, *, source: str | None = None) -> None:
        self.path = path
        self.message = message
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{path}: {message}" if path else f"{where}{message}")


class ServerAway(UserError):
    """The office server cannot be reached (stopped, the network down): what was asked
    may work again when it is back, unlike a refusal."""


class NotFoundError(UserError):
    pass


class ConflictError(UserError):
    """The meeting was saved elsewhere since it was opened here."""

    def __init__(self, meeting_id: int, expected: int, actual: int | None) -> None:
        self.meeting_id = meeting_id
        self.expected = expected
        self.actual = actual
        if actual is None:
            msg = f"Meeting {meeting_id} was deleted by someone else while you edited it."
        else:
            msg = (
                f"Meeting {meeting_id} was changed by someone else (version {actual}, "
                f"you opened version {expected})."
            )
        super().__init__(msg)


class ValidationFailed(UserError):
    def __init__(self, problems: list) -> None:  # list[Problem]
        self.problems = problems
        super().__init__("; ".join(f"{p.where}: {p.message}" for p in problems))
