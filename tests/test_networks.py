"""The members' networks: machine lending with care areas in `offers`, and the cluster-wide
vacancy export (type, area, vacant since, marketing, location – never personal fields)."""
import csv
import json
from dataclasses import replace

from pipelines.export.files import export_dataset
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.warehouse import refresh
from schemas import load_schema
from support.cli import SAMPLES

MACHINES = """\ufeffKennung beim Mitglied;Bezeichnung;Kategorie;Anbieter;Postleitzahl;Ort;Maschine oder Gerät;Preis je Stunde in Euro;Preis je Tag in Euro;Pflegefläche;Größe der Pflegefläche in m²
KUS-MV-1;Mulcher zum Selbstkostenpreis;Maschinenverleih;Bauhof der Verbandsgemeinde Kusel-Altenglan;66869;Kusel;Mulcher, Arbeitsbreite 2,5 m;12,50;85;Grünstreifen am Sportplatz Kusel;1.200
"""


def _deliver(settings, cluster, member, dataset, path, **changes):
    source = replace(cluster.member(member).sources[dataset], location=path, **changes)
    result = ingest_source(settings, cluster, source)
    assert result.status == "ok" and result.rejected == 0, (result.message, result.notes)


def _csv(path) -> list[dict]:
    with open(path, encoding="utf-8-sig") as file:
        return list(csv.DictReader(file, delimiter=";"))


def test_machine_lending_shows_lender_machine_prices_and_care_area(settings, cluster, tmp_path):
    path = tmp_path / "maschinen.csv"
    path.write_text(MACHINES, encoding="utf-8")
    _deliver(settings, cluster, "kusel", "offers", path, connector="csv", mapping={}, options={})
    refresh(settings)
    export_dataset(settings, cluster, "offers")
    [row] = _csv(settings.export_dir / "offers" / "suedwest-cluster.csv")
    assert row["Anbieter"] == "Bauhof der Verbandsgemeinde Kusel-Altenglan"
    assert row["Maschine oder Gerät"] == "Mulcher, Arbeitsbreite 2,5 m"
    assert (row["Preis je Stunde in Euro"], row["Preis je Tag in Euro"]) == ("12,5", "85")
    assert (row["Pflegefläche"], row["Größe der Pflegefläche in m²"]) == ("Grünstreifen am Sportplatz Kusel", "1200")
    [feature] = json.loads((settings.export_dir / "offers" / "kusel.geojson").read_text())["features"]
    assert feature["properties"]["care_area_m2"] == 1200 and feature["properties"]["hourly_rate_eur"] == 12.5


def test_the_cluster_wide_vacancy_export_has_type_area_status_and_place_but_no_owner(settings, cluster, tmp_path):
    lines = (SAMPLES / "kusel" / "leerstand.csv").read_text(encoding="utf-8-sig").splitlines()
    header, *rows = lines
    rows = [row for row in rows if ";Burg;" not in row]  # the sample's deliberately wrong row
    path = tmp_path / "leerstand.csv"
    path.write_text("\n".join([header + ";Vermarktungsstand"] + [
        row + (";reserviert" if number == 0 else ";frei") for number, row in enumerate(rows)]) + "\n",
        encoding="utf-8-sig")
    _deliver(settings, cluster, "kusel", "vacancies", path)
    refresh(settings)
    export_dataset(settings, cluster, "vacancies")
    folder = settings.export_dir / "vacancies"
    exported = _csv(folder / "suedwest-cluster.csv")
    assert len(exported) == len(rows)
    for label in ("Objektart (Klartext)", "Nutzfläche in m²", "Leer seit", "Vermarktung (Klartext)",
                  "Vermarktungsstand (Klartext)", "Ort", "Breite (WGS84)", "Länge (WGS84)"):
        assert label in exported[0], label
    assert [r["Vermarktungsstand (Klartext)"] for r in exported].count("reserviert") == 1
    assert all(r["Breite (WGS84)"] for r in exported)
    personal = load_schema("vacancies").personal_fields
    owners = {row.split(";")[16] for row in rows} - {""}
    assert owners  # the sample names owners, and none of them may leave the warehouse
    for suffix in (".csv", ".geojson"):
        text = (folder / f"suedwest-cluster{suffix}").read_text(encoding="utf-8-sig")
        assert not any(owner in text for owner in owners)
        assert not any(f.label in text or f'"{f.name}"' in text for f in personal)
