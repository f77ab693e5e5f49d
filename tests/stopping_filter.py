"""A response stage for tests that stops the answer at a mark, as a real filter would.

``StopAtMarkStage(name, mark)`` opens a :class:`StopAtMark` per text part: it passes
pieces on unchanged until one contains ``mark``, then raises
:class:`~proxy.pipeline.contract.AnswerStopped` with the text before the mark and ``notice``. With
``broken`` set, a piece containing it raises :class:`RuntimeError` (a filter bug).
"""

from __future__ import annotations

from proxy.pipeline.contract import AnswerStopped, RequestContext, TextFilter, TextPart

__all__ = ["StopAtMark", "StopAtMarkStage"]


class StopAtMark:
    """Stops at ``mark``, keeping what came before it; fails at ``broken``."""

    def __init__(self, mark: str, notice: str, broken: str | None = None) -> None:
        self._mark = mark
        self._notice = notice
        self._broken = broken

    async def feed(self, piece: str) -> str:
        if self._broken is not None and self._broken in piece:
            raise RuntimeError("filter bug")
        before, mark, _ = piece.partition(self._mark)
        if mark:
            raise AnswerStopped(before, notice=self._notice)
        return piece

    async def finish(self) -> str:
        return ""


class StopAtMarkStage:
    """A response stage named ``name`` whose filters are :class:`StopAtMark`."""

    def __init__(
        self, name: str, mark: str, notice: str = "[stopped]", broken: str | None = None
    ) -> None:
        self.name = name
        self._mark = mark
        self._notice = notice
        self._broken = broken

    def open(self, ctx: RequestContext, part: TextPart = "content") -> TextFilter:
        return StopAtMark(self._mark, self._notice, self._broken)
