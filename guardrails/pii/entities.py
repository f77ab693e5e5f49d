"""The entity type names PII detection reports, and which of them are on by default.

Names follow Presidio's conventions (``PERSON``, ``PHONE_NUMBER`` ...) so policies written
for Presidio read the same here. ``ORGANIZATION`` and ``LOCATION`` can be asked for but are
off by default: a company or a city name on its own is rarely personal data, and masking
them would cost the model most of its context. ``PUBLIC_FIGURE`` is off by default too: a
well-known person named in a general question (夏目漱石, Albert Einstein) is not masked
unless it is asked for. ``UNION_MEMBERSHIP`` is off by default: APPI does not list it as
special care (a financial-sector deployment turns it on). ``NATIONALITY`` (a form's
nationality field) is off by default: under the APPI guideline a nationality alone is not
race (twenty-third round). ``SOGI`` (sexual orientation or gender identity disclosed
about a person) is on and masked by default though APPI does not list it (twenty-third
round, second wave). Special-care types are named
``SPECIAL_CARE:<category>`` and are defined by the recognizers that report them.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ADDRESS",
    "BANK_ACCOUNT",
    "BUILT_IN_ENTITIES",
    "CREDIT_CARD",
    "DATE_OF_BIRTH",
    "DRIVER_LICENSE",
    "EMAIL_ADDRESS",
    "HEALTH_INSURANCE",
    "ID_NUMBER",
    "IP_ADDRESS",
    "LOCATION",
    "MESSAGING_ID",
    "MY_NUMBER",
    "NATIONALITY",
    "OFF_BY_DEFAULT",
    "ORGANIZATION",
    "PASSPORT",
    "PERSON",
    "PHONE_NUMBER",
    "POSTAL_CODE",
    "PUBLIC_FIGURE",
    "SOGI",
    "SPECIAL_CARE_PREFIX",
    "UNION_MEMBERSHIP",
]

PERSON: Final = "PERSON"
PHONE_NUMBER: Final = "PHONE_NUMBER"
EMAIL_ADDRESS: Final = "EMAIL_ADDRESS"
POSTAL_CODE: Final = "POSTAL_CODE"
ADDRESS: Final = "ADDRESS"
MY_NUMBER: Final = "MY_NUMBER"
CREDIT_CARD: Final = "CREDIT_CARD"
DATE_OF_BIRTH: Final = "DATE_OF_BIRTH"
BANK_ACCOUNT: Final = "BANK_ACCOUNT"
PASSPORT: Final = "PASSPORT"
DRIVER_LICENSE: Final = "DRIVER_LICENSE"
MESSAGING_ID: Final = "MESSAGING_ID"
"""A messaging or social-media account (LINE ID, Discord, Instagram handle)."""
UNION_MEMBERSHIP: Final = "UNION_MEMBERSHIP"
"""Someone's membership or role in a labour union: not special care under APPI, off by
default (``recognizers/union_membership.py``)."""
NATIONALITY: Final = "NATIONALITY"
"""A nationality under a form label (国籍：ベトナム): not special care under APPI, off by
default (``recognizers/nationality.py``)."""
SOGI: Final = "SOGI"
"""Sexual orientation or gender identity disclosed about a person (私はゲイです, he's bi):
not special care under APPI, masked by default (``recognizers/sogi.py``)."""
HEALTH_INSURANCE: Final = "HEALTH_INSURANCE"
"""A health-insurance card's 記号・番号 (the insured person's identifier)."""
ID_NUMBER: Final = "ID_NUMBER"
"""Another official identifier of a person: 基礎年金番号, 雇用保険被保険者番号, 住民票コード,
在留カード番号, 受給者番号, a car's number plate."""
IP_ADDRESS: Final = "IP_ADDRESS"
"""A public IPv4 or IPv6 address given as someone's (a home line, a login's source)."""
ORGANIZATION: Final = "ORGANIZATION"
LOCATION: Final = "LOCATION"
PUBLIC_FIGURE: Final = "PUBLIC_FIGURE"
"""Not a finding type but a request: ask for it and well-known people named in general
questions are reported as PERSON too (they are left alone otherwise)."""

SPECIAL_CARE_PREFIX: Final = "SPECIAL_CARE:"

BUILT_IN_ENTITIES: Final = frozenset(
    {
        PERSON,
        PHONE_NUMBER,
        EMAIL_ADDRESS,
        POSTAL_CODE,
        ADDRESS,
        MY_NUMBER,
        CREDIT_CARD,
        DATE_OF_BIRTH,
        BANK_ACCOUNT,
        PASSPORT,
        DRIVER_LICENSE,
        MESSAGING_ID,
        HEALTH_INSURANCE,
        ID_NUMBER,
        IP_ADDRESS,
        ORGANIZATION,
        LOCATION,
        UNION_MEMBERSHIP,
        NATIONALITY,
        SOGI,
    }
)
"""Every type Mamori's own recognizers and the GiNZA mapping can report."""

OFF_BY_DEFAULT: Final = frozenset(
    {ORGANIZATION, LOCATION, PUBLIC_FIGURE, UNION_MEMBERSHIP, NATIONALITY}
)
"""Types reported only when a caller names them in ``entities``."""
