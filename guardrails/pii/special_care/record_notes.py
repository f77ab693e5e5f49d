"""Special care written in a record's free-text note ({"memo": "HIV陽性、本人了承済"},
``"note": "has DUI conviction"``, ``備考：うつ病``).

Contract: ``record_notes(text, hits)`` takes NFKC-folded text and the lexicon hits in it and
returns ``(start, end, category)`` for the sensitive words inside the value of a note field,
so the words are masked and the note's other words and the key kept. A note field is a JSON
member (its quotes possibly escaped, a JSON text inside a JSON string) or a ``key: value``
line whose key is a note word (memo, note, remarks, comment, summary, flags, details, extra,
備考, メモ, 特記事項, コメント, 申し送り, 注意事項, その他, 補足). A record's note is about the
record's subject, so no person or predicate is needed: a condition, an offence or a faith in
it is that person's (twenty-first round: such notes under a key naming no health field
reached the model in clear). A value that asks or names a topic (a question mark,
について, とは, の症状, how/what/why, symptoms of) is left to the sentence reading.
Words next to each other (DUI conviction, 窃盗の前科) make one span. Regular expressions
only; never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..recognizers.english_words import COMMON_ENGLISH_WORDS
from ..recognizers.folded_names import GIVEN_NAMES
from .lexicon import TermHit

__all__ = [
    "NATIONALITY",
    "bracketed_statuses",
    "record_notes",
    "record_values",
    "sensitive_fields",
    "spaced_fields",
]

NATIONALITY = "nationality"
"""The category :func:`sensitive_fields` gives a nationality field's value: not special care
(the detector leaves it to ``recognizers/nationality.py``)."""

# Twenty-first round, second pass: details, extra and その他/補足 are where forms put
# whatever had no field of its own (the brief's examples; gen2 half T holds details/extra).
_NOTE_KEY = (
    r"(?:[A-Za-z]+[_\-])?(?i:memo|notes?|remarks?|comments?|summary|flags?|details|extra)"
    r"|備考|メモ|特記事項|コメント|申し送り(?:事項)?|注意事項|その他|補足"
)
_JSON_NOTE = re.compile(rf'\\?"(?:{_NOTE_KEY})\\?"\s*:\s*\\?"(?P<value>(?:[^"\\\n]|\\(?!"))+)\\?"')
_LINE_NOTE = re.compile(
    rf"(?m)^[ \t]*(?:[・\-*•]\s*)?(?:{_NOTE_KEY})[ \t]*[:：][ \t]*(?P<value>[^\n]+?)[ \t]*$"
)
_ASKED = re.compile(
    r"[?？]|について|とは|って何|の症状|の治療法|の原因"
    r"|(?i:\b(?:how|what|why|which|symptoms? of|causes? of|treatment of|about)\b)"
)
_CRIME = "criminal_record"
_JOIN_GAP = 4
"""Characters between two hits that still make them one span (DUI conviction, 窃盗の前科)."""


def _values(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in (_JSON_NOTE, _LINE_NOTE):
        for match in pattern.finditer(text):
            if _ASKED.search(match.group("value")) is None:
                spans.append(match.span("value"))
    return spans


# Twenty-second round: a field whose key itself names a special-care category (religion,
# political_party, ethnicity, nationality, criminal_record, disability, 宗教, 支持政党, 国籍,
# 犯罪歴, 障害区分 …) holds that category's value whatever the words: the whole value is
# masked, the key kept, with no lexicon word needed ({"religion": "Mormon"}, 支持政党（任意）：
# 日本共産党). Twenty-third round: nationality is not race under the APPI guideline (a
# nationality or "foreigner" alone is a legal status), so its keys (nationality, citizenship,
# 国籍) name their own category, NATIONALITY, which the detector does not mask as special
# care; recognizers/nationality.py reports it as the off-by-default type NATIONALITY.
_FIELD_KEYS: tuple[tuple[str, str], ...] = (
    (
        r"(?i:(?:[a-z]+[_\- ])?(?:religion|religious[_\- ]affiliation|faith|denomination"
        r"|political[_\- ](?:party|affiliation|views)|party[_\- ]affiliation|party[_\- ]support))"
        r"|(?i:religious[_\- ](?:needs|requirements|accommodations?|observance))"
        r"|宗教|宗派|信仰|支持政党|所属政党|支持する政党|宗教上の(?:配慮|理由|制限|事情)",
        "creed",
    ),
    (
        r"(?i:(?:[a-z]+[_\- ])?(?:ethnicity|ethnic[_\- ](?:origin|group|background)))"
        r"|民族|人種|出自",
        "race",
    ),
    (r"(?i:(?:[a-z]+[_\- ])?(?:nationality|citizenship))|国籍", NATIONALITY),
    (
        r"(?i:(?:[a-z]+[_\- ])?(?:criminal[_\- ](?:record|history|convictions?)|convictions?"
        r"|offen[cs]es?))|前科|犯罪歴|犯歴|賞罰",
        "criminal_record",
    ),
    (
        r"(?i:(?:[a-z]+[_\- ])?(?:disability|disabilities|impairments?))"
        # not 障害 alone: a system's outage (障害：サーバ停止) is written under it
        r"|障害(?:区分|種別|名|者手帳|の(?:種類|状況|程度|内容))|障がい(?:区分|種別|名)",
        "disability",
    ),
)
# A key that also has other uses (a university affiliation, a party to a contract) counts
# only when its value names a political party ({"affiliation": "Reform Party"}, 所属：公明党).
_PARTY_KEY = r"(?i:(?:[a-z]+[_\- ])?(?:affiliation|party))|所属"
_PARTY_VALUE = re.compile(
    r"(?:[A-Z][a-z]+ ){0,3}(?:Party|Democrats?|Republicans?)|[\u4e00-\u9fff]{1,8}党"
    r"|日本維新の会|維新の会|れいわ新選組"
)
_FIELD_KEY = "|".join(f"(?P<k{i}>{key})" for i, (key, _) in enumerate(_FIELD_KEYS))
# The key may carry a note in brackets (支持政党（任意）, Religion (optional)).
_KEY_NOTE = r"(?:\s*[（(][^）)\n]{1,8}[）)])?"
_PARTY_FIELD = re.compile(
    rf'(?m)\\?"(?:{_PARTY_KEY})\\?"\s*:\s*\\?"(?P<value>[^"\\\n]+)\\?"'
    rf"|^[ \t]*(?:{_PARTY_KEY}){_KEY_NOTE}[ \t]*[:：][ \t]*(?P<line>[^\n]+?)[ \t]*$"
)
_JSON_FIELD = re.compile(
    rf'\\?"(?:{_FIELD_KEY})\\?"\s*:\s*\\?"(?P<value>(?:[^"\\\n]|\\(?!"))+)\\?"'
)
_LINE_FIELD = re.compile(
    rf"(?m)^[ \t]*(?:[・\-*•]\s*)?(?:{_FIELD_KEY}){_KEY_NOTE}[ \t]*[:：][ \t]*"
    r"(?P<value>[^\n]+?)[ \t]*$"
)
# Twenty-seventh round: the same field inside a line, in brackets or after ; , or | (Diet:
# halal (religion: Muslim); Allergies: none): the value runs to the bracket or separator.
_INLINE_FIELD = re.compile(
    r"(?:(?<=[(（])|(?<=[;,|；、]\s)|(?<=[;|；]))[ \t]*"
    rf"(?:{_FIELD_KEY}){_KEY_NOTE}[ \t]*[:：][ \t]*"
    r"(?P<value>[^\n;,()|；、（）]+?)[ \t]*(?=[)）;,|；、\n]|$)"
)
_NOTHING = re.compile(
    r"(?i:none|no|nil|n/?a|not stated|prefer not to say|unknown|-+)|なし|無し|特になし|該当なし"
    r"|無|ー+|不明|回答しない|無回答"
)


def sensitive_fields(text: str) -> list[tuple[int, int, int, str]]:
    """``(key_start, value_start, value_end, category)`` of the fields whose key names a
    special-care category (see ``_FIELD_KEYS``); empty, "none" and question values are left
    alone. Cheap when no field separator is in the text."""
    if ":" not in text and "：" not in text:
        return []
    found: list[tuple[int, int, int, str]] = []
    for pattern in (_JSON_FIELD, _LINE_FIELD, _INLINE_FIELD):
        for match in pattern.finditer(text):
            if any(f[1] <= match.start("value") < f[2] for f in found):
                continue
            value = match.group("value")
            if _NOTHING.fullmatch(value.strip(" 。.")) or _ASKED.search(value) is not None:
                continue
            index = next(i for i in range(len(_FIELD_KEYS)) if match.group(f"k{i}") is not None)
            category = _FIELD_KEYS[index][1]
            found.append((match.start(), match.start("value"), match.end("value"), category))
    for match in _PARTY_FIELD.finditer(text):
        group = "value" if match.group("value") is not None else "line"
        if _PARTY_VALUE.fullmatch(match.group(group).strip()) is not None:
            found.append((match.start(), match.start(group), match.end(group), "creed"))
    return found


# Twenty-second round: a status in brackets right after a person (Customer Sana Qureshi
# (Muslim), 野口様（特殊詐欺の被害者）, Tom (type 1 diabetic)) is that person's: a named or
# honoured person, then the brackets holding nothing but the sensitive words and a few joining
# characters.
_BRACKETS_AFTER_PERSON = re.compile(
    r"(?:(?<![A-Za-z'])(?P<name>[A-Z][a-z'-]+(?:[ ](?:O'|Mc|Mac)?[A-Z][a-z'-]+){0,2})"
    r"|(?<!皆)(?<!みな)(?<!お客)(?:さん|様|さま)|氏|くん|君|ちゃん|殿|先生"
    # twenty-ninth round: a title after a surname (田中課長【統合失調症】)
    r"|課長|部長|係長|主任|社長|室長|店長|所長)\s*"
    # … or after a dash, the words alone up to the end of the sentence (Kate O'Neill --
    # Labour Party canvasser.)
    r"(?:[(（【［\[](?P<inner>[^()（）【】［］\[\]\n]{1,40})[)）】］\]]"
    r"|[ ]+(?:--?|—|–)[ ]+(?P<tail>[^.;\n]{1,40})(?=[.;\n]|$)"
    # twenty-ninth round: a colon, an arrow, a slash or a spaced dash after the person, and
    # the sensitive words first after it (佐藤さん: うつ病で休職中, 加藤さん→適応障害で,
    # Dave: HIV+, due …, Jun / autistic /, Ken – bipolar, on lithium): the leading words only
    r"|(?:\s*[:：→⇒]|(?<=[様んま氏君殿長任])[ 　]+|[ ]+/|[ ]*―[ ]*|[ ]+(?:--?|—|–))"
    # (a lookahead: a person named inside it is still tried, Contact: Owen Reid -- …)
    r"[ ]*(?=(?P<lead>[^。．.;!?！？\n]{1,40})))"
)


_ROLE_WORDS = frozenset(
    {"customer", "client", "tenant", "patient", "student", "employee", "applicant", "member"}
)
# Twenty-ninth round: a role alone before the brackets is a person of a record (Candidate
# (felony record, theft), Resident (dementia)).
_LONE_ROLES = _ROLE_WORDS | {"candidate", "resident", "attendee", "participant", "guest"}

# Twenty-ninth round: what a note writes right after the sensitive words and is part of them
# (HIV陽性, HIV+, 人工透析週3回, てんかん持ち, 乳がん治療中, 2級): masked with them.
_STATUS_TAIL = re.compile(
    r"(?:陽性|陰性|\+|持ち|治療中|療養中|闘病中|服用中|通院中|あり|の疑い|疑い"
    r"|\s?週\s?[0-9一二三四五六七]\s?回|\s?[0-9一二三四五六七]\s?級"
    r"|(?i:\s(?:positive|negative)))"
)
# the words that may join the leading sensitive words after a colon or a dash (bipolar, on
# lithium; 双極性障害、リチウム服用)
_LEAD_JOINERS = re.compile(r"[\sのと、,・/&]*(?:(?:and|on|with|plus|uses|takes)\s+)?")


def _names_someone(name: str | None) -> bool:
    """A person before the brackets: an honorific (no Latin name matched), a known given name
    first, or two or three capitalised words none of which is a common English word."""
    if name is None:
        return True
    words = name.split()
    if len(words) == 1 and words[0].lower() in _LONE_ROLES:
        return True
    # a role before the name (Customer Sana Qureshi, Tenant Tom Hale) is no part of it
    while len(words) > 1 and words[0].lower() in COMMON_ENGLISH_WORDS | _ROLE_WORDS:
        words = words[1:]
    if words[0].lower() in GIVEN_NAMES:
        return True
    return len(words) > 1 and not any(w.lower() in COMMON_ENGLISH_WORDS for w in words)


_BRACKET_JOINERS = re.compile(r"[\sのと、,・/]*")


def bracketed_statuses(text: str, hits: Sequence[TermHit]) -> list[tuple[int, int, str]]:
    """``(start, end, category)`` of the sensitive words in brackets after a person, when
    the brackets hold nothing else (see ``_BRACKETS_AFTER_PERSON``)."""
    if not hits or not any(mark in text for mark in _MARKS):
        return []
    found: list[tuple[int, int, str]] = []
    for match in _BRACKETS_AFTER_PERSON.finditer(text):
        group = next(g for g in ("inner", "tail", "lead") if match.group(g) is not None)
        name = match.group("name")
        roster = False
        if not _names_someone(name):
            titled = name is not None and _TITLE_BEFORE.search(text, 0, match.start("name"))
            roster = group != "inner" and _roster_name(text, match.start("name"), name)
            if not (titled or roster):
                continue  # The Museum (Catholic): no person
        if group == "tail" and match.group("name") is None:
            continue
        start, end = match.span(group)
        inside = sorted(
            (h for h in hits if start <= h.start and h.end <= end), key=lambda h: h.start
        )
        if group != "inner":
            inside = _leading(text, start, inside)
            # after a space alone (青木様 要支援2、…) the words must end at a comma or a space
            # (田中さん 糖尿病の食事について: a question after an address)
            # a lone word opening a line (Bob - dyslexic) is a roster's only when the words
            # end there too (Indications: Biktarvy is indicated … is a leaflet's label)
            if roster and inside and _ROSTER_END.match(text, _end_of(text, inside)) is None:
                continue
            if (
                inside
                and not text[match.start(group) - 1 : match.start(group)].strip(" 　")
                and text[: match.start(group)].rstrip(" 　")[-1:] not in ":：→⇒/―-—–"
                and _SPACED_END.match(text, _end_of(text, inside)) is None
            ):
                continue
        if not inside:
            continue
        cursor, rest = start, []
        for hit in inside:
            rest.append(text[cursor : hit.start])
            cursor = max(cursor, hit.end)
            tail = _STATUS_TAIL.match(text, cursor)
            if tail is not None and tail.end() <= end:
                cursor = tail.end()
        rest.append(text[cursor:end])
        # after a colon or a dash the run was read by _leading and the sentence goes on
        if group == "inner" and any(_BRACKET_JOINERS.fullmatch(piece) is None for piece in rest):
            # twenty-ninth round: the sensitive words first in the brackets and a comma after
            # them (asylum seeker, case pending; felony record, theft): the leading words
            inside = _leading(text, start, inside)
            if not inside:
                continue
            cursor = _end_of(text, inside)
            if _ITEM_END.match(text, cursor) is None:
                continue
        categories = {h.category for h in inside}
        category = "crime_victim" if "crime_victim" in categories else _span(inside)[2]
        found.append((inside[0].start, cursor, category))
    return found


# a courtesy title before one capitalised word makes it a surname (Mr. Tran (asylum seeker))
_TITLE_BEFORE = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s$")
# Twenty-ninth round: a form pasted on one line with its fields split by spaces (受診者情報 氏名
# 大塚花子 病名 関節リウマチ 宗教 エホバの証人): the sensitive words right after a category's
# Japanese key are its value.
_SPACED_KEY = re.compile(
    r"(?<![^\s　])(?:宗教|宗派|信仰|支持政党|民族|人種|出自|前科|犯罪歴|犯歴"
    r"|障害区分|障害種別|障害名)"
    r"[ \t　]+"
)


# the form names its person earlier on the line, and the value ends at a space or a stop
_SPACED_PERSON = re.compile(r"(?:氏名|名前|患者|利用者|受診者|入居者|社員|申請者|対象者)[ \t　:：]")
_SPACED_END = re.compile(r"[ \t　、。,\n]|$")
_ROSTER_END = re.compile(r"[ \t]*(?:[,、，;；/.。]|\n|$)")


def spaced_fields(text: str, hits: Sequence[TermHit]) -> list[tuple[int, int, str]]:
    """``(start, end, category)`` of the sensitive words opening the value of a space-split
    form field (``_SPACED_KEY``)."""
    if not hits:
        return []
    found: list[tuple[int, int, str]] = []
    for match in _SPACED_KEY.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _SPACED_PERSON.search(text, line_start, match.start()) is None:
            continue  # 宗教 エホバの証人の歴史: a search for a topic, no one's form
        run = _leading(text, match.end(), [h for h in hits if h.start >= match.end()])
        if run and _SPACED_END.match(text, _end_of(text, run)) is not None:
            found.append((run[0].start, _end_of(text, run), _span(run)[2]))
    return found


_ITEM_END = re.compile(r"\s*[,、，;；/]")


def _end_of(text: str, run: list[TermHit]) -> int:
    """Where a run of sensitive words ends, with the status written after its last word."""
    tail = _STATUS_TAIL.match(text, run[-1].end)
    return run[-1].end if tail is None else tail.end()


def _roster_name(text: str, start: int, name: str | None) -> bool:
    """A lone capitalised word opening a line of a roster or note before a colon or a dash
    (Bob - dyslexic, Dave: HIV+): a person unless it is an English word (Note:, Reason:)."""
    if name is None or " " in name or name.lower() in COMMON_ENGLISH_WORDS:
        return False
    return start == 0 or text[start - 1] == "\n" or text[max(0, start - 3) : start] == "re "


_MARKS = ("(", "（", "【", "[", "［", " -", " —", " –", ":", "：", "→", "⇒", " /", "―", " ", "　")


def _leading(text: str, start: int, inside: list[TermHit]) -> list[TermHit]:
    """The sensitive words that open a line after a person and a colon or dash, each joined
    to the one before by a comma, a space or a small word (bipolar, on lithium); the run ends
    at the first other word."""
    run: list[TermHit] = []
    cursor = start
    for hit in inside:
        if hit.start < cursor:
            continue
        if hit.kind == "weak":
            break  # a clinic, a hospital, medicine: no one's condition by itself
        gap = text[cursor : hit.start]
        if (run or gap.strip()) and _LEAD_JOINERS.fullmatch(gap) is None:
            break
        run.append(hit)
        cursor = hit.end
        tail = _STATUS_TAIL.match(text, cursor)
        if tail is not None:
            cursor = tail.end()
    return run


# Twenty-second round: any field of a JSON record about a person ({"employee": "…",
# "leave_reason": "major depressive disorder"}, {"victim": "…", "incident": "stalking"})
# whose value is the sensitive words and little else is that person's: masked whole.
_JSON_MEMBER = re.compile(
    r'\\?"(?P<key>[^"\\\n]{1,40})\\?"\s*:\s*\\?"(?P<value>(?:[^"\\\n]|\\(?!"))+)\\?"'
)
_PERSON_KEY = re.compile(
    r'\\?"(?:[A-Za-z]+[_\-])?(?i:name|full_?name|first_?name|last_?name|employee|patient'
    r"|applicant|candidate|victim|customer|client|member|student|user|tenant|resident|staff"
    r'|person|subject)\\?"\s*:|\\?"(?:氏名|名前|お名前|会員名|社員名|患者名|利用者名|対象者|本人)\\?"\s*:'
)
_VICTIM_KEY = re.compile(r'\\?"(?:[A-Za-z]+[_\-])?(?i:victims?)\\?"\s*:|\\?"被害者(?:名)?\\?"\s*:')
_LEFTOVER_LIMIT = 12
"""Characters of a value outside its sensitive words (a year, a grade, of, the) still
masked with them; more makes the value a sentence for the readers to decide."""


def record_values(text: str, hits: Sequence[TermHit]) -> list[tuple[int, int, str]]:
    """``(start, end, category)`` of JSON values about a person that are sensitive words
    and little else (see ``_JSON_MEMBER``)."""
    if not hits or '"' not in text:
        return []
    found: list[tuple[int, int, str]] = []
    for match in _JSON_MEMBER.finditer(text):
        start, end = match.span("value")
        inside = sorted(
            (h for h in hits if start <= h.start and h.end <= end), key=lambda h: h.start
        )
        if not inside or _ASKED.search(match.group("value")) is not None:
            continue
        leftover = len(match.group("value")) - sum(h.end - h.start for h in inside)
        if leftover > _LEFTOVER_LIMIT:
            continue
        opening = text.rfind("{", 0, match.start())
        closing = text.find("}", match.end())
        record = text[opening : closing if closing >= 0 else len(text)]
        if opening < 0 or _PERSON_KEY.search(record) is None:
            continue
        categories = {h.category for h in inside}
        # an offence in a victim's record is a crime suffered
        suffered = "crime_victim" in categories or _VICTIM_KEY.search(record) is not None
        category = "crime_victim" if suffered else _span(inside)[2]
        found.append((start, end, category))
    return found


def record_notes(text: str, hits: Sequence[TermHit]) -> list[tuple[int, int, str]]:
    """The sensitive words inside note fields' values (see the module docstring)."""
    if not hits:
        return []
    found: list[tuple[int, int, str]] = []
    for value_start, value_end in _values(text):
        inside = sorted(
            (h for h in hits if value_start <= h.start and h.end <= value_end),
            key=lambda h: h.start,
        )
        if not inside or all(h.kind == "status" for h in inside):
            continue
        group: list[TermHit] = []
        for hit in inside:
            if group and hit.start - group[-1].end > _JOIN_GAP:
                found.append(_span(group))
                group = []
            group.append(hit)
        found.append(_span(group))
    return found


def _span(group: list[TermHit]) -> tuple[int, int, str]:
    named = next((h for h in group if h.kind != "status"), group[0])
    category = _CRIME if named.category == "offence" else named.category
    return group[0].start, group[-1].end, category
