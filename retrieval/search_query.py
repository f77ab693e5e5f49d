"""What of a user's message is searched: the request, without greetings, sign-offs and
pseudonymisation placeholders.

Users write to a help desk the way they write a letter: 「お世話になっております。<PERSON_1>と
申します。… 教えてください。よろしくお願いいたします。」. Only the request says which FAQ
entry is meant; the rest pulls the query vector towards every other polite message and
gives BM25 nothing. :func:`search_query` keeps the message's sentences minus

* placeholders such as ``<PERSON_1>`` (what they stand for was removed on purpose, and
  their letters are no Japanese word BM25 or e5 could use);
* sentences that are only a greeting, a thanks, a sign-off or a self-introduction
  (「<PERSON_1>と申します」, 「初めて問い合わせます」);
* greeting words in front of a sentence (「すみません、」「こんにちは。」).

A long message (more than :data:`LONG_MESSAGE` characters after that) keeps only its
question sentences and the :data:`LEAD_IN` sentences before each (background such as
「ベランダに鳩が卵を産みました」 names the topic), when it has any.

Nothing is added, and a message that would come out empty is returned whole (stripped):
a message that is only 「こんにちは」 is still searched as written. A message with nothing to
remove comes back unchanged, so the vector the guard already made for it is reused.

:func:`courtesy_only` says when a message holds no request at all (only greetings, thanks,
sign-offs, acknowledgements such as 「はい」「了解です」 "ok", placeholders, or no letter):
there is nothing to look up, and the nearest FAQ entry of 「こんにちは」 is an answer to
some other question.

Failure behaviour: none; pure string handling.
"""

from __future__ import annotations

import re

__all__ = ["LONG_MESSAGE", "courtesy_only", "search_query"]

#: Characters above which only the question sentences (with their lead-in) are kept.
LONG_MESSAGE = 120
#: Sentences kept before each question sentence of a long message.
LEAD_IN = 2

# Placeholders of the pseudonymiser's default template <TYPE_n> (TYPE in capitals, maybe
# with a colon-separated sub-type), in ASCII or full-width brackets.
_PLACEHOLDER = re.compile(
    r"[<＜][A-Z][A-Z0-9_]*(?::[^<>＜＞\s]{1,40})?_[0-9０-９]+[>＞]"
    r"(?:さん|様|さま|くん|君|ちゃん|氏)?の?"
)

# A sentence ends at 。！？!? or a line break; the mark stays with its sentence.
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*|[。！？!?]+")

_POLITE_ONLY = re.compile(
    r"^(?:"
    r"(?:いつも|大変|たいへん)?お世話になって(?:おり|い)ます"
    r"|お世話様です|お疲れ様です|お疲れさまです"
    r"|こんにちは|こんにちわ|こんばんは|こんばんわ|おはようございます|はじめまして|初めまして"
    r"|(?:突然|夜分|お忙しいところ)[^。]{0,12}(?:失礼|申し訳|すみません|恐れ入り)[^。]*"
    r"|(?:初めて|はじめて)(?:の)?(?:問い合わせ|問合せ|質問|連絡|メール|利用)[^。]{0,10}"
    r"|[^。]{0,20}と申します"
    r"|(?:です|でございます|と言います|といいます)"
    r"|(?:よろしく|宜しく)(?:お願い|おねがい)(?:いた|致|し)?(?:します|申し上げます)?"
    r"|(?:どうぞ|何卒|なにとぞ)?(?:よろしく|宜しく)[^。]{0,12}"
    r"|(?:ご)?(?:回答|返信|返事|連絡)(?:を)?(?:お待ちして|お待ち)[^。]{0,12}"
    r"|(?:どうも)?ありがとう(?:ございます|ございました)?"
    r"|(?:以上|以上です|以上となります)"
    r"|(?:hello|hi|thanks|thank you)[^。]{0,10}"
    r")[、。！？!?…\s]*$",
    re.IGNORECASE,
)

_LEADING_GREETING = re.compile(
    r"^(?:すみません|すいません|恐れ入りますが|失礼します|失礼いたします|あの[ー～]*|えっと|"
    r"こんにちは|こんばんは|おはようございます|お世話になっております)[、,。！!\s]+"
)

# A reply to a question the user was asked, or a word to get attention: no request of its own.
_ACKNOWLEDGEMENT = re.compile(
    r"^(?:はい|いいえ|ええ|うん|ううん|いえ|そうです|違います|ちがいます"
    r"|(?:了解|承知|かしこまり|わかり|分かり)(?:です|しました|いたしました|ました)?"
    r"|すみません|すいません|失礼(?:します|いたします|しました)|お願いします"
    r"|ok|okay|yes|no|yep|nope|sure|got it|fine|great|cool|bye|goodbye|good (?:morning|evening)"
    r"|hey|hi there|hello there|thanks a lot|many thanks|cheers)"
    r"(?:です|ね|よ|ー|～|〜)*(?:\s+(?:thanks|thank you))?[、。！？!?.,…\s]*$",
    re.IGNORECASE,
)

# Clauses of one sentence (「はい、お願いします」).
_CLAUSE = re.compile(r"[、,，]")

# Anything a request could be written with: a letter, kana, a kanji or a digit.
_WORD_CHARACTER = re.compile(r"[^\W_]")

_QUESTION = re.compile(
    r"(?:[？?]|か[。．]?$|かね[。]?$|教えて|知りたい|たいのですが|たいです|ください|下さい|"
    r"どう(?:すれば|したら|やって)|どこ|いつ|いくら|何|なに|方法|ますか|ですか|でしょうか)"
)


def search_query(message: str) -> str:
    """The part of ``message`` worth searching (see the module docstring)."""
    text = _PLACEHOLDER.sub("", message)
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    kept = []
    for sentence in sentences:
        rest = _LEADING_GREETING.sub("", sentence).strip()
        if rest and not _POLITE_ONLY.match(sentence) and not _POLITE_ONLY.match(rest):
            kept.append(rest)
    if sum(len(s) for s in kept) > LONG_MESSAGE:
        questions = [i for i, s in enumerate(kept) if _QUESTION.search(s)]
        if questions:
            wanted = sorted({j for i in questions for j in range(i - LEAD_IN, i + 1) if j >= 0})
            kept = [kept[i] for i in wanted]
    cleaned = "".join(kept)
    if not cleaned:
        return message.strip()
    if cleaned == "".join(sentences) and text == message:
        return message.strip()
    return cleaned


def courtesy_only(message: str) -> bool:
    """Whether ``message`` holds no request: every sentence is only a greeting, a thanks, a
    sign-off, a self-introduction or an acknowledgement (「こんにちは」, 「ありがとうございました」,
    「<PERSON_1>と申します。よろしくお願いします」, 「はい」, "ok thanks!"), or the message has
    no letter or digit at all (「？」, an emoji)."""
    text = _PLACEHOLDER.sub("", message)
    if not _WORD_CHARACTER.search(text):
        return True
    for sentence in _SENTENCE.findall(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        rest = _LEADING_GREETING.sub("", sentence).strip()
        if not rest or not _WORD_CHARACTER.search(rest):
            continue
        # Clause by clause: "hi, refund?" is a greeting and a request, though the sentence as
        # a whole fits the polite-only pattern's short tail.
        if all(map(_courteous, _CLAUSE.split(rest))):
            continue
        return False
    return True


def _courteous(part: str) -> bool:
    part = part.strip()
    return not _WORD_CHARACTER.search(part) or bool(
        _POLITE_ONLY.match(part) or _ACKNOWLEDGEMENT.match(part)
    )
