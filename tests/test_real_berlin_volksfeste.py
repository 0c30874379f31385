"""Berlin's real list of Volks- und Straßenfeste 2014 (tests/data/real/berlin-volksfeste, CC BY
3.0 DE) checked and run as its data office would deliver it: the JSON of the Berlin portal with
`start: [von, zeit]` and `end: [bis, zeit]`. Its days and hours are written as people write
them – „Sonntag 01.06.2014“, „ab 10:00“, „Beginn 11:00“, „ganztägig“, „19:00-24:00“ – and
each of these was refused as „kein gültiger Zeitpunkt“; a missing day is „0000-00-00“."""
import json
from pathlib import Path

import pytest

from pipelines.core.german import BERLIN
from pipelines.ingest.dates import read_date, read_instant
from pipelines.ingest.texts import ValueProblem
from support.cli import exported_rows, swdp

REAL = Path(__file__).parent / "data" / "real" / "berlin-volksfeste"
CONFIG = {"SWDP_CONFIG": str(REAL / "cluster.yaml")}
DAY_AND_HOURS = {"start", "end"}


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> dict:
    """The report of `swdp check` of the excerpt, by each record's source id."""
    result = swdp("check", str(REAL / "volksfeste-auszug.json"), "-m", "berlin", "-d", "events",
                  "--json", data_dir=tmp_path_factory.mktemp("check"), env=CONFIG)
    report = json.loads(result.stdout)
    problems: dict[str, list[dict]] = {}
    for problem in report["problems"]:
        problems.setdefault(problem["row_ref"].split("(id ")[1].rstrip(")"), []).append(problem)
    return problems


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, dict]:
    """The rows of the member's CSV export after `swdp run`, by source id."""
    return exported_rows(tmp_path_factory.mktemp("run") / "data", "events", "berlin", CONFIG)


def _date_problems(checked: dict, source_id: str) -> list[str]:
    return [p["reason"] for p in checked.get(source_id, []) if p["field"] in DAY_AND_HOURS]


@pytest.mark.parametrize("source_id, written", [
    ("45", "bis „Sonntag 01.06.2014“ + „10:00-21:00“"),
    ("429", "„2014-04-12“ + „ab 10:00“"),
    ("313", "„2014-12-31“ + „ab 19:00“"),
    ("431", "„2014-04-12“ + „Beginn 11:00“"),
    ("423", "„2014-03-02“ + „ganztägig“"),
    ("599", "„10.10.2014“ + „19:00-24:00“"),
])
def test_days_and_hours_as_people_write_them_are_read(checked, source_id, written):
    problems = _date_problems(checked, source_id)
    assert not [p for p in problems if "0000-00-00" not in p], (written, problems)


def test_a_missing_day_written_as_zeros_is_named_as_such(checked):
    [problem] = _date_problems(checked, "45")
    assert problem == ("„0000-00-00 10:00“ ist kein Datum – so schreiben Datenbanken ein fehlendes "
                       "Datum; bitte das Datum angeben")


def test_hours_per_weekday_say_what_to_deliver_instead(checked):
    """„Mo - Do 15:00-22:00\\nFr 15:00-23:00 …“ joined to a day: no format would make it one
    instant, so the message does not ask for TT.MM.JJJJ HH:MM."""
    for source_id in ("115", "345", "1", "281", "159"):
        problems = _date_problems(checked, source_id)
        assert len(problems) == 2, problems  # start and end
        assert all("nennt Zeiten je Wochentag" in p and "TT.MM.JJJJ HH:MM" not in p
                   for p in problems), problems


def test_the_exports_hold_the_days_and_hours_meant(exported):
    # „ganztägig“: all of that day
    cottbus = exported["423"]
    assert (cottbus["Beginn"], cottbus["Ende"], cottbus["Ganztägig"]) == ("2014-03-02", "2014-03-02", "ja")
    # „19:00-24:00“: until midnight
    assert (exported["599"]["Beginn"], exported["599"]["Ende"]) == ("2014-10-10 19:00", "2014-10-11 00:00")
    # „10:00-18:00“ over two days: from the first day's opening to the last day's closing
    assert (exported["315"]["Beginn"], exported["315"]["Ende"]) == ("2014-03-29 10:00", "2014-03-30 18:00")


def test_organisers_function_mailboxes_are_published_persons_mailboxes_withheld(checked, exported):
    """„besucherzentrum@“ and „Events-presse@“ are mailboxes of a visitor centre and a press
    office (tests/test_function_mailboxes.py); „jahn@“, „wf@“ and „mauerfall2014@“ may be a
    person's and keep their records unpublished."""
    assert exported["429"]["E-Mail"] == "besucherzentrum@oranienburg.de"
    assert exported["377"]["E-Mail"] == "Events-presse@tkt-berlin.de"
    withheld = {source_id for source_id, problems in checked.items()
                if any("private E-Mail-Adresse" in p["reason"] for p in problems)}
    assert withheld == {"305", "313", "431", "171"}
    assert not withheld & exported.keys()


@pytest.mark.parametrize("text, until, meant", [
    ("Sonntag 01.06.2014 10:00-21:00", True, "2014-06-01 21:00"),
    ("So. 01.06.2014", False, "2014-06-01 00:00"),
    ("2014-04-12 ab 10:00", False, "2014-04-12 10:00"),
    ("13.04.2014 ab 10:00", True, "2014-04-14 00:00"),  # a beginning says nothing of the end
    ("12.04.2014, Beginn: 11 Uhr", False, "2014-04-12 11:00"),
    ("12.04.2014 um 19.30 Uhr", False, "2014-04-12 19:30"),
    ("10.10.2014 15:00-00:00", True, "2014-10-11 00:00"),
    ("10.10.2014 22:00-02:00", True, "2014-10-11 02:00"),
    ("25.10.2014 24:00", True, "2014-10-26 00:00"),
])
def test_the_words_around_a_day_and_its_time(text, until, meant):
    assert f"{read_instant(text, until=until).astimezone(BERLIN):%Y-%m-%d %H:%M}" == meant


def test_a_weekday_that_is_not_the_day_s_is_refused_naming_both():
    with pytest.raises(ValueProblem, match="„Montag 01.06.2014“: der 01.06.2014 ist ein Sonntag, "
                                           "kein Montag – bitte Datum oder Wochentag prüfen"):
        read_date("Montag 01.06.2014")
    with pytest.raises(ValueProblem, match="ist ein Montag, kein Sonntag"):
        read_instant("So, 02.06.2014 10:00")


def test_checked_for_a_member_without_a_json_source_the_message_names_the_record_list(tmp_path):
    """`swdp check … -m kusel` (Kusel's events come as iCalendar): the file is refused, and the
    message says where its records stand, as `options` of a `connector: json` source."""
    result = swdp("check", str(REAL / "volksfeste-auszug.json"), "-m", "kusel", "-d", "events",
                  data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert ("eine JSON-Datei mit Datensätzen liest eine Quelle mit „connector: json“ (hier wohl "
            "„options: {records: index}“ für 23 Datensätze)") in " ".join(result.stderr.split())


def test_a_json_source_without_its_record_path_is_told_the_path(tmp_path):
    config = (REAL / "cluster.yaml").read_text(encoding="utf-8")
    (tmp_path / "cluster.yaml").write_text(
        config.replace("options: {records: index}", "options: {}").replace(
            "location: volksfeste-auszug.json", f"location: {REAL / 'volksfeste-auszug.json'}"),
        encoding="utf-8")
    result = swdp("check", str(REAL / "volksfeste-auszug.json"), "-m", "berlin", "-d", "events",
                  data_dir=tmp_path / "data", env={"SWDP_CONFIG": str(tmp_path / "cluster.yaml")})
    assert result.returncode == 2
    assert ("Keine Liste von Datensätzen gefunden – bitte den Pfad dorthin als options.records "
            "angeben (hier wohl „index“ (23 Einträge))") in " ".join(result.stderr.split())
