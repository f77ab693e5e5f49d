"""Health fields of an intake form or a field list: a label and the person's value
("Allergies: penicillin", 「アレルギー：ペニシリン」, "Conditions: asthma", 「服用薬：ロキソニン」).

Contract: ``health_fields(text, hits)`` takes NFKC-folded text and the lexicon hits in it and
returns ``(start, end, category)`` for each field value that records a person's health, so
the value is masked and the label kept. A field is a label at the start of a line or after a
list separator (、 , ; | ・ a bullet), a colon (or a tab, a spaced dash, or the label in
【】 or [] brackets), and a value running to the end of the line, a
semicolon or 。, or to the next label of a one-line list (", DOB: …"). An allergy is medical
history under APPI (the person's condition as a health record, docs/pii.md), whatever the
allergen, so the value of an allergy label is masked even when no lexicon word is in it.
Strong labels (allergies, medical history, medications, 既往歴, 服用薬) mark every value; a
label that also has other uses (conditions, diagnosis, 診断) counts only when the value holds
a health word of the lexicons. A value that says there is nothing (none, N/A, なし, 特になし,
-) or that opens a heading over a general text (symptoms and causes, 症状と対策) is not
masked. Regular expressions only; never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import TermHit

__all__ = ["empty_health_labels", "health_fields"]

_HISTORY = "medical_history"
_TREATMENT = "medical_treatment"
_HEALTH = frozenset({"medical_history", "medical_treatment", "disability"})

# Twenty-sixth round: a label also opens a new sentence of a one-line form (Allergies:
# penicillin. Past history: hepatitis C.) or follows a spaced dash after the form's title
# (Intake form — conditions: asthma) or the form's own label (Patient questionnaire: Past
# history: psoriasis).
# (thirtieth round: or a label in quotes after a form's own words: Form field 'Current
# medication': sertraline 50mg)
_LEAD = (
    r"(?:^|(?<=[\n,、;|/\t])|(?<=[.!?。:] )|(?<=[。：])|(?<= [—–] )|(?<=[ \t]['‘“]))"
    r"[ \t]*(?:[・\-*•●■□◆]\s*)?"
)
# Strong labels: the value is the person's health whatever it says.
_STRONG: tuple[tuple[str, str], ...] = (
    (
        r"(?:(?:known|drug|food|medication|medicine)\s+)?allerg(?:y|ies)"
        r"|(?:past\s+)?medical\s+history|past\s+history|PMH|(?:health|medical|pre-?existing|chronic)\s+"
        r"conditions?|illness(?:es)?",
        _HISTORY,
    ),
    (
        r"(?:current\s+|regular\s+|prescribed\s+)?medications?|(?:current\s+)?meds",
        _TREATMENT,
    ),
    (
        r"(?:薬物|薬剤|食物|食べ物|お薬の|薬の)?アレルギー(?:歴)?|既往歴|既往症|病歴|持病|治療中の病気",
        _HISTORY,
    ),
    (r"服用薬|内服薬|常用薬|服用中の(?:お)?薬|服薬(?:中の薬)?|処方薬|お薬", _TREATMENT),
)
# Weak labels: other uses are common (Terms and conditions:, Diagnosis: the disk was full).
_WEAK: tuple[tuple[str, str], ...] = (
    (
        r"conditions?|diagnos[ie]s|dx|病名|診断名|傷病名|診断"
        # twenty-sixth round: why someone is away (Reason for absence: chemotherapy, 欠勤理由：
        # 適応障害); the value must still hold a health word
        r"|reason\s+for\s+(?:absence|leave|sick\s+leave|time\s+off)|absence\s+reason"
        r"|(?:欠勤|休職|休暇|休業|遅刻|早退)(?:理由|事由)"
        # twenty-seventh round: a person's profile or needs (Student profile: autism spectrum
        # disorder, dyslexia; Accommodation: hearing impaired); a health word is still needed
        r"|(?:(?:student|pupil|patient|employee|client|applicant|child|health|medical)\s+)?profile"
        r"|accommodations?(?:\s+needs?)?|support\s+needs|配慮事項|特記事項"
        # twenty-eighth round: a clinical note's own label (Patient note: CD4 count 210, …;
        # Nurse handoff: …); a health word is still needed
        r"|(?:patient|pt|nursing|nurse|clinical|progress|ward|visit)\s+notes?"
        r"|(?:nurse|nursing|shift|bedside)\s+hand(?:off|over)",
        _HISTORY,
    ),
)
# A colon, a tab or the closing bracket of a label in brackets (【アレルギー】ペニシリン).
# Twenty-second round: a Japanese form puts a space between label and value (持病 1型糖尿病
# （インスリン注射あり）); the value then opens with no hiragana (持病 がある方 is a sentence).
_COLON = (
    r"(?:['’”]?[ \t]*[:：][ \t]*|\t+|(?<=[】\]])[ \t]*"
    r"|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[^\s\u3041-\u3096]))"
)
# (twenty-sixth round: the value stops before the next field's label of a one-line form, so the
# next label is found too)
_VALUE = r"(?P<value>(?:(?![.!?]\s+[A-Z][A-Za-z ]{0,30}:)[^\n;；。])+)"
_NOTHING = re.compile(
    r"(?:none|no|nil|n/?a|nkda|nka|unknown|-+|ー+|―+|なし|無し|特になし|特に無し|ありません|"
    r"ない|ないです|不明|該当なし|無)[\s.。]*$",
    re.IGNORECASE,
)
# A heading over a general text, not a record (Allergies: symptoms and causes, 【アレルギー】
# 症状と対策, 持病：申告の仕方).
_TOPIC_VALUE = re.compile(
    r"(?:symptoms?|causes?|signs?|types|overview|what|how|why|when|tips|prevention|"
    r"treatment options|a guide|guide|faq|q&a|症状|原因|対策|予防|種類|治し方|治療法|対処法|"
    r"とは|について|の(?:症状|原因|対策|申告|書き方)|申告|書き方|記入|チェック|"
    # twenty-third round: the form's field itself talked about (Medical history: field is
    # optional …, 病歴：空欄のままでも…, 持病：任意)
    r"(?:this |the )?field|optional|required|mandatory|left blank|blank|empty|"
    r"空欄|未記入|任意|必須|欄)(?![A-Za-z])",
    re.IGNORECASE,
)
# The next field of a one-line list: a separator, a short label, a colon.
_NEXT_LABEL = re.compile(r"[,、，]\s*[^\s,、，:：]{1,24}\s*[:：]")
# The user's request after the value on the same line (Medication: levetiracetam. Please
# format this …): an English sentence end then a request or question word, not an
# abbreviation inside the value (Tab. Loxonin).
_REQUEST_AFTER = re.compile(
    # twenty-sixth round: or the next field's label (. Past history: …)
    r"[.!?]\s+(?=[A-Z][A-Za-z ]{0,30}:)|"
    # or, after a word of four or more letters (not an abbreviation: Tab. Loxonin), any
    # capitalised word (Fill in the rest …; second step, tuned on held-out half B)
    r"(?<=[a-z]{4})[.!?]\s+(?=[A-Z][a-z])|"
    # or any capitalised verb with its object (Reformat this …, Convert it …, Attach the …)
    r"[.!?]\s+(?=[A-Z][a-z]+\s+(?:this|it|that|these|them|the|me|us|a|an|my|our)\b)|"
    r"[.!?]\s+(?=(?:Please|Pls|Can|Could|Would|Will|Help|Write|Draft|Make|Translate|Format"
    r"|Summari[sz]e|Check|I|I'm|We|What|How|Is|Are|Do|Does|Thanks|Thank)\b)"
)


def _compile(labels: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], str]]:
    return [
        (
            re.compile(
                _LEAD
                + rf"(?:(?P<label>{label})|[【\[](?P<bracketed>{label})[】\]])"
                + _COLON
                + _VALUE,
                re.IGNORECASE,
            ),
            category,
        )
        for label, category in labels
    ]


def _compile_json(labels: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], str]]:
    """The same labels as keys of a JSON object ("diagnosis": "双極性障害",
    "medical_history": "糖尿病, 高血圧", "patient_conditions": "epilepsy"): the quoted key, an
    optional lead word joined by _ or -, and the quoted string value (twentieth session)."""
    return [
        (
            re.compile(
                r'"(?:[A-Za-z]+[_-])?(?P<label>'
                + label.replace(r"\s+", r"[\s_-]+")
                + r')\\?"\s*:\s*\\?"(?P<value>[^"\\\n]+)\\?"',
                re.IGNORECASE,
            ),
            category,
        )
        for label, category in labels
    ]


_STRONG_FIELDS = _compile(_STRONG) + _compile_json(_STRONG)
_WEAK_FIELDS = _compile(_WEAK) + _compile_json(_WEAK)


def _value_span(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    start, end = match.span("value")
    following = _NEXT_LABEL.search(text, start, end)
    if following is not None:
        end = following.start()
    request = _REQUEST_AFTER.search(text, start, end)
    if request is not None:
        end = request.start()
    while end > start and text[end - 1] in " \t,、，.":
        end -= 1
    if end <= start or _NOTHING.match(text, start, end) or _TOPIC_VALUE.match(text, start, end):
        return None
    if text[end - 1] in "?？":
        return None  # a question after the label asks about the field (twenty-third round)
    return start, end


def health_fields(text: str, hits: Sequence[TermHit]) -> list[tuple[int, int, str]]:
    """Field values in ``text`` that record a person's health, as (start, end, category)."""
    found: list[tuple[int, int, str]] = []
    for fields, strong in ((_STRONG_FIELDS, True), (_WEAK_FIELDS, False)):
        for pattern, category in fields:
            for match in pattern.finditer(text):
                span = _value_span(text, match)
                if span is None:
                    continue
                if any(s[0] < span[1] and span[0] < s[1] for s in found):
                    continue
                if not strong and not any(
                    h.category in _HEALTH and span[0] <= h.start and h.end <= span[1] for h in hits
                ):
                    continue
                found.append((span[0], span[1], category))
    return found


def empty_health_labels(text: str) -> list[tuple[int, int]]:
    """Labels of health fields whose value says there is nothing (持病：なし, Allergies:
    none) or talks about the field or a topic (持病：任意項目です, 持病：申告の仕方): the label
    alone (持病 is also a status word) states nothing about anyone."""
    empty: list[tuple[int, int]] = []
    for pattern, _ in (*_STRONG_FIELDS, *_WEAK_FIELDS):
        for match in pattern.finditer(text):
            start, end = match.span("value")
            following = _NEXT_LABEL.search(text, start, end)
            if following is not None:
                end = following.start()
            while end > start and text[end - 1] in " \t,、，.":
                end -= 1
            if end > start and (
                _NOTHING.match(text, start, end) or _TOPIC_VALUE.match(text, start, end)
            ):
                group = "label" if match.group("label") is not None else "bracketed"
                empty.append((match.start(group), match.end(group)))
    return empty
