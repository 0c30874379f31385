"""Metadata every published dataset carries: title, description, publisher, licence, the
attribution of the geodata used to locate its records, the version of the schema its columns
come from, and what the catalogue states about it (keywords, theme, maintainer, update
frequency, political geocoding), the names files have in the catalogue, and the regional
calendars offered with the events (per category, around each member). Derived from
cluster.yaml and the schema only; what depends on the data itself (spatial and temporal
extent) is added by catalog.desired."""
from __future__ import annotations

import math
from dataclasses import dataclass

from pipelines.coordination.config import calendar_rules
from pipelines.core.cluster import AROUND_CALENDAR, CATEGORY_CALENDAR, CLUSTER_SCOPE, Cluster, Member
from pipelines.core.german import german_number
from schemas import DatasetSchema, fold

EU = "http://publications.europa.eu/resource/authority"
GEOCODING = "http://dcat-ap.de/def/politicalGeocoding"
_LEVELS = [f"{GEOCODING}/Level/{level}" for level in
           ("federal", "state", "administrativeDistrict", "municipality")]
# The EU frequency vocabulary's periods (hours) a cron schedule is mapped onto.
_FREQUENCIES = {"HOURLY": 1, "BIHOURLY": 2, "TRIHOURLY": 3, "12HRS": 12, "DAILY": 24,
                "WEEKLY": 24 * 7, "MONTHLY": 24 * 30, "ANNUAL": 24 * 365}


def dataset_metadata(cluster: Cluster, schema: DatasetSchema, member: Member | None) -> dict:
    """Metadata of one published dataset: a member's, or the cluster's (member None)."""
    licence = cluster.licences[cluster.licence]
    members = [member] if member else list(cluster.members.values())
    scope_name = member.name if member else cluster.name
    publisher = member.name if member else cluster.title
    return {
        "name": f"{member.key if member else CLUSTER_SCOPE}-{schema.key.replace('_', '-')}",
        "scope": member.key if member else CLUSTER_SCOPE,
        "title": f"{schema.title} – {scope_name}",
        "description": schema.description,
        "publisher": publisher,
        "organization": member.ckan_organization if member else cluster.ckan_organization,
        "maintainer": f"Open-Data-Stelle {publisher}",
        "maintainer_email": member.data_office if member else cluster.data_office,
        "keywords": [*schema.keywords, scope_name, cluster.name],
        "theme": f"{EU}/data-theme/{schema.theme}" if schema.theme else None,
        "license_id": cluster.licence,
        "license": licence["url"],
        "license_title": licence["title"],
        "attribution": cluster.attributions(),
        # dl-de/by and CC BY require naming the data provider; the geodata adds its own.
        "attribution_text": "; ".join([publisher, *cluster.attributions()]),
        "frequency": frequency_uri([s.schedule for m in members
                                    if (s := m.sources.get(schema.key))]),
        "political_geocoding_uris": [political_geocoding(m)[0] for m in members],
        # A dataset over several members is geocoded at the coarsest of their levels.
        "political_geocoding_level": min((political_geocoding(m)[1] for m in members),
                                         key=_LEVELS.index),
        # the schema the columns come from: its version and the SHA-256 of its files
        "schema_version": schema.version,
        "schema_hash": schema.content_hash,
    }


def schema_note(version: str, sha256: str) -> str:
    """The schema version as the files say it to people (the sum tells apart two states of
    the schema under one version, should its version not have been set anew)."""
    return f"Spalten nach Schemaversion {version} (Prüfsumme der Schemadateien {sha256[:12]})"


def political_geocoding(member: Member) -> tuple[str, str]:
    """DCAT-AP.de politicalGeocodingURI and its level, from the member's ARS."""
    if len(member.ars) == 5:
        return f"{GEOCODING}/districtKey/{member.ars}", f"{GEOCODING}/Level/administrativeDistrict"
    if len(member.ars) == 9:
        return (f"{GEOCODING}/municipalAssociationKey/{member.ars}",
                f"{GEOCODING}/Level/municipality")
    return f"{GEOCODING}/regionalKey/{member.ars}", f"{GEOCODING}/Level/municipality"


def frequency_uri(schedules: list[str]) -> str | None:
    """The EU frequency nearest to the most frequent of the given cron schedules."""
    if not schedules:
        return None
    hours = min(_cron_interval_hours(cron) for cron in schedules)
    code = min(_FREQUENCIES, key=lambda c: abs(math.log(_FREQUENCIES[c] / hours)))
    return f"{EU}/frequency/{code}"


def _cron_interval_hours(cron: str) -> float:
    """Hours between two runs of a cron schedule (minute hour day month weekday)."""
    _minute, hour, day, month, weekday = cron.split()
    if month != "*":
        return 24 * 365 / _count(month)
    if day != "*":
        return 24 * 30 / _count(day)
    if weekday != "*":
        return 24 * 7 / _count(weekday)
    if hour == "*":
        return 1
    if hour.startswith("*/"):
        return int(hour[2:])
    return 24 / _count(hour)


def _count(values: str) -> int:
    """How many values a cron field lists, e.g. "1-5" or "6,18"."""
    def size(part: str) -> int:
        first, _, last = part.partition("-")
        return int(last) - int(first) + 1 if last else 1
    return sum(size(part) for part in values.split(","))


def offered_name(scope: str, schema: DatasetSchema, ending: str) -> str:
    """The name a file of a file set has in the catalogue: its scope and the dataset's German
    title („kusel-veranstaltungen.csv“, „kusel-leerstand-LIESMICH.txt“). In data/export the
    folder tells the datasets apart (events/kusel.csv); in the portal every dataset of a
    member would download as kusel.csv, and a citizen who takes two got „kusel (1).csv“. The
    set's read-me lists its files by these names."""
    word = fold(schema.title).replace(" ", "-")
    return f"{scope}-{word}{ending}" if ending.startswith(".") else f"{scope}-{word}-{ending}"


@dataclass(frozen=True)
class RegionalCut:
    """A calendar cut from the regional calendar (an event several members delivered once):
    one per event category, offered with the cluster's events, and one per member with the
    events around it, offered with the member's. pipelines/export/calendar.py writes it
    under `file`; the catalogue offers it by `subject` and `contents`."""
    file: str      # in export/events: kategorie-<code>.ics, umkreis-<member>.ics
    ending: str    # what tells it apart among the scope's files (offered_name)
    subject: str   # what it holds, in a few words: „Konzert“; the calendar's name around a member
    contents: str  # what it holds, as a sentence


def category_calendars(cluster: Cluster, schema: DatasetSchema) -> list[RegionalCut]:
    """The regional calendar by event category, one calendar for each code of the list."""
    return [RegionalCut(f"{CATEGORY_CALENDAR}{code.code}.ics", f"{code.code}.ics", code.label,
                        f"Alle Veranstaltungen der Kategorie „{code.label}“ aller Mitglieder "
                        f"(regionaler Kalender {cluster.name}); eine Veranstaltung, die mehrere "
                        f"Mitglieder melden, steht nur einmal darin.")
            for code in schema.field("category").code_list.codes]


def around_calendar(cluster: Cluster, member: Member) -> RegionalCut:
    """The regional calendar's events up to `around_km` around the member's territory:
    its own and its neighbours'."""
    around = f"bis {german_number(calendar_rules(cluster).around_km)} km um {member.name}"
    return RegionalCut(f"{AROUND_CALENDAR}{member.key}.ics", "umkreis.ics",
                       f"Veranstaltungen {around}",
                       f"Alle Veranstaltungen {around} (gemessen vom Rand des Gebiets), auch die "
                       f"der Nachbarn (regionaler Kalender {cluster.name}); eine Veranstaltung, "
                       f"die mehrere Mitglieder melden, steht nur einmal darin.")


def regional_cuts(cluster: Cluster, schema: DatasetSchema, scope: str) -> list[RegionalCut]:
    """The regional calendars offered with a scope's events: the cluster's by category, a
    member's around it; none for other datasets."""
    if schema.key != "events":
        return []
    if scope == CLUSTER_SCOPE:
        return category_calendars(cluster, schema)
    return [around_calendar(cluster, cluster.members[scope])] if scope in cluster.members else []
