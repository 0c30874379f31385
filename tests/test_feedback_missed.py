"""The feedback mail of an ingestion whose run ended before it (killed between journal and
mail: tests/test_faults_killed.py) goes out with the next run of the same delivery – once,
and again with the run after when the SMTP server refused it."""
import shutil
from dataclasses import replace
from pathlib import Path

import dagster as dg
import pytest

from catalog.ckan_server import free_port
from pipelines.core.german import german_number
from pipelines.core.mail import MailError
from pipelines.ingest.delivery import ingest_source, skip_unchanged
from pipelines.ingest.feedback import feedback_mail, report_text, send_missed_feedback
from pipelines.ingest.inbox import InboxFile, ingest_inbox_file
from pipelines.orchestration.ingestion import INBOX_TAG, LAKE_ASSETS, lake_key
from pipelines.orchestration.instance import dagster_instance
from pipelines.orchestration.resources import Platform
from support.cli import SAMPLES
from support.smtp import smtp_server


def test_a_missed_feedback_mail_goes_out_once_and_a_refused_one_stays_due(settings, cluster,
                                                                         tmp_path):
    delivered = tmp_path / "veranstaltungen.csv"
    delivered.write_bytes((SAMPLES / "kusel" / "veranstaltungen.csv").read_bytes())
    source = replace(cluster.member("kusel").sources["events"], location=delivered)
    ingested = ingest_source(settings, cluster, source)  # the run ends here, unmailed
    assert ingested.status == "ok"
    assert skip_unchanged(settings, cluster, source) is None  # its Dagster run mails

    nobody = replace(settings, smtp_url=f"smtp://127.0.0.1:{free_port()}")
    with pytest.raises(MailError, match="nicht versandt"):
        send_missed_feedback(nobody, cluster, "events", "kusel")
    assert skip_unchanged(settings, cluster, source) is None  # still due

    with smtp_server() as (url, mailbox):
        reachable = replace(settings, smtp_url=url)
        missed = send_missed_feedback(reachable, cluster, "events", "kusel")
        assert send_missed_feedback(reachable, cluster, "events", "kusel") is None
    assert missed.run_id == ingested.run_id and missed.rejected == ingested.rejected
    [mail] = mailbox.messages
    assert mail["To"] == cluster.member("kusel").data_office
    assert mail["Subject"].startswith("Lieferung Veranstaltungen (")
    assert f"geliefert: {german_number(ingested.read)}" in mail.get_body(("plain",)).get_content()
    assert skip_unchanged(settings, cluster, source).status == "unverändert"


@pytest.mark.slow
def test_a_file_dropped_again_after_its_unmailed_run_brings_that_runs_mail_alone(
        settings, cluster, monkeypatch):
    """The inbox sensor starts a run for the same file: the member gets the mail of the
    ingestion, not a second one that only says „unverändert“; the next drop gets that one."""
    delivery = SAMPLES / "kusel" / "leerstand.csv"
    inbox = settings.inbox_dir / "kusel" / "vacancies"
    inbox.mkdir(parents=True)
    first = ingest_inbox_file(settings, cluster, InboxFile("kusel", "vacancies",
                                                          Path(shutil.copy(delivery, inbox))),
                              "run-killed", lambda r: report_text(settings, cluster, r))
    assert first.status == "ok"  # and the run ends before its mail, as if killed
    [lake] = [asset for asset in LAKE_ASSETS if asset.key == lake_key("vacancies")]
    subjects, hints = [], []
    with smtp_server() as (url, mailbox):
        monkeypatch.setenv("SWDP_SMTP_URL", url)  # as the daemon's environment gives it
        for _ in range(2):
            dropped = Path(shutil.copy(delivery, inbox))
            run = dg.materialize([lake], instance=dagster_instance(settings),
                                 partition_key="kusel", tags={INBOX_TAG: str(dropped)},
                                 resources={"platform": Platform(data_dir=str(settings.data_dir))})
            [materialized] = run.asset_materializations_for_node(lake.op.name)
            hints.append(materialized.metadata.get("rückmeldung nachgeholt"))
            subjects.append([mail["Subject"] for mail in mailbox.messages])
            mailbox.messages.clear()
    assert subjects[0] == [feedback_mail(settings, cluster, first).subject]
    assert "unverändert" not in subjects[0][0]
    assert hints[0].value == "Mail zum Lauf run-killed" and hints[1] is None
    assert [s.endswith("): unverändert, bereits übernommen") for s in subjects[1]] == [True]
