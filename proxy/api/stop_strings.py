"""``stop_reason`` as the client wrote it.

vLLM names the stop string that ended a choice in ``stop_reason``. The request stages may
rewrite ``stop`` (``pii.pseudonymize`` puts a placeholder where a stop string holds the
user's name or phone number, so that the raw value never reaches the backend), and the
backend then names the string it was given: the client read ``<PHONE_NUMBER_1>``, a string
it never sent, and a check such as ``choice.stop_reason == my_stop`` failed.
:class:`StopStrings` keeps the client's strings from before the stages and maps the
backend's ``stop_reason`` back to them.

Failure behaviour: none. A ``stop_reason`` that is not a string the stages rewrote (null,
a stop token id, a stop word sent as it was) is left as it is.
"""

from __future__ import annotations

from typing import Any

__all__ = ["StopStrings"]


class StopStrings:
    """The client's ``stop`` strings, by the strings forwarded in their place."""

    __slots__ = ("_back", "_sent")

    def __init__(self, body: dict[str, Any]) -> None:
        """Remember ``body``'s stop strings as the client sent them (before any stage)."""
        self._sent = _listed(body.get("stop"))
        self._back: dict[str, str] = {}

    def forwarded(self, body: dict[str, Any]) -> None:
        """The stages ran on ``body``: learn which forwarded string stands for which sent
        one (position by position; two sent spellings of one value share a placeholder,
        and the first of them is named)."""
        now = _listed(body.get("stop"))
        if len(now) != len(self._sent):
            return
        for forwarded, sent in zip(now, self._sent, strict=True):
            if forwarded != sent:
                self._back.setdefault(forwarded, sent)

    def restore(self, choice: dict[str, Any]) -> bool:
        """Put the client's string in ``choice["stop_reason"]``; True when it changed."""
        reason = choice.get("stop_reason")
        if isinstance(reason, str) and reason in self._back:
            choice["stop_reason"] = self._back[reason]
            return True
        return False


def _listed(stop: object) -> tuple[str, ...]:
    """``stop`` (a string, a list of strings or absent) as a tuple of strings, copied."""
    if isinstance(stop, str):
        return (stop,)
    if isinstance(stop, list):
        return tuple(item for item in stop if isinstance(item, str))
    return ()
