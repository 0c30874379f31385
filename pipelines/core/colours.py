"""The members' colours in the analysts' charts (notebooks/)."""
from __future__ import annotations

import colorsys
import math
from collections.abc import Iterable

from pipelines.core.cluster import Cluster

# A member's colour in charts: the n-th member's hue lies n golden-ratio turns round the
# colour wheel from the first's (never the same twice); lightness and saturation take turns,
# so members whose hues come close (3, 5, 8, 13, 21 … apart) still differ in one of them.
_GOLDEN_TURN = (math.sqrt(5) - 1) / 2
_LIGHTNESS, _SATURATION = (0.45, 0.30, 0.65), (0.75, 0.45)


def member_colours(cluster: Cluster, shown: Iterable[str]) -> dict[str, tuple[float, float, float]]:
    """The colour (RGB, 0–1) of each member a chart shows, by name or key: the same in every
    chart, however many members there are, none shared, and a member joining at the end of
    cluster.yaml changes no other's. A member shown but no longer configured (its data still
    in the lake, shown by its key) comes after the configured ones."""
    place = {label: number for number, member in enumerate(cluster.members.values())
             for label in (member.key, member.name)}
    shown = list(dict.fromkeys(shown))
    others = iter(range(len(cluster.members), len(cluster.members) + len(shown)))
    colours = {}
    for label in shown:
        number = place[label] if label in place else next(others)
        colours[label] = colorsys.hls_to_rgb((0.6 + number * _GOLDEN_TURN) % 1,
                                             _LIGHTNESS[number % len(_LIGHTNESS)],
                                             _SATURATION[number % len(_SATURATION)])
    return colours
