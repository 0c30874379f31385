"""Run the generated suite on normalised rows and say in German what failed.

The suite runs inside DuckDB (`pipelines.quality.engine`), which answers as GX's validator would.

The rules themselves live in schemas/ and become expectations in
`pipelines.quality.expectations`; nothing
here is written for a particular dataset. Each failed row-level expectation becomes one
Problem per row (row, field, value, what to change); each dataset-level expectation becomes
one `CheckResult` with its severity from the schema.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd
import shapely

from pipelines.core.geometry import to_wkb
from pipelines.core.german import BERLIN, counted, german_number
from pipelines.core.problems import Problem
from pipelines.quality.engine import validate_in_duckdb
from pipelines.quality.expectations import expectations
from pipelines.quality.patterns import (mailbox_key, mobile_number, place_mailboxes,
                                        private_email_addresses, several_values)
from schemas import DatasetSchema, Field


@dataclass
class CheckResult:
    """One check of one delivery, as kept in the quality history."""
    check: str            # e.g. "required:title", "duplicates", "row_count_drop"
    label: str            # German name of the check
    level: str            # "row" (quarantines rows) or "dataset" (judges the delivery)
    severity: str         # "error" blocks (rows: quarantine; dataset: publication), "warning"
    passed: bool
    observed: float | None
    message: str          # German: what was found and what to do


@dataclass
class Assessment:
    problems: list[Problem]
    checks: list[CheckResult]


@dataclass(frozen=True)
class SuiteOptions:
    """What the suite needs beyond the schema (see `pipelines.quality.expectations`)."""
    role_mailboxes: tuple[str, ...] = ()
    municipality_mailboxes: tuple[str, ...] = ()
    previous_rows: int | None = None
    delivered_at: datetime | None = None


def assess(frame: pd.DataFrame, schema: DatasetSchema, options: SuiteOptions = SuiteOptions(),
           unreadable: set[tuple[int, str]] = frozenset(), located: bool = False) -> Assessment:
    """The whole suite on `frame` (normalised values, plus the geocoding columns): row
    problems and one result per check. `located`: the delivery was located in a member's
    area, so the location rules apply."""
    suite = expectations(schema, options.role_mailboxes, options.previous_rows,
                         options.delivered_at, located, options.municipality_mailboxes)
    problems: list[Problem] = []
    checks: list[CheckResult] = []
    private_rows: set[int] = set()
    checked = suite_frame(frame, schema, located)
    of_kept = [e.meta["check"] == "geocoded_share" for e in suite]
    answers = iter(validate_in_duckdb([e for e, kept in zip(suite, of_kept) if not kept], checked))
    rejected = {row for row, _ in unreadable}  # grows by the row rules, which come first
    for expectation, kept in zip(suite, of_kept):
        result = _of_kept_rows(expectation, checked, rejected) if kept else next(answers)
        meta = result.expectation.meta
        details = result.result
        if meta["level"] == "row":
            f = _field(schema, meta["field"])
            rows = [row for row in details.get("unexpected_index_list") or []
                    if (row, f.name) not in unreadable]
            rejected.update(rows)
            # the failing rows fetched at once (row by row, pandas takes a millisecond each),
            # with only the fields their reasons name
            failing = frame.loc[rows, _named(f, meta["rule"], schema)].to_dict("records")
            arguments = _rule_arguments(result.expectation.kwargs)
            problems += [Problem(row, f.name, _shown_value(values[f.name]),
                                 row_reason(meta["rule"], f, values, schema, arguments))
                         for row, values in zip(rows, failing)]
            checks.append(CheckResult(meta["check"], f"{RULE_LABELS[meta['rule']]}: {f.label}",
                                      "row", "error", not rows, len(rows),
                                      f"{counted(len(rows), 'Zeile', 'Zeilen')} abgewiesen" if rows else "erfüllt"))
            if meta["rule"] in PRIVATE_DATA_RULES:
                private_rows.update(rows)
        else:
            checks.append(dataset_result(meta, details, bool(result.success), schema))
    if "personal_data" in schema.quality:
        checks.append(personal_data_result(len(private_rows), schema))
    return Assessment(problems, checks)


def _of_kept_rows(expectation, frame: pd.DataFrame, rejected: set[int]):
    """The share of located records among the rows kept: a rejected row is not published,
    and its own problem says what is wrong with it (a plan outside the area is not located
    for the platform, a plan without a Geltungsbereich needs no second advice)."""
    precision = frame["geocode_precision"].where(~frame.index.isin(list(rejected)), None)
    return validate_in_duckdb([expectation], precision.to_frame())[0]


def _why_private(address: str, rule_arguments: dict, schema: DatasetSchema) -> str:
    """Why an address that looks like an office's counts as a person's, for the reason."""
    local_part, domain = address.split("@")
    key = mailbox_key(local_part)
    if domain.lower() in rule_arguments["free_mail_domains"]:
        return " (bei einem Freemail-Anbieter gilt jede Adresse als privat)"
    if key in rule_arguments["municipality_mailboxes"]:
        return (" (der Ortsname steht auch in der Domain – so schreibt sich meist eine Person "
                "oder ihre Firma)")
    family_names = [name for name in schema.family_name_places if key in place_mailboxes([name])]
    if family_names:
        return f" („{family_names[0]}“ ist auch ein häufiger Familienname)"
    return ""


PRIVATE_DATA_RULES = ("private_email", "private_phone")


def _rule_arguments(kwargs: dict) -> dict:
    """The expectation's arguments for the reasons, mailboxes as sets: they include every
    municipality's name and are looked up once per address of each failing row."""
    if "role_mailboxes" not in kwargs:
        return kwargs
    return {**kwargs, **{name: frozenset(kwargs[name]) for name in
                         ("role_mailboxes", "municipality_mailboxes", "free_mail_domains")}}


def personal_data_result(blocked: int, schema: DatasetSchema) -> CheckResult:
    """How many records the personal-data guard held back: a dataset-level figure of the row
    rules on the fields that can carry contact data, with the severity the schema gives it."""
    return CheckResult("personal_data", CHECK_LABELS["personal_data"], "dataset",
                       schema.quality["personal_data"]["severity"], not blocked, blocked,
                       "keine gefunden" if not blocked else
                       f"{counted(blocked, 'Datensatz enthält', 'Datensätze enthalten')} private "
                       f"Kontaktdaten und {'wird' if blocked == 1 else 'werden'} nicht "
                       f"veröffentlicht")


def suite_frame(frame: pd.DataFrame, schema: DatasetSchema, located: bool) -> pd.DataFrame:
    """The columns the suite reads, in types DuckDB (and GX's pandas engine) read as a whole:
    instants and dates as datetime64, numbers as float64, geometry as WKB. Messages are still
    taken from the normalised frame."""
    columns = {}
    for f in schema.delivered_fields:
        column = frame[f.name]
        if f.type in ("datetime", "date"):
            columns[f.name] = pd.to_datetime(column, utc=True).astype("datetime64[us, UTC]")
        elif f.type in ("decimal", "integer"):
            columns[f.name] = pd.to_numeric(column).astype("float64")
        else:
            columns[f.name] = column
    if located:
        columns["geocode_precision"] = frame["geocode_precision"]
        # records located at one address share its point: each converted once
        columns["geometry"] = pd.Series(to_wkb(frame["geometry"].to_numpy()),
                                        index=frame.index, dtype=object)
    # concat keeps one block per column: consolidating them would copy the whole delivery
    return pd.concat(columns, axis=1, copy=False)


RULE_LABELS = {
    "required": "Pflichtfeld", "max_length": "Länge", "range": "Wertebereich",
    "format": "Format", "code_list": "Codeliste", "not_before": "Reihenfolge",
    "private_email": "Private E-Mail-Adresse", "private_phone": "Private Telefonnummer",
    "geometry_valid": "Gültige Geometrie",
}
CHECK_LABELS = {
    "duplicates": "Doppelte Datensätze",
    "row_count_drop": "Zeilenzahl gegenüber der Vorlieferung",
    "geocoded_share": "Anteil verorteter Datensätze",
    "freshness": "Aktualität",
    "personal_data": "Private Kontaktdaten",
}
_WRONG_FORMAT = {
    "postcode": "keine fünfstellige Postleitzahl",
    "ags": "kein achtstelliger Amtlicher Gemeindeschlüssel",
    "email": "keine gültige E-Mail-Adresse",
    "url": "keine gültige Webadresse (http:// oder https://)",
    "phone": "keine gültige Telefonnummer",
}
_ONE = {"email": "E-Mail-Adresse", "url": "Webadresse", "phone": "Telefonnummer"}


def row_reason(rule: str, f: Field, row: dict, schema: DatasetSchema,
               rule_arguments: dict) -> str:
    """What is wrong with this row's value and what to change, in German. `rule_arguments`:
    the expectation's, to name what the personal-data guard found."""
    value = row.get(f.name)
    if rule == "required":
        return f"Pflichtfeld „{f.label}“ ist leer – bitte ausfüllen"
    if rule == "max_length":
        return (f"„{f.label}“ ist {len(value)} Zeichen lang, erlaubt sind {f.max_length} – "
                f"bitte kürzen")
    if rule == "range":
        if f.minimum is not None and value < f.minimum:
            return (f"„{f.label}“ ist {shown(value)}, das ist kleiner als {_number(f.minimum)} – "
                    f"bitte Wert prüfen")
        return (f"„{f.label}“ ist {shown(value)}, das ist größer als {_number(f.maximum)} – "
                f"bitte Wert prüfen")
    if rule == "format":
        if parts := several_values(str(value), f.format):
            listed = ", ".join(f"„{part}“" for part in parts)
            return (f"„{f.label}“ enthält mehrere Angaben ({listed}) – bitte nur eine "
                    f"{_ONE[f.format]} angeben, weitere z. B. in die Beschreibung")
        if f.format in _ONE and len(lines := [line.strip() for line in str(value).splitlines()
                                              if line.strip()]) > 1:
            # a contact block (address, numbers, names over several lines) mapped to the field:
            # the whole block shown as the value would hide what to change
            return (f"„{f.label}“ enthält einen Text über {len(lines)} Zeilen („{lines[0]} "
                    f"…“) statt einer {_ONE[f.format]} – bitte nur die {_ONE[f.format]} "
                    f"liefern, z. B. in einer eigenen Spalte")
        return f"„{value}“ ist {_WRONG_FORMAT[f.format]} – bitte „{f.label}“ korrigieren"
    if rule == "code_list":
        allowed = ", ".join(entry.label for entry in f.code_list.codes)
        return f"„{value}“ ist für {f.label} nicht zulässig – erlaubt: {allowed}"
    if rule == "not_before":
        earlier = schema.field(f.not_before)
        return (f"„{f.label}“ ({shown(value)}) liegt vor „{earlier.label}“ "
                f"({shown(row[earlier.name])}) – bitte die Reihenfolge prüfen")
    if rule == "private_email":
        address = private_email_addresses(str(value), rule_arguments["role_mailboxes"],
                                          rule_arguments["free_mail_domains"],
                                          rule_arguments["municipality_mailboxes"])[0]
        return (f"„{f.label}“ enthält die private E-Mail-Adresse „{address}“"
                f"{_why_private(address, rule_arguments, schema)} – bitte "
                f"entfernen oder ein Funktionspostfach (z. B. info@…) angeben; der Datensatz wird "
                f"so nicht veröffentlicht")
    if rule == "private_phone":
        return (f"„{f.label}“ enthält die Mobilfunknummer „{mobile_number(str(value))}“ einer "
                f"Privatperson – bitte entfernen oder eine dienstliche Festnetznummer angeben; "
                f"der Datensatz wird so nicht veröffentlicht")
    if rule == "geometry_valid":
        return (f"Die Geometrie ist ungültig ({shapely.is_valid_reason(value)}) – bitte Umring "
                f"prüfen")
    raise KeyError(rule)


def dataset_result(meta: dict, details: dict, passed: bool, schema: DatasetSchema) -> CheckResult:
    """A dataset-level expectation's result as a check with German message and key figure."""
    check, severity = meta["check"], meta["severity"]
    label = CHECK_LABELS[check]
    failing = details.get("unexpected_count") or 0
    if check == "duplicates":
        key = ", ".join(f"„{schema.field(name).label}“" for name in schema.natural_key)
        observed = failing
        message = ("keine Dubletten" if passed else
                   f"{counted(failing, 'Datensatz gleicht', 'Datensätze gleichen')} in {key} "
                   f"einem anderen – die betroffenen Zeilen stehen unten bei „Doppelter "
                   f"Datensatz“; bitte zusammenführen oder unterscheidbar machen")
    elif check == "row_count_drop":
        previous = meta["previous_rows"]
        observed = details.get("observed_value")
        delivered = counted(observed, "Zeile", "Zeilen")
        message = (f"{delivered}, Vorlieferung {german_number(previous)}" if passed else
                   f"Nur {delivered} geliefert, die Vorlieferung hatte "
                   f"{german_number(previous)} ({_percent(1 - observed / previous)} weniger) – "
                   f"ist die Datei vollständig? Bitte die vollständige Liste senden")
    elif check == "geocoded_share":
        share = details.get("unexpected_percent")  # None: no row kept to count
        observed = None if share is None else round(1 - share / 100, 4)
        minimum = schema.quality[check]["minimum"]
        message = ("keine gültigen Datensätze" if observed is None else
                   f"{_percent(observed)} verortet" if passed else
                   f"Nur {_percent(observed)} der gültigen Datensätze verortet (mindestens "
                   f"{_percent(minimum)}) – bitte {_locating(schema)} ergänzen")
    elif check == "freshness":
        f = schema.field(schema.quality[check]["field"])
        observed = round((details.get("unexpected_percent") or 0) / 100, 4)
        cutoff = shown(datetime.fromisoformat(meta["cutoff"]).date())
        message = (f"{_percent(observed)} mit „{f.label}“ vor dem {cutoff}" if passed else
                   f"{_percent(observed)} der Datensätze haben „{f.label}“ vor dem {cutoff} – "
                   f"bitte Vergangenes entfernen und die aktuelle Liste senden")
    else:
        raise KeyError(check)
    if not passed and severity == "error":
        message += " (Veröffentlichung angehalten, bis eine gültige Lieferung kommt)"
    return CheckResult(check, label, "dataset", severity, passed, observed, message)


def _locating(schema: DatasetSchema) -> str:
    """What locates a record of the dataset, as advice names it: „Geltungsbereich oder
    Postleitzahl und Ort“, „Koordinaten oder Straße, Hausnummer, Postleitzahl und Ort“."""
    *most, last = [f.label for f in schema.address_fields] or [""]
    address = f"{', '.join(most)} und {last}" if most else last
    return f"{schema.geometry_label} oder {address}" if address else schema.geometry_label


def duplicate_problems(record_ids: pd.Series, refs: list[str]) -> list[Problem]:
    """Later rows that repeat an earlier row's identity cannot both be stored."""
    # Codes number the identities in the order they first appear: a row whose code exceeds
    # every code before it is the first of its identity.
    codes, distinct = pd.factorize(record_ids, use_na_sentinel=False)
    if len(distinct) == len(codes):
        return []
    firsts = np.flatnonzero(np.diff(np.maximum.accumulate(codes), prepend=-1) > 0)
    repeated = np.flatnonzero(firsts[codes] != np.arange(len(codes)))
    rows, first_rows = record_ids.index[repeated], record_ids.index[firsts[codes[repeated]]]
    return [Problem(row, "source_id", None,
                    f"Doppelter Datensatz: gleiche Kennung bzw. gleicher Schlüssel und gleiche "
                    f"Lage wie {refs[first]} – bitte Dublette entfernen oder verschiedenen "
                    f"Objekten eigene Kennungen geben")
            for row, first in zip(rows.tolist(), first_rows.tolist())]


def _named(f: Field, rule: str, schema: DatasetSchema) -> list[str]:
    """The fields `row_reason` reads for a rule on field `f`."""
    return [f.name, f.not_before] if rule == "not_before" else [f.name]


def _field(schema: DatasetSchema, name: str) -> Field:
    if name == "geometry":
        return Field(name="geometry", label="Lage", description="", type="string")
    return schema.field(name)


def _shown_value(value) -> str | None:
    if value is None or (not isinstance(value, (str, shapely.Geometry)) and pd.isna(value)):
        return None
    if isinstance(value, shapely.Geometry):
        return value.geom_type
    return shown(value)


def _percent(share: float) -> str:
    return f"{german_number(share * 100, 1).removesuffix(',0')} %"


def _number(value: float) -> str:
    return german_number(value, 2).removesuffix(",00")


def shown(value) -> str:
    """A value as a German clerk would write it."""
    if isinstance(value, datetime):
        try:
            return value.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")
        except OverflowError:  # year 1 or 9999: no room for the shift to Berlin time
            return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        return _number(value)
    return str(value)
