"""What the data protection officer asks of the platform: a private owner who withdraws
consent is erased by one command from everything the platform keeps (Art. 17 DSGVO) and
stays out of later deliveries; archived deliveries, mails, refused files and logs are
deleted after the Löschfrist in cluster.yaml (Art. 5 Abs. 1 lit. e DSGVO).

The owners are Kusel's sample vacancies: KUS-LS-0005 (Uwe Schröder, published without his
contacts) and KUS-LS-0024 (Markus Görgen, rejected for the object type „Burg“: his row is
kept in full among the rejected rows, the report and the member's mail)."""
import functools
import http.server
import json
import os
import shutil
import threading
import urllib.request
import zipfile
from datetime import datetime, timedelta, timezone

import ckanapi
import duckdb
import pyarrow.parquet as pq

from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.ingest.archive import archive_delivery
from support.cli import SAMPLES, publish_cli, swdp_in_process

PUBLISHED, REJECTED = "KUS-LS-0005", "KUS-LS-0024"
TRACES = (PUBLISHED, "familie.schroeder@example.org", "Uwe Schröder",
          REJECTED, "m.goergen@example.org", "Markus Görgen")


def _config(tmp_path, monkeypatch, privacy: str = "") -> tuple:
    """cluster.yaml with Kusel's vacancies from a copy the test may change, and `privacy`
    in place of the shipped Löschfristen."""
    delivery = tmp_path / "leerstand.csv"
    shutil.copy(SAMPLES / "kusel" / "leerstand.csv", delivery)
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    text = text.replace("location: samples/deliveries/kusel/leerstand.csv", f"location: {delivery}")
    text = text.replace("location: samples/", f"location: {PROJECT_ROOT}/samples/")
    shipped = text[text.index("privacy:\n"):text.index("\n\n", text.index("privacy:\n"))]
    text = text.replace(shipped, privacy or shipped)
    (tmp_path / "cluster.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("SWDP_CONFIG", str(tmp_path / "cluster.yaml"))
    return delivery, tmp_path / "data"


def _traces_in(data_dir) -> dict[str, list[str]]:
    """Which of TRACES each file of the data folder holds, read as its reader reads it (the
    warehouse's tables, Parquet, the workbook's XML, the mail's decoded text)."""
    found = {}
    for path in sorted(data_dir.rglob("*")):
        if not path.is_file() or "dagster" in path.parts or "locks" in path.parts:
            continue
        if path.suffix == ".duckdb":
            with duckdb.connect(str(path), read_only=True) as connection:
                text = "".join(connection.execute(f'SELECT * EXCLUDE (geometry) FROM "{name}"')
                               .df().to_csv() for name in ("vacancies_records",))
                text += connection.execute("SELECT * FROM rejects").df().to_csv()
        elif path.suffix == ".parquet":
            table = pq.read_table(path)
            text = table.drop([n for n in table.column_names if n == "geometry"]).to_pandas().to_csv()
        elif path.suffix == ".xlsx":
            text = "".join(zipfile.ZipFile(path).read(name).decode() for name in
                           zipfile.ZipFile(path).namelist() if name.endswith(".xml"))
        elif path.suffix == ".eml":
            import email
            import email.policy
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            text = "".join(part.get_content() for part in message.walk()
                           if part.get_content_maintype() == "text")
        else:
            text = path.read_bytes().decode("utf-8", "replace")
        if hits := [trace for trace in TRACES if trace in text]:
            found[str(path.relative_to(data_dir))] = hits
    return found


def test_one_command_erases_a_private_owner_everywhere_and_keeps_him_out(tmp_path, monkeypatch):
    delivery, data_dir = _config(tmp_path, monkeypatch)
    first = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", "--json", data_dir=data_dir)
    assert first.returncode == 0, first.stderr[-2000:]
    [before] = json.loads(first.stdout)["runs"]
    held = _traces_in(data_dir)
    # before: the owners stand in the archive, lake, warehouse, rejects, report and mail
    assert any(name.startswith("raw/kusel/vacancies/") for name in held), held
    assert "Markus Görgen" in held["rejects/vacancies/municipality=kusel/rejects.parquet"]
    assert REJECTED in held["reports/kusel/vacancies.json"]  # the row, named by its id
    assert "Uwe Schröder" in held["warehouse.duckdb"]
    assert PUBLISHED in held["export/vacancies/kusel.csv"]  # the house, without his contacts
    assert not any("familie.schroeder@example.org" in hits for name, hits in held.items()
                   if name.startswith("export/"))

    for own_id in (PUBLISHED, REJECTED):
        erased = swdp_in_process("privacy", "erase", "-m", "kusel", "-d", "vacancies",
                                 "--id", own_id, data_dir=data_dir)
        assert erased.returncode == 0, erased.stderr[-2000:]
        assert f"Datensatz „{own_id}“ (Landkreis Kusel/Leerstand) gelöscht" in erased.stdout
        assert "Die Quelle des Mitglieds enthält den Datensatz noch" in " ".join(erased.stdout.split())
    assert _traces_in(data_dir) == {}
    register = json.loads((data_dir / "datenschutz" / "loeschungen.json").read_text())
    assert [(entry["municipality"], entry["dataset"]) for entry in register] == [("kusel", "vacancies")] * 2
    assert not any(trace in json.dumps(register) for trace in TRACES)  # no personal data in it
    assert (data_dir / "katalog" / "vacancies.ausstehend").exists()  # CKAN gets the clean state

    # The member sends the list again, another object changed, the owners still in it: they
    # stay out, and the run says why without their values.
    text = delivery.read_text(encoding="utf-8-sig").replace("Älteres Bauernhaus", "Bauernhaus (saniert)", 1)
    delivery.write_text(text, encoding="utf-8-sig")
    again = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", "--json", data_dir=data_dir)
    assert again.returncode == 0, again.stderr[-2000:]
    [after] = json.loads(again.stdout)["runs"]
    assert (after["read"], after["valid"], after["rejected"]) == (
        before["read"], before["valid"] - 1, before["rejected"] - 1)
    assert ("2 Zeilen nicht übernommen: auf Antrag gelöscht (Art. 17 DSGVO) – bitte auch im "
            "eigenen Bestand löschen und aus der Lieferung entfernen: Zeile 6 (Kennung beim "
            f"Mitglied {PUBLISHED}), Zeile 25 (Kennung beim Mitglied {REJECTED}). Diese Lieferung "
            "bewahrt die Plattform deshalb nicht im Archiv auf (Prüfsumme und Eingang stehen im "
            "Protokoll des Laufs).") in after["notes"]
    # The delivery as received is not kept: the archive holds no copy of it, and what names
    # the owners at all is that note (their ids, no values) in the run (its journal and the
    # partition's marker, which an unchanged rerun repeats), the report and the mail.
    assert not (data_dir / "raw/kusel/vacancies").exists() or not any(
        (data_dir / "raw/kusel/vacancies").iterdir())
    left = _traces_in(data_dir)
    assert {hit for hits in left.values() for hit in hits} == {PUBLISHED, REJECTED}, left
    assert {name.split("/")[0] for name in left} == {"runs", "lake", "reports", "outbox"}, left
    assert [name for name in left if name.startswith("lake/")] == [
        "lake/vacancies/municipality=kusel/ingested.json"]
    assert after["delivery_sha256"]  # which delivery it was stays known
    # the same file sent again is recognised as unchanged, not archived anew
    unchanged = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", "--json", data_dir=data_dir)
    assert json.loads(unchanged.stdout)["runs"][0]["status"] == "unverändert"
    assert not any((data_dir / "raw/kusel/vacancies").iterdir())


def test_unknown_member_is_refused_in_german(tmp_path, monkeypatch):
    _, data_dir = _config(tmp_path, monkeypatch)
    refused = swdp_in_process("privacy", "erase", "-m", "kuselx", "-d", "vacancies",
                              "--id", PUBLISHED, "--json", data_dir=data_dir)
    assert refused.returncode == 2
    assert "Aufruf nicht verwendbar: Unbekanntes Mitglied „kuselx“" in " ".join(
        refused.stderr.split())
    # a script erasing with --json gets the refusal as JSON too, like every swdp refusal
    answer = json.loads(refused.stdout)
    assert (answer["kind"], answer["exit_code"]) == ("call", 2)
    assert answer["error"].startswith("Unbekanntes Mitglied „kuselx“")


def test_archived_deliveries_older_than_the_loeschfrist_go_with_the_next_delivery(tmp_path, monkeypatch):
    delivery, data_dir = _config(tmp_path, monkeypatch, "privacy:\n  raw_retention_days: 365")
    folder = data_dir / "raw" / "kusel" / "vacancies"
    now = datetime.now(timezone.utc)
    older = []
    for days, name in ((500, "Älteres Bauernhaus"), (400, "Ehemaliges Schuhgeschäft"),
                       (100, "Ehemalige Schreinerei")):  # three earlier versions of the list
        earlier = tmp_path / f"{days}.csv"
        earlier.write_text(delivery.read_text(encoding="utf-8-sig").replace(name, f"{name} (alt)"),
                           encoding="utf-8-sig")
        older.append(archive_delivery(Settings(data_dir).raw_dir, "kusel", "vacancies", earlier,
                                      now=now - timedelta(days=days)).path)
    ran = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr[-2000:]
    kept = sorted(path.name for path in folder.iterdir())
    assert len(kept) == 2 and kept[0] == older[2].name, kept  # 100 days old, and today's

    # Without a Löschfrist nothing is deleted (and the command says so).
    _config(tmp_path, monkeypatch, "privacy: {}")
    told = swdp_in_process("privacy", "expire", data_dir=data_dir)
    assert told.returncode == 0 and "Keine Löschfristen eingestellt" in told.stdout
    assert sorted(path.name for path in folder.iterdir()) == kept


def test_mails_refused_files_and_logs_go_after_their_loeschfrist(tmp_path, monkeypatch):
    _, data_dir = _config(tmp_path, monkeypatch,
                          "privacy:\n  raw_retention_days: 365\n  file_retention_days: 30")
    ran = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr[-2000:]
    [mail] = (data_dir / "outbox").glob("*.eml")  # the member's mail, with Markus Görgen's row
    refused = data_dir / "inbox" / "kusel" / "vacancies" / "abgelehnt" / "liste.pdf"
    refused.parent.mkdir(parents=True)
    shutil.copy(SAMPLES / "kusel" / "leerstand.csv", refused)
    log = data_dir / "logs" / "swdp-fehler-20260101-120000-x.log"
    log.parent.mkdir(parents=True)
    log.write_text("Traceback …", encoding="utf-8")
    month_ago = (datetime.now() - timedelta(days=31)).timestamp()
    for path in (mail, refused, log):
        os.utime(path, (month_ago, month_ago))
    fresh = data_dir / "logs" / "swdp-fehler-heute.log"
    fresh.write_text("Traceback …", encoding="utf-8")

    expired = swdp_in_process("privacy", "expire", data_dir=data_dir)
    assert expired.returncode == 0, expired.stderr[-2000:]
    assert ("Löschfristen angewendet: 3 Dateien gelöscht, personenbezogene Felder von 0 "
            "zurückgezogenen Datensätzen geleert.") in " ".join(expired.stdout.split())
    assert not mail.exists() and not refused.exists() and not log.exists()
    assert fresh.exists() and any((data_dir / "raw" / "kusel" / "vacancies").iterdir())


def test_a_loeschfrist_of_no_days_is_refused_naming_the_entry(tmp_path, monkeypatch):
    _, data_dir = _config(tmp_path, monkeypatch, "privacy:\n  raw_retention_days: 0")
    refused = swdp_in_process("privacy", "expire", data_dir=data_dir)
    assert refused.returncode == 2
    assert ("cluster.yaml: Abschnitt privacy: raw_retention_days muss eine ganze Zahl von Tagen "
            "(mindestens 1) sein, nicht „0“") in " ".join(refused.stderr.split())


def test_what_names_rejected_values_is_for_the_platform_only(tmp_path, monkeypatch):
    """Reports and mails list rejected values – Markus Görgen's row here, elsewhere an owner's
    mobile number in a description; a delivery uploaded in CKAN holds all owners' contacts.
    Like the lake, the rejects and the archive they are the platform account's alone (0600),
    not readable by every account on the server."""
    _, data_dir = _config(tmp_path, monkeypatch)
    ran = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr[-2000:]
    [mail] = (data_dir / "outbox").glob("*.eml")
    reports = sorted((data_dir / "reports" / "kusel").glob("vacancies.*"))
    assert [path.suffix for path in reports] == [".csv", ".html", ".json"]
    modes = {path.name: oct(path.stat().st_mode & 0o777) for path in (
        *reports, mail, data_dir / "rejects/vacancies/municipality=kusel/rejects.parquet")}
    assert set(modes.values()) == {"0o600"}, modes

    # An upload fetched from a web server (as from CKAN) is written the same way.
    from catalog.uploads import Upload, download
    served = tmp_path / "served"
    served.mkdir()
    shutil.copy(SAMPLES / "kusel" / "leerstand.csv", served)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            upload = Upload("kusel", "vacancies", "r1",
                            f"http://127.0.0.1:{server.server_port}/leerstand.csv", "1")
            path = download(upload, "token", data_dir / "uploads" / "kusel" / "vacancies")
        finally:
            server.shutdown()
    assert "Markus Görgen" in path.read_text(encoding="utf-8-sig")
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_contacts_of_records_withdrawn_longer_than_the_loeschfrist_are_emptied(tmp_path, monkeypatch):
    """Uwe Schröder's house (KUS-LS-0005) left Kusel's list 400 days ago: the lake keeps the
    withdrawn record for the history, but not his contacts after a year."""
    delivery, data_dir = _config(tmp_path, monkeypatch, "privacy:\n  withdrawn_retention_days: 365")
    raw = Settings(data_dir).raw_dir
    now = datetime.now(timezone.utc)
    archive_delivery(raw, "kusel", "vacancies", delivery, now=now - timedelta(days=500))
    assert swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir).returncode == 0
    lines = delivery.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    delivery.write_text("".join(line for line in lines if not line.startswith(PUBLISHED)),
                        encoding="utf-8-sig")
    archive_delivery(raw, "kusel", "vacancies", delivery, now=now - timedelta(days=400))
    assert swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir).returncode == 0
    query = ("SELECT owner_name, owner_email, withdrawn_at IS NOT NULL FROM vacancies_records "
             "WHERE source_id = ?")
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as connection:
        assert connection.execute(query, [PUBLISHED]).fetchall() == [
            ("Uwe Schröder", "familie.schroeder@example.org", True)]
        owners = connection.execute("SELECT count(*) FROM vacancies_records WHERE withdrawn_at "
                                    "IS NULL AND owner_name IS NOT NULL").fetchone()[0]

    expired = swdp_in_process("privacy", "expire", data_dir=data_dir)
    assert expired.returncode == 0, expired.stderr[-2000:]
    assert ("personenbezogene Felder von 1 zurückgezogenem Datensatz geleert."
            in " ".join(expired.stdout.split()))
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as connection:
        assert connection.execute(query, [PUBLISHED]).fetchall() == [(None, None, True)]
        assert connection.execute("SELECT count(*) FROM vacancies_records WHERE withdrawn_at "
                                  "IS NULL AND owner_name IS NOT NULL").fetchone()[0] == owners
    assert "Uwe Schröder" not in pq.read_table(
        data_dir / "lake/vacancies/municipality=kusel/records.parquet").to_pandas().to_csv()


def test_the_catalogue_offers_an_erased_record_no_more(tmp_path, monkeypatch, operations_ckan):
    """After the erasure, `swdp publish -d vacancies` brings CKAN's files to the cleaned
    exports, the member's and the cluster's: what a citizen downloads no longer holds the
    house, and the publication is no longer outstanding. (A CKAN of its own: this publishes only
    Kusel's vacancies, which would withdraw the demo's datasets the session's CKAN keeps.)"""
    _, data_dir = _config(tmp_path, monkeypatch)
    assert swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir).returncode == 0

    def offered() -> str:
        published = publish_cli(operations_ckan, data_dir, "-d", "vacancies")
        assert published.returncode == 0, published.stderr[-2000:]
        remote = ckanapi.RemoteCKAN(operations_ckan.url, apikey=operations_ckan.token)
        packages = [remote.action.package_show(id=name) for name in remote.action.package_list()]
        urls = [resource["url"] for package in packages if package["name"].endswith("vacancies")
                for resource in package["resources"]
                if resource["swdp_file"].endswith((".csv", ".geojson"))]
        assert len(urls) >= 4, urls  # the members' and the cluster's CSV and GeoJSON
        return "".join(urllib.request.urlopen(url, timeout=60).read().decode("utf-8-sig")
                       for url in urls)

    assert PUBLISHED in offered()
    erased = swdp_in_process("privacy", "erase", "-m", "kusel", "-d", "vacancies", "--id",
                             PUBLISHED, data_dir=data_dir)
    assert erased.returncode == 0, erased.stderr[-2000:]
    assert PUBLISHED not in offered()
    assert not (data_dir / "katalog" / "vacancies.ausstehend").exists()


def test_erasing_from_a_held_member_says_what_still_holds_the_record(tmp_path, monkeypatch):
    """Kusel sends only five rows of its list (publication held: more than half missing).
    Its released files are not rewritten while held, so the erasure cannot reach them yet,
    and the command says so instead of reporting the record gone everywhere."""
    delivery, data_dir = _config(tmp_path, monkeypatch)
    assert swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir).returncode == 0
    lines = delivery.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    delivery.write_text("".join(lines[:6]), encoding="utf-8-sig")  # header, KUS-LS-0001 … 0005
    assert swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir).returncode == 3

    erased = swdp_in_process("privacy", "erase", "-m", "kusel", "-d", "vacancies", "--id",
                             PUBLISHED, data_dir=data_dir)
    assert erased.returncode == 0, erased.stderr[-2000:]
    assert ("Die Veröffentlichung von Landkreis Kusel/Leerstand ist angehalten: ihre zuletzt "
            "freigegebenen Exportdateien (export/vacancies/kusel.*, auch in suedwest-cluster.*) "
            "und CKAN enthalten den Datensatz noch") in " ".join(erased.stdout.split())
    assert PUBLISHED in (data_dir / "export" / "vacancies" / "kusel.csv").read_text(encoding="utf-8-sig")


def test_an_id_found_nowhere_is_said_not_reported_erased(tmp_path, monkeypatch):
    """A mistyped id („KUS-LS-005“) must not read as a done erasure."""
    _, data_dir = _config(tmp_path, monkeypatch)
    assert swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir).returncode == 0
    missed = swdp_in_process("privacy", "erase", "-m", "kusel", "-d", "vacancies", "--id",
                             "KUS-LS-005", data_dir=data_dir)
    assert missed.returncode == 2
    assert "gelöscht (" not in missed.stdout
    assert ("Kein Datensatz „KUS-LS-005“ (Landkreis Kusel/Leerstand) gefunden – weder im Lake "
            "noch unter den abgewiesenen Zeilen, im Archiv oder in der Quelle; bitte die Kennung "
            "prüfen") in " ".join(missed.stderr.split())
