"""The `coordination:` settings of cluster.yaml, read once and checked, with the defaults the
members agreed on: who hears about building plans within which distance, and when two
members' events count as one."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.core.cluster import Cluster, ConfigError

DEFAULT_DISTANCE_M = 2000.0
_AGS = re.compile(r"^\d{5}(\d{3})?$")
# an external neighbour's Regionalschlüssel: a Kreis, a Verbandsgemeinde (Amt, Samtgemeinde …)
# or a Gemeinde
_ARS = re.compile(r"^(\d{5}|\d{9}|\d{12})$")


@dataclass(frozen=True)
class Receiver:
    """Someone who hears about plans nearby: a member, or a neighbour outside the cluster."""
    key: str
    name: str
    mailbox: str
    distance_m: float
    external: bool = False
    ags: str | None = None      # externals only: 8 digits (municipality) or 5 (district)
    # externals only, instead of ags: the ARS of a Gemeinde (12 digits), a Verbandsgemeinde,
    # Amt, Samtgemeinde … (9, VG5000 VWG; where the Bauamt sits in Rhineland-Palatinate) or a
    # Kreis (5); its name comes from VG5000 when not given
    ars: str | None = None
    # what its notices call its area („Abstand … zu Ihrem Kreisgebiet“): Gemeinde,
    # Verbandsgemeinde, Kreisgebiet or Gebiet, from its level in VG5000 (coordination/neighbours.py)
    area: str = "Gemeinde"


@dataclass(frozen=True)
class CalendarRules:
    """When events of two members are the same event (README „Regionaler Kalender“)."""
    title_similarity: float = 85.0        # rapidfuzz token_set_ratio of the folded titles, 0–100
    start_within_minutes: float = 15.0
    venue_within_m: float = 200.0         # unless the venue names are the same
    around_km: float = 25.0               # "events around us" of a member
    never_merge: frozenset[frozenset[str]] = frozenset()   # record id pairs kept apart


def receivers(cluster: Cluster) -> list[Receiver]:
    """Every member and every external neighbour, with the distance each wants to hear of."""
    settings, config = cluster.coordination, config_name(cluster)
    default = _distance(settings.get("distance_m", DEFAULT_DISTANCE_M), f"{config}: coordination.distance_m")
    found = [Receiver(key=member.key, name=member.name, mailbox=member.data_office,
                      distance_m=_distance(member.coordination.get("distance_m", default),
                                           f"{config}: Mitglied {member.key}: coordination.distance_m"))
             for member in cluster.members.values()]
    for number, entry in enumerate(settings.get("external_neighbours") or [], start=1):
        where = f"{config}: coordination.external_neighbours, Eintrag {number}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: „{entry}“ – erwartet werden key, mailbox und ags oder ars")
        if entry.get("key"):
            where = f"{config}: coordination.external_neighbours, „{entry['key']}“ (Eintrag {number})"
        ags, ars = (str(entry[name]) if entry.get(name) else None for name in ("ags", "ars"))
        missing = [name for name in ("key", "mailbox") if not entry.get(name)]
        missing += [] if ags or ars else ["ags (Gemeinde, Kreis) oder ars (Gemeinde, Verbandsgemeinde, Kreis)"]
        missing += [] if entry.get("name") or ars else ["name"]
        if missing:
            raise ConfigError(f"{where}: {', '.join(missing)} fehlt")
        if ags and ars:
            raise ConfigError(f"{where}: bitte nur ags oder ars angeben, nicht beide")
        if ags and not _AGS.match(ags):
            raise ConfigError(f"{where}: ags „{ags}“ muss 5 (Kreis) oder 8 Ziffern (Gemeinde) haben, "
                              f"in Anführungszeichen" + (" – ein Regionalschlüssel gehört unter ars"
                                                        if _ARS.match(ags) else ""))
        # unquoted, YAML reads 071345001 (Baumholder) as the octal number 15059457
        if ars and not _ARS.match(ars):
            raise ConfigError(f"{where}: ars „{ars}“ ist kein Regionalschlüssel: er hat 12 Ziffern für eine "
                              f"Gemeinde (z. B. \"071385004041\" für Linz am Rhein), 9 für eine "
                              f"Verbandsgemeinde, ein Amt oder eine Samtgemeinde (\"071385007\" für "
                              f"Unkel), 5 für einen Kreis (\"07134\" für Birkenfeld) – in Anführungszeichen")
        if entry["key"] in cluster.members or entry["key"] in {r.key for r in found}:
            raise ConfigError(f"{where}: key „{entry['key']}“ ist schon vergeben")
        # a neighbour that has joined: its own plans would reach it as a neighbour's
        for member in cluster.members.values():
            if {ags, ars} & {member.ags, member.ars}:
                raise ConfigError(f"{where}: das ist das Gebiet des "
                                  f"Mitglieds {member.name} ({member.key}) – bitte den Eintrag "
                                  f"entfernen: als Mitglied hört es schon von den Plänen in seiner "
                                  f"Nähe, und seine eigenen Pläne gingen sonst als die eines "
                                  f"Nachbarn an es selbst")
        found.append(Receiver(key=entry["key"], name=entry.get("name") or "", mailbox=entry["mailbox"],
                              distance_m=_distance(entry.get("distance_m", default), where),
                              external=True, ags=ags, ars=ars))
    return found


def config_name(cluster: Cluster) -> str:
    """The name of the configuration file, for messages."""
    return cluster.config_path.name if cluster.config_path else "cluster.yaml"


# The export folder of the feeds and GeoJSON files of the neighbour notifications.
FEED_FOLDER = "coordination"


def feed_base_url(cluster: Cluster) -> str | None:
    """coordination.feed_base_url: the public address under which the export folder
    coordination/ is served, ending in „/“; without it, that folder under the export folder's
    public address (cluster.public_url), if there is one; else None."""
    value = cluster.coordination.get("feed_base_url")
    if not value:
        return f"{cluster.public_url.rstrip('/')}/{FEED_FOLDER}/" if cluster.public_url else None
    if not isinstance(value, str) or not re.match(r"^https?://[^/\s]+", value) or " " in value:
        raise ConfigError(f"{config_name(cluster)}: coordination.feed_base_url: „{value}“ ist keine Webadresse "
                          f"(z. B. https://daten.suedwest-cluster.de/coordination/)")
    return value if value.endswith("/") else value + "/"


def calendar_rules(cluster: Cluster) -> CalendarRules:
    raw, where = dict(cluster.coordination.get("calendar") or {}), f"{config_name(cluster)}: coordination.calendar"
    pairs = raw.pop("never_merge", None) or []
    for pair in pairs:
        if not isinstance(pair, list) or len(pair) != 2:
            raise ConfigError(f"{where}.never_merge: „{pair}“ ist kein Paar von zwei Datensatz-IDs")
    known = set(CalendarRules.__dataclass_fields__) - {"never_merge"}
    if set(raw) - known:
        raise ConfigError(f"{where}: unbekannt {', '.join(sorted(set(raw) - known))} – bekannt sind "
                          f"{', '.join(sorted(known))}")
    values = {name: _distance(value, f"{where}.{name}") for name, value in raw.items()}
    return CalendarRules(**values, never_merge=frozenset(frozenset(map(str, p)) for p in pairs))


def _distance(value, where: str) -> float:
    """`where`: the configuration file and the entry, as the message names them."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if number < 0:
        raise ConfigError(f"{where}: „{value}“ ist keine Zahl ≥ 0")
    return number
