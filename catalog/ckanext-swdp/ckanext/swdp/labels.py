"""German labels and readable values for what the platform stores on its datasets and
resources: EU vocabulary IRIs become their German names, DCAT-AP.de geocoding IRIs their key
and level, dates German dates; internal keys and GeoJSON are left out."""
from __future__ import annotations

import json
from datetime import date, datetime
from urllib.parse import unquote

EU = "http://publications.europa.eu/resource/authority/"
GEOCODING = "http://dcat-ap.de/def/politicalGeocoding/"

THEMES = {"AGRI": "Landwirtschaft, Fischerei, Forstwirtschaft und Nahrungsmittel",
          "ECON": "Wirtschaft und Finanzen", "EDUC": "Bildung, Kultur und Sport",
          "ENER": "Energie", "ENVI": "Umwelt", "GOVE": "Regierung und öffentlicher Sektor",
          "HEAL": "Gesundheit", "INTR": "Internationale Themen",
          "JUST": "Justiz, Rechtssystem und öffentliche Sicherheit",
          "REGI": "Regionen und Städte", "SOCI": "Bevölkerung und Gesellschaft",
          "TECH": "Wissenschaft und Technologie", "TRAN": "Verkehr"}
FREQUENCIES = {"HOURLY": "stündlich", "BIHOURLY": "alle zwei Stunden",
               "TRIHOURLY": "alle drei Stunden", "12HRS": "zweimal täglich", "DAILY": "täglich",
               "WEEKLY": "wöchentlich", "MONTHLY": "monatlich", "ANNUAL": "jährlich",
               "IRREG": "unregelmäßig", "CONT": "laufend"}
LANGUAGES = {"DEU": "Deutsch", "ENG": "Englisch", "FRA": "Französisch"}
ACCESS_RIGHTS = {"PUBLIC": "öffentlich", "RESTRICTED": "eingeschränkt",
                 "NON_PUBLIC": "nicht öffentlich"}
PUBLISHER_TYPES = {"LocalAuthority": "Kommunalverwaltung",
                   "RegionalAuthority": "Landesverwaltung",
                   "NationalAuthority": "Bundesverwaltung"}
GEOCODING_KEYS = {"districtKey": "Kreisschlüssel", "municipalityKey": "Gemeindeschlüssel",
                  "municipalAssociationKey": "Gemeindeverbandsschlüssel",
                  "regionalKey": "Regionalschlüssel", "stateKey": "Landesschlüssel"}
GEOCODING_LEVELS = {"federal": "Bund", "state": "Land", "administrativeDistrict": "Kreis",
                    "municipality": "Gemeinde"}
FORMAT_NAMES = {"CSV": "CSV", "GEOJSON": "GeoJSON", "GEOPARQUET": "GeoParquet",
                "ICS": "iCalendar", "CSVW": "Spaltenbeschreibung (CSVW)", "TXT": "Lies mich (Text)"}
# Building-plan fields whose dates mark a step of the procedure, with the step's name.
PLAN_STEPS = (("decision_date", "Aufstellungsbeschluss vom"),
              ("display_start", "Öffentliche Auslegung ab"), ("in_force_date", "In Kraft seit"))
_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember")


def german_date(value: date | datetime, with_time: bool = False) -> str:
    """'19. Dezember 2026' or, with time, '19. Dezember 2026, 16:00 Uhr'."""
    text = f"{value.day}. {_MONTHS[value.month - 1]} {value.year}"
    return f"{text}, {value:%H:%M} Uhr" if with_time and isinstance(value, datetime) else text


def _code(iri: str, prefix: str) -> str:
    return iri[len(prefix):] if iri.startswith(prefix) else iri


def _json_list(value: str) -> list[str]:
    try:
        parsed = json.loads(value)
    except ValueError:
        return [value]
    return parsed if isinstance(parsed, list) else [str(parsed)]


def _geocoding(iri: str) -> str:
    kind, _, key = _code(iri, GEOCODING).partition("/")
    return f"{GEOCODING_KEYS.get(kind, kind)} {key}" if key else iri


def _day(value: str) -> str:
    try:
        return german_date(date.fromisoformat(value[:10]))
    except ValueError:
        return value


def readable_extras(extras: dict[str, str]) -> list[tuple[str, str, str | None]]:
    """Rows (label, value, link) in a fixed, readable order; unknown or internal keys are
    not shown (they stay in the API and the DCAT output)."""
    rows: list[tuple[str, str, str | None]] = []

    def add(label, value, link=None):
        if value:
            rows.append((label, value, link))

    add("Herausgeber", extras.get("publisher_name"))
    add("Art des Herausgebers", PUBLISHER_TYPES.get(
        extras.get("publisher_type", "").rsplit("/", 1)[-1]))
    if extras.get("publisher_email"):
        add("E-Mail des Herausgebers", extras["publisher_email"],
            f"mailto:{extras['publisher_email']}")
    add("Ansprechstelle", extras.get("contact_name"))
    if extras.get("contact_email"):
        add("E-Mail der Ansprechstelle", extras["contact_email"],
            f"mailto:{extras['contact_email']}")
    add("Kategorie", ", ".join(THEMES.get(_code(t, EU + "data-theme/"), t)
                               for t in _json_list(extras.get("theme", "[]"))))
    add("Aktualisierung", FREQUENCIES.get(_code(extras.get("frequency", ""), EU + "frequency/")))
    add("Sprache", ", ".join(LANGUAGES.get(_code(l, EU + "language/"), l)
                             for l in _json_list(extras.get("language", "[]"))))
    add("Zugang", ACCESS_RIGHTS.get(_code(extras.get("access_rights", ""), EU + "access-right/")))
    add("Gebiet", extras.get("spatial_text"))
    add("Orte in den Daten", extras.get("swdp_places"))
    add("Amtlicher Gebietsschlüssel", ", ".join(
        _geocoding(uri) for uri in _json_list(extras.get("political_geocoding_uri", "[]"))))
    add("Verwaltungsebene", GEOCODING_LEVELS.get(
        _code(extras.get("political_geocoding_level_uri", ""), GEOCODING + "Level/")))
    start, end = extras.get("temporal_start"), extras.get("temporal_end")
    if start or end:
        add("Zeitraum der Daten", " bis ".join(_day(v) for v in (start, end) if v))
    add("Schemaversion", extras.get("swdp_schema_version"))
    # as the files' read-mes name it to people; API and DCAT carry the whole SHA-256
    add("Prüfsumme der Schemadateien", (extras.get("swdp_schema_hash") or "")[:12])
    add("Namensnennung", extras.get("license_attribution_by_text"))
    add("Zurückgezogen", extras.get("swdp_withdrawn"))
    return rows


def readable_resource(resource: dict) -> list[tuple[str, str]]:
    """The resource facts a person needs, German labels; no internal fields or schemas."""
    rows = []
    if resource.get("format"):
        rows.append(("Format", FORMAT_NAMES.get(resource["format"].upper(), resource["format"])))
    if resource.get("mimetype"):
        rows.append(("Medientyp", resource["mimetype"]))
    if resource.get("size"):
        rows.append(("Dateigröße", _size(int(resource["size"]))))
    if resource.get("url_type") == "upload" and resource.get("url"):
        # The name the download has, the last part of its address (file_names.py keeps it
        # as the platform gave it: „kusel-LIESMICH.txt“, not CKAN's „kusel-liesmich.txt“).
        rows.append(("Dateiname", unquote(resource["url"].rsplit("/", 1)[-1])))
    if resource.get("hash"):
        rows.append(("Prüfsumme (SHA-256)", resource["hash"]))
    return rows


# Table Schema's types as a person reads them in the column list.
_COLUMN_TYPES = {"string": "Text", "number": "Zahl", "integer": "ganze Zahl", "boolean": "ja/nein",
                 "date": "Datum", "datetime": "Zeitpunkt", "time": "Uhrzeit", "year": "Jahr",
                 "geojson": "Geometrie", "geopoint": "Punkt", "object": "Objekt", "array": "Liste"}


def _table_schema(resource: dict) -> dict:
    """The resource's Table Schema (``schema``, written by the platform's publisher); {} if
    it has none or no readable one."""
    schema = resource.get("schema")
    if isinstance(schema, str):
        try:
            schema = json.loads(schema)
        except ValueError:
            return {}
    return schema if isinstance(schema, dict) else {}


def data_dictionary(resource: dict) -> list[tuple[str, str, str, str]]:
    """(heading, field name, type, description) of each column the resource's Table Schema
    names; none without a schema."""
    fields = _table_schema(resource).get("fields")
    return [(f.get("title") or f.get("name", ""), f.get("name", ""),
             _COLUMN_TYPES.get(f.get("type"), f.get("type") or ""), f.get("description") or "")
            for f in fields or [] if isinstance(f, dict)]


def schema_version(resource: dict) -> str:
    """The version of the platform's schema the resource's columns follow; "" if unnamed."""
    return str(_table_schema(resource).get("version") or "")


def _size(octets: int) -> str:
    for unit, factor in (("MB", 1 << 20), ("kB", 1 << 10)):
        if octets >= factor:
            return f"{octets / factor:.1f} {unit}".replace(".", ",")
    return f"{octets} Byte"
