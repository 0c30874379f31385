"""A code the data officer takes out of a code list (or renames): deliveries using it are
refused from then on, the records stored with it stay (a rejected row never costs the stored
record) – and the exports still go out, the code standing for its label."""
import pandas as pd

from support.schema_change import schema_folder  # noqa: F401 (fixture)
from pipelines.export.files import export_dataset
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.warehouse import refresh

WOHNUNG = ("    - {code: wohnung, label: Wohnung}\n", "")


def test_records_of_a_code_taken_out_of_its_list_are_still_exported(settings, cluster,
                                                                    schema_folder):
    source = cluster.member("kusel").sources["vacancies"]
    assert ingest_source(settings, cluster, source).status == "ok"
    refresh(settings)
    export_dataset(settings, cluster, "vacancies")
    folder = settings.export_dir / "vacancies"
    before = pd.read_parquet(folder / "kusel.parquet")
    flats = before[before["property_type"] == "wohnung"]
    assert len(flats) and set(flats["property_type_label"]) == {"Wohnung"}

    schema_folder.edit("vacancies.yaml", *WOHNUNG)
    again = ingest_source(settings, cluster, source)
    assert again.rejected >= len(flats)  # refused now, with the list's codes named
    refresh(settings)
    assert "kusel.csv" in {path.name for path in export_dataset(settings, cluster, "vacancies")}
    after = pd.read_parquet(folder / "kusel.parquet")
    kept = after[after["property_type"] == "wohnung"]
    assert sorted(kept["record_id"]) == sorted(flats["record_id"])
    assert set(kept["property_type_label"]) == {"wohnung"}
