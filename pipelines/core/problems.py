"""A problem of one delivered row: what normalising, geocoding and validating all report."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Problem:
    """Why a row cannot be accepted, in words a clerk can act on."""
    row: int
    field: str
    value: str | None
    reason: str
