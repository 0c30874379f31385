"""An analyst's session keeps its connection open (a Jupyter kernel holds `db`) while a run
refreshes the warehouse. Opening it again, as the README advises for the newest state, must
show the refreshed warehouse: DuckDB keeps one database per path in a process, and a second
`duckdb.connect` of the path handed back the first one, still on the replaced file
(duckdb/duckdb#15912) – re-running a notebook in its kernel showed the old data silently."""
from pipelines.core.database import connect
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.warehouse import refresh


def test_a_new_connection_sees_the_refreshed_warehouse_while_an_old_one_is_open(settings, cluster):
    assert ingest_source(settings, cluster, cluster.member("kusel").sources["events"]).status == "ok"
    refresh(settings)
    session = connect(settings.warehouse_path, read_only=True)
    runs = "SELECT municipality FROM runs ORDER BY ALL"
    assert session.execute(runs).fetchall() == [("kusel",)]

    assert ingest_source(settings, cluster,
                         cluster.member("sankt-wendel").sources["events"]).status == "ok"
    refresh(settings)
    again = connect(settings.warehouse_path, read_only=True)
    assert again.execute(runs).fetchall() == [("kusel",), ("sankt-wendel",)]
    assert again.execute("SELECT count(DISTINCT municipality) FROM upcoming_events").fetchone() == (2,)
    # the open connection keeps the state it opened, as documented („Betrieb und Störungen“)
    assert session.execute(runs).fetchall() == [("kusel",)]
    session.close()
    again.close()
