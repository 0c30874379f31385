"""The real list of events in Lichtenberg's Seniorenbegegnungsstätten (tests/data/real/
lichtenberg-senioren, CC BY 3.0 DE), run as the Bezirk's data office would deliver it: the
Berlin portal's JSON, day and hours mapped together as start and end. One centre writes its
address „Sewanstraße.235“ – street and number joined by a dot, as „Hauptstr.5“ often is –
which stayed one street name without house number."""
import csv
import io
import json
from pathlib import Path

import pytest

from connectors.ical_location import split_location
from support.cli import swdp

REAL = Path(__file__).parent / "data" / "real" / "lichtenberg-senioren"


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> tuple[dict, dict[str, dict]]:
    """The run's figures and the rows of the member's CSV export, by source id."""
    data = tmp_path_factory.mktemp("senioren") / "data"
    result = swdp("run", "--json", data_dir=data, env={"SWDP_CONFIG": str(REAL / "cluster.yaml")})
    assert result.returncode == 0, result.stdout + result.stderr
    [figures] = json.loads(result.stdout)["runs"]
    text = (data / "export" / "events" / "berlin-lichtenberg.csv").read_text(encoding="utf-8-sig")
    rows = {row["Kennung beim Mitglied"]: row for row in csv.DictReader(io.StringIO(text), delimiter=";")}
    return figures, rows


def test_a_house_number_after_the_dot_of_the_street_is_its_number(run):
    _, rows = run
    tierpark = rows["7"]
    assert (tierpark["Straße"], tierpark["Hausnummer"]) == ("Sewanstraße", "235")
    rusche = rows["5"]  # „Ruschestr. 43“ as before
    assert (rusche["Straße"], rusche["Hausnummer"]) == ("Ruschestr.", "43")


def test_hours_with_one_uhr_at_the_end_give_start_and_end(run):
    _, rows = run
    # „2014-05-04“ + „14:00-18:00 Uhr“
    assert (rows["7"]["Beginn"], rows["7"]["Ende"]) == ("2014-05-04 14:00", "2014-05-04 18:00")
    # „2014-04-30“ + „14:30 Uhr“: the end not given
    assert (rows["5"]["Beginn"], rows["5"]["Ende"]) == ("2014-04-30 14:30", "")


def test_only_the_titles_longer_than_the_schema_allows_are_rejected(run):
    figures, rows = run
    assert (figures["read"], figures["valid"], figures["rejected"]) == (47, 42, 5)
    assert not {"25", "41", "49", "73", "91"} & set(rows)


@pytest.mark.parametrize("location, street, number", [
    ("Stadthalle, Marktstr.12, 66869 Kusel", "Marktstr.", "12"),
    ("Begegnungsstätte, Sewanstraße.235, 10319 Berlin", "Sewanstraße", "235"),
    ("Seminarraum 1.5, 66869 Kusel", None, None),  # a room's number is no house number
])
def test_a_calendar_location_splits_the_same_way(location, street, number):
    found = split_location(location)
    assert (found.get("street"), found.get("housenumber")) == (street, number)
