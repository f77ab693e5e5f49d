"""E-mail addresses, also when written flush against Japanese text or spelled out to
fool address harvesters.

Presidio's own e-mail recognizer anchors on ``\\b``, which never fires between a Japanese
character and a Latin letter (both are word characters), and validates domains with
tldextract, which may fetch the public suffix list over the network. This recognizer needs
neither: the address is delimited by the characters an address cannot contain, and the
top-level domain must be 2-24 letters.

People also write the ``@`` and the dots as words so that machines do not read them:
``taro あっと example.jp``, ``taroアットマークexample.jp``, ``taro (at) example.jp``,
``taro[at]example[dot]jp``, ``taro{at}example.jp``, ``taro【at】example.jp``,
``taro（アット）example.jp``,
``taro あっとまーく example.jp``, ``taro at example dot co dot jp`` (any case; also
the local part's dots spelled: ``hanako dot suzuki at gmail dot com``),
``taro @ example . co . jp`` (spaces around the dots), ``taro ＠ example.jp``,
``taro@example。co。jp`` (the Japanese full stop for the dots), or a symbol standing in
for the ``@``, glued to both sides (``taro★example.jp``「★を@に変えてください」). Those
forms are addresses too (the full-width ``＠`` arrives as ``@`` after NFKC). The spelled-out
English ``at``/``dot`` form needs a dot word or a common top-level domain, so "meet at
noon" is never an address.

Seventeenth round: ``at`` as a word with the domain's real dots (``m_okada at
ezweb.ne.jp``): an address when the local part has a dot, underscore, hyphen or digit, or
after an e-mail word (メール, mail, 連絡先, アドレス); "look at example.com" is not. (More
context words were tried: with them an address's longer disguised reading tied the plain
one on score and won, taking the words after it.)

Fifteenth round: ``(a)`` for the ``@`` (``taro(a)example.jp``); underscores around the
words (``taro_at_example_dot_co_dot_jp``, common top-level domain required); てん or 点
for the dots when the address is read out, in the local part too (``haru てん kimura
アット biglobe てん ne てん jp``); ``＠マーク`` glued between the parts.

Twenty-second round: the local part's dots in brackets (``priya.nair(dot)work(at)gmail(dot)
com``); a company's role inbox on its own domain (``support@``, ``info@``, ``sales@``,
``press@`` …) is printed for anyone to write to and left alone; at a free or mobile mail
provider (``support@gmail.com``) it is someone's own address and stays one.
"""

from __future__ import annotations

from typing import ClassVar, Final

from guardrails.pii.entities import EMAIL_ADDRESS
from guardrails.pii.recognizers.keyword_pattern import KeywordPatternRecognizer

__all__ = ["EmailAddressRecognizer"]

# Twenty-fourth round: internationalised addresses (RFC 6531/IDN). The letters of
# alphabetic scripts written between spaces — Latin with its accents (élise, müller,
# dvořák, nguyễn), Greek, Cyrillic — and the combining marks NFKC leaves (e\u0301\u0301)
# are letters of a local part or a domain label: an ASCII-only class took only
# "lise@example.com" of "élise@example.com" (the é reached the model) and none of
# "josé@example.es". Kana and kanji are not: Japanese text is written flush against an
# address (メールはtaro@example.jpです).
_LETTERS = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
    "\u0386\u0388-\u03ff\u0400-\u0481\u048a-\u052f"
)
_MARKS = "\u0300-\u036f\u0483-\u0489"
_LOCAL = rf"[{_LETTERS}0-9](?:[{_LETTERS}{_MARKS}0-9._%+\-]{{0,63}})"
_LABEL = rf"[{_LETTERS}0-9](?:[{_LETTERS}{_MARKS}0-9\-]{{0,62}})"
# Not inside a word; after a dot or underscore only when no letter is glued before it
# (やまだ.taro@example.jp: the ASCII part at least; nothing was found at all).
_START = rf"(?<![{_LETTERS}{_MARKS}0-9%+\-])(?<![{_LETTERS}{_MARKS}0-9%+\-][._])(?<!\.\.)"
# Twenty-third round: nor an underscore (insta @mika.travels_92 is a handle, not a domain)
_END = rf"(?![{_LETTERS}{_MARKS}0-9\-_])"
# The @ as people disguise it; spaces may surround it.
# A word for "at" in any bracket: (at) [at] 【at】 <at> (アット) 【あっと】.
_AT_WORD = r"(?i:at|a|@|アット|あっと|アットマーク|あっとまーく)"
_AT = (
    rf"\s?(?:@|[(\[【<〔{{]\s?{_AT_WORD}\s?[)\]】>〕}}]|あっとまーく|あっと|アットマーク|@マーク"
    r"|アット)\s?"
)
# A symbol standing in for the @ (taro★example.jp): glued to both sides, and the domain has
# a letter and a lower-case top-level domain, so "account #1234567. Confirm" is no address.
_AT_SYMBOL = r"[★☆◆◇●○◎■□▲△▼▽♪#*※]"
_LETTER_LABEL = r"(?=[A-Za-z0-9\-]*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})"
# A dot with a space after it but none before ends a sentence (amy[at]gmail[dot]com. Write
# took "Write" as its top-level domain); spaced dots have a space on both sides.
_DOT = r"(?:\s\.\s?|\.|\s?(?:[(\[【<{](?i:dot|\.|ドット)[)\]】>}]|ドット|どっと|てん|テン|点)\s?)"
# The local part's dots read out too (haru てん kimura アット …).
# Twenty-second round: the local part's dots in brackets too (priya.nair(dot)work(at)…).
_SPOKEN_LOCAL = (
    r"(?:[A-Za-z0-9_%+\-.]+\s?(?:ドット|どっと|てん|テン|点|[(\[【<](?i:dot)[)\]】>])\s?)*"
)
_TLD = rf"[{_LETTERS}]{{2,24}}"
_COMMON_TLD = r"(?:com|net|org|jp|info|biz|io|co|ne|ac|go|or|edu|gov|me|dev|app|uk|de|fr)"
# Spelled out (x at y dot tld), any country's two letters count too (pat at example dot ie,
# dot ca, dot com dot au) except the English words among them, which end sentences such
# as "aim at the red dot in the middle"; a few newer generic domains besides.
_SPELLED_TLD = (
    rf"(?:{_COMMON_TLD}|(?!(?i:in|is|it|to|my|no|so|be|us|am|as|by|do|at|an|of|on|if|he|we"
    r"|up|id|hi|ok|la|pa)\b)[A-Za-z]{2}|(?i:ai|xyz|mail|email|online|site|tech|shop|mil|int))"
)

# Twenty-sixth round: a local part in kana or kanji (やまだたろう@docomo.ne.jp,
# タナカ.ユキ＠gmail.com, すずき.はなこ@example.jp, 山田@例え.jp). Japanese text is
# written flush against it, so the local part is one script's run right before the @ (a
# hiragana run after a kanji or katakana word starts after a particle glued to that word:
# 返信はやまだ@… is やまだ@…), then more runs of kana, kanji or letters after a dot,
# underscore or hyphen; the domain's labels may be kana or kanji too (IDN), its top-level
# domain Latin.
_HIRA = "\u3041-\u3096ー"
_KATA = "\u30a1-\u30faー"
_KANJI = "\u4e00-\u9fff々"
_PARTICLE_AFTER_WORD = rf"(?<=[{_KANJI}{_KATA}][はがをにへもで])"
_JA_FIRST_RUN = (
    rf"(?:(?:(?<![{_HIRA}])(?!(?<=[{_KANJI}{_KATA}])[はがをにへもで])|{_PARTICLE_AFTER_WORD})"
    rf"[{_HIRA}]{{1,16}}"
    rf"|(?<![{_KATA}])[{_KATA}]{{1,16}}|(?<![{_KANJI}])[{_KANJI}]{{1,8}})"
)
_JA_LOCAL = rf"{_JA_FIRST_RUN}(?:[._\-+][{_HIRA}{_KATA}{_KANJI}A-Za-z0-9]{{1,16}}){{0,3}}"
_JA_LABEL = rf"[{_HIRA}{_KATA}{_KANJI}A-Za-z0-9](?:[{_HIRA}{_KATA}{_KANJI}A-Za-z0-9\-]{{0,62}})"


class EmailAddressRecognizer(KeywordPatternRecognizer):
    """EMAIL_ADDRESS: local@domain.tld in ASCII, and its spelled-out disguises."""

    ENTITY: ClassVar[str] = EMAIL_ADDRESS
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        ("email", rf"{_START}{_LOCAL}@(?:{_LABEL}\.)+{_TLD}{_END}", 0.9),
        # A local part longer than RFC 5321's 64 characters (an address glued onto a long
        # run of letters, "zzz…zkaori.sato@example.co.jp") is taken whole: the bounded local
        # part above cannot start inside the run, so the address reached the model as typed.
        (
            "overlong_local",
            rf"{_START}[{_LETTERS}0-9][{_LETTERS}{_MARKS}0-9._%+\-]{{64,}}@(?:{_LABEL}\.)+{_TLD}{_END}",
            0.9,
        ),
        # (glued to the @: "インスタ @hinata.photo" is an app and a handle)
        ("kana_local", rf"{_JA_LOCAL}@(?:{_JA_LABEL}\.)+[A-Za-z]{{2,24}}{_END}", 0.85),
        # Nineteenth round: the @ percent-encoded in a URL (?email=taro%40example.com).
        ("percent_encoded", rf"{_START}{_LOCAL}%40(?:{_LABEL}\.)+{_TLD}{_END}", 0.85),
        (
            "disguised",
            rf"{_START}{_SPOKEN_LOCAL}{_LOCAL}{_AT}(?:{_LABEL}{_DOT})+{_TLD}{_END}",
            0.85,
        ),
        # taro_at_example_dot_co_dot_jp: the words between underscores.
        (
            "underscored",
            rf"{_START}[A-Za-z0-9][A-Za-z0-9.%+\-_]{{0,63}}?_(?i:at)_"
            rf"(?:[A-Za-z0-9\-]{{1,63}}_(?i:dot)_)+(?i:{_COMMON_TLD}){_END}",
            0.85,
        ),
        (
            "symbol_at",
            rf"{_START}{_LOCAL}{_AT_SYMBOL}(?:{_LETTER_LABEL}\.)+[a-z]{{2,24}}{_END}",
            0.85,
        ),
        # The Japanese full stop typed for the dots (taro@example。co。jp), as an IME writes
        # it; the last label must be a common top-level domain, so a sentence that ends
        # after an address (taro@example.jp。Thanks) is not read into it.
        (
            "ideographic_dots",
            rf"{_START}{_LOCAL}{_AT}(?:{_LABEL}[.。])+(?i:{_COMMON_TLD}){_END}",
            0.85,
        ),
        (
            "spelled_out",
            # the local part's dots spelled too: hanako dot suzuki at gmail dot com
            rf"{_START}(?:[A-Za-z0-9_%+\-]+ (?i:dot|underscore) )*{_LOCAL} (?i:at) "
            rf"(?:{_LABEL} (?i:dot) )+{_SPELLED_TLD}{_END}",
            0.85,
        ),
        # The word at between the parts, the domain's dots real (m_okada at ezweb.ne.jp):
        # an address when its local part is not a plain word (a dot, underscore, hyphen or
        # digit in it) ...
        (
            "at_word_marked",
            rf"{_START}(?=[A-Za-z0-9]*[._%+\-0-9])[A-Za-z0-9][A-Za-z0-9._%+\-]{{0,63}}"
            rf" (?i:at) (?:{_LABEL}\.)+(?i:{_COMMON_TLD}){_END}",
            0.85,
        ),
        # ... or after an e-mail word ("look at example.com" is no address).
        (
            "at_word",
            rf"{_START}{_LOCAL} (?i:at) (?:{_LABEL}\.)+(?i:{_COMMON_TLD}){_END}",
            0.4,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("メール", "mail", "連絡先", "アドレス")
    CONTEXT_SCORE: ClassVar[float] = 0.95

    def invalidate_result(self, pattern_text: str) -> bool:
        """A company's role inbox (support@, info@, sales@, お問い合わせ窓口 …) on the
        company's own domain is printed for anyone to write to, not anyone's personal data
        (twenty-second round): left alone. The same local part at a free or mobile mail
        provider (support@gmail.com) is someone's own address and stays one."""
        local, at, domain = pattern_text.partition("@")
        if at and local != local.rstrip() and local.strip().lower() in _SOCIAL_APPS:
            # "DM me on TikTok @kenji.dances": an app's name, a space and a handle, not a
            # spaced e-mail address (twenty-third round; the handle is a MESSAGING_ID)
            return True
        if not at or local.lower() not in _ROLE_INBOXES:
            return False
        labels = domain.lower().split(".")[:-1]
        return not any(label in _FREE_MAIL for label in labels)


# Social and messaging apps written before an @handle.
_SOCIAL_APPS: Final = frozenset(
    {"insta", "instagram", "ig", "tiktok", "twitter", "x", "threads", "discord", "line",
     "telegram", "snapchat", "snap", "bluesky", "mastodon", "facebook", "fb", "youtube"}
)  # fmt: skip
# Local parts that name a function of a company rather than a person.
_ROLE_INBOXES: Final = frozenset(
    {"support", "info", "information", "sales", "contact", "contactus", "help", "helpdesk",
     "press", "media", "pr", "noreply", "no-reply", "donotreply", "do-not-reply", "service",
     "customerservice", "customer-service", "customer", "customers", "cs", "inquiry",
     "inquiries", "enquiries", "enquiry", "otoiawase", "toiawase", "webmaster", "postmaster",
     "billing", "invoices", "accounts", "recruit", "recruiting", "careers", "jobs", "saiyo",
     "marketing", "office", "reception", "orders", "order", "shop", "store", "hello",
     "feedback", "privacy", "legal", "abuse", "security", "partners", "returns", "booking",
     "reservations", "reservation", "yoyaku", "ir", "hr", "kouhou", "koho", "soumu"}
)  # fmt: skip
# Labels of free, mobile and ISP mail domains: a role word there is a person's own choice.
_FREE_MAIL: Final = frozenset(
    {"gmail", "googlemail", "yahoo", "ymail", "outlook", "hotmail", "live", "msn", "icloud",
     "me", "mac", "aol", "proton", "protonmail", "pm", "gmx", "yandex", "qq", "163", "126",
     "naver", "hanmail", "daum", "docomo", "ezweb", "au", "softbank", "ybb", "nifty",
     "biglobe", "ocn", "so-net", "plala", "excite", "zoho", "fastmail", "tutanota", "web",
     "t-online", "orange", "free", "laposte", "libero", "wp", "o2", "btinternet", "sky",
     "virginmedia", "bigpond", "telia", "rediffmail", "mail", "email", "inbox"}
)  # fmt: skip
