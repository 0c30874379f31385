"""Values from the warehouse as people read them: present or not, instants in Berlin time.
Shared by every export format."""
from __future__ import annotations

import pandas as pd

from pipelines.core.german import BERLIN


def present(value) -> bool:
    return value is not None and not pd.isna(value)



def berlin(value) -> pd.Timestamp:
    """An instant from the warehouse in Europe/Berlin (naive values are UTC)."""
    stamp = pd.Timestamp(value)
    return (stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp).tz_convert(BERLIN)
