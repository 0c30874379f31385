"""A real plan near a district border: Bebauungsplan Nr. 1 „Heideweg“ of the Gemeinde Sallgast
(Landkreis Elbe-Elster, Brandenburg; ../shared/samples/xplan/xplan51.gml, XPlanGML 5.1 from
xplanbox), delivered by its district. Großräschen (Landkreis Oberspreewald-Lausitz) lies
2,977 m from its Geltungsbereich (VG5000, EPSG:25832): the neighbour district, which listens
within 5 km, and the town as an external neighbour, which listens within 3.5 km, are told in
German; the plan's own district is not. What the real plan showed: its name is written with
quotes in the file ('"Heideweg"'), and the notice quoted it twice („"Heideweg"“); its documents
are file names only, so the neighbours got no link and nobody said why."""
import email
import json
from email import policy
from pathlib import Path

import pytest

from support.cli import XPLAN_SAMPLES, swdp, swdp_in_process

PLAN = XPLAN_SAMPLES / "xplan51.gml"
BERLIN_CONFIG = Path(__file__).parent / "data" / "berlin-weihnachtsmaerkte" / "cluster.yaml"
MEMBERS = f"""delivery_folders: [{XPLAN_SAMPLES}]

coordination:
  distance_m: 2000
  external_neighbours:
    - {{key: grossraeschen, name: Stadt Großräschen, ags: "12066112", mailbox: bauamt@grossraeschen.de, distance_m: 3500}}

members:
  - key: elbe-elster
    name: Landkreis Elbe-Elster
    kind: Landkreis
    ags: "12062000"
    ars: "12062"
    ckan_organization: landkreis-elbe-elster
    data_office: opendata@lkee.de
    sources:
      building_plans:
        connector: xplan
        location: {PLAN}
  - key: oberspreewald-lausitz
    name: Landkreis Oberspreewald-Lausitz
    kind: Landkreis
    ags: "12066000"
    ars: "12066"
    ckan_organization: landkreis-osl
    data_office: opendata@osl-online.de
    coordination: {{distance_m: DISTANCE}}
    sources: {{}}

"""


def _config(folder: Path, neighbour_distance: int) -> Path:
    """The Berlin precedent's cluster.yaml with the two districts as members."""
    text = BERLIN_CONFIG.read_text(encoding="utf-8")
    head, rest = text.split("members:", 1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cluster.yaml"
    path.write_text(head + MEMBERS.replace("DISTANCE", str(neighbour_distance))
                    + "geodata:" + rest.split("geodata:", 1)[1], encoding="utf-8")
    return path


def _notices(data: Path) -> dict[str, email.message.EmailMessage]:
    """The neighbourhood mails of the outbox by receiver."""
    mails = [email.message_from_bytes(path.read_bytes(), policy=policy.default)
             for path in (data / "outbox").glob("*.eml")]
    return {mail["To"]: mail for mail in mails if "Nachbarschaft" in mail["Subject"]}


@pytest.fixture(scope="module")
def told(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("nachbarn")
    # in a process of its own: the Dagster jobs are partitioned by the members read at start
    result = swdp("run", "--json", data_dir=folder / "data",
                  env={"SWDP_CONFIG": str(_config(folder / "config", 5000))})
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "data"


def test_neighbours_within_their_distance_get_a_german_notice(told):
    notices = _notices(told)
    assert set(notices) == {"opendata@osl-online.de", "bauamt@grossraeschen.de"}
    text = notices["opendata@osl-online.de"].get_body(preferencelist=("plain",)).get_content()
    assert "höchstens 5.000 m von Ihrem Gebiet entfernt" in text
    assert "1. Neuer Plan in Ihrer Nähe: „Heideweg“ (Landkreis Elbe-Elster)" in text
    assert 'Plangemeinde: Gemeinde Sallgast vertreten durch "Amt Kleine Elster", Plannummer Nr.1' in text
    assert "Verfahrensstand: In Kraft getreten" in text
    assert "Abstand: 2.977 m zu Ihrer Gemeinde Großräschen (AGS 12066112)" in text
    town = notices["bauamt@grossraeschen.de"].get_body(preferencelist=("plain",)).get_content()
    assert "höchstens 3.500 m" in town and "„Heideweg“" in town


def test_the_feed_and_its_geojson_name_the_plan_once_quoted(told):
    feed = (told / "export" / "coordination" / "grossraeschen.atom").read_text(encoding="utf-8")
    assert "<title>Neuer Plan in Ihrer Nähe: „Heideweg“ (Landkreis Elbe-Elster)</title>" in feed
    plans = json.loads((told / "export" / "coordination" / "oberspreewald-lausitz.geojson")
                       .read_text(encoding="utf-8"))["features"]
    [plan] = plans
    assert (plan["properties"]["abstandMeter"], plan["properties"]["naechsteGemeinde"]) == (
        2977, {"ags": "12066112", "name": "Großräschen"})
    assert plan["geometry"]["type"] == "MultiPolygon"


def test_a_neighbour_beyond_its_distance_hears_nothing(tmp_path):
    """With the default 2,000 m the neighbour district is not told; the town still is."""
    result = swdp("run", "--json", data_dir=tmp_path / "data",
                  env={"SWDP_CONFIG": str(_config(tmp_path / "config", 2000))})
    assert result.returncode == 0, result.stdout + result.stderr
    assert set(_notices(tmp_path / "data")) == {"bauamt@grossraeschen.de"}


def test_check_says_that_plan_documents_without_address_give_neighbours_no_link(tmp_path):
    result = swdp_in_process("check", str(PLAN), "-d", "building_plans", "-m", "elbe-elster",
                             "--json", data_dir=tmp_path / "data",
                             env={"SWDP_CONFIG": str(_config(tmp_path / "config", 5000))})
    assert result.returncode == 0, result.stdout + result.stderr
    notes = json.loads(result.stdout)["notes"]
    assert ("Planunterlagen nur als Dateinamen ohne Webadresse (z. B. "
            "„B-Plan_Klingmuehl_Heideweg_Leg.pdf“) bei 1 von 1 Plänen – Nachbarn erhalten so "
            "keinen Link; mit options.document_base (Adresse des Ordners der Unterlagen) werden "
            "es Webadressen") in notes
