"""A real plan near a district border: Bebauungsplan Nr. 1 „Heideweg“ of the Gemeinde Sallgast
(Landkreis Elbe-Elster, Brandenburg; ../shared/samples/xplan/xplan51.gml, XPlanGML 5.1 from
xplanbox), delivered by its district. Großräschen (Landkreis Oberspreewald-Lausitz) lies
2,977 m from its Geltungsbereich (VG5000, EPSG:25832): the neighbour district, which listens
within 5 km, and the town as an external neighbour, which listens within 3.5 km, are told in
German; the plan's own district is not. What the real plan showed: its name is written with
quotes in the file ('"Heideweg"'), and the notice quoted it twice („"Heideweg"“); its documents
are file names only, so the neighbours got no link and nobody said why. The plan is in force
(rechtsstand 4000): a neighbour learning of it was told „Neuer Plan“ although § 2 Abs. 2
BauGB concerns plans in procedure, and the mail named a path on the platform's machine
(coordination/<key>.atom) no neighbour could open."""
import email
import html
import json
from email import policy
from pathlib import Path

import pytest

from support.cli import XPLAN_SAMPLES, swdp, swdp_in_process

PLAN = XPLAN_SAMPLES / "xplan51.gml"
BERLIN_CONFIG = Path(__file__).parent / "data" / "berlin-weihnachtsmaerkte" / "cluster.yaml"
MEMBERS = f"""delivery_folders: [{XPLAN_SAMPLES}, FOLDER]

coordination:
  distance_m: 2000FEEDS
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
        location: PLAN
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


def _config(folder: Path, neighbour_distance: int, plan: Path = PLAN, feeds: str = "") -> Path:
    """The Berlin precedent's cluster.yaml with the two districts as members; `feeds`: the
    public address of the coordination feeds."""
    text = BERLIN_CONFIG.read_text(encoding="utf-8")
    head, rest = text.split("members:", 1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cluster.yaml"
    members = (MEMBERS.replace("DISTANCE", str(neighbour_distance)).replace("PLAN", str(plan))
               .replace("FOLDER", str(plan.parent))
               .replace("FEEDS", f"\n  feed_base_url: {feeds}" if feeds else ""))
    path.write_text(head + members + "geodata:" + rest.split("geodata:", 1)[1], encoding="utf-8")
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


def _text(mail) -> str:
    return mail.get_body(preferencelist=("plain",)).get_content()


def test_neighbours_within_their_distance_hear_of_the_plan_in_force_in_one_line(told):
    """The plan came into force long ago: no notice of its own, one line in the mail."""
    notices = _notices(told)
    assert set(notices) == {"opendata@osl-online.de", "bauamt@grossraeschen.de"}
    mail = notices["opendata@osl-online.de"]
    assert mail["Subject"] == "Bauleitplanung in Ihrer Nachbarschaft: 1 bestehender Plan"
    text = _text(mail)
    assert "höchstens 5.000 m von Ihrem Gebiet entfernt" in text
    assert "Neuer Plan" not in text and "Plangemeinde" not in text
    assert ("Es wurde 1 bereits rechtskräftiger Plan übernommen (Landkreis Elbe-Elster: 1) "
            "– ohne Einzelmeldung, weil sein Verfahren schon abgeschlossen ist; er steht im "
            "Atom-Feed und in der GeoJSON-Datei.") in text
    town = _text(notices["bauamt@grossraeschen.de"])
    assert "höchstens 3.500 m" in town and "1 bereits rechtskräftiger Plan übernommen" in town


def test_without_a_public_address_the_mail_names_no_path_of_the_platform(told):
    for mail in _notices(told).values():
        text = _text(mail)
        assert "coordination/" not in text and ".atom" not in text
        assert ("eine öffentliche Adresse dafür ist noch nicht eingerichtet – auf Wunsch schickt "
                "die Geschäftsstelle (") in text


def test_the_feed_and_its_geojson_name_the_plan_once_quoted(told):
    feed = (told / "export" / "coordination" / "grossraeschen.atom").read_text(encoding="utf-8")
    assert ("<title>Bestehender Plan übernommen (Verfahren bereits abgeschlossen): „Heideweg“ "
            "(Landkreis Elbe-Elster)</title>") in feed
    for line in ('Plangemeinde: Gemeinde Sallgast vertreten durch "Amt Kleine Elster", '
                 'Plannummer Nr.1', "Verfahrensstand: In Kraft getreten",
                 "Abstand: 2.977 m zu Ihrer Gemeinde Großräschen (AGS 12066112)"):
        assert html.escape(line, quote=False) in feed
    plans = json.loads((told / "export" / "coordination" / "oberspreewald-lausitz.geojson")
                       .read_text(encoding="utf-8"))["features"]
    [plan] = plans
    assert (plan["properties"]["abstandMeter"], plan["properties"]["naechsteGemeinde"]) == (
        2977, {"ags": "12066112", "name": "Großräschen"})
    assert plan["geometry"]["type"] == "MultiPolygon"


def test_a_plan_in_procedure_is_new_and_announced_again_when_it_comes_into_force(tmp_path):
    """The same real plan delivered first as a draft (rechtsstand 2000), then in force; the
    feeds have a public address, which the mail gives in full."""
    in_force = PLAN.read_text(encoding="utf-8")
    assert in_force.count("<xplan:rechtsstand>4000</xplan:rechtsstand>") == 1
    plan = tmp_path / "plan" / "xplan51.gml"
    plan.parent.mkdir()
    plan.write_text(in_force.replace("<xplan:rechtsstand>4000<", "<xplan:rechtsstand>2000<"),
                    encoding="utf-8")
    config = _config(tmp_path / "config", 5000, plan, "https://daten.suedwest-cluster.de/coordination/")
    run = lambda: swdp("run", "--json", data_dir=tmp_path / "data", env={"SWDP_CONFIG": str(config)})
    result = run()
    assert result.returncode == 0, result.stdout + result.stderr
    draft = _text(_notices(tmp_path / "data")["opendata@osl-online.de"])
    assert "1. Neuer Plan in Ihrer Nähe: „Heideweg“ (Landkreis Elbe-Elster)" in draft
    assert "Verfahrensstand: Entwurf" in draft and "Außerdem" not in draft
    assert ("Alle Mitteilungen stehen im Atom-Feed https://daten.suedwest-cluster.de/coordination/"
            "oberspreewald-lausitz.atom, die offenen Pläne mit Geltungsbereich in "
            "https://daten.suedwest-cluster.de/coordination/oberspreewald-lausitz.geojson "
            "(auch im Anhang).") in draft

    for mail in (tmp_path / "data" / "outbox").glob("*.eml"):
        mail.unlink()
    plan.write_text(in_force, encoding="utf-8")
    result = run()
    assert result.returncode == 0, result.stdout + result.stderr
    later = _text(_notices(tmp_path / "data")["opendata@osl-online.de"])
    assert "1. Plan in Kraft getreten: „Heideweg“ (Landkreis Elbe-Elster)" in later
    assert "Verfahrensstand: In Kraft getreten" in later


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
    # the plan names no place: it is taken from the Geltungsbereich, which the note says (it
    # said „aus den Koordinaten“, which a plan in XPlanGML does not have)
    assert "Ort aus der Lage (Geltungsbereich) ergänzt: 1 Zeile" in notes
