"""`swdp gazetteer build` and `swdp geocode` end to end, with an online geocoder answering
in Nominatim's JSON format from a local server; its cache lives in files of its own, the
warehouse holds a copy."""
import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest
import yaml
from pyproj import Transformer

from pipelines.geocoding.gazetteer import member_area
from pipelines.geocoding.matching import match_addresses
from pipelines.geocoding.online import online_geocoder
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.core.database import connect
from support.addresses import make_register, write_hk_de

from support.cli import swdp_in_process
from support.http import answer, local_server


KUSEL_CASTLE = (7.4012, 49.5391)       # a point in Stadt Kusel (lon, lat)
HAMBURG = (9.9937, 53.5511)


@pytest.fixture
def nominatim():
    """A Nominatim (and Photon) look-alike on a free port; it records every query."""
    asked = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            url = urlsplit(self.path)
            query = parse_qs(url.query).get("q", [""])[0]
            asked.append(query)
            where = KUSEL_CASTLE if "Kusel" in query else HAMBURG if "Hamburg" in query else None
            if url.path == "/api":  # Photon: GeoJSON features
                found = {"type": "FeatureCollection", "features": [] if where is None else [{
                    "type": "Feature", "geometry": {"type": "Point", "coordinates": list(where)},
                    "properties": {"osm_key": "building", "type": "house", "name": query}}]}
            else:  # Nominatim /search
                found = [] if where is None else [{
                    "place_id": len(asked), "lat": str(where[1]), "lon": str(where[0]),
                    "class": "building", "type": "yes", "addresstype": "building",
                    "display_name": query, "importance": 0.4}]
            answer(self, 200, json.dumps(found).encode())

        def log_message(self, *args):
            pass

    with local_server(Handler) as url:
        yield url, asked


@pytest.fixture
def online_config(tmp_path, nominatim, monkeypatch):
    config = yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))
    config["geodata"]["online_geocoder"].update(enabled=True, url=nominatim[0],
                                                min_delay_seconds=0.05, timeout_seconds=5)
    path = tmp_path / "cluster.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("SWDP_CONFIG", str(path))
    return path


def test_gazetteer_build_and_geocode_end_to_end(cluster, tmp_path, nominatim, online_config):
    data_dir = tmp_path / "data"
    register = make_register(member_area(Settings(data_dir=tmp_path / "plain"), cluster, cluster.member("kusel")),
                             seed=11, streets_per_municipality=(2, 4), houses_per_street=(2, 6))
    built = swdp_in_process("gazetteer", "build", "--addresses",
                 str(write_hk_de(register, tmp_path / "hk.txt")), "--json", data_dir=data_dir)
    assert built.returncode == 0, built.stderr
    assert json.loads(built.stdout)["addresses"] == len(register)

    house = register[register["ags"] == "07336055"].iloc[0]  # a house in Stadt Kusel
    utm = Transformer.from_crs("EPSG:4326", "EPSG:25832", always_xy=True).transform(*KUSEL_CASTLE)
    rows = [
        ["1", house.street.replace("straße", "str."), house.housenumber + house.suffix.upper(),
         "", "Kusel", "", "", ""],
        ["2", "Unbekannte Gasse", "7", "66869", "Kusel", "", "", ""],
        ["3", "Elbchaussee", "1", "22763", "Hamburg", "", "", ""],
        ["4", "", "", "", "", f"{utm[0]:.2f}", f"{utm[1]:.2f}", ""],
        ["5", "", "", "", "", str(KUSEL_CASTLE[1]), str(KUSEL_CASTLE[0]), "EPSG:4326"],
    ]
    source = tmp_path / "adressen.csv"
    source.write_text("id,street,housenumber,postcode,city,x,y,crs\n"
                      + "\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    target = tmp_path / "ergebnis.csv"

    first = swdp_in_process("geocode", str(source), "--out", str(target), "-m", "kusel", "--json",
                 data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["rows"] == 5 and report["online_requests"] == 2
    assert sorted(nominatim[1]) == ["Elbchaussee 1, 22763 Hamburg, Deutschland",
                                    "Unbekannte Gasse 7, 66869 Kusel, Deutschland"]
    assert report["precision"]["house"] == 2 and report["precision"]["coordinates"] == 2
    assert report["precision"]["none"] == 1  # Hamburg: answered online, but outside Kusel
    assert report["crs_detected"] == {"EPSG:25832": 1} and report["swapped"] == 1

    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffid;street;housenumber;postcode;city;x;y;crs;lat;lon;precision;"
                           "score;ags;crs_detected;swapped;note")
    out = {line.split(";")[0]: line.split(";") for line in text.lstrip("\ufeff").splitlines()[1:]}
    columns = text.lstrip("\ufeff").splitlines()[0].split(";")
    row = lambda key: dict(zip(columns, out[key]))
    assert row("1")["precision"] == "house" and row("1")["score"] == "1,0"
    assert row("1")["ags"] == "07336055"
    assert float(row("1")["lat"].replace(",", ".")) == pytest.approx(
        Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True).transform(house.x, house.y)[1],
        abs=1e-6)
    assert row("2")["precision"] == "house" and row("2")["score"] == "0,9"
    assert row("3")["precision"] == "none" and row("3")["lat"] == ""
    # the note a run gives on a postal code outside the member's area
    notes = pd.read_csv(target, sep=";", dtype=str, keep_default_na=False,
                        encoding="utf-8-sig").set_index("id")["note"]
    assert notes["3"].endswith(
        "Postleitzahl „22763“ (Hamburg, Hamburg Ottensen, Hamburg Othmarschen) liegt in Hamburg "
        "(kreisfreie Stadt, Land Hamburg), außerhalb des Gebiets des Mitglieds Landkreis Kusel – "
        "übernommen ohne Lage; bitte die Postleitzahl prüfen")
    assert "Postleitzahl" not in notes["2"]
    assert row("4")["crs_detected"] == "EPSG:25832" and row("4")["ags"] == "07336055"
    assert row("5")["swapped"] == "ja" and "vertauscht" in row("5")["note"]

    second = swdp_in_process("geocode", str(source), "--out", str(target), "-m", "kusel", data_dir=data_dir)
    assert second.returncode == 0, second.stderr
    assert len(nominatim[1]) == 2  # nothing asked twice
    assert "Online-Geocoder: 0 Anfragen" in second.stdout
    assert "Haus" in second.stdout and "Koordinaten" in second.stdout
    with connect(data_dir / "warehouse.duckdb", read_only=True) as connection:
        cached = connection.execute("SELECT query, kind FROM geocode_cache ORDER BY query").fetchall()
    assert cached == [("Elbchaussee 1, 22763 Hamburg, Deutschland", "building"),
                      ("Unbekannte Gasse 7, 66869 Kusel, Deutschland", "building")]
    # merged into the cache's own file, which outlives the warehouse
    assert [path.name for path in (data_dir / "geocode_cache").glob("*.parquet")] == ["answers.parquet"]


def test_an_unusable_input_file_is_named_in_german(tmp_path):
    source = tmp_path / "ohne_id.csv"
    source.write_text("strasse;ort\nHauptstraße 1;Kusel\n", encoding="utf-8")
    result = swdp_in_process("geocode", str(source), "--out", str(tmp_path / "x.csv"), data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "ohne_id.csv: Spalte „id“ fehlt" in result.stderr
    assert "Traceback" not in result.stderr


def test_photon_answers_are_taken_inside_the_area_and_cached(cluster, nominatim, settings, tmp_path):
    url, asked = nominatim
    geocoder = online_geocoder({"enabled": True, "service": "photon", "url": url,
                                "user_agent": "swdp-test", "min_delay_seconds": 0}, settings)
    area = member_area(Settings(data_dir=tmp_path / "gazetteer"), cluster, cluster.member("kusel"))
    rows = pd.DataFrame({"street": ["Unbekannte Gasse", "Elbchaussee"], "housenumber": ["7", "1"],
                         "postcode": ["66869", "22763"], "place": ["Kusel", "Hamburg"]})
    matched = match_addresses(rows["street"], rows["housenumber"], rows["postcode"], rows["place"], area)
    assert list(matched["precision"]) == ["postcode", "none"]
    for _ in range(2):
        improved = geocoder.improve(rows, matched, area)
        assert list(improved["precision"]) == ["house", "none"]
        assert improved.at[0, "ags"] == "07336055"
    assert len(asked) == 2 and geocoder.requests == 2


def test_the_answers_outlive_a_warehouse_built_anew_from_scratch(nominatim, settings):
    """The online geocoder's answers are kept in their own files (`settings.geocode_cache_dir`),
    of which the warehouse table is a copy. Before they lived only in the warehouse: built
    anew – its file deleted, or found damaged and replaced – it asked every address again;
    and the table a refresh took over from the previous file had lost its key, so that the
    next new answer failed („There are no UNIQUE/PRIMARY KEY constraints …“)."""
    from pipelines.storage.warehouse import refresh

    url, asked = nominatim
    config = {"enabled": True, "url": url, "user_agent": "swdp-test", "min_delay_seconds": 0}
    known = ["Unbekannte Gasse 7, 66869 Kusel, Deutschland", "Nirgendwo 1, 99999 Irgendwo, Deutschland"]
    assert online_geocoder(config, settings).lookup(known)[known[1]] is None  # none found: kept too
    refresh(settings)
    # a new answer goes into the table the refresh took over
    later = "Marktstraße 1, 66869 Kusel, Deutschland"
    assert online_geocoder(config, settings).lookup([later])[later]["kind"] == "building"
    # a warehouse from before held the answers alone: the next refresh writes them out
    settings.geocode_cache_path.unlink()
    refresh(settings)
    assert settings.geocode_cache_path.exists()
    settings.warehouse_path.unlink()
    refresh(settings)
    settings.warehouse_path.write_bytes(b"kein DuckDB")
    damaged = []
    refresh(settings, on_damaged=damaged.append)
    assert damaged and len(asked) == 3

    geocoder = online_geocoder(config, settings)
    answers = geocoder.lookup([*known, later])
    assert geocoder.requests == 0 and len(asked) == 3  # nothing asked again
    assert answers[known[0]]["lat"] == pytest.approx(KUSEL_CASTLE[1]) and answers[known[1]] is None
    with connect(settings.warehouse_path, read_only=True) as connection:
        cached = connection.execute("SELECT query, kind FROM geocode_cache ORDER BY query").fetchall()
    assert cached == [(later, "building"), (known[1], None), (known[0], "building")]
    assert sorted(path.name for path in settings.geocode_cache_dir.iterdir()) == ["answers.parquet"]
