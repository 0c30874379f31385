"""The shared lake (DuckLake) follows a field added to the schema: the table made under the
old schema gains the column, the records committed before keep it empty."""
from support.schema_change import NEW_EVENT_FIELD, schema_folder  # noqa: F401 (fixtures)
from test_ducklake import shared  # noqa: F401 (fixture: a fresh DuckLake catalogue)
from pipelines.ingest.delivery import ingest_source
from pipelines.storage import ducklake
from schemas import load_schema


def test_a_field_added_after_the_first_commit_is_committed(shared, cluster,  # noqa: F811
                                                          schema_folder):
    kusel, wendel = (cluster.member(key).sources["events"] for key in ("kusel", "sankt-wendel"))
    assert ingest_source(shared, cluster, kusel).status == "ok"

    schema_folder.edit("events.yaml", *NEW_EVENT_FIELD)
    assert ingest_source(shared, cluster, wendel).status == "ok"
    assert ingest_source(shared, cluster, kusel).status == "ok"  # read again: new schema
    events = load_schema("events")
    for member, count in (("kusel", 201), ("sankt-wendel", 232)):
        stored = ducklake.read_partition(shared, events, member)
        assert len(stored) == count
        assert stored["registration_required"].isna().all()
