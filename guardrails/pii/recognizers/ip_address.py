"""IP addresses (twenty-first round): a person's home or device address, IPv4 or IPv6.

An address on the public internet points at one subscriber's line, so a user's home IP, a
login log's source address or a JSON member ``"client_ip": "126.214.33.8"`` is personal data
(APPI treats it as such once it can be tied to a person, and the gateway cannot tell when it
can). Taken: a dotted quad of octets 0-255 and any IPv6 address Python's ``ipaddress`` reads
(``2400:4051:8a1c:5e00::12``), standing alone (no letter, digit, dot or colon joined to it).

Left alone, as they name no subscriber: private, loopback, link-local, shared (CGNAT),
multicast and reserved ranges (``192.168.1.10``, ``10.0.3.0``, ``fe80::1``), netmasks
(``255.255.255.0``), an address with a prefix length (``10.0.0.0/24``, a network), the
public resolvers everyone names (``8.8.8.8``, ``1.1.1.1``), a number after a version or
build word (``Windows 10.0.19045.3693``, ``v1.2.3.4``), quads of single digits with no IP
word near (a section number) and the documentation ranges (``192.0.2.0/24``,
``198.51.100.0/24``, ``203.0.113.0/24``) unless an IP word or key stands before them
(``"ip": "203.0.113.77"``: a real record with its address edited is still a record).
Never raises on any ``str`` input.
"""

from __future__ import annotations

import ipaddress
import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import IP_ADDRESS
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer

__all__ = ["IpAddressRecognizer"]

_SCORE: Final = 0.75
_CONTEXT_SCORE: Final = 0.9
# ASCII boundaries: Japanese written right against the address (IPは126.…です) ends it.
_V4: Final = re.compile(r"(?<![A-Za-z0-9_./])(?:\d{1,3}\.){3}\d{1,3}(?![A-Za-z0-9_/]|\.\d|:\d)")
# The tail of an IPv6 address written with a dotted quad (::ffff:1.2.3.4) is no address of
# its own; a label's colon before a quad (接続元:126.…, ip:…) is.
_V6_BEFORE: Final = re.compile(r":[0-9A-Fa-f]{0,4}:$")
# Twenty-fourth round: a sentence's full stop may follow (… and 2001:268:c0a4:1b2e::7.);
# a dot before more letters or digits still ends no address (::ffff:1.2.3.4, a.b.c).
_V6: Final = re.compile(
    r"(?<![A-Za-z0-9_.:/])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}"
    r"(?![A-Za-z0-9_:/]|\.[A-Za-z0-9_])"
)
# An IP word or a record key naming an address right before the value.
_IP_WORD: Final = re.compile(
    r"(?:(?<![A-Za-z])(?i:ip|ipv4|ipv6|ip address|address|addr|host)(?![A-Za-z])"
    r"|IPアドレス|アドレス|接続元|アクセス元|送信元|発信元)[^\n]{0,24}$"
)
# Thirty-first round (issue 16): the word as a record's key too ("version": "2.10.3.1",
# app_version=4.4.7.0, firmwareVersion: 1.2.0.8).
_VERSION_WORD: Final = re.compile(
    r"(?:(?<![A-Za-z])(?i:v|ver\.?|version|build|release|firmware|windows|macos|ios|android)"
    r"|(?i:version|ver)|バージョン|ビルド|ファーム(?:ウェア)?)"
    r"(?:\s*[\"']?\s*[:=：]\s*[\"']?)?\s*$"
)
# A private or documentation address is still a person's when the text ties it to one: a
# login or access from it, a person's device, a named user, a mail header's IP: line.
_PERSON_CUE: Final = re.compile(
    r"ログイン|サインイン|アクセス(?:し|が|さ)|さん|様の|氏の|くんの|社員|従業員|職員|端末から"
    r"|(?i:\b(?:log(?:ged)? ?in|logon|signed in|sign-in|accessed|authenticated|user(?:name)?"
    r"|password for|my (?:colleague|boss|manager)|colleague|intern|contractor|employee)\b)"
)
# Service and system accounts name no person: a login of root from 10.0.0.5 is no one's.
_SYSTEM_ACCOUNT: Final = re.compile(
    r"(?i:\b(?:for|user(?:name)?:?)\s+(?:root|admin(?:istrator)?|www-data|postgres|mysql|nginx"
    r"|apache|nobody|daemon|ubuntu|ec2-user|git|jenkins|svc[-_]\w+)\b)"
)
_HEADER_IP: Final = re.compile(r"^(?i:x-originating-ip|ip|sender ip|client ip)\s*:\s*\[?$", re.M)
_HEADER_FROM: Final = re.compile(r"^(?i:from|差出人|送信者)\s*[:：]", re.M)
_CONFIG_CUE: Final = re.compile(
    r"ルーター|設定|サブネット|ゲートウェイ|ファイアウォール|固定IP"
    r"|(?i:\b(?:router|dhcp|subnet|gateway|firewall|vlan|netmask|static ip|configure)\b)"
)
_SHARED: Final = ipaddress.ip_network("100.64.0.0/10")
_DOCUMENTATION: Final = tuple(
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
)
_PUBLIC_RESOLVERS: Final = frozenset(
    {"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112",
     "208.67.222.222", "208.67.220.220", "2001:4860:4860::8888", "2001:4860:4860::8844",
     "2606:4700:4700::1111", "2606:4700:4700::1001"}
)  # fmt: skip


def _documentation(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return isinstance(address, ipaddress.IPv4Address) and any(
        address in network for network in _DOCUMENTATION
    )


def _personal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether the address could be one subscriber's (public unicast, not a resolver); the
    documentation ranges count, the caller asks for an IP word before them."""
    if address.is_loopback or address.is_link_local or address.is_multicast:
        return False
    if address.is_unspecified or address.is_reserved:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.is_site_local:
        return False
    if address.is_private and not _documentation(address):
        return False
    if isinstance(address, ipaddress.IPv4Address) and address in _SHARED:
        return False
    return str(address) not in _PUBLIC_RESOLVERS


class IpAddressRecognizer(SingleEntityRecognizer):
    """IP_ADDRESS: a public IPv4 or IPv6 address (see the module docstring)."""

    ENTITY: ClassVar[str] = IP_ADDRESS

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if IP_ADDRESS not in entities:
            return []
        results: list[RecognizerResult] = []
        for match in _V4.finditer(text):
            score = self._v4_score(text, match.start(), match.group())
            if score is not None:
                results.append(RecognizerResult(IP_ADDRESS, *match.span(), score))
        if ":" in text:
            for match in _V6.finditer(text):
                score = self._v6_score(text, match.start(), match.group())
                if score is not None:
                    results.append(RecognizerResult(IP_ADDRESS, *match.span(), score))
        return results

    @staticmethod
    def _named(text: str, start: int) -> bool:
        return _IP_WORD.search(text, max(0, start - 40), start) is not None

    @staticmethod
    def _tied(text: str, start: int, address: ipaddress.IPv4Address) -> bool:
        """Whether a private or documentation address is tied to a person: a person or login
        cue on its line (a system account's login is no one's), or an IP: line of a mail
        header with a sender."""
        if not (address.is_private or _documentation(address)) or address.is_loopback:
            return False
        if address.is_link_local or address.is_unspecified or address.is_reserved:
            return False
        if isinstance(address, ipaddress.IPv4Address) and address in _SHARED:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if _HEADER_IP.search(text, line_start, start) and _HEADER_FROM.search(text):
            return True
        window = text[max(line_start, start - 100) : min(line_end, start + 100)]
        return _PERSON_CUE.search(window) is not None and not _SYSTEM_ACCOUNT.search(window)

    def _v4_score(self, text: str, start: int, value: str) -> float | None:
        try:
            address = ipaddress.IPv4Address(value)
        except ValueError:
            return None
        if value.startswith("255."):
            return None
        if not _personal(address):
            return _CONTEXT_SCORE if self._tied(text, start, address) else None
        if _V6_BEFORE.search(text, max(0, start - 6), start):
            return None
        if _VERSION_WORD.search(text, max(0, start - 16), start):
            return None
        named = self._named(text, start)
        if _documentation(address):
            if self._tied(text, start, address):
                return _CONTEXT_SCORE
            # After an IP word a documentation address is an edited record's, unless the
            # line sets up a network (ルーターのLAN側IPを192.0.2.1に設定).
            line = text[text.rfind("\n", 0, start) + 1 : start + 100]
            return _CONTEXT_SCORE if named and not _CONFIG_CUE.search(line) else None
        if named:
            return _CONTEXT_SCORE
        if _documentation(address) or all(len(octet) == 1 for octet in value.split(".")):
            return None
        return _SCORE

    def _v6_score(self, text: str, start: int, value: str) -> float | None:
        if value.count(":") < 2 or not any(c.isdigit() for c in value):
            return None
        try:
            address = ipaddress.IPv6Address(value)
        except ValueError:
            return None
        if not _personal(address):
            return None
        # A bare run of decimal groups with a "::" (a time or a ratio written oddly) needs
        # an IP word; a real address has hex letters or four-digit groups.
        plain = all(len(g) <= 2 and g.isdigit() for g in value.split(":") if g)
        named = self._named(text, start)
        if plain and not named:
            return None
        return _CONTEXT_SCORE if named else _SCORE
