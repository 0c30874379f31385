"""The text patterns of the quality rules, without Great Expectations: the suites, the DuckDB
engine and the German reasons all use them, and importing GX (4–5 s) is only needed to
build a suite."""
from __future__ import annotations

import re

from schemas import fold

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

# Several contacts in one cell, as address lists keep them: „030 66633950 oder 0177 4317390“,
# „post@a.de/ post@b.de“, „http://a.de/ www.facebook.com/a“. Addresses never contain blanks;
# a telephone number does, so for it only words and punctuation separate.
_SEVERAL = {"phone": r"\s+(?:oder|und|bzw\.?)\s+|\s*[;,]\s*",
            "email": r"\s+(?:oder|und|bzw\.?)\s+|/?[\s;,]+",
            "url": r"\s+(?:oder|und|bzw\.?)\s+|[\s;,]+"}
# What looks like one such contact, well-formed or not (not „(Frau“ beside an address)
_CONTACT_LIKE = {"phone": r"[0-9]([^0-9]*[0-9]){4}", "email": r"@", "url": r"^[^@]+\.[^@]+$"}


def several_values(value: str, fmt: str) -> list[str]:
    """The contacts in a cell that holds more than one of this format, at least one of them
    well-formed; else an empty list (the value is simply malformed)."""
    if fmt not in _SEVERAL:
        return []
    parts = [part for part in re.split(_SEVERAL[fmt], value.strip())
             if re.search(_CONTACT_LIKE[fmt], part)]
    if len(parts) > 1 and any(re.match(FORMAT_PATTERNS[fmt], part) for part in parts):
        return parts
    return []


_LOCAL_PART = r"[A-Za-z0-9._%+\-äöüÄÖÜß]+"
_DOMAIN = r"[A-Za-z0-9\-äöüÄÖÜß]+(?:\.[A-Za-z0-9\-äöüÄÖÜß]+)*\.[A-Za-z]{2,}"
EMAIL_ADDRESS = _LOCAL_PART + "@" + _DOMAIN


# How role mailboxes are compared (`mailbox_key`; the DuckDB engine spells the same in SQL):
# lower case, umlauts and ß written out, each run of separators as one hyphen.
WRITTEN_OUT = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))
MAILBOX_SEPARATORS = "[._%+-]+"


def mailbox_key(local_part: str) -> str:
    """The part before the @ as role mailboxes are compared: "St.Wendel", "st-wendel" and
    "ST_WENDEL" alike, "Zweibrücken" as "zweibruecken"."""
    key = local_part.lower()
    for letter, plain in WRITTEN_OUT:
        key = key.replace(letter, plain)
    return re.sub(MAILBOX_SEPARATORS, "-", key).strip("-")


def place_mailboxes(names) -> set[str]:
    """The mailbox keys that name one of these municipalities: "St. Wendel" as st-wendel@ or
    stwendel@, "Halle (Saale)" also as halle@ – written as a place is written, never guessed
    from parts of it."""
    keys = set()
    # folded in one piece: one call per name took 0.1 s for Germany's 11,000 municipalities,
    # in every `swdp check` (folding leaves NUL and the brackets, commas and slashes as they are)
    for name in fold("\0".join(names)).split("\0"):
        for form in {name, re.split("[(,/]", name)[0]}:
            words = re.findall("[a-z0-9]+", form)
            keys.update(("-".join(words), "".join(words)) if words else ())
    return keys


def private_email_addresses(text: str, role_mailboxes, free_mail_domains=(),
                            municipality_mailboxes=()) -> list[str]:
    """The e-mail addresses in `text` that may belong to a private person: every one at a
    free-mail provider (gmx.de, web.de, …), elsewhere each whose whole part before the @ (as
    `mailbox_key` writes it) is no role mailbox – a function or organisation (info@,
    pfarramt@) – and no place's mailbox (berlin@svenskakyrkan.se). A place's name counts only
    where its domain does not name it too: in stein@stein-immobilien.de it is the owner's
    family name. "max.info@…" is private, "INFO@…" is not. `role_mailboxes` and
    `municipality_mailboxes`: sets, the latter holds every municipality of Germany."""
    return [address for address in re.findall(EMAIL_ADDRESS, text)
            if address.split("@")[1].lower() in free_mail_domains
            or not _role_mailbox(*address.split("@"), role_mailboxes, municipality_mailboxes)]


def _role_mailbox(local_part: str, domain: str, role_mailboxes, municipality_mailboxes) -> bool:
    key, role = mailbox_key(local_part), re.compile(role_word(role_mailboxes))
    # part by part, as `role_compound` joins them: one pattern for the whole key would try
    # every way of reading each part before refusing a long chain (stadtinfo-stadtinfo-…-x)
    return (key in role_mailboxes or all(role.fullmatch(part) for part in key.split("-"))
            or (key in municipality_mailboxes and not named_in_domain(key, domain)))


def role_compound(role_mailboxes) -> str:
    """The pattern of a mailbox key made of role words (`role_word`), several of them joined
    by separators: events-presse@, info.kultur@, veranstaltungen-presse@. Each part must be
    one: max.kultur@ is Max's."""
    part = role_word(role_mailboxes)
    return f"{part}(?:-{part})*"


def role_word(role_mailboxes) -> str:
    """The pattern of one part of a mailbox key (without separators) that names a role: a
    role word, or a compound ending in one of six letters and more, whatever comes first
    (besucherzentrum@, stadtbibliothek@, jugendfeuerwehr@). A shorter one could end a
    person's name (annainfo@, schmidtbuero@): it ends a compound only after another role
    word (kulturamt@, stadtinfo@)."""
    words = sorted(word for word in role_mailboxes if "-" not in word)
    heads = "|".join(word for word in words if len(word) >= 6)
    short = "|".join(word for word in words if len(word) < 6)
    return f"(?:[a-z0-9]*(?:{heads})|(?:{'|'.join(words)})?(?:{short}))"


def named_in_domain(key: str, domain: str) -> bool:
    """Whether the domain spells the mailbox's name as whole words: roth@ at roth-bau.de or
    roth.de, not at rothenberg.de."""
    return f"-{key}-" in f"-{mailbox_key(domain)}-"
