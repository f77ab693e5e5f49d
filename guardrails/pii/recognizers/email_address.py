"""E-mail addresses, also when written flush against Japanese text.

Presidio's own e-mail recognizer anchors on ``\\b``, which never fires between a Japanese
character and a Latin letter (both are word characters), and validates domains with
tldextract, which may fetch the public suffix list over the network. This recognizer needs
neither: the address is delimited by the characters an address cannot contain, and the
top-level domain must be 2-24 letters.
"""

from __future__ import annotations

from typing import ClassVar

from guardrails.pii.entities import EMAIL_ADDRESS
from guardrails.pii.recognizers.keyword_pattern import KeywordPatternRecognizer

__all__ = ["EmailAddressRecognizer"]

_LOCAL = r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,63})"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})"


class EmailAddressRecognizer(KeywordPatternRecognizer):
    """EMAIL_ADDRESS: local@domain.tld in ASCII."""

    ENTITY: ClassVar[str] = EMAIL_ADDRESS
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        (
            "email",
            rf"(?<![A-Za-z0-9._%+\-]){_LOCAL}@(?:{_LABEL}\.)+[A-Za-z]{{2,24}}(?![A-Za-z0-9\-])",
            0.9,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("メール", "mail", "連絡先")
    CONTEXT_SCORE: ClassVar[float] = 0.95
