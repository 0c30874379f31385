"""The text patterns of the quality rules, without Great Expectations: the suites, the DuckDB
engine and the German reasons all use them, and importing GX (4–5 s) is only needed to
build a suite."""
from __future__ import annotations

import re

# Every pattern stays inside what Python's `re` (GX's pandas engine, the tests' reference) and
# RE2 (DuckDB, which runs the suites) read alike: no lookaround, explicit character classes
# instead of \d, \w and \s (which differ between the two), and `$` (values arrive stripped).
FORMAT_PATTERNS = {
    "postcode": r"^[0-9]{5}$",
    "ags": r"^[0-9]{8}$",
    "email": r"^[^@ \t]+@[^@ \t]+\.[A-Za-z]{2,}$",
    "url": r"(?i)^https?://[^ \t/]+\.[^ \t]+$",
    "phone": r"^\+?[0-9][0-9 /()\-–]{4,}$",
}

_SEPARATOR = "[ \t\u00a0/()\\-]*"
# German mobile numbers (015x, 016x, 017x; also +49/0049), taken as numbers of private persons.
# Without lookaround the match includes the character on either side (see `mobile_number`).
MOBILE_NUMBER = (r"(?:^|[^0-9+])(?:\+49|0049|0)" + _SEPARATOR + r"(?:0" + _SEPARATOR
                 + r")?1[5-7][0-9](?:" + _SEPARATOR + r"[0-9]){6,9}(?:[^0-9]|$)")


def mobile_number(text: str) -> str:
    """The mobile number MOBILE_NUMBER finds in `text`, as written there."""
    return re.search(r"[+0-9].*[0-9]", re.search(MOBILE_NUMBER, text)[0])[0]

_LOCAL_PART = r"[A-Za-z0-9._%+\-äöüÄÖÜß]+"
_DOMAIN = r"[A-Za-z0-9\-äöüÄÖÜß]+(?:\.[A-Za-z0-9\-äöüÄÖÜß]+)*\.[A-Za-z]{2,}"
EMAIL_ADDRESS = _LOCAL_PART + "@" + _DOMAIN


def private_email_addresses(text: str, role_mailboxes) -> list[str]:
    """The e-mail addresses in `text` whose whole part before the @ is not one of the
    (lower-case) role names (info@, kontakt@, …): "max.info@…" is private, "INFO@…" is not."""
    return [address for address in re.findall(EMAIL_ADDRESS, text)
            if address.split("@")[0].lower() not in role_mailboxes]
