"""Berlin's real Christmas-market list (tests/data/berlin-weihnachtsmaerkte, CC BY 3.0 DE)
through the whole platform, as its data office would deliver it: what the real rows showed."""
import json
import re
import shutil
from pathlib import Path

import pytest

from support.cli import swdp

REAL = Path(__file__).parent / "data" / "berlin-weihnachtsmaerkte"


def _run(tmp_path: Path, name="weihnachtsmaerkte-auszug.csv", replace_text=None,
         without_coordinates=False) -> Path:
    """`swdp run` of a copy of the excerpt (texts replaced as the full file has them);
    returns the data folder."""
    folder = tmp_path / "lieferung"
    folder.mkdir(parents=True)
    config = (REAL / "cluster.yaml").read_text(encoding="utf-8")
    config = config.replace("location: weihnachtsmaerkte-auszug.csv", f"location: {name}")
    config = config.replace("connector: csv", f"connector: {Path(name).suffix[1:]}")
    if without_coordinates:
        config = re.sub(r"\n *[xy]: l(at|ng)", "", config)
    (folder / "cluster.yaml").write_text(config, encoding="utf-8")
    if replace_text:
        text = (REAL / name).read_bytes().decode("utf-8")  # its line breaks as they are
        for old, new in replace_text.items():
            assert old in text
            text = text.replace(old, new, 1)
        (folder / name).write_bytes(text.encode("utf-8"))
    else:
        shutil.copy(REAL / name, folder / name)
    data = tmp_path / "data"
    # in a process of its own: the Dagster jobs are partitioned by the members read at start
    result = swdp("run", "--json", data_dir=data, env={"SWDP_CONFIG": str(folder / "cluster.yaml")})
    assert result.returncode == 0, result.stdout + result.stderr
    return data


def _exported(data: Path) -> str:
    return "".join(path.read_text(encoding="utf-8-sig") for path in (data / "export").rglob("*")
                   if path.suffix in (".csv", ".ics", ".geojson"))


@pytest.fixture(scope="module")
def as_delivered(tmp_path_factory) -> Path:
    """The data folder of one run of the excerpt as it is."""
    return _run(tmp_path_factory.mktemp("berlin"))


@pytest.mark.parametrize("name", ["weihnachtsmaerkte-auszug.csv", "weihnachtsmaerkte-auszug.xlsx"])
def test_markets_given_as_days_are_all_day_events_with_their_last_day(as_delivered, tmp_path, name):
    """„von 2015-12-11 bis 2015-12-20“: 11 to 20 December, all day – not 11.12. 00:00 to
    20.12. 00:00 without the last market day; the Excel copy (date cells) says the same."""
    data = as_delivered if name.endswith(".csv") else _run(tmp_path, name)
    ics = (data / "export" / "events" / "berlin.ics").read_text(encoding="utf-8")
    # Schloss Britz, 11 to 20 December; St George's, on 5 December only
    assert "DTSTART;VALUE=DATE:20151211\nDTEND;VALUE=DATE:20151221\n" in ics
    assert "DTSTART;VALUE=DATE:20151205\nDTEND;VALUE=DATE:20151206\n" in ics
    assert "T000000" not in ics
    csv = (data / "export" / "events" / "berlin.csv").read_text(encoding="utf-8-sig")
    britz = next(line for line in csv.splitlines() if "Schloss Britz" in line
                 and line.count(";") > 10)
    assert ";2015-12-11;2015-12-20;ja;" in britz


def test_coordinates_are_published_as_delivered_without_float_noise(as_delivered):
    geojson = json.loads((as_delivered / "export" / "events" / "berlin.geojson").read_text(
        encoding="utf-8"))
    britz = next(f for f in geojson["features"] if "Britz" in f["properties"]["title"])
    # delivered "52,44696" and "13,43781": the point says what lat and lon say
    assert britz["geometry"]["coordinates"] == [13.43781, 52.44696]
    assert (britz["properties"]["lat"], britz["properties"]["lon"]) == (52.44696, 13.43781)


def test_places_written_with_their_postcode_are_located(tmp_path):
    """Without coordinates, "14193 Berlin" in one column is located by postcode and place."""
    data = _run(tmp_path, without_coordinates=True)
    csv = (data / "export" / "events" / "berlin.csv").read_text(encoding="utf-8-sig")
    assert "Nicht verortet" not in csv and ";14193;Berlin;" in csv


def test_private_contact_data_in_organiser_and_email_is_never_published(tmp_path):
    """The full list has mobile numbers in "veranstalter" and private addresses in "email";
    the excerpt gets two such rows. Role mailboxes (info@, office@, the Swedish parish's
    berlin@) are still published."""
    data = _run(tmp_path, replace_text={
        "Dänische Gemeinde Berlin\r\nTel. und Fax: 873 44 30":
            "Dänische Gemeinde Berlin\r\nAnsprechpartnerin mobil: 0172 / 123 45 67",
        'So 12:00-18:00";"";"www.johannisches-sozialwerk.de"':
            'So 12:00-18:00";"mailto:erika.beispiel@gmx.de";"www.johannisches-sozialwerk.de"'})
    exported = _exported(data)
    assert "123 45 67" not in exported and "erika.beispiel" not in exported
    assert "Dänische Gemeinde" not in exported and "Johannisches Sozialwerk" not in exported
    assert "mailto:info@schlossbritz.de" in exported and "office@stgeorges.de" in exported
    assert "berlin@svenskakyrkan.se" in exported  # a mailbox named after its place
    report = json.loads((data / "reports" / "berlin" / "events.json").read_text(encoding="utf-8"))
    reasons = {(problem["row_ref"], problem["field"]): problem["reason"]
               for problem in report["problems"]}
    assert reasons["Zeile 10, in Excel Zeile 4 (id 14)", "organiser"].startswith(
        "„Veranstalter“ enthält die Mobilfunknummer „0172 / 123 45 67“ einer Privatperson")
    assert reasons["Zeile 2 (id 10)", "email"].startswith(
        "„E-Mail“ enthält die private E-Mail-Adresse „erika.beispiel@gmx.de“")
