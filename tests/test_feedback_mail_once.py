"""A run's feedback mail goes out once, also when the next run of the same delivery comes
while the run is still mailing: the next run resends a mail it finds unrecorded
(`send_missed_feedback`), and the record is written only after the SMTP server took the
mail – in between, both sent it."""
import asyncio
import threading
from dataclasses import replace

from pipelines.core import locks
from pipelines.ingest.delivery import ingest_source
from pipelines.ingest.feedback import send_feedback, send_missed_feedback
from pipelines.ingest.unchanged import feedback_record_path
from support.cli import SAMPLES
from support.smtp import Mailbox, smtp_server


class _HeldMailbox(Mailbox):
    """Holds the first mail's DATA until `go` is set (the SMTP server of a slow gateway):
    the sender is then inside the window between handing the mail over and its record."""

    def __init__(self, go: threading.Event):
        super().__init__()
        self.first_arrived, self.go = threading.Event(), go

    async def handle_DATA(self, server, session, envelope):
        first = not self.first_arrived.is_set()
        self.first_arrived.set()
        if first:
            await asyncio.to_thread(self.go.wait)
        return await super().handle_DATA(server, session, envelope)


def test_the_next_run_does_not_mail_again_what_the_finishing_run_is_mailing(
        settings, cluster, tmp_path, monkeypatch):
    delivered = tmp_path / "veranstaltungen.csv"
    delivered.write_bytes((SAMPLES / "kusel" / "veranstaltungen.csv").read_bytes())
    source = replace(cluster.member("kusel").sources["events"], location=delivered)
    ingested = ingest_source(settings, cluster, source)  # its journal is written; mail next
    assert ingested.status == "ok"

    go = threading.Event()  # the finishing run may complete its mail
    mailbox = _HeldMailbox(go)
    # the next run waits for the finishing one (the lock says so) – or mails at once
    waits, resent, failures = [], [], []
    monkeypatch.setattr(locks, "_listeners", [lambda waiting: (waits.append(waiting), go.set())])

    def guarded(work):
        def run():
            try:
                work()
            except BaseException as error:  # reported by the test, not lost in the thread
                failures.append(error)
            finally:
                go.set()
        return threading.Thread(target=run)

    with smtp_server(mailbox=mailbox) as (url, _):
        mailing = replace(settings, smtp_url=url)
        finishing = guarded(lambda: send_feedback(mailing, cluster, ingested))
        finishing.start()
        assert mailbox.first_arrived.wait(60), failures  # the finishing run is in the window
        following = guarded(lambda: resent.append(
            send_missed_feedback(mailing, cluster, "events", "kusel")))
        following.start()
        for thread in (following, finishing):
            thread.join(120)
            assert not thread.is_alive()
    assert failures == []
    assert resent == [None]  # the next run found the mail sent
    assert [w.split(" ist belegt durch Prozess ")[0] for w in waits] == [
        f"Die Rückmeldung zu {cluster.partition_name('kusel', 'events')}"]
    assert len(mailbox.messages) == 1, [m["Subject"] for m in mailbox.messages]
    assert mailbox.messages[0]["Subject"].startswith("Lieferung Veranstaltungen (")
    assert feedback_record_path(settings, "events", "kusel", ingested.run_id).is_file()
