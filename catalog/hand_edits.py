"""Title and description (notes) that a member changed by hand in CKAN stay as they are.

The platform remembers in an extra of each dataset it writes (WRITTEN_EXTRA) what it wrote
last: the SHA-256 of its title and its notes. It overwrites a text only while CKAN still shows
what it wrote (or its own new words already); a text that is neither was edited by a person
in CKAN, and that edit wins – the publication says so. A dataset without the extra (written
by an earlier version of the platform) counts as the platform's own words."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

WRITTEN_EXTRA = "swdp_geschrieben"
# The texts a member may change by hand, by their German names in CKAN's form.
EDITABLE = {"title": "Titel", "notes": "Beschreibung"}


@dataclass(frozen=True)
class Texts:
    fields: dict[str, str]  # title and notes as CKAN is to have them
    record: str             # WRITTEN_EXTRA's value: what the platform wrote last
    kept: tuple[str, ...]   # German names of the texts kept as a member edited them


def settle(current: dict | None, wanted: dict) -> Texts:
    """The texts of a dataset CKAN has as `current` (None: not yet there) when the platform
    wants `wanted` (its title and notes)."""
    written = _remembered(current or {})
    fields, digests, kept = {}, {}, []
    for key, label in EDITABLE.items():
        have = (current or {}).get(key) or ""
        if key in written and _digest(have) != written[key] and have != wanted[key]:
            fields[key], digests[key] = have, written[key]
            kept.append(label)
        else:
            fields[key], digests[key] = wanted[key], _digest(wanted[key])
    return Texts(fields, json.dumps(digests, sort_keys=True), tuple(kept))


def kept_note(kept: tuple[str, ...] | list[str]) -> str:
    """What a publication says about texts it kept: „Titel und Beschreibung in CKAN von Hand
    geändert – beibehalten“."""
    return f"{' und '.join(kept)} in CKAN von Hand geändert – beibehalten, nicht überschrieben"


def _remembered(package: dict) -> dict[str, str]:
    value = next((e["value"] for e in package.get("extras", []) if e["key"] == WRITTEN_EXTRA), "")
    try:
        written = json.loads(value or "{}")
    except json.JSONDecodeError:
        return {}
    return written if isinstance(written, dict) else {}


def _digest(text: str) -> str:
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()
