import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pyproj import Geod, Transformer
from shapely.geometry import Point, Polygon

from connectors import read_delivery

from pipelines.geocoding.addresses import RegisterError
from pipelines.geocoding.gazetteer import FORMAT, build_gazetteer, member_area
from pipelines.core.settings import Settings
from pipelines.geocoding.locate import fill_place, geocode, locate, wgs84
from pipelines.geocoding.matching import match_addresses
from pipelines.geocoding.table import geocode_frame
from schemas import load_schema
from support.addresses import make_deliveries, make_register, match_per_member, write_hk_de
from support.cli import XPLAN_SAMPLES

# Town centres of the six members (WGS84 longitude, latitude).
TOWNS = {"kaiserslautern": (7.7689, 49.4447), "kusel": (7.3980, 49.5380),
         "mayen-koblenz": (7.2220, 50.3270), "bitburg-pruem": (6.5250, 49.9670),
         "linz-am-rhein": (7.2750, 50.5700), "sankt-wendel": (7.1680, 49.4670)}
CRS = ["EPSG:4326", "EPSG:25832", "EPSG:25833", "EPSG:31466", "EPSG:31467", "EPSG:3857"]
GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def kusel(cluster, tmp_path_factory):
    return member_area(Settings(data_dir=tmp_path_factory.mktemp("gazetteer")), cluster, cluster.member("kusel"))


@pytest.fixture(scope="module")
def registered(cluster, tmp_path_factory):
    """A gazetteer with a generated HK-DE register of all six members, and deliveries."""
    folder = tmp_path_factory.mktemp("registered")
    whole = member_area(Settings(data_dir=folder / "plain"), cluster, None)
    register = make_register(whole, seed=5)
    hk_de = write_hk_de(register, folder / "hauskoordinaten.txt")
    counts = build_gazetteer(Settings(data_dir=folder / "gazetteer"), cluster, [hk_de])
    areas = {key: member_area(Settings(data_dir=folder / "gazetteer"), cluster, member)
             for key, member in cluster.members.items()}
    member_of = {ags: key for key, area in areas.items() for ags in area.municipalities["ags"]}
    foreign = ["20095", "10115", "80331", "01067", "66111"]  # Hamburg … Saarbrücken
    deliveries = make_deliveries(register, member_of, 30_000, seed=6, foreign_postcodes=foreign)
    return register, counts, areas, deliveries, folder


def _frame(rows):
    frame = pd.DataFrame(rows, dtype=object)
    for column in ("x", "y", "postcode", "place"):
        if column not in frame:
            frame[column] = None
    return frame


def _metres(lat, lon, truth) -> np.ndarray:
    lons, lats = np.array([t[0] for t in truth]), np.array([t[1] for t in truth])
    return GEOD.inv(np.asarray(lon, float), np.asarray(lat, float), lons, lats)[2]


@pytest.mark.parametrize("crs", CRS)
def test_every_crs_comes_back_in_wgs84_within_a_metre(cluster, tmp_path_factory, crs):
    folder = tmp_path_factory.getbasetemp() / "crs-gazetteer"
    truth = list(TOWNS.values())
    x, y = Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(
        [t[0] for t in truth], [t[1] for t in truth])
    for key, point, px, py in zip(TOWNS, truth, x, y):
        area = member_area(Settings(data_dir=folder), cluster, cluster.member(key))
        for declared in (crs, None):
            located = locate(pd.DataFrame({"x": [px], "y": [py]}), area, declared)
            lat, lon = wgs84(located["x"], located["y"])
            assert _metres(lat, lon, [point])[0] < 1.0, (key, crs, declared)
            assert located.at[0, "precision"] == "coordinates"
            assert not located.at[0, "swapped"]
            assert located.at[0, "crs_detected"] == (None if declared else crs)
            assert located.at[0, "ags"].startswith(cluster.member(key).ars[:5])


@pytest.mark.parametrize("declared", ["EPSG:4326", None])
def test_swapped_latitude_and_longitude_are_corrected_and_flagged(kusel, declared):
    lon, lat = TOWNS["kusel"]
    located = locate(pd.DataFrame({"x": [lat, lon], "y": [lon, lat]}), kusel, declared)
    assert list(located["swapped"]) == [True, False]
    back_lat, back_lon = wgs84(located["x"], located["y"])
    assert (_metres(back_lat, back_lon, [(lon, lat)] * 2) < 1.0).all()
    assert located.at[0, "ags"] == located.at[1, "ags"] == "07336055"  # Stadt Kusel


def test_swapped_easting_and_northing_are_corrected_too(kusel):
    easting, northing = Transformer.from_crs("EPSG:4326", "EPSG:25832", always_xy=True).transform(
        *TOWNS["kusel"])
    located = locate(pd.DataFrame({"x": [northing], "y": [easting]}), kusel, "EPSG:25832")
    assert located.at[0, "swapped"]
    assert abs(located.at[0, "x"] - easting) < 0.01 and abs(located.at[0, "y"] - northing) < 0.01


def test_coordinates_outside_the_member_area_are_a_problem_of_the_row(kusel):
    # Kusel town centre, once in WGS84 and once as UTM 32N easting/northing; Hamburg.
    utm = gpd.GeoSeries([Point(7.398, 49.538)], crs="EPSG:4326").to_crs("EPSG:25832")[0]
    wgs = geocode(_frame([{"x": 7.398, "y": 49.538}, {"x": 10.0, "y": 53.55}]), None,
                  "EPSG:4326", kusel, load_schema("offers"))
    metric = geocode(_frame([{"x": utm.x, "y": utm.y}]), None, "EPSG:25832", kusel,
                     load_schema("offers"))
    assert wgs.frame.at[0, "geocode_precision"] == "coordinates"
    assert wgs.frame.at[0, "geocode_score"] == 1.0
    assert wgs.frame.at[0, "ags"] == "07336055"  # Stadt Kusel in VG5000
    assert abs(metric.frame.at[0, "lat"] - 49.538) < 1e-5 and abs(metric.frame.at[0, "lon"] - 7.398) < 1e-5
    assert [(p.row, p.field) for p in wgs.problems] == [(1, "geometry")]
    # swapped, Hamburg would lie in the Indian Ocean: no talk of swapped axes, but where it is
    assert wgs.problems[0].reason == ("Die Lage liegt außerhalb des Gebiets des Mitglieds Landkreis Kusel, "
                                      "in Hamburg (kreisfreie Stadt, Land Hamburg) – bitte "
                                      "Koordinaten und Bezugssystem prüfen")


def test_a_plan_elsewhere_in_germany_is_said_to_lie_where_it_lies(kusel):
    """The real XPlanGML 5.1 plan of Sallgast (Brandenburg) delivered as a plan of Kusel."""
    delivery = read_delivery(XPLAN_SAMPLES / "xplan51.gml", "xplan", {})
    located = geocode(pd.DataFrame(index=range(len(delivery.rows))), delivery.geometries,
                      delivery.crs, kusel, load_schema("building_plans"))
    assert {p.reason for p in located.problems} == {
        "Die Lage liegt außerhalb des Gebiets des Mitglieds Landkreis Kusel, in Sallgast (Landkreis "
        "Elbe-Elster, Brandenburg) – bitte Koordinaten und Bezugssystem prüfen"}


@pytest.mark.parametrize("municipality, said", [
    ("Kaiserslautern", "in Kaiserslautern (kreisfreie Stadt, Rheinland-Pfalz)"),
    ("Ramstein-Miesenbach", "in Ramstein-Miesenbach (Landkreis Kaiserslautern, Rheinland-Pfalz)"),
    ("Saarbrücken", "in Saarbrücken (Regionalverband Saarbrücken, Saarland)"),
    # names with brackets of their own: commas, never "(Allgäu) (" or "(Bodensee), Bayern)"
    ("Kempten (Allgäu)", "in Kempten (Allgäu), kreisfreie Stadt, Bayern"),
    ("Lindau (Bodensee)", "in Lindau (Bodensee), Landkreis Lindau (Bodensee), Bayern"),
    ("Bodolz", "in Bodolz, Landkreis Lindau (Bodensee), Bayern")])
def test_a_point_outside_is_said_to_lie_in_its_municipality_district_and_land(kusel, municipality,
                                                                             said):
    """A point inside the municipality's real VG5000 area, delivered as a point of Kusel: the
    district as members name it (never "Kaiserslautern, Kaiserslautern", nor "Landkreis
    Regionalverband …")."""
    unit = kusel.germany[kusel.germany["name"] == municipality]
    assert len(unit) == 1
    point = unit.geometry.representative_point().to_crs("EPSG:4326").iloc[0]
    located = geocode(_frame([{"x": point.x, "y": point.y}]), None, "EPSG:4326", kusel,
                      load_schema("offers"))
    assert [p.reason for p in located.problems] == [
        f"Die Lage liegt außerhalb des Gebiets des Mitglieds Landkreis Kusel, {said} – bitte Koordinaten "
        f"und Bezugssystem prüfen"]


def test_a_gazetteer_built_before_districts_is_rebuilt_keeping_its_addresses(cluster, tmp_path):
    register = tmp_path / "hk.txt"
    register.write_text(";DERP000000000001;A;07;3;36;055;0000;00001;1;;32386400,000;5488900,000;"
                        "Marktstraße;66869;Kusel;;\n", encoding="utf-8")
    settings = Settings(data_dir=tmp_path)
    build_gazetteer(settings, cluster, [register])
    # the files as the former format had them: no district, no format in the build info
    folder = settings.gazetteer_dir
    former = gpd.read_parquet(folder / "municipalities.parquet")
    former.drop(columns=["district", "district_kind"]).to_parquet(folder / "municipalities.parquet")
    info = json.loads((folder / "gazetteer.json").read_text(encoding="utf-8"))
    del info["format"]
    (folder / "gazetteer.json").write_text(json.dumps(info), encoding="utf-8")
    area = member_area(settings, cluster, cluster.member("kaiserslautern"))
    assert json.loads((folder / "gazetteer.json").read_text(encoding="utf-8"))["format"] == FORMAT
    assert list(area.germany.loc[area.germany["ags"] == "07336055", "district"]) == ["Kusel"]
    assert len(pd.read_parquet(folder / "addresses.parquet")) == 1


def test_each_shape_outside_the_area_is_named_by_its_own_position(kusel):
    """Shapes outside, between shapes inside: each problem names its row's point in WGS84
    (all points outside are transformed together)."""
    points = [(10.0, 53.55), TOWNS["kusel"], (-30.0, 10.0), (13.4, 52.52), TOWNS["kusel"],
              (7.2750, 50.5700)]
    located = geocode(_frame([{}] * len(points)), [Point(p) for p in points], "EPSG:4326", kusel,
                      load_schema("building_plans"))
    assert [(p.row, p.value) for p in located.problems] == [
        (row, f"Länge {lon:.5f}, Breite {lat:.5f}") for row, (lon, lat) in enumerate(points)
        if (lon, lat) != TOWNS["kusel"]]


def test_swapped_axes_are_suggested_only_where_swapped_the_shape_lies_in_the_area(kusel):
    lon, lat = TOWNS["kusel"]
    square = [(0, 0), (0.001, 0), (0.001, 0.001), (0, 0.001)]
    turned = Polygon([(lat + dy, lon + dx) for dx, dy in square])  # latitude first
    far = Polygon([(-30 + dx, 10 + dy) for dx, dy in square])      # in the Atlantic either way
    located = geocode(_frame([{}, {}]), [turned, far], "EPSG:4326", kusel,
                      load_schema("building_plans"))
    assert [p.reason for p in located.problems] == [
        "Die Lage liegt außerhalb des Gebiets des Mitglieds Landkreis Kusel, außerhalb Deutschlands – mit "
        "vertauschten Achsen (Rechts- und Hochwert bzw. Breite und Länge) läge sie darin; bitte "
        "die Reihenfolge der Koordinaten prüfen",
        "Die Lage liegt außerhalb des Gebiets des Mitglieds Landkreis Kusel, außerhalb Deutschlands – bitte "
        "Koordinaten und Bezugssystem prüfen"]


def test_a_missing_crs_is_recognised_and_noted(kusel):
    utm = gpd.GeoSeries([Point(7.398, 49.538)], crs="EPSG:4326").to_crs("EPSG:31466")[0]
    located = geocode(_frame([{"x": utm.x, "y": utm.y}]), None, None, kusel, load_schema("offers"))
    assert located.problems == []
    assert located.notes == ["Bezugssystem nicht angegeben, aus den Werten erkannt: EPSG:31466 (1 Zeile)"]


def test_address_without_coordinates_falls_back_to_postcode_then_place(kusel):
    located = geocode(_frame([{"postcode": "66869", "place": "Kusel"},
                              {"place": "Altenglan"},
                              {"place": "Quirnbach/Pfalz"},  # only in VG5000, not in GeoNames
                              {"postcode": "20095", "place": "Hamburg"}]), None, None, kusel,
                      load_schema("events"))
    precision = list(located.frame["geocode_precision"])
    assert precision == ["postcode", "municipality", "municipality", "none"]
    quirnbach = kusel.municipalities.set_index("name").loc["Quirnbach/Pfalz"]
    assert located.frame.at[2, "ags"] == quirnbach["ags"]
    assert located.frame.at[0, "ags"].startswith("07336")
    assert located.problems == []  # a place outside the area is not guessed, and not an error
    assert pd.isna(located.frame.at[3, "lat"])
    assert located.frame.at[3, "geocode_score"] == 0.0
    assert located.frame.at[0, "geocode_score"] > located.frame.at[1, "geocode_score"] > 0


def test_a_row_located_by_coordinates_gets_its_place_from_them(kusel):
    """An iCalendar event with GEO but no usable LOCATION: the place follows from the point."""
    frame = _frame([{"x": 7.3988, "y": 49.5386}, {"place": "Altenglan"}])
    located = geocode(frame, None, "EPSG:4326", kusel, load_schema("events"))
    values = frame.join(located.frame)
    assert fill_place(values, kusel).tolist() == [True, False]
    kusel_town = kusel.municipalities.set_index("name").loc["Kusel"]
    assert values.at[0, "ags"] == kusel_town["ags"] and values.at[0, "place"] == "Kusel"
    assert values.at[1, "place"] == "Altenglan"


def test_generated_addresses_in_every_spelling_resolve_to_the_right_municipality(registered):
    register, counts, areas, deliveries, _ = registered
    assert counts["addresses"] == len(register.drop_duplicates(["ags", "street", "housenumber", "suffix"]))
    matched = match_per_member(deliveries, areas)
    for key, area in areas.items():  # nothing is ever placed outside the member's area
        own = matched[(deliveries["member"] == key) & matched["x"].notna()]
        assert own["ags"].isin(area.municipalities["ags"]).all(), key
        assert area.boundary.contains(gpd.points_from_xy(own["x"], own["y"])).all(), key
    right = (matched["ags"] == deliveries["ags"]).mean()
    assert right >= 0.98, right
    assert matched["score"].between(0, 1).all()
    # A house found is the delivered house itself, whatever the spelling.
    house = matched["precision"].eq("house")
    off = np.hypot(matched["x"] - deliveries["x"], matched["y"] - deliveries["y"])
    assert (off[house] < 0.01).mean() > 0.99
    shares = matched["precision"].value_counts(normalize=True)
    assert shares["house"] > 0.8 and shares.get("none", 0) < 0.02


def test_spelling_variants_of_one_house_all_find_it(registered):
    register, _, areas, _, _ = registered
    area = areas["sankt-wendel"]
    house = register[(register["ags"] == "10046117") & (register["street"] == register.loc[
        register["ags"] == "10046117", "street"].iloc[0])].iloc[2]
    spellings = [(house.street, house.housenumber + house.suffix, house.postcode, "St. Wendel"),
                 (house.street.replace("straße", "str."), house.housenumber + " " + house.suffix.upper(),
                  None, "Sankt Wendel"),
                 (house.street.replace("ß", "ss").upper(), house.housenumber + house.suffix,
                  "99999", "ST. WENDEL (Saar)")]
    matched = match_addresses(*zip(*spellings), area)
    assert list(matched["precision"]) == ["house"] * 3
    assert (np.hypot(matched["x"] - house.x, matched["y"] - house.y) < 0.01).all()
    assert matched.at[0, "score"] == 1.0 and matched.at[2, "score"] < 1.0  # wrong postal code


def test_address_points_from_geojson_geopackage_and_csv(cluster, registered, tmp_path):
    register = registered[0]
    sample = register[register["ags"].str.startswith("07138")].head(30)
    points = gpd.GeoDataFrame(
        {"strasse": sample["street"], "hausnummer": sample["housenumber"] + sample["suffix"],
         "plz": sample["postcode"], "ort": sample["place"]},
        geometry=gpd.points_from_xy(sample["x"], sample["y"]), crs="EPSG:25832")
    points.to_crs("EPSG:4326").to_file(tmp_path / "adressen.geojson", driver="GeoJSON")
    points.to_file(tmp_path / "adressen.gpkg", driver="GPKG")
    table = pd.DataFrame(points.drop(columns="geometry"))
    table["rechtswert"] = [f"{v:.2f}".replace(".", ",") for v in sample["x"]]
    table["hochwert"] = [f"{v:.2f}".replace(".", ",") for v in sample["y"]]
    table.to_csv(tmp_path / "adressen.csv", sep=";", index=False)
    for name in ("adressen.geojson", "adressen.gpkg", "adressen.csv"):
        folder = tmp_path / name.replace(".", "-")
        counts = build_gazetteer(Settings(data_dir=folder), cluster, [tmp_path / name])
        assert counts["addresses"] == 30, name
        area = member_area(Settings(data_dir=folder), cluster, cluster.member("linz-am-rhein"))
        matched = match_addresses(sample["street"], sample["housenumber"] + sample["suffix"],
                                  sample["postcode"], sample["place"], area)
        assert list(matched["ags"]) == list(sample["ags"]), name
        assert (matched["precision"] == "house").all(), name
        assert (np.hypot(matched["x"] - sample["x"].to_numpy(),
                         matched["y"] - sample["y"].to_numpy()) < 0.05).all(), name


def test_an_unreadable_register_names_file_row_and_field(cluster, tmp_path):
    good = ";DERP000000000001;A;07;3;36;055;0000;00001;1;;32386400,000;5488900,000;Marktstraße;66869;Kusel;;"
    bad = good.replace("5488900,000", "5488900,0x0")
    (tmp_path / "hk.txt").write_text(f"{good}\n{bad}\n", encoding="utf-8")
    with pytest.raises(RegisterError, match="hk.txt, Zeile 2, Feld NORTH \\(Nordwert\\): „5488900,0x0“"):
        build_gazetteer(Settings(data_dir=tmp_path / "gazetteer"), cluster, [tmp_path / "hk.txt"])
    assert not (tmp_path / "gazetteer" / "gazetteer.json").exists()


def test_swdp_geocode_splits_a_postcode_written_before_the_place(kusel):
    """`swdp geocode` of a list with "PLZ Ort" in its place column, as the inbox reads it."""
    frame = pd.DataFrame({"id": ["1", "2"], "ort": ["66869 Kusel", "Altenglan"]}, dtype=object)
    result = geocode_frame(frame, kusel)
    assert list(result["precision"]) == ["postcode", "municipality"]
    assert result.at[0, "ags"].startswith("07336")
    assert list(result["ort"]) == ["66869 Kusel", "Altenglan"]  # the input columns as given


def test_swdp_geocode_says_where_coordinates_outside_the_area_lie(kusel):
    frame = pd.DataFrame({"id": ["1", "2"], "x": ["10.0", "-30.0"], "y": ["53.55", "10.0"],
                          "crs": ["EPSG:4326", "EPSG:4326"]}, dtype=object)
    result = geocode_frame(frame, kusel)
    assert list(result["note"]) == [
        "liegt außerhalb des Gebiets des Mitglieds Landkreis Kusel, in Hamburg (kreisfreie Stadt, Land "
        "Hamburg)",
        "liegt außerhalb des Gebiets des Mitglieds Landkreis Kusel, außerhalb Deutschlands"]
