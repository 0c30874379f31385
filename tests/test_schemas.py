import pyarrow as pa

from schemas import DATASET_KEYS, fold, load_schema, load_schemas


def test_every_dataset_has_a_schema_with_labels_and_descriptions():
    schemas = load_schemas()
    assert set(schemas) == set(DATASET_KEYS)
    for schema in schemas.values():
        for field in schema.all_fields:
            assert field.label and field.description, f"{schema.key}.{field.name}"


def test_arrow_and_duckdb_types_are_derived_from_the_field_types():
    schema = load_schema("events")
    arrow = schema.arrow_schema()
    assert arrow.field("start").type == pa.timestamp("us", tz="UTC")
    assert arrow.field("accessible").type == pa.bool_()
    assert arrow.field("geometry").type == pa.binary()
    duck = dict(schema.duckdb_columns())
    assert duck["start"] == "TIMESTAMPTZ" and duck["price_eur"] == "DOUBLE"
    assert duck["geometry"] == "GEOMETRY"
    # Raw delivered coordinates are inputs only, never stored columns.
    assert "x" not in arrow.names and "x" not in duck


def test_personal_fields_are_outside_the_publishable_projection():
    schema = load_schema("vacancies")
    personal = {f.name for f in schema.personal_fields}
    assert personal == {"owner_name", "owner_phone", "owner_email"}
    assert not personal & {f.name for f in schema.publishable_fields}
    assert "record_id" in {f.name for f in schema.publishable_fields}


def test_every_published_field_that_can_name_a_person_is_checked_for_private_contact_data():
    """Invariant 6 and the schema's own words ("keine privaten Adressen"): organisers, providers,
    mailboxes and phone numbers are published, so they are checked like descriptions; titles
    and venues too („Anmeldung bei …“ in a real calendar's title)."""
    checked = {key: {f.name for f in schema.contact_checked_fields}
               for key, schema in load_schemas().items()}
    assert checked == {"events": {"title", "description", "venue", "organiser", "email"},
                       "offers": {"title", "description", "provider", "phone", "email"},
                       "vacancies": {"title", "description", "contact_office"},
                       "building_plans": {"description"}}


def test_code_lists_accept_codes_labels_and_synonyms_in_any_spelling():
    category = load_schema("events").field("category").code_list
    assert category.lookup("Führung") == "fuehrung"
    assert category.lookup("FUEHRUNG") == "fuehrung"
    assert category.lookup("  kerwe ") == "fest"
    assert category.lookup("Zirkus") is None
    assert fold("Straße Ökonomie") == "strasse oekonomie"


def test_labels_are_unique_within_a_dataset_since_they_head_the_csv_columns():
    for schema in load_schemas().values():
        labels = [f.label for f in schema.stored_fields]
        assert len(labels) == len(set(labels)), schema.key


def test_every_amount_in_euros_has_the_unit_in_the_schema():
    """The unit, not the field's name, makes a number an amount in euros (read from price
    tags, "kostenlos" as 0); every field whose label speaks of euros carries it."""
    for schema in load_schemas().values():
        for field in schema.all_fields:
            assert (field.unit == "EUR") == ("Euro" in field.label), f"{schema.key}.{field.name}"


def test_instants_are_described_as_people_read_them_in_berlin_time():
    """The descriptions head the data dictionary of every download; CSV and Excel show instants
    in Europe/Berlin, so "Zeitpunkt (UTC)" beside „Erstmals geliefert 2026-12-07 13:52“ had a
    reader take Berlin time for UTC, an hour off."""
    for key in DATASET_KEYS:
        for field in load_schema(key).publishable_fields:
            if field.type == "datetime":
                assert "Europe/Berlin" in field.description, (key, field.name, field.description)
