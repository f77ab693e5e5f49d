"""Messaging and social-media account IDs: the handle after LINE, Discord, Instagram, X,
Slack and the like (``LINE ID: hina_0312``, ``LINEのIDはhina.12``, ``Discordは
sakimirin39``, ``インスタ @koharu_25``, ``line: reina.45``).

A handle reaches a person as surely as a phone number, and people paste it in the same
places (forms, signatures, chat). What marks it is the service named right before it — with
or without 「ID」/「アカウント」/``username`` — and a separator (``:``, ``は``, ``=``, ``→``, a
bracket, a space), or 「IDは…」 in a text that names a service a little earlier (LINE交換しよ！
IDはmizuna.07). A handle is 3–30 Latin letters, digits, ``.``, ``_`` or ``-``; to keep words
out (``Slack: general``, ``Twitter is great``), it must hold a digit, ``.``, ``_`` or ``-`` or
follow an ``@``, unless an ID word (ID, アカウント, username, handle) says it is one. Score
0.8. Pure regular expressions; never raises.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import MESSAGING_ID
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer

__all__ = ["MessagingIdRecognizer", "handle_like", "messaging_key"]

SCORE: Final = 0.8

_SERVICE: Final = (
    r"(?:LINE|[Ll]ine|ライン|らいん|Discord|discord|ディスコード|ディスコ|Instagram|instagram|"
    r"[Ii]nsta|インスタグラム|インスタ|Twitter|twitter|ツイッター|X（旧Twitter）|X\(旧Twitter\)|"
    r"Slack|slack|スラック|Skype|skype|スカイプ|WeChat|wechat|Telegram|telegram|テレグラム|"
    r"KakaoTalk|カカオトーク|カカオ|TikTok|tiktok|ティックトック|Threads|Bluesky|Mastodon)"
)
_ID_WORD: Final = (
    r"(?:ID|ＩＤ|id|Id|アカウント|アカ|ユーザー名|ユーザ名|username|handle|user ?name)"
)
_SEPARATOR: Final = (
    r"[ \t\u3000]*(?P<sep>[:：=＝→]|は|って|（|\(|[ \t\u3000]is[ \t\u3000]|[ \t\u3000])[ \t\u3000]*"
    r"(?:ID[:：][ \t\u3000]*)?"
)
# A handle ends in a letter or digit (a full stop after it ends the sentence).
# Twenty-third round: a Discord tag's discriminator belongs to it (ghostfox#4471).
_HANDLE: Final = (
    r"@?[A-Za-z0-9][A-Za-z0-9._\-]{1,28}[A-Za-z0-9](?:#[0-9]{4})?"
    r"(?![A-Za-z0-9_\-@#]|\.[A-Za-z0-9])"
)
_AFTER_SERVICE: Final = re.compile(
    rf"(?<![A-Za-z]){_SERVICE}(?:の)?[ \t\u3000]*(?P<id>{_ID_WORD})?{_SEPARATOR}"
    rf"(?P<handle>{_HANDLE})"
)
# IDは… with a service named shortly before it (LINE交換しよ！IDはmizuna.07).
_ID_ALONE: Final = re.compile(
    rf"(?<![A-Za-z]){_ID_WORD}[ \t\u3000]*(?:[:：=]|は)[ \t\u3000]*(?P<handle>{_HANDLE})"
)
_SERVICE_BEFORE: Final = re.compile(_SERVICE)
# A record's key naming the service ({"line": "natsumi.53"}, "discord_id", "instagram").
_KEY: Final = (
    r"(?i:line|line_?id|discord|discord_?id|instagram|insta|twitter|x_handle|slack|slack_?id|"
    r"skype|skype_?id|wechat|telegram|kakao|kakao_?id|tiktok|sns_?id|sns|handle|account_?id)"
)
_JSON_KEYED: Final = re.compile(rf'\\?"(?P<key>{_KEY})\\?"\s*:\s*\\?"(?P<handle>{_HANDLE})\\?"')
_REACH: Final = 40
# Twenty-third round: an @handle with the app named anywhere near it, before or after, with
# no "account" word (DM me on insta @mika.travels_92, @darkpixel_77 on X is harassing …,
# ツイッターで@haru_natsu0909って人): the handle must hold a digit, "." or "_" (not @here,
# @staticmethod) and no support or official word be near (@NHK_PR, @AppleSupport).
_AT_HANDLE: Final = re.compile(
    r"(?<![A-Za-z0-9._%+\-])@(?P<handle>[A-Za-z0-9][A-Za-z0-9._]{1,28}[A-Za-z0-9])"
    r"(?![A-Za-z0-9_@]|\.[A-Za-z0-9])"
)
_APP_NEAR: Final = re.compile(
    rf"(?<![A-Za-z]){_SERVICE}|(?<![A-Za-z])(?:on|in|at) X(?![A-Za-z])"
    r"|(?i:\bDMs?\b|フォロー|垢|SNS)"
)
# A person's login user ID in a log or an alert (user anna.schmidt, username: jdoe42,
# Failed password for m.rossi, ユーザーID: ishii.y) and a handle in brackets right after a
# Japanese name (林（hayashi.d）がログイン). Without a colon the handle must hold a digit,
# ".", "_" or "-"; system and service accounts name no person.
# Twenty-seventh round: the same login as a record's key (JSON "user_id": "tanaka.hiroshi",
# {"login": "m.yamada"}, a log's user_name="ito.kenji", YAML userId: …), quoted or not, and
# a Japanese label with the handle in quotes (ユーザー名「nakamura_yui」); not a key ending
# another word's (last_login, user_agent), nor null, true or a timestamp (_NOT_HANDLE).
# Twenty-eighth round: the Japanese label and the handle after a bare space too.
_LOGIN: Final = re.compile(
    r"(?:(?<![A-Za-z_])(?i:user(?:[_\-]?(?:name|id))?|login(?:[_\-]?(?:id|name))?|password for"
    r"|logon(?:[_\-]?name)?|sam_?account_?name|account[_\-]?name)"
    r"(?P<colon>\\?[\"']?[ \t]*[:=：][ \t]*\\?[\"']?|[ \t]+)"
    r"|(?:ユーザー|ユーザ|ログイン|アカウント)(?:ID|ＩＤ|名)[ \t\u3000]*"
    r"(?:[:：=は][ \t\u3000]*[「『\"]?|[「『\"]|(?P<bare>[ \t\u3000]))[ \t\u3000]*"
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff])(?:さん|様)?[（(])"
    rf"(?P<handle>{_HANDLE})"
)
# A handle given as someone's account (names wave 3): "my ex's account is tbecker77", "her
# username is lena.m99", 「元彼のアカウントはjlopez_91」. A person's possessive must come just
# before (…'s, her, his, their, my; 〜の) and no company or support word near it; the handle
# must hold a digit, ".", "_" or "-" (@AcmeCares, a support account, has none).
_OWNED_ACCOUNT: Final = re.compile(
    r"(?:(?:(?<![A-Za-z])(?:[A-Za-z]+['’]s|[Hh]er|[Hh]is|[Tt]heir|[Mm]y)[ ]+"
    r"(?:(?:old|new|real|main|other|second|alt)[ ]+)?(?i:account|handle|user ?name|user ID|ID)"
    r"[ ]+(?:is|was)[ ]+(?:now[ ]+)?)"
    r"|(?:の(?:裏)?(?:アカウント|アカ|ユーザー名|ユーザ名|ハンドル(?:ネーム)?)[ \t\u3000]*"
    r"(?:は|って|[:：])[ \t\u3000]*))"
    rf"(?P<handle>{_HANDLE})"
)
# Words one of which _OWNED_ACCOUNT needs: most texts skip its scan.
_OWNED_CUES: Final = ("ccount", "andle", "ame", "ID", "アカ", "ユーザ", "ハンドル")
_COMPANY_NEAR: Final = re.compile(
    r"(?i:support|help|official|company|brand|store|shop|公式|サポート|企業|会社|店)"
)
_SYSTEM_ACCOUNT: Final = re.compile(
    r"(?i:root|admin(?:istrator)?|www-data|postgres|mysql|nginx|apache|nobody|daemon|ubuntu"
    r"|ec2-user|git|jenkins|guest|test|svc[-_][\w.-]+|[\w.-]+[-_]svc|system|service)"
)
_NOT_HANDLE: Final = re.compile(
    r"(?i:[v]?\d[\d.]*|e\.g|i\.e|.*\.(?:com|jp|net|org|json|ya?ml|txt|csv|log|py|md|conf)"
    # Twenty-seventh round: a record's empty or boolean value, a time stamp.
    r"|null|none|nil|true|false|undefined|unknown|anonymous|n/a|\d{4}-\d\d-\d\d.*)"
)


class MessagingIdRecognizer(SingleEntityRecognizer):
    """MESSAGING_ID: a handle right after a messaging or social-media service's name."""

    ENTITY: ClassVar[str] = MESSAGING_ID

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if MESSAGING_ID not in entities:
            return []
        found: dict[tuple[int, int], RecognizerResult] = {}
        for match in _AFTER_SERVICE.finditer(text):
            handle = match.group("handle")
            # After a bare space (Slack general, Teams installed) only a handle with a digit,
            # an underscore or an @ counts.
            bare = match.group("id") is None and not match.group("sep").strip()
            if bare and not any(c.isdigit() or c in "_@" for c in handle):
                continue
            if _handle_like(handle, match.group("id") is not None):
                found[match.span("handle")] = RecognizerResult(
                    MESSAGING_ID, *match.span("handle"), SCORE
                )
        for match in _ID_ALONE.finditer(text):
            if match.span("handle") in found:
                continue
            if _SERVICE_BEFORE.search(text, max(0, match.start() - _REACH), match.start()) is None:
                continue
            if _handle_like(match.group("handle"), True):
                found[match.span("handle")] = RecognizerResult(
                    MESSAGING_ID, *match.span("handle"), SCORE
                )
        for match in _JSON_KEYED.finditer(text):
            key = match.group("key").lower()
            named = key.endswith("id") or key in {"handle", "sns"}
            if match.span("handle") not in found and _handle_like(match.group("handle"), named):
                found[match.span("handle")] = RecognizerResult(
                    MESSAGING_ID, *match.span("handle"), SCORE
                )
        for match in _LOGIN.finditer(text):
            handle = match.group("handle").lstrip("@")
            if match.span("handle") in found or _SYSTEM_ACCOUNT.fullmatch(handle):
                continue
            if _NOT_HANDLE.fullmatch(handle):
                continue
            # A capitalised word is a name the name recognizers read (user=Okabe); in
            # brackets a handle starts with a letter (付自転車（125cc以下） is a size).
            if handle.isalpha() and handle[0].isupper():
                continue
            if match.group(0)[-len(handle) - 1] in "（(" and not handle[0].isalpha():
                continue
            label = match.group(0)[:4].lower()
            colon = bool((match.group("colon") or "").strip())
            # Twenty-eighth round: after a Japanese label and a bare space (ユーザー名
            # hiro_k0705 の…) the handle must look like one, as after English user.
            bare = match.group("bare") is not None
            labelled = (colon and label == "user") or (label[0] in "ユログア" and not bare)
            if _handle_like(handle, labelled):
                found[match.span("handle")] = RecognizerResult(
                    MESSAGING_ID, *match.span("handle"), SCORE
                )
        for match in _AT_HANDLE.finditer(text) if "@" in text else ():
            handle = match.group("handle")
            if any(s <= match.start() and match.end() <= e for s, e in found):
                continue
            if not any(c.isdigit() or c in "._" for c in handle):
                continue
            window = (max(0, match.start() - _REACH), match.end() + _REACH)
            if _APP_NEAR.search(text, *window) is None:
                continue
            if _COMPANY_NEAR.search(text, *window) is not None:
                continue
            found[match.span()] = RecognizerResult(MESSAGING_ID, *match.span(), SCORE)
        owned = any(cue in text for cue in _OWNED_CUES)
        for match in _OWNED_ACCOUNT.finditer(text) if owned else ():
            handle = match.group("handle")
            if match.span("handle") in found or handle.startswith("@"):
                continue
            if not any(c.isdigit() or c in "._-" for c in handle) or _NOT_HANDLE.fullmatch(handle):
                continue
            if _COMPANY_NEAR.search(text, max(0, match.start() - 30), match.end()) is not None:
                continue
            if _handle_like(handle, True):
                found[match.span("handle")] = RecognizerResult(
                    MESSAGING_ID, *match.span("handle"), SCORE
                )
        return list(found.values())


def messaging_key(key: str) -> bool:
    """Whether a JSON key names a messaging account (``line``, ``discord_id``)."""
    return re.fullmatch(_KEY, key.strip()) is not None


def handle_like(value: str, named_as_id: bool) -> bool:
    """Whether ``value`` alone has a handle's shape (see the module docstring)."""
    return re.fullmatch(_HANDLE, value) is not None and _handle_like(value, named_as_id)


def _handle_like(handle: str, named_as_id: bool) -> bool:
    if not any(c.isalpha() for c in handle):
        return False  # a number after LINE is a phone number or a count, not a handle
    return named_as_id or handle.startswith("@") or any(c in "._-#" or c.isdigit() for c in handle)
