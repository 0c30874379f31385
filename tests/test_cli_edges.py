"""The rough edges of `swdp` as data officers and members meet them: a call with `--json` that
is refused gets one JSON object on stdout all the same (it used to get nothing where the
configuration was broken, a member unknown or an option mistyped); help screens and wrong
calls speak German (they spoke Click's English, over three lines); a folder where a file
belongs, a file where a folder belongs, a path with umlauts and spaces are named, not
an internal error."""
import json
from pathlib import Path

import pytest
import typer

from pipelines.cli.common import EXIT_UNUSABLE, app
from pipelines.core.settings import PROJECT_ROOT
from support.cli import SAMPLES, swdp_in_process

EVENTS = str(SAMPLES / "kusel" / "veranstaltungen.csv")


def configured(tmp_path: Path, old: str, new: str) -> dict[str, str]:
    """The environment of an operator's copy of cluster.yaml, under a name with an umlaut and a
    space, with `old` replaced by `new`."""
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "mein cluster ä.yaml"
    path.write_text(text.replace(old, new).replace("location: samples/", f"location: {PROJECT_ROOT}/samples/"),
                    encoding="utf-8")
    return {"SWDP_CONFIG": str(path)}


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder named as members name theirs."""
    made = tmp_path / "Lieferungen für März"
    made.mkdir()
    return made


BROKEN_YAML = ("members:\n", "members: [\n")
MALFORMED_NEIGHBOUR = ("  external_neighbours: []\n",
                       '  external_neighbours:\n    - {key: vg-unkel, ars: "07138500", mailbox: bauamt@unkel.de}\n')


@pytest.mark.parametrize("call, change, kind, said", [
    (("run", "--json"), BROKEN_YAML, "configuration", "mein cluster ä.yaml: kein gültiges YAML"),
    (("run", "-m", "kusel", "-d", "events", "--json"), MALFORMED_NEIGHBOUR, "configuration",
     "mein cluster ä.yaml: coordination.external_neighbours, „vg-unkel“ (Eintrag 1): ars „07138500“"),
    (("run", "-m", "atlantis", "--json"), None, "call", "Unbekanntes Mitglied „atlantis“"),
    (("run", "--json", "--parallel", "null"), None, "call",
     "ungültiger Wert für --parallel/-p: erwartet wird eine ganze Zahl ab 1"),
    (("run", "--json", "--mitglied", "kusel"), None, "call", "unbekannte Option --mitglied"),
    (("status", "--json"), BROKEN_YAML, "configuration", "kein gültiges YAML"),
    (("status", "-d", "wetter", "--json"), None, "call", "Unbekannte Datensatzart „wetter“"),
    (("status", "--json"), None, "no_warehouse", "Noch kein Warehouse unter"),
    (("check", EVENTS, "-d", "wetter", "--json"), None, "call", "Unbekannte Datensatzart „wetter“"),
    (("check", "{folder}", "-d", "events", "--json"), None, "file",
     "Lieferungen für März: das ist ein Ordner, keine Datei"),
    (("geocode", "{folder}/fehlt.csv", "--out", "aus.csv", "--json"), None, "file",
     "fehlt.csv: Datei nicht gefunden"),
    (("publish", "-m", "atlantis", "--json"), None, "call", "Unbekanntes Mitglied „atlantis“"),
    (("gazetteer", "build", "-a", "{folder}", "--json"), None, "file",
     "Lieferungen für März: das ist ein Ordner, keine Datei"),
    (("ckan", "mqa", "--home", "{folder}", "--json"), None, "call",
     "Kein CKAN angegeben"),
], ids=["run-yaml", "run-coordination", "run-member", "run-number", "run-option", "status-yaml",
        "status-dataset", "status-no-warehouse", "check-dataset", "check-folder", "geocode-missing",
        "publish-member", "gazetteer-folder", "mqa-no-ckan"])
def test_a_refused_json_call_gets_one_json_object_with_the_german_message_and_its_kind(
        tmp_path, folder, call, change, kind, said):
    env = configured(tmp_path, *change) if change else {}
    result = swdp_in_process(*(part.format(folder=folder) for part in call), data_dir=tmp_path / "data",
                             env={"CKAN_URL": "", **env})
    assert result.returncode == EXIT_UNUSABLE, result.stdout + result.stderr
    answer = json.loads(result.stdout)  # the whole of stdout: one object
    assert answer["kind"] == kind and answer["exit_code"] == EXIT_UNUSABLE, answer
    assert said in answer["error"], answer
    [line] = result.stderr.strip().splitlines()  # and the same German line for a person
    assert answer["error"] in line and "Traceback" not in result.stderr


def _commands(command, path=()):
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


@pytest.mark.parametrize("path", list(_commands(typer.main.get_command(app))),
                         ids=lambda path: " ".join(("swdp", *path)))
def test_every_help_screen_is_german(tmp_path, path):
    shown = swdp_in_process(*path, "--help", data_dir=tmp_path / "data")
    assert shown.returncode == 0, shown.stderr
    assert f"Aufruf: swdp {' '.join(path)}".rstrip() in shown.stdout and "Optionen" in shown.stdout
    for english in ("Usage", "Options", "Arguments", "Commands", "Show this message", "[required]",
                    "[default", "<bool>", "<list[str]>", "[OPTIONS]", "COMMAND [ARGS]"):
        assert english not in shown.stdout, (english, shown.stdout)
    # a docstring's paragraph is one paragraph, not its source lines broken again by rich
    assert "ein\n wegen" not in shown.stdout


@pytest.mark.parametrize("call, said", [
    (("status", "--mitglied", "kusel"), "unbekannte Option --mitglied – Hilfe: swdp status --help"),
    (("run", "--jsn"), "unbekannte Option --jsn – gemeint ist wohl --json – Hilfe: swdp run --help"),
    (("check",), "Argument DATEI fehlt – Hilfe: swdp check --help"),
    (("check", EVENTS), "Option --dataset/-d fehlt – Hilfe: swdp check --help"),
    (("check", "Lieferung", "für März.csv", "-d", "events"),
     "überzähliges Argument „für März.csv“ (Pfade mit Leerzeichen in Anführungszeichen)"),
    (("ckan", "mqa", "--mindestens", "viel"), "ungültiger Wert für --mindestens: erwartet wird eine Zahl"),
    (("geocode", EVENTS, "--out"), "Option --out erwartet einen Wert"),
    (("gazetteer", "bild"), "unbekannter Befehl „bild“ – gemeint ist wohl „build“ – Hilfe: swdp gazetteer --help"),
], ids=["option", "option-near", "argument", "required-option", "extra-argument", "number", "no-value",
        "command"])
def test_a_wrong_call_is_one_german_line_naming_the_option(tmp_path, call, said):
    wrong = swdp_in_process(*call, data_dir=tmp_path / "data")
    assert wrong.returncode == EXIT_UNUSABLE
    assert wrong.stderr.strip() == f"Aufruf nicht verwendbar: {said}" or (
        wrong.stderr.startswith(f"Aufruf nicht verwendbar: {said}")
        and len(wrong.stderr.strip().splitlines()) == 1), wrong.stderr
    assert wrong.stdout == "" and not (tmp_path / "data" / "logs").exists()


def test_folders_and_files_in_the_wrong_place_are_named_not_internal_errors(tmp_path, folder):
    data = tmp_path / "data"
    in_the_way = folder / "Notiz ä.txt"
    in_the_way.write_text("kein Ordner", encoding="utf-8")
    calls = {
        ("check", EVENTS, "-d", "events", "--csv", str(folder)):
            f"Aufruf nicht verwendbar: --csv {folder}: das ist ein Ordner – bitte einen Dateinamen "
            f"darin angeben, z. B. {folder / 'abgewiesen.csv'}",
        ("check", EVENTS, "-d", "events", "--xlsx", str(folder)):
            f"Aufruf nicht verwendbar: --xlsx {folder}: das ist ein Ordner",
        ("geocode", EVENTS, "--out", str(folder)):
            f"Aufruf nicht verwendbar: --out {folder}: das ist ein Ordner",
        ("geocode", str(folder), "--out", "aus.csv"):
            "Datei nicht verwendbar: Lieferungen für März: das ist ein Ordner, keine Datei",
        ("ckan", "portal", str(in_the_way / "portal")):
            f"Aufruf nicht verwendbar: Ordner {in_the_way / 'portal'} lässt sich nicht anlegen: "
            f"{in_the_way / 'portal'} ist kein Ordner",
    }
    for call, said in calls.items():
        refused = swdp_in_process(*call, data_dir=data)
        assert refused.returncode == EXIT_UNUSABLE, (call, refused.stderr)
        assert refused.stderr.startswith(said), (call, refused.stderr)
    assert not (data / "logs").exists(), "an internal error was logged"
    assert sorted(path.name for path in folder.iterdir()) == ["Notiz ä.txt"]  # nothing written


def test_a_configuration_file_missing_or_a_folder_is_named(tmp_path, folder):
    missing = swdp_in_process("run", "--json", data_dir=tmp_path / "data",
                              env={"SWDP_CONFIG": str(folder / "cluster.yaml")})
    assert json.loads(missing.stdout)["error"] == "cluster.yaml: Datei nicht gefunden"
    as_folder = swdp_in_process("status", data_dir=tmp_path / "data", env={"SWDP_CONFIG": str(folder)})
    assert as_folder.stderr.strip() == (f"Konfiguration {folder} nicht verwendbar: Lieferungen für März: "
                                        f"das ist ein Ordner, keine Datei – bitte eine Datei darin angeben")


def test_geocode_names_a_file_that_is_no_csv_instead_of_an_internal_error(tmp_path, folder):
    workbook = folder / "Adressen für März.xlsx"
    workbook.write_bytes(bytes(range(256)) * 4)  # neither UTF-8 nor Windows-1252 text
    refused = swdp_in_process("geocode", str(workbook), "--out", str(folder / "aus.csv"), "--json",
                              data_dir=tmp_path / "data")
    assert refused.returncode == EXIT_UNUSABLE, refused.stderr
    assert json.loads(refused.stdout)["error"] == (
        "Adressen für März.xlsx: keine CSV-Datei (Zeichensatz weder UTF-8 noch Windows-1252) – bitte "
        "in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern")
    assert not (tmp_path / "data" / "logs").exists()


def test_a_configuration_error_behind_another_error_ends_with_exit_2_not_74(settings):
    """`explain` names a ConfigError found among an error's causes a configuration fault; the
    exit code of such a fault used to be that of a full disk."""
    from pipelines.cli import _refusal
    from pipelines.core.cluster import ConfigError

    try:
        try:
            raise ConfigError("mein-cluster.yaml: Mitglied kusel: ags fehlt")
        except ConfigError as cause:
            raise RuntimeError("Schritt fehlgeschlagen") from cause
    except RuntimeError as error:
        refused = _refusal(error)
    assert (refused.kind, refused.exit_code) == ("configuration", EXIT_UNUSABLE)
    assert refused.message == "Konfiguration nicht verwendbar: mein-cluster.yaml: Mitglied kusel: ags fehlt"
