"""Members drop deliveries into their inbox folder; they and the data offices hear the result
by mail (a real SMTP server on 127.0.0.1) and in the member's Atom feed of runs."""
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import dagster as dg
import pytest
from lxml import etree

from pipelines.core.cluster import PULL, UPLOAD
from pipelines.ingest.delivery import ingest_source
from pipelines.ingest.feedback import report_text, run_feed_path, send_feedback
from pipelines.ingest.inbox import (REJECTED_FOLDER, InboxFile, StillWritten, delivered_as,
                                    ingest_inbox_file, waiting)
from pipelines.orchestration.ingestion import INBOX_TAG, LAKE_ASSETS, lake_key
from pipelines.orchestration.instance import dagster_instance
from pipelines.orchestration.resources import Platform
from pipelines.storage.lake import partition_path, read_partition
from support.cli import SAMPLES
from support.smtp import smtp_server


def _drop(settings, member, dataset, source):
    folder = settings.inbox_dir / member / dataset
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(source, folder))


def _ingest_all(settings, cluster):
    found = waiting(settings, cluster, now=time.time() + 60)
    return [ingest_inbox_file(settings, cluster, item, f"run-{i}",
                              lambda r: report_text(settings, cluster, r))
            for i, item in enumerate(found)]


@pytest.mark.slow
def test_an_accepted_delivery_leaves_the_inbox_and_the_member_gets_a_mail(settings, cluster):
    dropped = _drop(settings, "kusel", "vacancies", SAMPLES / "kusel" / "leerstand.csv")
    assert waiting(settings, cluster) == []  # just copied: not settled yet
    [result] = _ingest_all(settings, cluster)
    assert result.status == "ok" and result.read > 0 and result.source == "leerstand.csv"
    assert not dropped.exists() and list((settings.raw_dir / "kusel" / "vacancies").iterdir())
    with smtp_server() as (url, mailbox):
        send_feedback(replace(settings, smtp_url=url), cluster, result)
    [mail] = mailbox.messages
    assert mail["To"] == cluster.member("kusel").data_office
    assert mail["Subject"].startswith(f"Lieferung Leerstand ({cluster.member('kusel').name}): ")
    text = mail.get_body(("plain",)).get_content()
    assert f"geliefert: {result.read}" in text and cluster.data_office in text
    assert "Abgewiesene Zeilen – bitte korrigieren" in text and "bis zum" in text
    assert "<table" in mail.get_body(("html",)).get_content()
    # named as the member knows it, not by the keys (pruefbericht-kusel-vacancies.html)
    assert any(part.get_filename() == "Prüfbericht Leerstand – Landkreis Kusel.html"
               for part in mail.iter_attachments())
    atom = "{http://www.w3.org/2005/Atom}"
    feed = etree.parse(str(run_feed_path(settings, "kusel"))).getroot()
    [entry] = feed.iter(f"{atom}entry")
    assert entry.findtext(f"{atom}title") == "Leerstand: " + mail["Subject"].split("): ")[1]


@pytest.mark.slow
def test_an_unusable_file_moves_to_abgelehnt_with_its_report_and_the_cluster_is_told(settings, cluster):
    _drop(settings, "sankt-wendel", "events", SAMPLES / "kusel" / "angebote.xlsx")
    unreadable = settings.inbox_dir / "sankt-wendel" / "offers" / "angebote.pdf"
    unreadable.parent.mkdir(parents=True, exist_ok=True)
    unreadable.write_bytes(b"%PDF-1.4")
    results = _ingest_all(settings, cluster)
    assert [r.status for r in results] == ["fehlgeschlagen", "fehlgeschlagen"]
    report = (unreadable.parent / REJECTED_FOLDER / "angebote.pdf.bericht.txt").read_text()
    assert "Unbekanntes Dateiformat „.pdf“" in report and "bitte" in report.lower()
    assert (settings.inbox_dir / "sankt-wendel" / "events" / REJECTED_FOLDER / "angebote.xlsx").exists()
    assert not unreadable.exists()
    assert waiting(settings, cluster, now=time.time() + 60) == []  # abgelehnt/ is not read again
    with smtp_server() as (url, mailbox):
        send_feedback(replace(settings, smtp_url=url), cluster, results[0])
    [mail] = mailbox.messages
    assert mail["Cc"] == cluster.data_office and "nicht verwendbar" in mail["Subject"]
    assert mail["Reply-To"] == cluster.data_office  # not the platform's no-reply sender
    # CRLF where Python's mail encoder picks base64 (how many lines, which letters)
    text = mail.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert ("Bitte legen Sie die korrigierte Datei bis zum" in text
            and "wieder in Ihren Eingangsordner events/ (inbox/sankt-wendel/events/).\n\n"
                "Fragen beantwortet" in text)
    assert "die zuletzt übernommenen Daten gelten unverändert weiter" in text
    # nothing was read: no row of zeros, in neither part
    assert "geliefert: 0" not in text and "<th>geliefert</th>" not in mail.get_body(
        ("html",)).get_content()
    assert f"(Veranstaltungen, {cluster.member('sankt-wendel').name}) wurde am" in text


@pytest.mark.slow
def test_the_same_file_dropped_again_is_accepted_and_the_member_hears_nothing_needed_changing(
        settings, cluster):
    """A clerk unsure whether the first drop arrived sends it again: the platform already
    holds these bytes, so the file is taken like the first time – not rejected, and no
    request for a corrected file."""
    delivery = SAMPLES / "kusel" / "leerstand.csv"
    _drop(settings, "kusel", "vacancies", delivery)
    [first] = _ingest_all(settings, cluster)
    dropped = _drop(settings, "kusel", "vacancies", delivery)
    [again] = _ingest_all(settings, cluster)
    assert (first.status, again.status) == ("ok", "unverändert")
    assert not dropped.exists() and not (dropped.parent / REJECTED_FOLDER).exists()
    archived = list((settings.raw_dir / "kusel" / "vacancies").iterdir())
    assert [path.name.split("-", 1)[1] for path in archived] == [
        f"{again.delivery_sha256}.csv"]  # the raw archive holds these bytes once
    with smtp_server() as (url, mailbox):
        send_feedback(replace(settings, smtp_url=url), cluster, again)
    [mail] = mailbox.messages
    assert mail["Subject"].endswith("): unverändert, bereits übernommen")
    assert mail["Cc"] is None  # nothing for the cluster's data office to follow up
    for text in (mail.get_body(("plain",)).get_content(), mail.get_body(("html",)).get_content(),
                 report_text(settings, cluster, again)):
        assert "identisch mit der zuletzt übernommenen Lieferung" in text
        assert "nichts zu ändern" in text
        assert "korrigierte Datei" not in text and "nicht verwendbar" not in text
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [entry.findtext(f"{atom}title") for entry in etree.parse(
        str(run_feed_path(settings, "kusel"))).getroot().iter(f"{atom}entry")]
    assert "Leerstand: unverändert, bereits übernommen" in titles


def test_the_mail_says_how_to_deliver_again_the_way_the_file_came(settings, cluster, tmp_path):
    """Dropped into the inbox, uploaded to CKAN by a clerk, or fetched from the member's own
    place: the request for a corrected file names that way, not just „senden“."""
    uploaded = settings.uploads_dir / "kusel" / "offers" / "angebote.pdf"
    uploaded.parent.mkdir(parents=True)
    uploaded.write_bytes(b"%PDF-1.4")
    upload = ingest_inbox_file(settings, cluster, InboxFile("kusel", "offers", uploaded, UPLOAD),
                               "run-upload", lambda r: report_text(settings, cluster, r))
    empty = tmp_path / "bebauungsplaene.geojson"
    empty.write_bytes(b"")  # the member's export went wrong
    plans = replace(cluster.member("kusel").sources["building_plans"], location=empty)
    pulled = ingest_source(settings, cluster, plans, run_id="run-pull")
    assert (upload.arrival, pulled.arrival) == (UPLOAD, PULL)
    assert (upload.status, pulled.status) == ("fehlgeschlagen", "fehlgeschlagen")
    with smtp_server() as (url, mailbox):
        for result in (upload, pulled):
            send_feedback(replace(settings, smtp_url=url), cluster, result)
    by_upload, by_pull = (" ".join(mail.get_body(("plain",)).get_content().split())
                          for mail in mailbox.messages)
    assert ("Bitte laden Sie die korrigierte Datei bis zum " in by_upload
            and " im Katalog erneut hoch (Ressource „offers“ im Datensatz der Lieferungen Ihrer "
                "Organisation)." in by_upload and "Eingangsordner" not in by_upload)
    # building plans are fetched Mondays at 6 (cluster.yaml): the next Monday after the run
    assert "Bitte korrigieren Sie die Datei „bebauungsplaene.geojson“ an ihrem vereinbarten " \
           "Ablageort; der nächste Abruf am " in by_pull
    next_pull = by_pull.split("der nächste Abruf am ")[1].split(" holt sie")[0]
    day = datetime.strptime(next_pull, "%d.%m.%Y um %H:%M Uhr")
    assert (day.weekday(), day.hour, day.minute) == (0, 6, 0)
    assert "korrigierte Datei bis zum" not in by_pull and "Eingangsordner" not in by_pull
    remote = replace(plans, location="https://daten.example.de/plaene.geojson", scheduled=False)
    unscheduled = replace(pulled, source=remote.name)
    member = cluster.member("kusel")
    elsewhere = replace(cluster, members={**cluster.members, "kusel": replace(
        member, sources={**member.sources, "building_plans": remote})})
    assert ("Bitte korrigieren Sie die Daten in Ihrem System; der nächste Abruf holt sie."
            in " ".join(report_text(settings, elsewhere, unscheduled).split()))


def test_a_file_in_the_wrong_folder_is_told_which_folder_its_columns_fit(settings, cluster):
    """Kusel's clerk drops the vacancies list into events/: rejected for its columns, with
    the hint where it belongs – and the request to deliver again names that folder, not the
    one the file was dropped into."""
    _drop(settings, "kusel", "events", SAMPLES / "kusel" / "leerstand.csv")
    [result] = _ingest_all(settings, cluster)
    assert result.status == "fehlgeschlagen"
    hint = "Die Spalten passen zu „Leerstand“ – gehört die Datei in den Ordner vacancies/?"
    report = (settings.inbox_dir / "kusel" / "events" / REJECTED_FOLDER
              / "leerstand.csv.bericht.txt").read_text(encoding="utf-8")
    redeliver = " in Ihren Eingangsordner vacancies/ (inbox/kusel/vacancies/)."
    assert hint in report and redeliver in report and "events/ (inbox" not in report
    with smtp_server() as (url, mailbox):
        send_feedback(replace(settings, smtp_url=url), cluster, result)
    [mail] = mailbox.messages
    for text in (mail.get_body(("plain",)).get_content(), mail.get_body(("html",)).get_content()):
        told = " ".join(text.split())
        assert hint in told and "Gehört die Datei dorthin, legen Sie sie bitte bis zum " in told
        assert redeliver in told and "events/ (inbox" not in told and "korrigierte" not in told
    # uploaded to the wrong resource in CKAN: the resource it fits is asked for
    uploaded = settings.uploads_dir / "kusel" / "events" / "leerstand.csv"
    uploaded.parent.mkdir(parents=True)
    shutil.copy(SAMPLES / "kusel" / "leerstand.csv", uploaded)
    told = " ".join(report_text(settings, cluster, ingest_inbox_file(
        settings, cluster, InboxFile("kusel", "events", uploaded, UPLOAD), "run-upload",
        lambda r: report_text(settings, cluster, r))).split())
    assert "gehört die Datei in die Ressource „vacancies“?" in told
    assert ("Gehört die Datei dorthin, laden Sie sie bitte bis zum " in told and " im Katalog hoch (Ressource "
            "„vacancies“ im Datensatz der Lieferungen Ihrer Organisation)." in told)
    # the right folder takes the same file without a hint
    _drop(settings, "kusel", "vacancies", SAMPLES / "kusel" / "leerstand.csv")
    [taken] = _ingest_all(settings, cluster)
    assert taken.status == "ok" and "passen zu" not in (taken.message or "")


def test_a_schema_org_file_in_the_inbox_of_a_csv_source_is_read_as_schema_org_events(settings,
                                                                                    cluster):
    """Kusel delivers its events as CSV; its clerk drops the JSON-LD the calendar plugin of the
    district's website offers instead. The file is read as schema.org events, named by
    schema.org itself – the CSV's column mapping („Datum + von“) is not applied to it."""
    configured = cluster.member("kusel").sources["events"]
    assert configured.connector == "csv" and configured.mapping["start"] == ["Datum", "von"]
    dropped = _drop(settings, "kusel", "events",
                    Path(__file__).parent / "data" / "schema-org" / "veranstaltungen-kusel.jsonld")
    source = delivered_as(configured, dropped)
    assert source.connector == "schema_org" and source.options == {}
    assert not [spec for spec in source.mapping.values() if not isinstance(spec, dict)]
    [result] = _ingest_all(settings, cluster)
    assert (result.status, result.read, result.valid, result.rejected) == ("ok", 2, 2, 0)
    assert "Spalte „Datum“" not in (result.message or "")
    records = read_partition(partition_path(settings.lake_dir, "events", "kusel"))
    market = records.set_index("title").loc["Adventsmarkt auf Burg Lichtenberg"]
    assert (market["venue"], market["postcode"], market["place"]) == (
        "Burg Lichtenberg", "66871", "Thallichtenberg")
    assert market["start"].isoformat() == "2026-12-12T13:00:00+00:00"
    assert "Wintermarkt Wolfstein" not in set(records["title"])  # cancelled
    # saved as `.json` by the browser: its JSON-LD context says what it is
    saved = settings.inbox_dir / "kusel" / "events" / "veranstaltungen.json"
    saved.write_bytes((Path(__file__).parent / "data" / "schema-org"
                       / "veranstaltungen-kusel.jsonld").read_bytes())
    assert delivered_as(configured, saved).connector == "schema_org"


# A copy tool that wrote the first part of a file and stalls (a share, a slow line) until the
# platform has begun to read it, then writes the rest.
_COPY_RESUMING = """
import sys, time
from pathlib import Path
target, rest, archive = Path(sys.argv[1]), Path(sys.argv[2]).read_bytes(), Path(sys.argv[3])
while not (archive.is_dir() and any(archive.iterdir())):
    time.sleep(0.001)
with open(target, "ab") as copy:
    copy.write(rest)
"""


def _copy_stalling(settings, tmp_path):
    """The sample vacancies half copied into Kusel's inbox, the rest on its way."""
    delivery = (SAMPLES / "kusel" / "leerstand.csv").read_bytes()
    half = delivery.rindex(b"\n", 0, len(delivery) // 2) + 1
    (tmp_path / "rest").write_bytes(delivery[half:])
    dropped = settings.inbox_dir / "kusel" / "vacancies" / "leerstand.csv"
    dropped.parent.mkdir(parents=True)
    dropped.write_bytes(delivery[:half])
    return delivery, dropped, subprocess.Popen([
        sys.executable, "-c", _COPY_RESUMING, str(dropped), str(tmp_path / "rest"),
        str(settings.raw_dir / "kusel" / "vacancies")])


@pytest.mark.slow
def test_a_file_still_being_copied_while_it_is_read_stays_until_it_is_complete(settings, cluster,
                                                                               tmp_path):
    """A copy that stalled longer than the sensor's two looks goes on while the run reads the
    file. The run must not delete the completed file having read its first part (the rest of
    the delivery lost, its records withdrawn): the file stays, no mail goes, and the complete
    file is read next."""
    delivery, dropped, copying = _copy_stalling(settings, tmp_path)
    with pytest.raises(StillWritten, match="noch geschrieben, während sie gelesen wurde"):
        _ingest_all(settings, cluster)
    assert copying.wait() == 0
    assert dropped.read_bytes() == delivery  # the member's file complete, where it was put
    [complete] = _ingest_all(settings, cluster)
    assert complete.status == "ok" and not dropped.exists()
    lake = read_partition(partition_path(settings.lake_dir, "vacancies", "kusel"))
    assert complete.valid == lake["withdrawn_at"].isna().sum()  # none withdrawn by the half


@pytest.mark.slow
def test_the_inbox_run_of_a_file_still_being_copied_fails_at_once_without_a_mail(settings, tmp_path):
    """The step fails with the German reason and is not retried (its retry policy would read
    the file again after 30 s, beside the sensor's run of the completed file); the member
    hears nothing of the first part."""
    delivery, dropped, copying = _copy_stalling(settings, tmp_path)
    [vacancies_lake] = [asset for asset in LAKE_ASSETS if asset.key == lake_key("vacancies")]
    result = dg.materialize([vacancies_lake], instance=dagster_instance(settings),
                            partition_key="kusel", tags={INBOX_TAG: str(dropped)},
                            raise_on_error=False,
                            resources={"platform": Platform(data_dir=str(settings.data_dir))})
    assert copying.wait() == 0 and not result.success
    [failure] = [event for event in result.all_events if event.is_step_failure]
    assert "noch geschrieben" in failure.step_failure_data.user_failure_data.description
    assert not [event for event in result.all_events if event.event_type_value == "STEP_UP_FOR_RETRY"]
    assert dropped.read_bytes() == delivery and not list(settings.outbox_dir.glob("*.eml"))
