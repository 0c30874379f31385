import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

from pipelines.gazetteer import member_area
from pipelines.geocode import geocode
from schemas import load_schema


@pytest.fixture(scope="module")
def kusel(cluster):
    return member_area(cluster, cluster.member("kusel"))


def _frame(rows):
    frame = pd.DataFrame(rows, dtype=object)
    for column in ("x", "y", "postcode", "place"):
        if column not in frame:
            frame[column] = None
    return frame


def test_coordinates_in_wgs84_and_utm_are_checked_against_the_member_area(kusel):
    # Kusel town centre, once in WGS84 and once as UTM 32N easting/northing.
    utm = gpd.GeoSeries([Point(7.398, 49.538)], crs="EPSG:4326").to_crs("EPSG:25832")[0]
    wgs = geocode(_frame([{"x": 7.398, "y": 49.538}, {"x": 10.0, "y": 53.55}]), None,
                  "EPSG:4326", kusel, load_schema("offers"))
    metric = geocode(_frame([{"x": utm.x, "y": utm.y}]), None, "EPSG:25832", kusel,
                     load_schema("offers"))
    assert wgs.frame.at[0, "geocode_precision"] == "coordinates"
    assert wgs.frame.at[0, "ags"] == "07336055"  # Stadt Kusel in VG5000
    assert abs(metric.frame.at[0, "lat"] - 49.538) < 1e-5 and abs(metric.frame.at[0, "lon"] - 7.398) < 1e-5
    assert [(p.row, p.field) for p in wgs.problems] == [(1, "geometry")]
    assert "außerhalb des Gebiets von Landkreis Kusel" in wgs.problems[0].reason


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
