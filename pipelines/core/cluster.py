"""The cluster configuration (cluster.yaml): members, their sources, geodata, licences."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from connectors import CONNECTORS, KNOWN, is_url
from connectors.transport import shown
from pipelines.core.settings import PROJECT_ROOT, Settings
from schemas import DATASET_KEYS, load_schema

SEMANTICS = ("snapshot", "incremental")
RETENTION_KEYS = ("raw_retention_days", "file_retention_days", "withdrawn_retention_days")
# When the Dagster schedule applies the Löschfristen each day (`privacy.expire_at`, HH:MM in
# the cluster's time zone).
EXPIRE_AT, EXPIRE_AT_DEFAULT = "expire_at", "03:30"
CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
# How a delivery reached the platform (runs record it; the member's mail says how to deliver
# again): fetched from the configured location, dropped into the inbox, uploaded to CKAN.
PULL, INBOX, UPLOAD = "abruf", "eingangsordner", "katalog-upload"
# Keys become folder and file names (raw/<member>/…, export/<dataset>/<member>.csv).
KEY = re.compile(r"^[a-z0-9-]+$")
# The export's files of the whole cluster beside the members' export/<dataset>/<member>.*,
# named from these (pipelines/export): the cluster's own (suedwest-cluster.*,
# suedwest-cluster-zusammenfuehrungen.csv …), the regional calendars per category
# (kategorie-<code>.ics) and around each member (umkreis-<member>.ics). No member key may
# name one of them: its files would overwrite them.
CLUSTER_SCOPE = "suedwest-cluster"
CATEGORY_CALENDAR, AROUND_CALENDAR = "kategorie-", "umkreis-"
RESERVED_PREFIXES = (f"{CLUSTER_SCOPE}-", CATEGORY_CALENDAR, AROUND_CALENDAR)
AGS = re.compile(r"^\d{8}$")
# The ARS of a Land, Regierungsbezirk, Kreis, Gemeindeverband or Gemeinde.
ARS = re.compile(r"^(\d{2}|\d{3}|\d{5}|\d{9}|\d{12})$")
CKAN_NAME = re.compile(r"^[a-z0-9_-]{2,100}$")
URL_SCHEMES = ("http", "https")
# Never a delivery, never a delivery folder, whatever the configuration says.
SYSTEM_FOLDERS = tuple(Path(p) for p in ("/etc", "/proc", "/sys", "/dev", "/boot", "/root",
                                         "/run", "/var/run", "/var/lib", "/usr", "/bin", "/sbin",
                                         "/lib", "/lib64"))


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
    arrival: str = PULL  # the inbox and CKAN uploads read their file as the configured source

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
    # The public address the export folder (<data>/export) is served under; None: not served,
    # published files name no address of their own (pipelines/core/feeds.py public_address).
    public_url: str | None = None
    # Neighbour notifications and the regional calendar (pipelines/coordination/config.py).
    coordination: dict = field(default_factory=dict, hash=False)
    # Folders besides the project, the configuration's folder and <data>/inbox that source
    # locations may lie in (`delivery_folders` in cluster.yaml).
    delivery_folders: tuple[Path, ...] = ()
    config_path: Path | None = None
    # The From of the platform's mails (`cluster.mail_sender`); None: `mail.SENDER`.
    mail_sender: str | None = None
    # Löschfristen in days (`privacy` in cluster.yaml): `raw_retention_days` for the raw
    # archive's older deliveries, `file_retention_days` for mails, refused files and logs,
    # `withdrawn_retention_days` for the personal fields of records withdrawn that long ago;
    # `expire_at` the time of day („03:30“) the schedule applies them.
    privacy: dict = field(default_factory=dict, hash=False)

    def member(self, key: str) -> Member:
        try:
            return self.members[key]
        except KeyError:
            raise ConfigError(f"Unbekanntes Mitglied „{key}“ – bekannt sind: "
                              f"{', '.join(self.members)}; ein neues Mitglied ist ein Eintrag "
                              f"unter members: in {_config_name(self)} (README, Abschnitt "
                              f"„Ein neues Mitglied aufnehmen“)") from None

    def member_name(self, key: str) -> str:
        """The member's name as people know it („Landkreis Sankt Wendel“); a member since
        removed from cluster.yaml, whose data are still in the lake, by its key."""
        member = self.members.get(key)
        return member.name if member else key

    def partition_name(self, key: str, dataset: str) -> str:
        """A member × dataset as people know it: „Landkreis Kusel/Veranstaltungen“."""
        return f"{self.member_name(key)}/{load_schema(dataset).title}"

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
    """The configuration, checked: keys, official keys, URLs and folders; raises ConfigError
    with one German message naming the entry. Source locations are checked against the
    data folder by `check_locations`, where the settings are known."""
    path = Path(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)  # libyaml: fast
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ConfigError(f"{path.name}: kein gültiges YAML" + (
            f" in Zeile {mark.line + 1}, Spalte {mark.column + 1}" if mark else "")) from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path.name}: erwartet werden die Abschnitte cluster, members, "
                          f"geodata und licences")
    defaults = raw.get("defaults", {})
    members = {}
    for number, entry in enumerate(_required(raw, "members", path.name), 1):
        key = str(_required(entry, "key", f"{path.name}: Mitglied Nr. {number}"))
        where = f"{path.name}: Mitglied „{key}“"
        if not KEY.match(key):
            raise ConfigError(f"{where}: der Schlüssel darf nur Kleinbuchstaben a–z, Ziffern und "
                              f"Bindestriche enthalten (er wird Teil von Ordnernamen)")
        if key == CLUSTER_SCOPE or key.startswith(RESERVED_PREFIXES):
            *first, last = [f"„{prefix}“" for prefix in RESERVED_PREFIXES]
            raise ConfigError(
                f"{where}: der Schlüssel ist für Exportdateien des ganzen Clusters vergeben "
                f"(„{CLUSTER_SCOPE}“ und jeder, der mit {', '.join(first)} oder {last} beginnt) – "
                f"die Dateien des Mitglieds würden sonst etwa {CLUSTER_SCOPE}.csv oder einen "
                f"Regionalkalender überschreiben; bitte einen anderen Schlüssel wählen")
        if key in members:
            raise ConfigError(f"{where}: Schlüssel doppelt vergeben")
        _check_official_keys(entry, where)
        organisation = _ckan_name(entry, where)
        if owner := next((m.key for m in members.values() if m.ckan_organization == organisation), None):
            raise ConfigError(f"{where}: ckan_organization „{organisation}“ gehört schon zum Mitglied "
                              f"„{owner}“ – jedes Mitglied braucht seine eigene Organisation im CKAN")
        members[key] = Member(
            key=key, name=_required(entry, "name", where), kind=_required(entry, "kind", where),
            ags=entry["ags"], ars=entry["ars"],
            ckan_organization=organisation, data_office=_required(entry, "data_office", where),
            sources={dataset: _source(path, key, dataset, spec or {}, defaults)
                     for dataset, spec in (entry.get("sources") or {}).items()},
            coordination=entry.get("coordination") or {})
    cluster = _required(raw, "cluster", path.name)
    where = f"{path.name}: Abschnitt cluster"
    return Cluster(name=_required(cluster, "name", where), title=_required(cluster, "title", where),
                   ckan_organization=_ckan_name(cluster, where),
                   data_office=_required(cluster, "data_office", where),
                   licence=_required(cluster, "licence", where),
                   timezone=_required(cluster, "timezone", where),
                   members=members, geodata=_required(raw, "geodata", path.name),
                   licences=_required(raw, "licences", path.name),
                   ckan_url=web_url(cluster.get("ckan_url"), f"{where}: ckan_url"),
                   contributor_id=cluster.get("contributor_id") or None,
                   public_url=web_url(cluster.get("public_url"), f"{where}: public_url"),
                   delivery_folders=tuple(_folder(path, folder) for folder in
                                          raw.get("delivery_folders") or ()),
                   config_path=path.resolve(), mail_sender=cluster.get("mail_sender") or None,
                   coordination=raw.get("coordination") or {},
                   privacy=_privacy(raw.get("privacy") or {}, path.name))


def _privacy(entry: dict, name: str) -> dict:
    """The retention periods, whole days of at least 1 (an archive kept 0 days is no archive),
    and the time of day they are applied, as „HH:MM“."""
    for key, days in entry.items():
        if key == EXPIRE_AT:
            continue
        if key not in RETENTION_KEYS:
            raise ConfigError(f"{name}: Abschnitt privacy: unbekannter Eintrag „{key}“ – bekannt "
                              f"sind: {', '.join((*RETENTION_KEYS, EXPIRE_AT))}")
        if type(days) is not int or days < 1:
            raise ConfigError(f"{name}: Abschnitt privacy: {key} muss eine ganze Zahl von Tagen "
                              f"(mindestens 1) sein, nicht „{days}“")
    at = entry.get(EXPIRE_AT, EXPIRE_AT_DEFAULT)
    if type(at) is int and 0 <= at < 24 * 60:  # YAML 1.1 reads 4:30 as minutes (270)
        at = f"{at // 60:02d}:{at % 60:02d}"
    if not (isinstance(at, str) and CLOCK.match(at)):
        raise ConfigError(f"{name}: Abschnitt privacy: {EXPIRE_AT} muss eine Uhrzeit wie "
                          f"„03:30“ sein (Stunde:Minute, {EXPIRE_AT_DEFAULT} ohne Eintrag), "
                          f"nicht „{at}“")
    hour, minute = CLOCK.match(at).groups()
    return {**entry, EXPIRE_AT: f"{int(hour):02d}:{minute}"}


def _source(path: Path, member: str, dataset: str, spec: dict, defaults: dict) -> Source:
    where = f"{path.name}: Quelle {member}/{dataset}"
    if dataset not in DATASET_KEYS:
        raise ConfigError(f"{where}: unbekannte Datensatzart")
    semantics = spec.get("semantics", defaults.get("semantics", "snapshot"))
    if semantics not in SEMANTICS:
        raise ConfigError(f"{where}: semantics muss {' oder '.join(SEMANTICS)} sein, "
                          f"nicht „{semantics}“")
    connector, location = _required(spec, "connector", where), str(_required(spec, "location", where))
    if connector not in KNOWN:
        raise ConfigError(f"{where}: unbekannter Connector „{connector}“ – bekannt sind: "
                          f"{', '.join(KNOWN)}")
    if connector not in CONNECTORS and not is_url(location):
        raise ConfigError(f"{where}: connector {connector} braucht eine http(s)-Adresse als location")
    if (spec.get("options") or {}).get("since") and semantics != "incremental":
        raise ConfigError(f"{where}: options.since liefert nur Änderungen und braucht "
                          f"semantics: incremental")
    for field_name, column in (spec.get("mapping") or {}).items():
        if isinstance(column, dict) and set(column) != {"value"}:
            raise ConfigError(f"{where}: mapping {field_name}: erwartet eine Spalte, eine Liste "
                              f"von Spalten oder {{value: …}} für einen festen Wert")
    return Source(
        member=member, dataset=dataset, connector=connector,
        location=web_url(location, f"{where}: location") if _is_url(location)
        else (path.parent / location).resolve(),
        semantics=semantics, schedule=spec.get("schedule", defaults.get("schedule", "0 5 * * *")),
        options=spec.get("options") or {}, mapping=spec.get("mapping") or {},
        scheduled=bool(spec.get("scheduled", defaults.get("scheduled", True))))


def check_locations(cluster: Cluster, settings: Settings) -> Cluster:
    """Every file location must lie in an allowed folder: the project, the configuration's
    folder, <data>/inbox or a configured delivery folder, and never in a system folder
    (symbolic links are followed). Raises ConfigError naming the source."""
    allowed = [PROJECT_ROOT, settings.inbox_dir.resolve(), *cluster.delivery_folders,
               *([cluster.config_path.parent] if cluster.config_path else [])]
    for member in cluster.members.values():
        for source in member.sources.values():
            if isinstance(source.location, str):  # a URL, checked at load
                continue
            if _in_system_folder(source.location) or not any(
                    source.location.is_relative_to(root) for root in allowed):
                raise ConfigError(
                    f"{_config_name(cluster)}: Quelle {member.key}/{source.dataset}: "
                    f"location {source.location} liegt außerhalb der erlaubten Ordner (Projekt, "
                    f"Ordner der Konfiguration, {settings.inbox_dir}, delivery_folders) – bitte "
                    f"die Lieferung dorthin legen oder ihren Ordner unter delivery_folders eintragen")
    return cluster


def web_url(text: str | None, where: str) -> str | None:
    """An http(s) address with a host, or None for an empty entry; else ConfigError."""
    if not text:
        return None
    parts = urlsplit(str(text).strip())
    if parts.scheme not in URL_SCHEMES or not parts.hostname:
        raise ConfigError(f"{where}: „{text}“ ist keine gültige Adresse – erwartet wird "
                          f"http:// oder https:// mit Rechnername, z. B. https://daten.example.de")
    return str(text).strip()


def _is_url(location: str) -> bool:
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", location) is not None


def _check_official_keys(entry: dict, where: str) -> None:
    ags, ars = str(_required(entry, "ags", where)), str(_required(entry, "ars", where))
    if not AGS.match(ags):
        raise ConfigError(f"{where}: ags „{ags}“ ist kein Amtlicher Gemeindeschlüssel (8 Ziffern, "
                          f"in Anführungszeichen, z. B. \"07312000\")")
    if not ARS.match(ars):
        raise ConfigError(f"{where}: ars „{ars}“ ist kein Amtlicher Regionalschlüssel (2, 3, 5, 9 "
                          f"oder 12 Ziffern, in Anführungszeichen)")
    if ars[:5] != ags[:len(ars[:5])] or (len(ars) == 12 and ars[9:] != ags[5:]):
        raise ConfigError(f"{where}: ars „{ars}“ passt nicht zu ags „{ags}“ (Land, Bezirk und "
                          f"Kreis müssen übereinstimmen)")


def _ckan_name(entry: dict, where: str) -> str:
    name = str(_required(entry, "ckan_organization", where))
    if not CKAN_NAME.match(name):
        raise ConfigError(f"{where}: ckan_organization „{name}“ – erlaubt sind 2–100 "
                          f"Kleinbuchstaben, Ziffern, - und _")
    return name


def _folder(path: Path, folder: str) -> Path:
    resolved = (path.parent / str(folder)).resolve()
    if resolved == Path("/") or _in_system_folder(resolved):
        raise ConfigError(f"{path.name}: delivery_folders: {resolved} ist ein Systemordner und "
                          f"als Lieferordner nicht erlaubt")
    return resolved


def _in_system_folder(path: Path) -> bool:
    return any(path.is_relative_to(folder) for folder in SYSTEM_FOLDERS)


def _required(entry, key: str, where: str):
    if not isinstance(entry, dict) or entry.get(key) in (None, ""):
        raise ConfigError(f"{where}: Angabe „{key}“ fehlt")
    return entry[key]


def _config_name(cluster: Cluster) -> str:
    return cluster.config_path.name if cluster.config_path else "cluster.yaml"
