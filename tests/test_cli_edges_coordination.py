"""A coordination entry that `swdp run` and the Dagster definitions refuse stops every
ingestion; `swdp status` and `swdp check` did not look at it, so the data office saw a clean
status and a member a clean check while nothing was read any more. `swdp status` now shows
it above the state and ends with exit 2; `swdp check` still checks the file (with its own
exit code) and tells the member that the cluster's configuration stops its delivery."""
import json
import shutil

from pipelines.cli.common import EXIT_REJECTED, EXIT_UNUSABLE
from support.cli import SAMPLES, swdp_in_process
from test_cli_edges import configured

WRONG_CALENDAR = ("    title_similarity: 85\n", "    title_similarity: hoch\n")
SAID = "mein cluster ä.yaml: coordination.calendar.title_similarity: „hoch“ ist keine Zahl ≥ 0"


def test_status_shows_a_broken_coordination_entry_above_the_state_and_exits_2(kusel_events, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data_dir)
    env = configured(tmp_path, *WRONG_CALENDAR)
    shown = swdp_in_process("status", "-m", "kusel", data_dir=data_dir, env=env)
    assert shown.returncode == EXIT_UNUSABLE, shown.stderr[-2000:]
    first, second = shown.stdout.splitlines()[:2]
    assert first == f"Konfiguration nicht verwendbar: {SAID}"
    assert second == "Bis der Eintrag korrigiert ist, liest weder „swdp run“ noch Dagster eine Lieferung ein."
    assert "Landkreis Kusel" in shown.stdout and "Veranstaltungen" in shown.stdout  # the state too
    as_json = swdp_in_process("status", "-m", "kusel", "--json", data_dir=data_dir, env=env)
    answer = json.loads(as_json.stdout)
    assert as_json.returncode == EXIT_UNUSABLE and answer["exit_code"] == EXIT_UNUSABLE
    assert answer["configuration_error"] == SAID
    assert [p["dataset"] for p in answer["partitions"]] == ["events"]
    clean = swdp_in_process("status", "-m", "kusel", "--json", data_dir=data_dir)
    assert clean.returncode == 0 and json.loads(clean.stdout)["configuration_error"] is None


def test_check_checks_the_file_and_says_that_the_configuration_stops_the_delivery(tmp_path):
    env = configured(tmp_path, *WRONG_CALENDAR)
    delivery = str(SAMPLES / "kusel" / "veranstaltungen.csv")
    checked = swdp_in_process("check", delivery, "-d", "events", "-m", "kusel", data_dir=tmp_path / "data",
                              env=env)
    assert checked.returncode == EXIT_REJECTED, checked.stderr[-2000:]  # the file's own verdict
    shown = " ".join(checked.stdout.split())
    assert "Prüfbericht veranstaltungen.csv" in shown
    assert (f"Hinweis: Die Konfiguration des Clusters hat einen Fehler ({SAID}). Bis die Datenstelle "
            f"des Clusters ihn korrigiert, wird keine Lieferung eingelesen – auch diese nicht; die "
            f"Prüfung der Datei gilt.") in shown
    as_json = swdp_in_process("check", delivery, "-d", "events", "-m", "kusel", "--json",
                              data_dir=tmp_path / "data", env=env)
    answer = json.loads(as_json.stdout)
    assert answer["configuration_error"] == SAID and answer["exit_code"] == EXIT_REJECTED
    clean = swdp_in_process("check", delivery, "-d", "events", "-m", "kusel", "--json",
                            data_dir=tmp_path / "data")
    assert "configuration_error" not in json.loads(clean.stdout)
