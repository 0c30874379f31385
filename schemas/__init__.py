"""The dataset schemas: the single source of truth for every field.

Each dataset is described once in ``schemas/<dataset>.yaml`` (fields shared by several
datasets in ``common.yaml``). Everything else — Arrow and DuckDB types, validation rules,
the publishable projection, data dictionaries — is derived here from those files.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, fields as attributes
from datetime import date
from functools import cache, cached_property
from pathlib import Path

import pyarrow as pa
import yaml

SCHEMA_DIR = Path(__file__).parent
DATASET_KEYS = ("offers", "vacancies", "events", "building_plans")

# Field type -> (Arrow type, DuckDB type). Instants are stored in UTC (ARCHITECTURE.md, 7).
_TYPES = {
    "string": (pa.string(), "VARCHAR"),
    "integer": (pa.int64(), "BIGINT"),
    "decimal": (pa.float64(), "DOUBLE"),
    "boolean": (pa.bool_(), "BOOLEAN"),
    "date": (pa.date32(), "DATE"),
    "datetime": (pa.timestamp("us", tz="UTC"), "TIMESTAMPTZ"),
}
# The fields a record is located by where it comes without geometry or coordinates.
ADDRESS_FIELDS = ("street", "housenumber", "postcode", "place")
FORMATS = ("postcode", "url", "email", "phone", "ags")
# Units of numbers (`unit:` of a decimal field) and their German names. An amount in euros may
# be delivered as a price tag: "5,- €", "5 Euro", "kostenlos", "Eintritt frei".
UNITS = {"EUR": "Euro"}


def fold(text: str) -> str:
    """Spelling-insensitive form of a German word: case, umlauts, ß, accents, spacing."""
    text = text.strip().casefold().replace("ß", "ss")
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("-", " ").replace("_", " ").split())


@dataclass(frozen=True)
class Code:
    code: str
    label: str
    synonyms: tuple[str, ...] = ()
    # Where a stage code stands in its procedure (bp_legal_status: procedure, in_force, ended):
    # neighbours are told of plans in procedure one by one, of settled ones in one line.
    phase: str | None = None


@dataclass(frozen=True)
class CodeList:
    name: str
    codes: tuple[Code, ...]

    def lookup(self, value: str) -> str | None:
        """The code for a delivered value given as code, label or synonym, in any spelling."""
        return self._index.get(fold(value))

    @cached_property
    def _index(self) -> dict[str, str]:
        index = {}
        for entry in self.codes:
            for spelling in (entry.code, entry.label, *entry.synonyms):
                index[fold(spelling)] = entry.code
        return index

    def label(self, code: str) -> str:
        """The code's label; a code taken out of the list since records were stored with it
        (they stay while their new deliveries are refused) stands for itself."""
        return next((entry.label for entry in self.codes if entry.code == code), code)

    def phase(self, code: str) -> str | None:
        return next((entry.phase for entry in self.codes if entry.code == code), None)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    description: str
    type: str
    required: bool = False
    personal: bool = False
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    format: str | None = None
    code_list: CodeList | None = None
    not_before: str | None = None
    unit: str | None = None
    # What an amount is for (a rent: per month), a code of `price_unit` (common.yaml)
    per: Code | None = None
    # The code list a delivered amount's "/Stunde", "pro Tag" … is looked up in
    bases: CodeList | None = field(default=None, repr=False)
    # Delivered only to locate the record (raw coordinates); never stored as a column.
    input_only: bool = False
    # A published field that can carry contact data of a person (description, organiser,
    # e-mail, phone): scanned for private e-mail addresses and mobile numbers before publication.
    contact_check: bool = False

    @property
    def arrow_type(self) -> pa.DataType:
        return _TYPES[self.type][0]

    @property
    def duckdb_type(self) -> str:
        return _TYPES[self.type][1]


@dataclass(frozen=True)
class DatasetSchema:
    key: str
    title: str
    description: str
    geometry_type: str
    natural_key: tuple[str, ...]
    fields: tuple[Field, ...]
    platform_fields: tuple[Field, ...] = field(repr=False, default=())
    # Dataset-level quality checks: name -> {severity: error|warning, parameters…}
    quality: dict = field(repr=False, default_factory=dict)
    # Local parts of e-mail addresses that name a role, not a person (info@, kontakt@, …)
    role_mailboxes: tuple[str, ...] = field(repr=False, default=())
    # Domains of free-mail providers (gmx.de, web.de, …): every address there may be a person's.
    free_mail_domains: tuple[str, ...] = field(repr=False, default=())
    # Municipalities whose name is also a frequent family name (Roth, Hahn, …): no role mailbox.
    family_name_places: tuple[str, ...] = field(repr=False, default=())
    # Catalogue: CKAN tags / dcat:keyword, and the code of the EU data theme (e.g. ECON).
    keywords: tuple[str, ...] = ()
    theme: str | None = None
    # Spreadsheets: the fields a person reads first, and the order of the rows.
    lead_fields: tuple[str, ...] = ()
    sort_fields: tuple[str, ...] = ()
    # What the delivered geometry is to a member: a plan's „Geltungsbereich“, else the
    # „Koordinaten“ of a point.
    geometry_label: str = "Koordinaten"
    # The version a person reads (`version:`, „Schemaversion 1.3“), and for safety the SHA-256
    # of its files (common.yaml, its own): tells changes apart where the version stayed.
    version: str = ""
    content_hash: str = ""

    def field(self, name: str) -> Field:
        return next(f for f in self.all_fields if f.name == name)

    @property
    def all_fields(self) -> tuple[Field, ...]:
        return self.platform_fields + self.fields

    @property
    def delivered_fields(self) -> tuple[Field, ...]:
        """Fields a member can deliver (the target of a column mapping)."""
        return self.fields

    @property
    def address_fields(self) -> tuple[Field, ...]:
        """The fields that locate a record by its address, where it has no geometry."""
        return tuple(f for f in self.fields if f.name in ADDRESS_FIELDS)

    @property
    def stored_fields(self) -> tuple[Field, ...]:
        """Columns of the lake and warehouse, in order (geometry follows as last column)."""
        return tuple(f for f in self.all_fields if not f.input_only)

    @property
    def publishable_fields(self) -> tuple[Field, ...]:
        """The publishable projection: the one place the personal-data boundary is drawn."""
        return tuple(f for f in self.stored_fields if not f.personal)

    @property
    def contact_checked_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.contact_check and not f.personal)

    @property
    def personal_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.personal)

    def arrow_schema(self, fields: tuple[Field, ...] | None = None) -> pa.Schema:
        """Arrow schema of the stored columns; geometry is WKB as GeoParquet wants it."""
        columns = [pa.field(f.name, f.arrow_type) for f in (fields or self.stored_fields)]
        return pa.schema([*columns, pa.field("geometry", pa.binary())])

    def duckdb_columns(self, fields: tuple[Field, ...] | None = None) -> list[tuple[str, str]]:
        columns = [(f.name, f.duckdb_type) for f in (fields or self.stored_fields)]
        return [*columns, ("geometry", "GEOMETRY")]


class SchemaError(ValueError):
    """A schema file that cannot be used, as a data officer who edited it reads it: German,
    naming the file, the field and what to change."""


# What a field's entry may say: the attributes of Field but those the loader derives.
PROPERTIES = tuple(a.name for a in attributes(Field) if a.name not in ("name", "bases"))
_NEEDED = ("label", "description", "type")


def _read_yaml(name: str) -> dict:
    # libyaml's loader: the pure-Python one takes most of a second for the schemas
    try:
        return yaml.load((SCHEMA_DIR / name).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (Zeile {mark.line + 1}, Spalte {mark.column + 1})" if mark else ""
        raise SchemaError(f"schemas/{name} ist kein gültiges YAML{where}: "
                          f"{getattr(error, 'problem', None) or error}") from None


def _code_lists(raw: dict) -> dict[str, CodeList]:
    return {
        name: CodeList(name, tuple(Code(str(e["code"]), e["label"], tuple(e.get("synonyms", ())),
                                        e.get("phase")) for e in entries))
        for name, entries in (raw or {}).items()
    }


def _make_field(name: str, spec: dict, code_lists: dict[str, CodeList], file: str) -> Field:
    spec = dict(spec)

    def refuse(problem: str) -> SchemaError:
        return SchemaError(f"schemas/{file}, Feld „{name}“: {problem}")

    unknown = [key for key in spec if key not in PROPERTIES]
    if unknown:
        raise refuse(f"unbekannte Angabe „{unknown[0]}“ – erlaubt sind: {', '.join(PROPERTIES)}")
    if missing := [key for key in _NEEDED if key not in spec]:
        raise refuse(f"es fehlt „{missing[0]}“ (nötig sind {', '.join(_NEEDED)})")
    if spec["type"] not in _TYPES:
        raise refuse(f"unbekannter Typ „{spec['type']}“ – erlaubt sind: {', '.join(_TYPES)}")
    if spec.get("format") not in (None, *FORMATS):
        raise refuse(f"unbekanntes Format „{spec['format']}“ – erlaubt sind: {', '.join(FORMATS)}")
    if spec.get("unit") not in (None, *UNITS) or (spec.get("unit") and spec["type"] != "decimal"):
        raise refuse(f"Einheit „{spec['unit']}“ unbekannt oder nicht an einem Feld vom Typ "
                     f"decimal – bekannt sind: {', '.join(UNITS)}")
    code_list = spec.pop("code_list", None)
    if code_list is not None and code_list not in code_lists:
        raise refuse(f"Codeliste „{code_list}“ gibt es nicht – bekannt sind: "
                     f"{', '.join(sorted(code_lists))}")
    bases = code_lists["price_unit"] if spec.get("unit") == "EUR" else None
    per = spec.pop("per", None)
    if per is not None and (bases is None or per not in {c.code for c in bases.codes}):
        raise refuse(f"„per: {per}“ ist keine Preiseinheit (Codeliste price_unit) eines "
                     f"Betrags in Euro")
    return Field(name=name, code_list=code_lists[code_list] if code_list else None,
                 per=next(c for c in bases.codes if c.code == per) if per else None,
                 bases=bases, **spec)


@cache
def load_schema(key: str) -> DatasetSchema:
    if key not in DATASET_KEYS:
        raise KeyError(f"Unbekannte Datensatzart {key!r}; bekannt sind: {', '.join(DATASET_KEYS)}")
    common = _read_yaml("common.yaml")
    raw = _read_yaml(f"{key}.yaml")
    code_lists = _code_lists(common.get("code_lists")) | _code_lists(raw.get("code_lists"))
    fields = []
    for spec in raw["fields"]:
        spec = dict(spec)
        if "use" in spec:
            name = spec.pop("use")
            if name not in common["fields"]:
                raise SchemaError(f"schemas/{key}.yaml: „use: {name}“ nennt kein gemeinsames "
                                  f"Feld aus schemas/common.yaml – bekannt sind: "
                                  f"{', '.join(common['fields'])}")
            spec = {**common["fields"][name], **spec}
        else:
            name = spec.pop("name")
        fields.append(_make_field(name, spec, code_lists, f"{key}.yaml"))
    platform = tuple(_make_field(name, spec, code_lists, "common.yaml")
                     for name, spec in common["platform_fields"].items())
    schema = DatasetSchema(key=raw["key"], title=raw["title"], description=raw["description"],
                           geometry_type=raw["geometry"], natural_key=tuple(raw["natural_key"]),
                           fields=tuple(fields), platform_fields=platform,
                           quality=_quality(common.get("quality"), raw.get("quality")),
                           role_mailboxes=tuple(common.get("role_mailboxes", ())),
                           free_mail_domains=tuple(common.get("free_mail_domains", ())),
                           family_name_places=tuple(common.get("family_name_places", ())),
                           keywords=tuple(raw.get("keywords", ())), theme=raw.get("theme"),
                           lead_fields=tuple(raw.get("reading_order", {}).get("lead", ())),
                           sort_fields=tuple(raw.get("reading_order", {}).get("sort", ())),
                           geometry_label=raw.get("geometry_label", DatasetSchema.geometry_label),
                           version=_version(raw, f"{key}.yaml"),
                           content_hash=_content_hash("common.yaml", f"{key}.yaml"))
    names = [f.name for f in schema.all_fields]
    where = f"schemas/{key}.yaml"
    if repeated := sorted({name for name in names if names.count(name) > 1}):
        raise SchemaError(f"{where}: Feld „{repeated[0]}“ steht mehrmals – jedes Feld nur einmal")
    for f in schema.fields:
        if f.not_before and f.not_before not in names:
            raise SchemaError(f"{where}, Feld „{f.name}“: „not_before“ nennt das unbekannte "
                              f"Feld „{f.not_before}“")
    for what, named in (("der natürliche Schlüssel (natural_key)", schema.natural_key),
                        ("die Lesereihenfolge (reading_order)",
                         schema.lead_fields + schema.sort_fields)):
        if unknown := [name for name in named if name not in names]:
            raise SchemaError(f"{where}: {what} nennt unbekannte Felder: {', '.join(unknown)}")
    return schema


def _version(raw: dict, file: str) -> str:
    """The schema's `version:` as written in the file (YAML reads `1.10` as the number 1.1,
    `2026-12-07` as a date): a short text on one line."""
    value = raw.get("version")
    if isinstance(value, date):
        value = value.isoformat()
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        node = yaml.compose((SCHEMA_DIR / file).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        value = next(v.value for k, v in node.value if k.value == "version")
    if value is None:
        raise SchemaError(f"schemas/{file}: es fehlt „version“ – die Schemaversion, die Läufe "
                          f"und Exporte nennen, z. B. „version: 1.0“ oder „version: 2026-12-07“; "
                          f"bei jeder Änderung des Schemas neu setzen")
    if not isinstance(value, str) or not 0 < len(value.strip()) <= 40 or "\n" in value.strip():
        raise SchemaError(f"schemas/{file}: „version: {value}“ ist keine Schemaversion – eine "
                          f"Zeile Text mit höchstens 40 Zeichen, z. B. „1.0“ oder „2026-12-07“")
    return value.strip()


def _content_hash(*files: str) -> str:
    """SHA-256 over the files' own SHA-256 sums, in order."""
    sums = [hashlib.sha256((SCHEMA_DIR / name).read_bytes()).hexdigest() for name in files]
    return hashlib.sha256("\n".join(sums).encode()).hexdigest()


SEVERITIES = ("error", "warning")


def _quality(defaults: dict | None, overrides: dict | None) -> dict:
    checks = {**(defaults or {}), **(overrides or {})}
    checks = {name: dict(spec) for name, spec in checks.items() if spec != "off"}
    for name, spec in checks.items():
        if spec.get("severity") not in SEVERITIES:
            raise SchemaError(f"Qualitätsprüfung „{name}“ (quality): „severity“ muss "
                              f"{' oder '.join(SEVERITIES)} sein")
    return checks


def load_schemas() -> dict[str, DatasetSchema]:
    return {key: load_schema(key) for key in DATASET_KEYS}


__all__ = ["DATASET_KEYS", "UNITS", "Code", "CodeList", "DatasetSchema", "Field", "SchemaError",
           "fold", "load_schema", "load_schemas"]
