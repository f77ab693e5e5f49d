"""Well-known public figures: a name everybody knows, asked about as general knowledge, is
not personal data of the user or a customer.

「夏目漱石の代表作は？」, "Who was Albert Einstein?" or 「大谷翔平の記録を教えて」 name a person,
but masking them only costs the model the question. :class:`PublicFigures` holds a list of
such names (``recognizers/person_words/public_figures.txt``, compiled from general public
knowledge) and decides, for a PERSON finding, whether it is a general mention of one of
them. It is *not* one when the text treats the name as someone the writer deals with:

* an honorific after it (徳川家康さん, 大谷翔平様): a namesake customer or colleague;
* a personal cue before it (私, 母の, 担当の, 氏名:, my, our) or a self-introduction
  after it (と申します);
* the same text carries a contact or identifier (a phone number, e-mail, address, card or
  account number ...): it is a record about a person, whoever they are named after.

The analyzer drops general mentions unless the caller asks for ``PUBLIC_FIGURE`` (the
policy switch ``pii.mask_public_figures``); then every listed name is reported as PERSON
(:meth:`PublicFigures.find`), since Sudachi knows many famous full names as one word that
the name rules alone would leave undecided. :func:`in_public_question` reads a full name
that is not listed the same way when the question is one only asked of a public life (its
works, legacy, birth, death or fame: 中村哲の代表作, "Why is Henry Ford famous?"). Pure
functions of their inputs; never raise.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from sudachipy import Dictionary, SplitMode

from guardrails.pii.latin_marks import fold_marks
from guardrails.pii.recognizers.word_list import load_word_list
from guardrails.pii.romaji import katakana_to_romaji, romaji_key

__all__ = [
    "HONORIFIC_OR_TITLE_AFTER",
    "RECORD_TYPES",
    "PublicFigures",
    "beside_public_mention",
    "in_fiction_question",
    "in_public_office",
    "in_public_question",
]

RECORD_TYPES: Final = frozenset(
    {
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "ADDRESS",
        "POSTAL_CODE",
        "MY_NUMBER",
        "CREDIT_CARD",
        "BANK_ACCOUNT",
        "PASSPORT",
        "DRIVER_LICENSE",
        "HEALTH_INSURANCE",
        "ID_NUMBER",
        "MESSAGING_ID",
    }
)
"""Findings that make a text a record about someone (then no name in it is a mere topic)."""

_NOISE: Final = re.compile(r"[\s・=.\-]")
# The honorifics that make a name someone the writer deals with (徳川家康さん: a namesake
# customer). The single source of them for this package's public-thing readers: 氏 and
# 先生 are added only where a firm or a story is told from a person (brand_names), since
# news writes 氏 and 先生 after public figures too (孫正義氏の経営哲学).
_JA_HONORIFICS: Final = r"さん|様|さま|サマ|くん|君|ちゃん|殿|どの"
_HONORIFIC_AFTER: Final = re.compile(rf"\s?(?:{_JA_HONORIFICS})")
HONORIFIC_OR_TITLE_AFTER: Final = re.compile(rf"\s?(?:{_JA_HONORIFICS}|氏|先生)")
_SELF_INTRODUCTION: Final = re.compile(r"\s?(?:と申します|といいます|と言います|と申す)")
_PERSONAL_BEFORE: Final = re.compile(
    r"(?:私|わたし|僕|俺|うち|母|父|妻|夫|息子|娘|兄|姉|弟|妹|祖母|祖父|家族|担当者?|同僚|部下|"
    r"上司|友人|友達|知人|顧客|お客様|患者|氏名|名前|申込者|契約者|宛名|登録名|名義人?|利用者|"
    r"会員|社員|従業員|生徒|学生|\b[Mm]y name is|\bI am|\bI'm|"
    r"\b[Mm]y|\b[Oo]ur|\b[Cc]ustomer|\b[Cc]lient|\b[Pp]atient)"
    r"(?:の|は|が|:|、|\s)*(?:名前は|氏名は)?\s*$"
)
_WINDOW: Final = 12
# What is asked only of someone whose life is public knowledge (twelfth round): their works,
# legacy, birth and death, era, fame. A full name in such a question is a general mention
# even when the list does not hold it (中村哲の代表作, Why is Henry Ford famous?). Not
# 経歴 (a candidate's career) nor "say about" (what a colleague said).
_TITLE_WORD: Final = r"(?:[A-Z][a-z]+|[A-Z])"
_TITLE_SMALL: Final = r"of|the|a|an|and|in|on|under|to|for|with|from|at|by|or"
_PUBLIC_AFTER: Final = re.compile(
    r"\s?(?:の(?:代表作|作品|功績|業績|生涯|名言|伝記|思想|発明|発見|理論|肖像)"
    r"|が(?:生まれた年|生まれた時代|亡くなった|活躍した時代|発明した|発見した|創業した)"
    r"|は(?:何時代|いつの時代|どんな人物|何をした人|なぜ有名)"
    r"|\s(?:is|was)\s(?:famous|best known|known for|remembered)"
    r"|'s\s(?:legacy|biography|life story|achievements|best-known|most famous|famous|major works)"
    r"|\s(?:was born|died in|died on|invented|discovered)"
    # twenty-third round: a body of public work named after its maker as fans and catalogues
    # write it (Tom Hanks movies, Frida Kahlo paintings, 宮崎駿の監督作, Meryl Streep's
    # filmography). Not a possessive before plain work words (Laura's paintings, 山田太郎の
    # 小説を添削して: a friend's), not books (a borrower's)
    r"|の(?:主演作|出演作|監督作|代表曲|名曲|フィルモグラフィ)"
    # thirty-first round: one genre or period between (ジョアン・ジルベルトのボサノヴァの代表曲,
    # 夏目漱石の初期の代表作)
    r"|の[\u30a0-\u30ff\u4e00-\u9fff]{1,8}の(?:代表作|代表曲|名曲|名言|主演作|監督作)"
    r"|\s(?:movies|films|novels|albums|songs|paintings|poems|plays|symphonies|operas)\b"
    r"|(?:'s|’s)\s(?:filmography|discography|(?:best|greatest|most famous)\s"
    r"(?:movies|films|novels|albums|songs|paintings|poems|plays))"
    # twenty-fourth round: a work's title after its maker's possessive, as a book or film is
    # named (Jules Verne's Twenty Thousand Leagues Under the Sea, Kazuo Ishiguro's The
    # Remains of the Day, Cormac McCarthy's The Road): The and a capitalised word, or three
    # or more words of a title (small words inside), not ending in an office document's
    # noun (Laura Smith's Quarterly Sales Report is a colleague's)
    rf"|(?:'s|’s)\s(?:The\s[A-Z][a-z]+|{_TITLE_WORD}(?:\s(?:{_TITLE_SMALL}))*"
    rf"(?:\s{_TITLE_WORD}(?:\s(?:{_TITLE_SMALL}))*){{1,8}}\s?{_TITLE_WORD})"
    r"(?<!Report)(?<!Deck)(?<!Memo)(?<!Proposal)(?<!Plan)(?<!Notes)(?<!Minutes)(?<!Draft)"
    r"(?<!Presentation)(?<!Budget)(?<!Update)(?<!Review)(?<!Summary)(?<!Slides)(?<!Forecast)"
    r"(?<!Office)(?<!Team)(?<!Department)(?<!Branch)(?<!Store)(?<!Account)(?<!Project)"
    r"(?<!File)(?<!Folder)(?<!Sheet)(?<!Invoice)(?<!Contract)(?<!Ticket)(?<!Request)"
    r"(?<!Form)(?<!Claim)(?<!Log)(?<!Record)(?<!Letter)(?<!Application)(?<!Schedule)"
    r"(?<!Statement)(?<!Agreement)(?<!Profile)(?<!Portfolio)(?<!Essay)(?<!Paper)(?<!Thesis)"
    r"(?<!Assignment)(?<!Homework)(?<!Resume)(?<!Email)(?<!Checklist)(?<!Proposal)"
    rf"(?![A-Za-z])(?!\s(?:(?:{_TITLE_SMALL})\s)*[A-Z])(?!\s(?:essay|report|notes|draft|paper|homework|assignment|summary|"
    r"presentation|slides|file|deck|doc|document|spreadsheet|form)s?\b))"
)
_PUBLIC_BEFORE: Final = re.compile(
    r"(?:\b(?:Who|Why)\s(?:is|was)\s|\b(?:biography|legacy|life|works) of\s"
    # twenty-third round: the work before its maker (films starring Denzel Washington,
    # paintings by Frida Kahlo, songs by Ed Sheeran)
    r"|\b(?:movies|films|novels|songs|albums|paintings|poems|plays|operas)\s(?:by|with|starring)\s"
    r"|\b(?:starring|directed by|painted by|composed by|sung by)\s)$"
)
# Twenty-third round: a name set beside a public figure in one question (Who wrote more,
# Conan Doyle or Agatha Christie?; Jules Verne と H. G. Wells): joined by a comma, "or",
# "and", "vs" or と / や / 、 alone.
_RELATION_BEFORE: Final = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+[\w-]+\s+$")
_PARTNER_GAP: Final = re.compile(r"\s*(?:,|、|or|and|vs\.?|versus|と|や)\s*")
_FULL_LATIN: Final = re.compile(
    r"^[A-Z][a-z]+(?:\s(?:[A-Z][a-z]+|[A-Z]\.|van|von|de|da))*\s[A-Z][a-z]+$"
)
_FULL_JAPANESE: Final = re.compile(r"^[\u3400-\u9fff\u30a0-\u30ff・=]{3,12}$")
# How far a listed full name may reach beyond a part of it that was found alone.
_FULL_NAME_REACH: Final = 30


def _key(name: str) -> str:
    # García Márquez and Garcia Marquez are one key (thirty-second round)
    return _NOISE.sub("", fold_marks(unicodedata.normalize("NFKC", name))).casefold()


class PublicFigures:
    """The list of well-known people and the context test (see the module docstring)."""

    __slots__ = ("_in_listed", "_keys", "_pattern", "_romaji")

    def __init__(self, names: Iterable[str] | None = None) -> None:
        source = load_word_list("public_figures") if names is None else tuple(names)
        self._keys = frozenset(_key(name) for name in source if _key(name))
        self._romaji = _romaji_keys(source)
        # each name also with its marks folded (Gödel, Godel), for a text the analyzer folded
        spelled = {unicodedata.normalize("NFKC", n) for n in source if n.strip()}
        written = sorted(spelled | {fold_marks(n) for n in spelled}, key=len, reverse=True)
        # Whether a string is part of a listed name (as written): only then can a listed
        # name enclose it. Asked once per distinct candidate (a pasted list repeats its
        # names thousands of times, and the whole list's pattern costs ~1 ms a window).
        self._in_listed = lru_cache(maxsize=4096)(
            lambda part: any(part in name for name in written)
        )
        # Latin names must stand as words; Japanese ones have no word boundaries to check.
        self._pattern = re.compile(
            "|".join(
                rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])" if n.isascii() else re.escape(n)
                for n in written
            )
        )

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of listed names in ``text`` (NFKC-normalised), longest name first."""
        return [match.span() for match in self._pattern.finditer(text)]

    def __contains__(self, name: str) -> bool:
        if _key(name) in self._keys:
            return True
        # A listed Japanese name written in romaji, in either order and any long-vowel
        # spelling (Yukio Mishima, MISHIMA Yukio, Shohei Ohtani for 大谷翔平).
        # Each word folded alone (Hikaru Utada: the u|u of two words is no long vowel).
        key = _voiceless("".join(romaji_key(word) for word in name.split()))
        return name.isascii() and " " in name.strip() and key in self._romaji

    def is_general_mention(
        self, text: str, start: int, end: int, other_types: Iterable[str] = ()
    ) -> bool:
        """True if ``text[start:end]`` names a listed person in a general-knowledge way.

        A part of a listed name written out in full (Lovelace in Ada Lovelace's) is read
        as that name."""
        if any(t in RECORD_TYPES for t in other_types):
            return False
        listed = text[start:end] in self
        if not listed and not self._in_listed(text[start:end]):
            return False  # no listed name holds it, so none encloses it
        if self._in_listed(text[start:end]):
            # A listed name written out around it (ちび|まる子|ちゃん: the title, whose
            # ちゃん is no honorific after まる子) is read as that name (twenty-seventh round).
            around = max(0, start - _FULL_NAME_REACH)
            enclosing = [
                (s + around, e + around)
                for s, e in self.find(text[around : end + _FULL_NAME_REACH])
                if s + around <= start and end <= e + around
            ]
            if enclosing:
                start, end = enclosing[0]
            elif not listed:
                return False
        honorific = _HONORIFIC_AFTER.match(text, end)
        if honorific is not None and not _public_life_after(text, start, end, honorific.end()):
            return False
        if _SELF_INTRODUCTION.match(text, end):
            return False
        return _PERSONAL_BEFORE.search(text[max(0, start - _WINDOW) : start]) is None


# Twenty-seventh round: what is asked only of a public life, after a listed full name and an
# honorific (豊田章男さんの社長時代の功績, 大谷翔平選手の通算成績, 羽生結弦さんの現役時代): polite
# speech about a famous person, not a namesake customer (山田さんの経歴 stays a colleague's:
# the name must be a listed full name, and the words only a public life has).
_PUBLIC_LIFE_AFTER: Final = re.compile(
    r"\s?の(?:(?:社長|会長|CEO|首相|総理|大統領|現役|選手|監督|在任|全盛)(?:時代|期間|中)"
    r"|経営(?:哲学|手法|理念|スタイル)|名言|語録|功績|業績|代表作|代表曲|ヒット曲|通算成績"
    r"|生涯成績|生い立ち|来日公演|引退|伝記|生涯)"
)


def _public_life_after(text: str, start: int, end: int, after: int) -> bool:
    """A listed full name (three or more characters, or two Latin words) whose honorific
    is followed by what only a public life has (see ``_PUBLIC_LIFE_AFTER``)."""
    name = text[start:end]
    full = len(name) >= 3 if not name.isascii() else " " in name.strip()
    return full and _PUBLIC_LIFE_AFTER.match(text, after) is not None


# Twenty-fifth round: a person named in a public office by its title, as news writes it
# (石破首相, 小池都知事, 植田日銀総裁, パウエルFRB議長, 加藤財務相, 岸田前首相; Governor Koike,
# Prime Minister Ishiba): the office holder in their public role, not a customer or a
# colleague. Only offices of a state, a region, a town, a central bank or a party: not
# 社長, 会長, 部長, 委員長, 代表, 区長, a bare 議長 (取締役会議長, a meeting's chair), nor
# Chairman, Director, President, Vice President, PM, Secretary, Speaker — a Japanese
# firm's 社長 is its President in English, a project manager a PM, so "President Tanaka
# announced the reorganisation" is a colleague. Executives and athletes by their title
# (社長, 選手, 監督) stay masked too: the lead's check found 「山田社長が来週の全社会議で
# 新方針を発表する」 kept by a news-word reading of them, and internal traffic is full of
# such sentences. A body may stand between the name and the title (日銀, FRB, 愛知県,
# 自民党); 元, 前, 現 and 新 may open it.
_JA_OFFICE: Final = (
    r"(?:首相|総理(?:大臣)?|副?大統領|国家主席|国王|女王|皇太子|都知事|道知事|府知事|県知事|知事"
    r"|市長|町長|村長|大臣|官房長官|国務長官|長官|副?総裁|幹事長|書記長|大使|総領事"
    r"|(?:FRB|ECB|衆院|参院|衆議院|参議院|国会|都議会|道議会|府議会|県議会|市議会|町議会|村議会)議長"
    r"|(?:衆院|参院|衆議院|参議院|国会|都議会|府議会|県議会|市議会)?議員"
    r"|(?:外|法|財務|防衛|経産|経済産業|厚労|厚生労働|文科|文部科学|国交|国土交通|農水|農林水産"
    r"|総務|環境|復興|デジタル|経済再生|少子化|万博|沖縄北方|国家公安委員長)相)"
)
_JA_BODY: Final = r"(?:[A-Z]{2,5}|[\u4e00-\u9fff]{1,6}?|[\u30a0-\u30ff]{2,8})?"
_JA_IN_OFFICE: Final = re.compile(rf"\s?{_JA_BODY}(?:元|前|現|新)?{_JA_OFFICE}(?![\u4e00-\u9fff])")
_JA_OFFICE_ENDING: Final = re.compile(rf"{_JA_BODY}(?:元|前|現|新)?{_JA_OFFICE}$")
# …or the title before the name, as news writes it (首相の石破氏, 米大統領のトランプ氏).
_JA_OFFICE_BEFORE: Final = re.compile(rf"{_JA_OFFICE}(?:の|である|・)\s?$")
_EN_OFFICE: Final = (
    r"(?:Prime Minister|Chancellor|Governor|Mayor|Senator"
    r"|Congressman|Congresswoman|Secretary of State|Premier|Minister|Ambassador"
    r"|King|Queen|Pope|Emperor|Empress|Crown Prince|Prince|Princess|Chief Cabinet Secretary)"
)
_EN_OFFICE_BEFORE: Final = re.compile(
    rf"(?<![A-Za-z])(?:(?:[Ff]ormer|[Ee]x-|[Ll]ate)\s?)?{_EN_OFFICE}\.?\s$"
)
_EN_OFFICE_OPENING: Final = re.compile(rf"^(?:(?:[Ff]ormer|[Ee]x-)\s?)?{_EN_OFFICE}\.?\s(?=[A-Z])")
# "Mayor Okada of our town hall", "our Governor Smith", "my Mayor": an office the writer
# deals with privately.
_EN_OFFICE_MINE: Final = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Yy]our)\s(?:[\w-]+\s){0,3}$")
_EN_OF_OURS: Final = re.compile(
    r"\s?,?\s(?:of|from|at)\s(?:[Mm]y|[Oo]ur|[Yy]our|the\s(?:local\s)?"
    r"(?:residents|tenants|neighbou?rhood|parents|PTA|club|company|firm))\b"
)
_JA_OFFICE_MINE: Final = re.compile(
    r"(?:うち|我が|わが|弊社|当社|町内会|自治会|管理組合|PTA|サークル|部活)の?\s*$"
)


def in_public_office(text: str, start: int, end: int, other_types: Iterable[str] = ()) -> bool:
    """True if ``text[start:end]`` names someone by a public office's title beside it
    (see ``_JA_OFFICE``): no honorific after it, no personal cue before it, no contact or
    identifier in the text, and no sign the office is the writer's own circle's."""
    if any(t in RECORD_TYPES for t in other_types):
        return False
    name = text[start:end]
    title_inside = (
        _JA_OFFICE_ENDING.search(name) is not None or _EN_OFFICE_OPENING.match(name) is not None
    )
    ja_after = _JA_IN_OFFICE.match(text, end)
    after = end if ja_after is None else ja_after.end()
    en_before = _EN_OFFICE_BEFORE.search(text, max(0, start - 40), start)
    ja_before = _JA_OFFICE_BEFORE.search(text, max(0, start - 16), start)
    if not (title_inside or ja_after or en_before or ja_before):
        return False
    if _HONORIFIC_AFTER.match(text, after) or _SELF_INTRODUCTION.match(text, after):
        return False
    head = start if en_before is None else en_before.start()
    head = head if ja_before is None else ja_before.start()
    before = text[max(0, head - _WINDOW) : head]
    if _PERSONAL_BEFORE.search(before) is not None or _JA_OFFICE_MINE.search(before):
        return False
    if _EN_OFFICE_MINE.search(text[max(0, head - 30) : head]) is not None:
        return False
    return _EN_OF_OURS.match(text, end) is None


def in_public_question(text: str, start: int, end: int, other_types: Iterable[str] = ()) -> bool:
    """True if ``text[start:end]`` is a full name asked about as public knowledge: its
    works, legacy, birth, death or fame (see ``_PUBLIC_AFTER``), with no honorific, no
    personal cue before it and no contact or identifier in the text (the same tests as a
    listed name's); or, since the twenty-fifth round, a name given with a public office's
    title (:func:`in_public_office`)."""
    if any(t in RECORD_TYPES for t in other_types):
        return False
    if in_public_office(text, start, end, other_types):
        return True
    if not _unclaimed_full_name(text, start, end):
        return False
    return (
        _PUBLIC_AFTER.match(text, end) is not None
        or _PUBLIC_BEFORE.search(text[max(0, start - 20) : start]) is not None
    )


# Thirty-first round: a character of a story asked about (ドラえもんに出てくるのび太くんの
# 誕生日は？, アニメの主人公の〇〇って何歳？, Which episode does Walter White first meet Gus
# Fring?, the character Hermione Granger): the name is a work's, not a customer's or a
# colleague's, honorific or not (a character is called のび太くん). Only in a question, with
# no personal cue before the name and no contact or identifier in the text.
_FICTION_BEFORE_JA: Final = re.compile(
    r"(?:に出てくる|に登場する|の登場人物|の主人公|の(?:主要|メイン)?キャラ(?:クター)?)[のでは、\s]?$"
)
_FICTION_QUESTION_EN: Final = re.compile(
    r"\b(?i:(?:which|what)\s+(?:episode|season|chapter|volume|scene|arc)\s+(?:does|did|do|is|was|are|were|has|had)\b"
    r"|the\s+(?:fictional\s+)?character(?:s)?(?:\s+of)?\s*$"
    r"|(?:protagonist|villain|antagonist|heroine|hero)\s*$)"
)
_QUESTION_JA: Final = re.compile(r"[?？]|教えて|誰|いつ|何歳|なに|何|どんな|とは")
_SENTENCE_STOP: Final = re.compile(r"[。！!？?\n]")


def in_fiction_question(text: str, start: int, end: int, other_types: Iterable[str] = ()) -> bool:
    """True if ``text[start:end]`` is a character of a story asked about (see above)."""
    if any(t in RECORD_TYPES for t in other_types):
        return False
    if _PERSONAL_BEFORE.search(text[max(0, start - _WINDOW) : start]) is not None:
        return False
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)]
    opening = stops[-1] if stops else 0
    stop = _SENTENCE_STOP.search(text, end)
    closing = len(text) if stop is None else stop.end()
    sentence = text[opening:closing]
    if "?" not in sentence and _QUESTION_JA.search(sentence) is None:
        return False
    if _FICTION_BEFORE_JA.search(text[max(opening, start - 12) : start]) is not None:
        return True
    if not text[start:end].isascii():
        return False
    if "?" in sentence and _FICTION_QUESTION_EN.search(text[opening:start]) is not None:
        return True
    return _FICTION_QUESTION_EN.search(text[max(opening, start - 30) : start]) is not None


def _unclaimed_full_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a full name with no honorific or self-introduction after it
    and no personal cue before it."""
    name = text[start:end]
    if _FULL_LATIN.match(name) is None and _FULL_JAPANESE.match(name) is None:
        return False
    if _HONORIFIC_AFTER.match(text, end) or _SELF_INTRODUCTION.match(text, end):
        return False
    return _PERSONAL_BEFORE.search(text[max(0, start - _WINDOW) : start]) is None


def beside_public_mention(
    text: str, start: int, end: int, mentions: Iterable[tuple[int, int]]
) -> bool:
    """True if ``text[start:end]`` is a full name joined to a general mention of a public
    figure (one of ``mentions``) by nothing but a comma, "or", "and", "vs" or と / や / 、,
    with no honorific and no personal cue: a namesake listed beside a famous person in a
    question is asked about the same way (Conan Doyle or Agatha Christie)."""
    if not _unclaimed_full_name(text, start, end):
        return False
    if "?" not in text and "？" not in text:
        return False  # a question about them, not a list of people the writer deals with
    if _RELATION_BEFORE.search(text[max(0, start - 30) : start]) is not None:
        return False
    for other_start, other_end in mentions:
        if other_start >= end and _PARTNER_GAP.fullmatch(text, end, other_start):
            return True
        if other_end <= start and _PARTNER_GAP.fullmatch(text, other_end, start):
            return True
    return False


def _romaji_keys(names: Iterable[str]) -> frozenset[str]:
    """Romaji keys of the Japanese names (both orders), from Sudachi's readings."""
    tokenizer = Dictionary().create(SplitMode.C)
    keys: set[str] = set()
    for name in names:
        if name.isascii() or not name.strip():
            continue
        morphemes = [
            m
            for m in tokenizer.tokenize(unicodedata.normalize("NFKC", name))
            if m.part_of_speech()[0] != "補助記号"
        ]
        if len(morphemes) == 1:
            # A famous full name Sudachi knows as one word (宮沢賢治): its short-unit parts
            # are the surname and the given name.
            morphemes = list(morphemes[0].split(SplitMode.A))
        # Each part folded alone: a long vowel at the end of one (シンゾウ) is not a vowel
        # pair with the start of the next (…ou|abe).
        parts = [romaji_key(katakana_to_romaji(m.reading_form())) for m in morphemes]
        if len(parts) == 2 and all(parts):
            keys.add(_voiceless(parts[0] + parts[1]))
            keys.add(_voiceless(parts[1] + parts[0]))
    return frozenset(keys)


_VOICED: Final = (("sh", "s"), ("ch", "t"), ("ts", "t"), ("j", "s"), ("z", "s"), ("d", "t"),
                  ("g", "k"), ("b", "h"), ("p", "h"), ("f", "h"))  # fmt: skip


def _voiceless(key: str) -> str:
    """``key`` with voiced and unvoiced consonants folded together: a name's reading may
    differ from how it is romanised in the voicing of a joined word (宮沢: Miyazawa or
    Miyasawa; 中島: Nakajima or Nakashima), so both spellings must meet."""
    for voiced, plain in _VOICED:
        key = key.replace(voiced, plain)
    return key
