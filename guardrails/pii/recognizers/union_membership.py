"""Labour-union membership: 労働組合の組合員, 労組の執行委員, ユニオンに加入している, union
steward, member of the union. Off by default (``OFF_BY_DEFAULT``): a deployment turns it on
by listing ``UNION_MEMBERSHIP`` in its policy.

Why off: APPI's special-care list (Act Art. 2(3), Cabinet Order Art. 2) names race, creed,
social status, medical history, criminal record, victimisation, disability, check-up
results, medical guidance and criminal or juvenile procedure — not union membership. The
financial-sector guidelines (機微(センシティブ)情報) and JIS Q 15001 do count joining a union
as sensitive, so a bank or insurer can switch it on. Masked by default it would rewrite
ordinary HR questions (組合の委員長に相談したい) for every tenant.

What counts: a union word with a membership role or the act of joining
(``(労働)組合|労組|ユニオン`` + ``の組合員/委員長/書記長/執行委員/役員/支部長/代議員/分会長/
加入者/メンバー``, ``…に加入している/入っている/入った``; English ``union member``, ``union
rep``, ``shop steward``, ``member of the … union``, ``joined the union``). Not: a general
question about unions (組合員とは, 労働組合に入るメリット, union membership rates), which
names no one's membership. Works on the NFKC text; never raises.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import UNION_MEMBERSHIP
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer

__all__ = ["UnionMembershipRecognizer"]

SCORE: Final = 0.85
_UNION = r"(?:労働組合|労組|組合|ユニオン)"
_ROLE = (
    r"(?:組合員|委員長|副委員長|書記長|執行委員(?:長)?|役員|支部長|代議員|分会長|加入者"
    r"|メンバー|会員)"
)
_JA: Final = re.compile(
    rf"{_UNION}の?{_ROLE}"
    r"|(?<![\u3400-\u9fff])組合員(?=です|だ|で|として|なので|なんで|の(?!権利|数|割合))"
    rf"|{_UNION}に(?:加入|加盟)(?:しています|している|してる|してます|しました|した)"
    rf"|{_UNION}に入って(?:います|いる|る|ます)|{_UNION}に入った|{_UNION}に入りました"
)
_EN: Final = re.compile(
    r"\b(?:union (?:member|rep|representative|steward|organi[sz]er|officer|delegate)"
    r"|shop steward|member of (?:the|a|my|our) (?:[\w'-]+ ){0,3}union"
    r"|joined (?:the|a|my|our) (?:[\w'-]+ ){0,3}union)\b",
    re.IGNORECASE,
)
# A general question or statement about unions, right after the match.
_GENERAL_AFTER: Final = re.compile(
    r"\s*(?:とは|って何|ってなに|の権利|になる(?:には|方法)|が(?:多い|少ない)|の数|数|率|向け"
    r"|s? (?:rights|density|rates?)\b)"
)


class UnionMembershipRecognizer(SingleEntityRecognizer):
    """UNION_MEMBERSHIP: someone's membership or role in a labour union (module docstring)."""

    ENTITY: ClassVar[str] = UNION_MEMBERSHIP

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for pattern in (_JA, _EN):
            for match in pattern.finditer(text):
                if _GENERAL_AFTER.match(text, match.end()):
                    continue
                results.append(
                    RecognizerResult(
                        entity_type=self.ENTITY,
                        start=match.start(),
                        end=match.end(),
                        score=SCORE,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return results
