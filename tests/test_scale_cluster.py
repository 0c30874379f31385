"""The generated cluster of the scale benchmark (tests/support/scale.py) is a configuration
the platform accepts: N members of Rhineland-Palatinate, every location allowed, every row
inside its member's area; run in parallel, they reach the warehouse once."""
import json

import pandas as pd
import pytest
import shapely

from pipelines.core.cluster import check_locations, load_cluster
from pipelines.core.settings import Settings
from pipelines.geocoding.gazetteer import member_area
from pipelines.ingest.delivery import ingest_source
from support.cli import swdp
from support.scale import generate_cluster


def test_generated_cluster_has_its_members_with_deliveries_inside_their_areas(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", config_path=tmp_path / "cluster.yaml")
    generated = generate_cluster(tmp_path, settings, members=3, rows_per_member=40)
    cluster = check_locations(load_cluster(generated.config_path), settings)

    assert generated.rows == 120
    assert len(cluster.members) == 3
    assert len({m.ars for m in cluster.members.values()}) == 3
    for member in cluster.members.values():
        assert member.ars.startswith("07") and len(member.ars) == 12 and member.ars[9:] == member.ags[5:]
        delivery = pd.read_csv(member.sources["events"].location, sep=";", dtype=str)
        assert len(delivery) == 40 and delivery["ID"].is_unique
        area = member_area(settings, cluster, member)
        assert shapely.contains_xy(area.boundary, delivery["Rechtswert"].astype(float),
                                   delivery["Hochwert"].astype(float)).all()

    first = next(iter(cluster.members.values()))
    result = ingest_source(settings, cluster, first.sources["events"])
    assert (result.status, result.read, result.valid, result.rejected) == ("ok", 40, 40, 0)
    assert result.geocoded == 40


@pytest.mark.slow  # Dagster in three processes: 1–2 minutes on the shared 2-core machine
def test_members_ingested_in_parallel_reach_the_warehouse_once(tmp_path, monkeypatch):
    """`swdp run --parallel 2` on a generated cluster: every member's run succeeds in its
    worker process, and the one warehouse refresh after them holds all rows."""
    settings = Settings(data_dir=tmp_path / "data", config_path=tmp_path / "cluster.yaml")
    generate_cluster(tmp_path, settings, members=3, rows_per_member=40)
    monkeypatch.setenv("SWDP_CONFIG", str(settings.config_path))

    result = swdp("run", "--parallel", "2", "--json", data_dir=settings.data_dir)

    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout)
    assert [(r["status"], r["valid"]) for r in summary["runs"]] == [("ok", 40)] * 3
    assert len({r["run_id"] for r in summary["runs"]}) == 3
    assert summary["warehouse"]["events"] == 120 and not summary["errors"]
