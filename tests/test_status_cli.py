"""`swdp status` as a data office uses it: one member or dataset at a time, and why a delivery
failed, not only that it did; a wrong call is a wrong call (exit 2), never an internal error."""
import json
import shutil

import pytest

from pipelines.cli.common import EXIT_OK, EXIT_UNUSABLE
from pipelines.core.database import connect
from pipelines.core.settings import PROJECT_ROOT

from schemas import load_schema
from support.cli import swdp_in_process


def _flat(text: str) -> str:
    """Console output without its line breaks (rich wraps at 120 columns)."""
    return " ".join(text.split())


def test_status_of_one_member_names_the_failed_delivery_and_why(tmp_path, monkeypatch):
    events = tmp_path / "veranstaltungen.csv"
    shutil.copy(PROJECT_ROOT / "samples" / "deliveries" / "kusel" / "veranstaltungen.csv", events)
    plans = tmp_path / "bebauungsplaene.geojson"
    plans.write_bytes(b"")  # a member's export that went wrong: an empty file
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    text = text.replace("location: samples/deliveries/kusel/veranstaltungen.csv", f"location: {events}")
    text = text.replace("location: samples/deliveries/kusel/bebauungsplaene.geojson", f"location: {plans}")
    text = text.replace("location: samples/", f"location: {PROJECT_ROOT}/samples/")
    (tmp_path / "cluster.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("SWDP_CONFIG", str(tmp_path / "cluster.yaml"))
    data_dir = tmp_path / "data"
    ran = swdp_in_process("run", "-m", "kusel", "-d", "events", "-d", "building_plans",
                          data_dir=data_dir)
    assert ran.returncode == EXIT_UNUSABLE, ran.stderr[-2000:]

    plans_only = swdp_in_process("status", "-m", "kusel", "-d", "building_plans", data_dir=data_dir)
    assert plans_only.returncode == EXIT_OK, plans_only.stderr[-2000:]
    shown = _flat(plans_only.stdout)
    assert ("Fehlgeschlagen Landkreis Kusel/Bauliche Entwicklungen: bebauungsplaene.geojson: "
            "Die Datei ist leer "
            "– die zuletzt übernommenen Daten bleiben unverändert") in shown
    assert "Bauliche Entwicklungen" in shown and "Veranstaltungen" not in shown

    events_only = swdp_in_process("status", "-d", "events", data_dir=data_dir)
    assert events_only.returncode == EXIT_OK
    assert "Veranstaltungen" in events_only.stdout and "Fehlgeschlagen" not in events_only.stdout

    as_json = json.loads(swdp_in_process("status", "-m", "kusel", "-d", "building_plans", "--json",
                                         data_dir=data_dir).stdout)
    assert [(p["municipality"], p["dataset"], p["status"]) for p in as_json["partitions"]] == [
        ("kusel", "building_plans", "fehlgeschlagen")]
    assert as_json["partitions"][0]["message"] == "bebauungsplaene.geojson: Die Datei ist leer"


def test_wrong_calls_are_named_and_end_with_exit_2_not_as_internal_errors(tmp_path):
    data_dir = tmp_path / "data"
    unknown_member = swdp_in_process("status", "-m", "atlantis", data_dir=data_dir)
    assert unknown_member.returncode == EXIT_UNUSABLE
    assert "Unbekanntes Mitglied „atlantis“" in _flat(unknown_member.stderr)
    unknown_dataset = swdp_in_process("status", "-d", "wetter", data_dir=data_dir)
    assert unknown_dataset.returncode == EXIT_UNUSABLE
    assert "Unbekannte Datensatzart „wetter“" in _flat(unknown_dataset.stderr)
    for call in (("status", "--mitglied", "kusel"), ("check",), ("run", "--parallel", "null")):
        wrong = swdp_in_process(*call, data_dir=data_dir)
        assert wrong.returncode == EXIT_UNUSABLE, (call, wrong.stderr)
        assert "Interner Fehler" not in wrong.stderr and "--help" in wrong.stderr
    assert not (data_dir / "logs").exists()  # no traceback written for a mistyped option


def test_status_shows_each_delivered_file_and_how_it_came(tmp_path, monkeypatch):
    """Kusel's vacancies came through the inbox, its events were fetched from the configured
    place: the data office sees both files and ways, in the table and in the JSON."""
    from pipelines.core.cluster import load_cluster
    from pipelines.core.settings import Settings
    from pipelines.ingest.feedback import report_text
    from pipelines.ingest.inbox import InboxFile, ingest_inbox_file

    data_dir = tmp_path / "data"
    monkeypatch.setenv("SWDP_DATA_DIR", str(data_dir))
    settings = Settings.from_env()
    cluster = load_cluster(settings.config_path)
    dropped = settings.inbox_dir / "kusel" / "vacancies" / "Leerstandsliste Kusel Stand Dezember 2026.csv"
    dropped.parent.mkdir(parents=True)
    shutil.copy(PROJECT_ROOT / "samples" / "deliveries" / "kusel" / "leerstand.csv", dropped)
    taken = ingest_inbox_file(settings, cluster, InboxFile("kusel", "vacancies", dropped), "run-1",
                              lambda r: report_text(settings, cluster, r))
    assert taken.status == "ok"
    ran = swdp_in_process("run", "-m", "kusel", "-d", "events", data_dir=data_dir)
    assert ran.returncode == EXIT_OK, ran.stderr[-2000:]

    shown = swdp_in_process("status", "-m", "kusel", data_dir=data_dir)
    assert shown.returncode == EXIT_OK, shown.stderr[-2000:]
    lines = shown.stdout.splitlines()
    assert max(len(line) for line in lines) <= 120  # piped: the width the console is given
    flat = _flat(shown.stdout)
    assert "Datei (Eingang)" in flat and "(Abruf)" in flat and "(Eingangsordner)" in flat
    # the file names wrap within their column rather than widening or cutting the table
    assert "veranstaltungen." in flat and "Leerstandsliste" in flat and "Dezember" in flat
    assert "…" not in shown.stdout
    as_json = json.loads(swdp_in_process("status", "-m", "kusel", "--json",
                                         data_dir=data_dir).stdout)
    delivered = {p["dataset"]: (p["source"], p["arrival"]) for p in as_json["partitions"]}
    assert delivered == {"events": ("veranstaltungen.csv", "abruf"),
                         "vacancies": (dropped.name, "eingangsordner")}

    # The way is read from the warehouse (`runs.arrival`), not from the journals: a journal
    # as written before arrivals were noted changes nothing until the warehouse is rebuilt …
    [journal] = (settings.runs_dir / "events" / "kusel").glob("*.json")
    noted = json.loads(journal.read_text(encoding="utf-8"))
    del noted["arrival"]
    journal.write_text(json.dumps(noted), encoding="utf-8")
    assert _arrivals(data_dir) == {"events": "abruf", "vacancies": "eingangsordner"}
    # … and a warehouse built before `runs` had the column is rebuilt by `swdp status`,
    # with no way for the run from before
    with connect(settings.warehouse_path) as warehouse:
        warehouse.execute("ALTER TABLE runs DROP COLUMN arrival")
    assert _arrivals(data_dir) == {"events": None, "vacancies": "eingangsordner"}
    with connect(settings.warehouse_path, read_only=True) as warehouse:
        assert warehouse.execute("SELECT dataset, arrival FROM runs ORDER BY 1").fetchall() == [
            ("events", None), ("vacancies", "eingangsordner")]


def _arrivals(data_dir) -> dict:
    shown = swdp_in_process("status", "-m", "kusel", "--json", data_dir=data_dir)
    assert shown.returncode == EXIT_OK, shown.stderr[-2000:]
    return {p["dataset"]: p["arrival"] for p in json.loads(shown.stdout)["partitions"]}


def test_the_table_of_runs_names_members_and_warns_of_many_rejected_rows(cluster, capsys):
    """A citizen trial read „kusel … ok“ for a delivery of which 85 % of the rows were
    rejected: people read the member's name, and a share above the schema's `max_drop` of
    `row_count_drop` is a warning in the status and a line of its own."""
    from pipelines.cli.common import print_runs
    from schemas import load_schema

    most = {"municipality": "kusel", "dataset": "events", "read": 100, "valid": 15,
            "rejected": 85, "geocoded": 15, "status": "ok", "held": False, "finished_at": ""}
    few = {**most, "municipality": "kaiserslautern", "valid": 98, "rejected": 2}
    assert load_schema("events").quality["row_count_drop"]["max_drop"] < 0.85
    print_runs([most, few], "Ergebnis der Verarbeitung", cluster)
    shown = _flat(capsys.readouterr().out)
    assert cluster.member("kusel").name in shown and "│ kusel " not in shown
    assert "ok, 85 % abgewiesen" in shown and "2 % abgewiesen" not in shown
    assert (f"Viele Zeilen abgewiesen {cluster.member('kusel').name}/Veranstaltungen: 85 von "
            f"100 (85 %)") in shown


def test_the_table_of_runs_writes_figures_in_german_digits(cluster, capsys):
    """An officer trial read „204000“ in the table while the mail said „204.000“."""
    from pipelines.cli.common import print_runs

    large = {"municipality": "kusel", "dataset": "events", "read": 204000, "valid": 20400,
             "rejected": 183600, "geocoded": 20400, "status": "ok", "held": False,
             "finished_at": ""}
    failed = {**large, "municipality": "kaiserslautern", "read": None, "valid": None,
              "rejected": None, "geocoded": None, "status": "fehlgeschlagen"}
    print_runs([large, failed], "Ergebnis der Verarbeitung", cluster)
    shown = _flat(capsys.readouterr().out)
    assert "204.000" in shown and "183.600" in shown and "204000" not in shown
    assert "183.600 von 204.000 (90 %)" in shown
    assert "None" not in shown and "│ – " in shown


@pytest.mark.parametrize("delivered", [False, True])
@pytest.mark.parametrize("width", [100, 120])
def test_the_table_of_runs_keeps_names_and_titles_whole(cluster, monkeypatch, width, delivered):
    """An officer trial read „Landkreis Sankt“ and „Wendel“ on two lines of `swdp run` at 120
    columns, as if two members had delivered; `swdp status` at 100 columns broke „Stadt und
    Verbandsgemeinde Linz am Rhein“ (40 characters) over three lines and a title mid-word
    („Entwicklunge“/„n“). In a terminal of 100 or 120 columns every member's name and every
    dataset's title stands whole on a line, and nothing is cut at the terminal's edge."""
    import io

    from rich.console import Console

    from pipelines.cli import common
    from schemas import DATASET_KEYS

    shown = io.StringIO()
    monkeypatch.setattr(common, "out", Console(width=width, file=shown, emoji=False,
                                               highlight=False))
    runs = [{"municipality": key, "dataset": dataset, "read": 1234, "valid": 1200,
             "rejected": 34, "geocoded": 1100, "status": "ok", "held": False,
             "finished_at": "2026-12-07T13:00:00+00:00", "source": f"{dataset}.geojson",
             "arrival": "abruf"} for key in cluster.members for dataset in DATASET_KEYS]
    runs[0] |= {"source": "Leerstandsliste Kusel Stand Dezember 2026.csv",
                "arrival": "eingangsordner", "rejected": 1000, "valid": 234}
    runs[1] |= {"status": "fehlgeschlagen", "read": None, "valid": None, "rejected": None,
                "geocoded": None}
    common.print_runs(runs, "Stand der letzten Lieferungen", cluster, delivered=delivered)
    lines = shown.getvalue().splitlines()
    table = [line for line in lines if line[:1] in "┏┃┡│├└"]
    assert max(len(line) for line in lines) <= width
    assert all(line[-1] in "┓┃┩│┤┘" for line in table)  # none cut at the terminal's edge
    assert "…" not in shown.getvalue()
    for key in cluster.members:
        assert any(f"│ {cluster.member_name(key)} " in line for line in lines), key
    for key in DATASET_KEYS:  # whole, or wrapped between its words
        title = load_schema(key).title
        assert (any(f"│ {title} " in line for line in lines)
                or all(any(f"│ {word} " in line for line in lines) for word in title.split())), key
    # a status wraps between its words, never within one
    assert any("ok, 81 %" in line for line in lines)
    assert "ok, 81 % abgewiesen" in shown.getvalue() or "│ abgewiesen " in shown.getvalue()
    assert "│ fehlgeschlagen " in shown.getvalue()
    if delivered:
        assert all(word in shown.getvalue() for word in (
            "Leerstandsliste", "Dezember", "2026.csv", "(Eingangsordner)", "(Abruf)"))


def test_the_geocoding_shares_are_not_cut_at_100_columns(cluster, monkeypatch):
    """`swdp status` at 100 columns showed „1…“ for 100 % beside a column of members' names:
    grouped under the member's name, every share and level stands whole."""
    import io

    from rich.console import Console

    from pipelines.cli import status
    from pipelines.cli.common import PRECISION_LABELS
    from schemas import DATASET_KEYS

    shown = io.StringIO()
    monkeypatch.setattr(status, "out", Console(width=100, file=shown, emoji=False,
                                               highlight=False))
    entries = [{"municipality": key, "dataset": dataset,
                "precision_share": {"coordinates": 1.0} if dataset == "building_plans" else
                {"postcode": 0.58, "municipality": 0.42}}
               for key in cluster.members for dataset in DATASET_KEYS]
    status._print_precision_shares(entries, cluster)
    lines = shown.getvalue().splitlines()
    assert "…" not in shown.getvalue() and max(len(line) for line in lines) <= 100
    assert all(f" {level} " in lines[2] for level in PRECISION_LABELS.values())
    assert sum("│ Bauliche Entwicklungen │ 100 % │" in " ".join(line.split()) for line in lines
               ) == len(cluster.members)
    for key in cluster.members:
        assert any(f"│ {cluster.member_name(key)} " in line for line in lines), key
