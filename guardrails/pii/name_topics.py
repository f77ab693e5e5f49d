"""A surname talked about as a word: no one's name is in the text.

* **English**: the word right after ``the surname`` / ``the family name`` / ``surnames
  like``, or in quotes, in a sentence that asks about the name in general (how common, how
  rare, what it means, where it comes from, how it is read or spelt, whether it is also a
  place): "How common is the surname Sato?", "Is 'Nagano' both a surname and a
  prefecture?". A sentence that gives someone's own name ("my surname is Sato", "booked
  under the surname Sato") is left to the name readers.
* **Japanese**: a surname with さん / 姓 and って / は before a word of frequency
  (佐藤さんって多いですか, 日本で高橋さんは何人いる, 鈴木姓って珍しい？): the question is about how
  many people bear the name, not about one of them; surnames compared or asked about as
  words in one short sentence (佐藤と鈴木、どっちが多い名字？, 渡辺と渡邊、どちらの表記が多い？),
  or compared by how many bear them in a country or region (佐藤と鈴木、日本に多いのは
  どっち？; twenty-sixth round).

Pure functions of the text, one bounded window around the span; never raise.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["talks_about_the_name"]

_REACH: Final = 120
_EN_LEAD: Final = re.compile(
    r"(?:\b(?:the|a|that|this)\s+(?:sur|family\s+|last\s+)name|\bsurnames?\s+(?:like|such\s+as)"
    r"|\bnames?\s+(?:like|such\s+as))\s+[\"'‘“]?$",
    re.IGNORECASE,
)
_EN_QUOTED_BEFORE: Final = re.compile(r"[\"'‘“]$")
_EN_QUOTED_AFTER: Final = re.compile(r"[\"'’”]")
_EN_NAME_WORD: Final = re.compile(r"\b(?:surnames?|family\s+names?|last\s+names?)\b", re.I)
_EN_GENERAL: Final = re.compile(
    r"\b(?:how\s+(?:common|rare|popular|many|is\s+\w+\s+(?:pronounced|spelt|spelled|written|read))"
    r"|common|rare|popular|frequent|meaning|mean|means|origin|originate|come\s+from|derived"
    r"|pronounce\w*|spell\w*|written|kanji|romani[sz]\w*|both|also|prefecture|place\s+name"
    r"|city|town|ranking|most|top)\b",
    re.IGNORECASE,
)
_EN_OWN: Final = re.compile(
    r"\b(?:my|our|his|her|your|their)\s+(?:sur|family\s+|last\s+)?name\b"
    r"|\b(?:under|named|called|booked|reservation)\b",
    re.IGNORECASE,
)
_JA_FREQUENCY: Final = re.compile(
    r"(?:さん|姓|という名字|という苗字)(?:って|は|の人(?:って|は)?)"
    r"(?:日本で|全国で|日本に|全国に|世界で|関西で|関東で|この辺で|地元で)?"
    r"(?:多い|多く|少ない|少な|何人|何位|どのくらい(?:いる|多い)|どれくらい(?:いる|多い)"
    r"|一般的|ありふれ|よくある|珍しい(?:名字|苗字|ですか|の\?|の？|？|\?))"
)
# A reader took 姓 into the name (佐藤姓が多い地域, 鈴木姓も珍しい): the surname as a kind of
# name is the topic whatever particle follows, when the sentence goes on to how many bear it
# or where it comes from (twenty-first round). 姓 never follows a person's own name.
_JA_SURNAME_TOPIC: Final = re.compile(
    r"(?:って|は|が|も|の人(?:って|は|が)?|の)?[^。？！?!\n]{0,16}?"
    r"(?:多い|多く|少ない|少な|何人|何位|どのくらい|どれくらい|一般的|ありふれ|よくある|珍しい"
    r"|由来|ルーツ|起源|読み方|分布|ランキング)"
)
# Surnames compared or asked about as words in one short sentence (佐藤と鈴木、どっちが日本で
# 多い名字？, 渡辺と渡部の読み方の違い): the name sits in a list of bare words (と, や, 、) and the
# sentence names the surname as a word and asks something general about it. A sentence
# about one's own or someone's name (私の名字は, さん) is left to the name readers.
_JA_BARE_AFTER: Final = re.compile(r"(?:と|や|、|,|って|という|は|の)")
_JA_NAME_WORD: Final = re.compile(r"名字|苗字|姓|氏|名前|表記|漢字|字体|異体字|旧字")
# Twenty-sixth round: bare surnames compared by how many bear them in a country or a
# region (佐藤と鈴木、日本に多いのはどっち？, 高橋と田中は全国でどちらが多い？): the count of a
# whole country's people is asked of a name, never of two colleagues.
_JA_REGION_FREQUENCY: Final = re.compile(
    r"(?:日本|全国|世界|国内|県内|都内|関東|関西|九州|東北|北海道|沖縄|地方|地域)(?:で|に|では|には|だと)?"
    r"(?:どちらが|どっちが|一番|最も|いちばん|より)?(?:多い|少ない|珍しい|ありふれ)"
)
_JA_GENERAL: Final = re.compile(
    r"多い|少ない|珍しい|由来|読み方|ルーツ|意味|ランキング|何人|どっち|どちら|違い|ありふれ|一般的"
)
_JA_PERSON_NEAR: Final = re.compile(
    r"さん|様|さま|くん|君|ちゃん|先生|氏[がはにをの]|(?:私|僕|俺|うち|わたし|自分|彼|彼女|夫|妻|主人)の"
    # (not the most common name asked about: 日本で一番多い名字は)
    r"|(?<!多い)(?<!少ない)(?<!珍しい)(?:名字|苗字|姓|名前)(?:は|が|を|で)"
)
_SENTENCE_END: Final = re.compile(r"[。？！?!\n]")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _REACH)
    head = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    tail_match = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    tail = tail_match.end() if tail_match is not None else min(len(text), end + _REACH)
    return head, tail


def talks_about_the_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is talked about as a word, not as someone."""
    if _JA_FREQUENCY.match(text, end):
        return True
    if text.endswith("姓", start, end) and _JA_SURNAME_TOPIC.match(text, end):
        return True
    if text.startswith("姓", end) and _JA_SURNAME_TOPIC.match(text, end + 1):
        return True
    head, tail = _sentence(text, start, end)
    if _JA_BARE_AFTER.match(text, end) and tail - head <= 60:
        sentence = text[head:tail]
        if (
            (_JA_NAME_WORD.search(sentence) and _JA_GENERAL.search(sentence))
            or _JA_REGION_FREQUENCY.search(sentence)
        ) and not _JA_PERSON_NEAR.search(sentence):
            return True
    before = text[max(head, start - 40) : start]
    led = _EN_LEAD.search(before) is not None
    quoted = (
        _EN_QUOTED_BEFORE.search(before) is not None
        and _EN_QUOTED_AFTER.match(text, end) is not None
        and _EN_NAME_WORD.search(text, head, tail) is not None
    )
    if not (led or quoted):
        return False
    sentence = text[head:tail]
    return _EN_GENERAL.search(sentence) is not None and _EN_OWN.search(sentence) is None
