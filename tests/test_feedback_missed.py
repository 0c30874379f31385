"""The feedback mail of an ingestion whose run ended before it (killed between journal and
mail: tests/test_faults_killed.py) goes out with the next run of the same delivery – once,
and again with the run after when the SMTP server refused it."""
from dataclasses import replace

import pytest

from catalog.ckan_server import free_port
from pipelines.core.german import german_number
from pipelines.core.mail import MailError
from pipelines.ingest.delivery import ingest_source, skip_unchanged
from pipelines.ingest.feedback import send_missed_feedback
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
