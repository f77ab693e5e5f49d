"""Twenty-first round, wave 2 (issue 16): families an outside blind set named.

Found: a private or documentation IP address tied to a person or a login (a login log's
source, a person's device, a mail header's ``IP:`` line under a sender), a person's login
user ID in a log or an alert (``user anna.schmidt``, ``username: jdoe42``, a handle in
brackets after a Japanese name, ``ユーザーID:``) and medical record numbers (MRN, medical
record number, カルテNo.). Left alone: the same ranges in router, subnet and firewall text
with no person, an edited record's documentation address is still found after an IP key,
system and service accounts (root, www-data, svc-*), ``user`` before an ordinary word.

The rows were written for these tests (none comes from the benchmark generator).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # (text, value, entity type prefix)
    ("09:12 10.4.22.81 から 岡田（okada.s）がログインしました", "10.4.22.81", "IP_ADDRESS"),
    ("09:12 10.4.22.81 から 岡田（okada.s）がログインしました", "okada.s", "MESSAGING_ID"),
    ("sshd: user lena.vogel signed in from 172.20.3.9", "172.20.3.9", "IP_ADDRESS"),
    ("sshd: user lena.vogel signed in from 172.20.3.9", "lena.vogel", "MESSAGING_ID"),
    ("From: Omar Haddad <omar@x.example>\nIP: 192.168.7.40\n\nhello", "192.168.7.40", "IP"),
    ("Accepted password for rkato_2 from 203.0.113.8 port 50122", "203.0.113.8", "IP"),
    ("Accepted password for rkato_2 from 203.0.113.8 port 50122", "rkato_2", "MESSAGING_ID"),
    ("username: bwells7\nlast seen yesterday", "bwells7", "MESSAGING_ID"),
    ("ログインID：tanaka-h のロックを解除して", "tanaka-h", "MESSAGING_ID"),
    ("MRN 00458821 has a follow-up on Friday", "00458821", "ID_NUMBER"),
    ("Medical record number: 7730194, please pull the chart", "7730194", "ID_NUMBER"),
    ("父のカルテNo.5518820について", "5518820", "ID_NUMBER"),
    ('{"client_ip": "203.0.113.40", "ok": false}', "203.0.113.40", "IP_ADDRESS"),
]

LOOKALIKES = [
    ("ルーターのLAN側IPを192.0.2.1に設定するには？", "IP_ADDRESS"),
    ("Firewall rule: allow tcp/22 from 10.8.0.0 to the bastion only", "IP_ADDRESS"),
    ("Put the printers on 192.168.20.10 and the NAS on 192.168.20.11", "IP_ADDRESS"),
    ("Failed password for root from 10.0.0.7 port 22 ssh2", "IP_ADDRESS"),
    ("Failed password for root from 10.0.0.7 port 22 ssh2", "MESSAGING_ID"),
    ("username: www-data runs the worker", "MESSAGING_ID"),
    ("user svc-backup owns the cron job", "MESSAGING_ID"),
    ("Read the user guide first", "MESSAGING_ID"),
    ("What is an MRN used for in a hospital?", "ID_NUMBER"),
]


def _found(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type.startswith(kind) and f.start <= start and end <= f.end
        for f in analyzer.analyze(text)
    )


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[f"{k}:{v}" for _, v, k in FOUND])
def test_the_value_is_masked(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert _found(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES, ids=[f"{k}:{t[:24]}" for t, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]
