"""The cluster configuration (cluster.yaml): members, their sources, geodata, licences."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from connectors import CONNECTORS, KNOWN, is_url
from connectors.transport import shown
from schemas import DATASET_KEYS

SEMANTICS = ("snapshot", "incremental")


class ConfigError(Exception):
    """cluster.yaml is inconsistent; the message is German and names the entry."""


@dataclass(frozen=True)
class Source:
    member: str
    dataset: str
    connector: str
    # A file path, or an http(s) URL (kept as text) for a source on a server.
    location: Path | str
    semantics: str
    schedule: str
    options: dict = field(default_factory=dict, hash=False)
    # schema field -> delivered column, or several columns joined with a space
    mapping: dict[str, str | list[str] | dict] = field(default_factory=dict, hash=False)
    # Whether the schedule runs from the start (Dagster's default status); off only by choice.
    scheduled: bool = True

    @property
    def remote(self) -> bool:
        return is_url(self.location)

    @property
    def name(self) -> str:
        """How runs and reports name the source: the file name, or the URL without user info."""
        return shown(self.location) if self.remote else self.location.name


@dataclass(frozen=True)
class Member:
    key: str
    name: str
    kind: str
    ags: str
    ars: str
    ckan_organization: str
    data_office: str
    sources: dict[str, Source] = field(default_factory=dict, hash=False)
    # The member's own coordination settings (e.g. distance_m); see pipelines/coordination.
    coordination: dict = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Cluster:
    name: str
    title: str
    ckan_organization: str
    data_office: str
    licence: str
    timezone: str
    members: dict[str, Member]
    geodata: dict = field(hash=False)
    licences: dict = field(hash=False)
    # The CKAN catalogue to publish to (None: publishing is skipped) and the platform's
    # DCAT-AP.de contributor ID (an IRI from dcat-ap.de/def/contributors, if one is assigned).
    ckan_url: str | None = None
    contributor_id: str | None = None
    # Neighbour notifications and the regional calendar (pipelines/coordination/config.py).
    coordination: dict = field(default_factory=dict, hash=False)

    def member(self, key: str) -> Member:
        try:
            return self.members[key]
        except KeyError:
            raise ConfigError(f"Unbekanntes Mitglied „{key}“ – bekannt sind: "
                              f"{', '.join(self.members)}") from None

    def sources(self, members=None, datasets=None) -> list[Source]:
        """The configured sources, filtered by member and dataset keys (None: all)."""
        for key in datasets or ():
            if key not in DATASET_KEYS:
                raise ConfigError(f"Unbekannte Datensatzart „{key}“ – bekannt sind: "
                                  f"{', '.join(DATASET_KEYS)}")
        chosen = [self.member(key) for key in members] if members else self.members.values()
        return [source for member in chosen for dataset, source in member.sources.items()
                if not datasets or dataset in datasets]

    def attributions(self) -> list[str]:
        return [entry["attribution"] for entry in (self.geodata["boundaries"],
                                                   self.geodata["postcodes"])]


@cache
def load_cluster(path: Path) -> Cluster:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    defaults = raw.get("defaults", {})
    members = {}
    for entry in raw["members"]:
        sources = {}
        for dataset, spec in (entry.get("sources") or {}).items():
            where = f"{entry['key']}/{dataset}"
            if dataset not in DATASET_KEYS:
                raise ConfigError(f"{path.name}: Quelle {where}: unbekannte Datensatzart")
            semantics = spec.get("semantics", defaults.get("semantics", "snapshot"))
            if semantics not in SEMANTICS:
                raise ConfigError(f"{path.name}: Quelle {where}: semantics muss "
                                  f"{' oder '.join(SEMANTICS)} sein, nicht „{semantics}“")
            connector, location = spec["connector"], str(spec["location"])
            if connector not in KNOWN:
                raise ConfigError(f"{path.name}: Quelle {where}: unbekannter Connector "
                                  f"„{connector}“ – bekannt sind: {', '.join(KNOWN)}")
            if connector not in CONNECTORS and not is_url(location):
                raise ConfigError(f"{path.name}: Quelle {where}: connector {connector} braucht "
                                  f"eine http(s)-Adresse als location")
            if (spec.get("options") or {}).get("since") and semantics != "incremental":
                raise ConfigError(f"{path.name}: Quelle {where}: options.since liefert nur "
                                  f"Änderungen und braucht semantics: incremental")
            for field_name, column in (spec.get("mapping") or {}).items():
                if isinstance(column, dict) and set(column) != {"value"}:
                    raise ConfigError(f"{path.name}: Quelle {where}: mapping {field_name}: "
                                      f"erwartet eine Spalte, eine Liste von Spalten oder "
                                      f"{{value: …}} für einen festen Wert")
            sources[dataset] = Source(
                member=entry["key"], dataset=dataset, connector=connector,
                location=location if is_url(location) else (path.parent / location).resolve(),
                semantics=semantics,
                schedule=spec.get("schedule", defaults.get("schedule", "0 5 * * *")),
                options=spec.get("options") or {}, mapping=spec.get("mapping") or {},
                scheduled=bool(spec.get("scheduled", defaults.get("scheduled", True))))
        members[entry["key"]] = Member(
            key=entry["key"], name=entry["name"], kind=entry["kind"], ags=entry["ags"],
            ars=entry["ars"], ckan_organization=entry["ckan_organization"],
            data_office=entry["data_office"], sources=sources,
            coordination=entry.get("coordination") or {})
    cluster = raw["cluster"]
    return Cluster(name=cluster["name"], title=cluster["title"],
                   ckan_organization=cluster["ckan_organization"],
                   data_office=cluster["data_office"], licence=cluster["licence"],
                   timezone=cluster["timezone"],
                   members=members, geodata=raw["geodata"], licences=raw["licences"],
                   ckan_url=cluster.get("ckan_url") or None,
                   contributor_id=cluster.get("contributor_id") or None,
                   coordination=raw.get("coordination") or {})
