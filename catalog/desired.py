"""The desired state of the CKAN catalogue: organisations, datasets and resources as the
platform wants them, computed from cluster.yaml, the schemas and the export files alone.

Dataset names are deterministic (`<member>-<dataset>`, `suedwest-cluster-<dataset>`), so a
dataset is found again by name and never created twice."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pyarrow.compute as pc
import pyarrow.parquet as pq
import shapely
from shapely.geometry import box, mapping

from catalog.hand_edits import WRITTEN_EXTRA
from pipelines.export.metadata import (CLUSTER_SCOPE, EU, RegionalCut, dataset_metadata,
                                       offered_name, regional_cuts)
from pipelines.core.cluster import Cluster, Member
from pipelines.export.files import exported_fields, scope_readme
from pipelines.geocoding.gazetteer import member_area
from pipelines.core.german import BERLIN
from pipelines.core.settings import Settings
from schemas import DATASET_KEYS, DatasetSchema, load_schema

# Export file ending -> CKAN format (as CKAN normalises it), IANA media type, EU file type,
# German description. The CSVW sidecar and LIESMICH.txt go out beside the data they describe.
# Text files name their encoding: CKAN sends the media type as Content-Type, and a browser
# shows a UTF-8 file without BOM and without charset as Windows-1252 („SÃ¼dwest“).
# The GeoPackage a dataset offers holds its layer alone (export/<dataset>/<scope>.gpkg), not
# the scope's file with all datasets (export/geopackage/<scope>.gpkg): that one changes with
# every dataset, and each of up to four datasets would upload it anew and show a new version
# though its own data did not change.
FORMATS = {
    ".csv": ("CSV", "text/csv; charset=utf-8", "CSV", "Tabelle für Excel und andere "
             "Tabellenkalkulationen (UTF-8 mit BOM, Semikolon, Dezimalkomma, deutsche "
             "Spaltenköpfe)."),
    ".xlsx": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "XLSX", "Excel-Arbeitsmappe: Schlüssel und Hausnummern als Text, Zahlen als "
              "Zahlen, Datumswerte als echte Datumswerte, deutsche Spaltenköpfe."),
    ".csv-metadata.json": ("CSVW", "application/csvm+json", "JSON_LD",
                           "Spaltenbeschreibung der CSV-Datei (CSV on the Web, JSON-LD): "
                           "Feldnamen, deutsche Bezeichnungen, Datentypen, Lizenz."),
    ".geojson": ("GeoJSON", "application/geo+json", "GEOJSON",
                 "Alle Datensätze mit Geometrie (WGS84) für Karten und GIS."),
    ".gpkg": ("GPKG", "application/geopackage+sqlite3", "GPKG",
              "GeoPackage für QGIS und andere GIS (WGS84): die Ebene „{layer}“, ihre Spalten "
              "mit deutschen Bezeichnungen und Beschreibungen."),
    ".parquet": ("GeoParquet", "application/vnd.apache.parquet", "PARQUET",
                 "Spaltenformat für Analysen (GeoParquet, WGS84)."),
    ".ics": ("ICS", "text/calendar", "ICS", "iCalendar: zum Abonnieren oder Importieren in "
             "Kalenderprogramme."),
    "LIESMICH.txt": ("TXT", "text/plain; charset=utf-8", "TXT", "Lies mich: Inhalt, Dateien, "
                     "Lizenz und Quellenvermerke der Geodaten; Hinweise für Excel."),
}
# How a citizen subscribes to a calendar of the portal, said with each regional calendar
# (per category, around a member): a calendar program asks for an address, not a file. The
# portal offers both addresses beside the calendar (ckanext-swdp, templates/swdp/subscribe.html).
SUBSCRIBE = ("Zum Abonnieren die Adresse dieser Datei im Kalenderprogramm als Internetkalender "
             "eintragen („Kalender abonnieren“, „Aus dem Internet“ oder „Per URL hinzufügen“). "
             "Im Portal öffnet die Schaltfläche „Abonnieren“ das Kalenderprogramm direkt (über "
             "die Adresse mit „webcal://“ am Anfang); „Adresse kopieren“ legt die Adresse für "
             "Outlook im Web und Google Kalender in die Zwischenablage. Abonniert kommen neue und "
             "geänderte Termine von selbst; eine heruntergeladene Datei übernimmt die Termine "
             "einmalig.")
BOUNDARY_TOLERANCE_M = 100
# Organisation extra with the territory's outline; the portal plugin reads it by this key.
BOUNDARY_EXTRA = "swdp_boundary"
SHA256 = "http://spdx.org/rdf/terms#checksumAlgorithm_sha256"
# Extras the platform writes; all others on its datasets are left as they are.
MARKER = "swdp_managed_by"
WITHDRAWN = "swdp_withdrawn"
# The version of the schema the published files follow (schemas/<dataset>.yaml `version:`),
# shown as „Schemaversion“; its change updates the dataset like any other extra.
SCHEMA_VERSION = "swdp_schema_version"
# The SHA-256 of the schema's files: tells two states of a schema apart should its version
# not have been set anew (pipelines/export/metadata.py schema_note).
SCHEMA_HASH = "swdp_schema_hash"
# Postcodes and places of the records (`_places`), shown as „Orte in den Daten“ and searched.
PLACES = "swdp_places"
EXTRA_KEYS = (MARKER, "swdp_scope", "swdp_dataset", SCHEMA_VERSION, SCHEMA_HASH, "frequency",
              "theme", "language", "access_rights", "publisher_name", "publisher_email", "publisher_type",
              "contact_name", "contact_email", "spatial", "spatial_text", PLACES, "temporal_start",
              "temporal_end", "political_geocoding_uri", "political_geocoding_level_uri",
              "contributor_id", "license_attribution_by_text", WITHDRAWN, WRITTEN_EXTRA)
_TABLE_SCHEMA_TYPES = {"decimal": "number", "string": "string", "integer": "integer",
                       "boolean": "boolean", "date": "date", "datetime": "datetime"}


@dataclass(frozen=True)
class Organization:
    name: str
    title: str
    description: str
    boundary: str  # GeoJSON (WGS84) of the territory, for the portal's map preview


@dataclass(frozen=True)
class Resource:
    path: Path
    fields: dict  # what CKAN stores for it (name, format, hash, …), keyed by swdp_file
    # The name it is uploaded and downloaded as (offered_name); data/export keeps its own.
    upload_name: str

    @property
    def key(self) -> str:
        return self.fields["swdp_file"]


@dataclass(frozen=True)
class Dataset:
    name: str
    scope: str    # member key or suedwest-cluster
    dataset: str  # dataset key
    package: dict  # title, notes, owner_org, licence, maintainer, tags, extras (dict)
    resources: list[Resource] = field(default_factory=list)


def organizations(settings: Settings, cluster: Cluster) -> list[Organization]:
    """One organisation per member and one for the cluster."""
    members = list(cluster.members.values())
    return [Organization(cluster.ckan_organization, cluster.title,
                         f"Gemeinsame offene Daten aller Mitglieder des Verbunds {cluster.name}. "
                         f"Kontakt: {cluster.data_office}", _boundary(settings, cluster, members)),
            *[Organization(m.ckan_organization, m.name,
                           f"Offene Daten des Mitglieds {m.name} ({m.kind}) im Verbund "
                           f"{cluster.name}. Kontakt: {m.data_office}", _boundary(settings, cluster, [m])) for m in members]]


def _boundary(settings: Settings, cluster: Cluster, members: list[Member]) -> str:
    """The members' territory from the gazetteer (VG5000), simplified to about 100 m – enough
    for a preview map and a few kilobytes in the organisation's extras."""
    area = gpd.GeoSeries([_territory(settings, cluster, members).simplify(BOUNDARY_TOLERANCE_M)],
                         crs=member_area(settings, cluster, members[0]).municipalities.crs)
    outline = shapely.set_precision(area.to_crs("EPSG:4326").iloc[0], 1e-5)
    return json.dumps(mapping(outline), separators=(",", ":"))


def _territory(settings: Settings, cluster: Cluster, members: list[Member]):
    return shapely.union_all([member_area(settings, cluster, m).municipalities.union_all()
                              for m in members])


def desired_datasets(settings: Settings, cluster: Cluster, members: list[str] | None = None,
                     datasets: list[str] | None = None) -> list[Dataset]:
    """Every dataset that has a configured source and export files, for the chosen members
    (the cluster-wide datasets only when no member is chosen) and dataset keys."""
    scopes = [cluster.member(key) for key in members] if members else [
        None, *cluster.members.values()]
    wanted = []
    for key in datasets or DATASET_KEYS:
        schema = load_schema(key)
        for member in scopes:
            configured = (member.sources if member else
                          {k for m in cluster.members.values() for k in m.sources})
            files = _export_files(settings, key, member.key if member else CLUSTER_SCOPE)
            if key in configured and files:
                wanted.append(_dataset(settings, cluster, schema, member, files))
    return wanted


def in_scope(extras: dict, members: list[str] | None, datasets: list[str] | None) -> bool:
    """Whether a published dataset (by its marker extras) belongs to the chosen selection."""
    return ((not members or extras.get("swdp_scope") in members)
            and (not datasets or extras.get("swdp_dataset") in datasets))


def _export_files(settings: Settings, dataset: str, scope: str) -> list[Path]:
    """The scope's files of the dataset in FORMATS order, and the scope's read-me once there
    is one; none where the scope has no files of the dataset."""
    folder = settings.export_dir / dataset
    files = [path for ending in FORMATS if ending.startswith(".")
             and (path := folder / f"{scope}{ending}").exists()]
    if not files:
        return []
    readme = scope_readme(folder, scope)
    return [*files, readme] if readme.exists() else files


def _dataset(settings: Settings, cluster: Cluster, schema: DatasetSchema, member: Member | None,
             files: list[Path]) -> Dataset:
    about = dataset_metadata(cluster, schema, member)
    members = [member] if member else list(cluster.members.values())
    parquet = next(p for p in files if p.suffix == ".parquet")
    start, end = _temporal_coverage(schema, parquet)
    extras = {
        MARKER: cluster.ckan_organization,
        "swdp_scope": about["scope"],
        "swdp_dataset": schema.key,
        SCHEMA_VERSION: about["schema_version"],
        SCHEMA_HASH: about["schema_hash"],
        "frequency": about["frequency"],
        "theme": json.dumps([about["theme"]]) if about["theme"] else None,
        "language": json.dumps([f"{EU}/language/DEU"]),
        "access_rights": f"{EU}/access-right/PUBLIC",
        "publisher_name": about["publisher"],
        "publisher_email": about["maintainer_email"],
        "publisher_type": "http://purl.org/adms/publishertype/LocalAuthority",
        "contact_name": about["maintainer"],
        "contact_email": about["maintainer_email"],
        "spatial": _spatial_extent(settings, cluster, members),
        "spatial_text": member.name if member else cluster.name,
        # A member's own places only: its area bounds the list (a hundred or so), while the
        # cluster's would grow with every member; its description names the members instead.
        PLACES: _places(parquet) if member else None,
        "temporal_start": start,
        "temporal_end": end,
        "political_geocoding_uri": json.dumps(about["political_geocoding_uris"]),
        "political_geocoding_level_uri": about["political_geocoding_level"],
        "contributor_id": cluster.contributor_id,
        "license_attribution_by_text": about["attribution_text"],
    }
    notes = "\n\n".join([
        about["description"],
        # A search for a member's name finds the cluster's datasets, which hold its records too.
        *([] if member else [f"Mit den Daten der Mitglieder: {', '.join(m.name for m in members)}."]),
        f"Herausgeber: {about['publisher']}. Lizenz: {about['license_title']} "
        f"({about['license']}).",
        "Quellenvermerke der Geodaten, mit denen die Datensätze verortet sind: "
        + "; ".join(about["attribution"]),
        "Personenbezogene Angaben sind nicht enthalten."])
    package = {
        "title": about["title"], "notes": notes, "owner_org": about["organization"],
        "license_id": about["license_id"], "maintainer": about["maintainer"],
        "maintainer_email": about["maintainer_email"],
        "tags": sorted({_tag(word) for word in about["keywords"]}),
        "extras": {key: value for key, value in extras.items() if value is not None},
    }
    dictionary = _data_dictionary(schema, about["scope"])
    resources = [_resource(about["title"], path, dictionary, schema.key,
                           offered_name(about["scope"], schema, _ending(path))) for path in files]
    # The regional calendars (cut from the cluster's events) beside the scope's own calendar.
    after_own = next((n + 1 for n, r in enumerate(resources) if r.key.endswith(".ics")), 0)
    resources[after_own:after_own] = _regional_calendars(settings, cluster, schema, about["scope"])
    return Dataset(about["name"], about["scope"], schema.key, package, resources)


def _regional_calendars(settings: Settings, cluster: Cluster, schema: DatasetSchema,
                        scope: str) -> list[Resource]:
    """The scope's `regional_cuts` that the export wrote; a category left out of the code
    list (its file may stay in the folder) is not offered, and so leaves the catalogue."""
    dictionary = _data_dictionary(schema, CLUSTER_SCOPE)  # cut from the regional calendar
    folder = settings.export_dir / schema.key
    return [_resource(cut.subject, path, dictionary, schema.key,
                      offered_name(scope, schema, cut.ending), cut)
            for cut in regional_cuts(cluster, schema, scope)
            if (path := folder / cut.file).exists()]


def _ending(path: Path) -> str:
    """The FORMATS key the export file is named by (".csv", "LIESMICH.txt", …)."""
    return next(ending for ending in FORMATS if path.name.endswith(ending))


def _resource(title: str, path: Path, dictionary: str, layer: str,
              upload_name: str, cut: RegionalCut | None = None) -> Resource:
    """The file as a resource of the dataset `layer` (its key), uploaded as `upload_name`;
    `cut`: the regional calendar the file is, named by what it holds."""
    label, media_type, _, description = FORMATS[_ending(path)]
    name = {"TXT": "Lies mich: Dateien, Lizenz, Quellenvermerke (TXT)",
            "CSVW": "Spaltenbeschreibung der CSV-Datei (CSVW)",
            "GPKG": f"{title} (GeoPackage)"
            }.get(label, f"{title} ({label})")
    description = description.format(layer=layer)
    if cut:
        name, description = f"Kalender: {cut.subject} (iCalendar)", f"{cut.contents} {SUBSCRIBE}"
    return Resource(path, {
        "name": name, "description": description,
        "format": label,
        "mimetype": media_type, "hash": sha256(path), "hash_algorithm": SHA256,
        "swdp_file": path.name, "schema": dictionary,
    }, upload_name)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as content:
        for block in iter(lambda: content.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _tag(word: str) -> str:
    # CKAN tags allow letters, digits, space, - _ . and at most 100 characters.
    return "".join(c for c in word if c.isalnum() or c in " -_.")[:100]


def _data_dictionary(schema: DatasetSchema, scope: str) -> str:
    """The exported columns as a Table Schema (frictionless): name, title, type, description,
    and the schema's version they follow."""
    return json.dumps({"version": schema.version, "fields": [
        {"name": f.name, "title": f.label, "type": _TABLE_SCHEMA_TYPES[f.type],
         "description": f.description} for f in exported_fields(schema, scope)]},
        ensure_ascii=False, sort_keys=True)


def _temporal_coverage(schema: DatasetSchema, parquet: Path) -> tuple[str | None, str | None]:
    """First and last day (Europe/Berlin) of the delivered dates and times in the data."""
    columns = [f.name for f in schema.fields if f.type in ("date", "datetime")
               and f in schema.publishable_fields]
    table = pq.read_table(parquet, columns=columns)
    days = []
    for name in columns:
        bounds = pc.min_max(table[name]).as_py()
        days += [_day(value) for value in (bounds["min"], bounds["max"]) if value is not None]
    return (min(days), max(days)) if days else (None, None)


def _places(parquet: Path) -> str | None:
    """Postcode and place of the current records, each once ("66869 Kusel, 66871
    Theisbergstegen"): a citizen searches the portal for her village or postcode, which no
    title or description names (the extras are in the search index and on the page)."""
    table = pq.read_table(parquet, columns=["postcode", "place", "withdrawn_at"])
    current = table.filter(pc.is_null(table["withdrawn_at"]))
    pairs = {(postcode or "", place or "") for postcode, place in
             zip(current["postcode"].to_pylist(), current["place"].to_pylist())}
    return ", ".join(sorted(f"{postcode} {place}".strip() for postcode, place in pairs
                            if postcode or place)) or None


def _day(value) -> str:
    if hasattr(value, "astimezone"):  # an instant, stored in UTC
        return value.astimezone(BERLIN).date().isoformat()
    return value.isoformat()


def _spatial_extent(settings: Settings, cluster: Cluster, members: list[Member]) -> str:
    """Bounding box (WGS84) of the members' territories from the gazetteer, as GeoJSON."""
    areas = gpd.GeoSeries([_territory(settings, cluster, members)],
                          crs=member_area(settings, cluster, members[0]).municipalities.crs)
    west, south, east, north = (round(v, 4) for v in areas.to_crs("EPSG:4326").total_bounds)
    return json.dumps(mapping(box(west, south, east, north)), separators=(",", ":"))
