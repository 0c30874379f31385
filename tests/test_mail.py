"""German mail through a real SMTP server on 127.0.0.1, or into the outbox without one; Atom
feeds that parse as Atom 1.0."""
import email
import ssl
from dataclasses import replace
from datetime import datetime, timedelta
from email.policy import default

import pytest
from lxml import etree

from pipelines.core.feeds import Entry, write_feed
from pipelines.core.german import BERLIN, german_number
from pipelines.core.mail import Mail, MailError, message, send
from pipelines.core.settings import Settings
from support.smtp import self_signed_certificate, smtp_server

MAIL = Mail(to=("opendata@landkreis-kusel.de",), subject="Prüfbericht: Veranstaltungen – 1 Zeile abgewiesen",
            text="Grüße aus Sankt Wendel – Straße, Größe, Maß.", html="<p>Grüße aus <b>Sankt Wendel</b></p>")


def test_a_mail_arrives_at_the_smtp_server_with_text_and_html(tmp_path):
    with smtp_server() as (url, mailbox):
        assert send(replace(Settings(data_dir=tmp_path), smtp_url=url), MAIL) is None
    [received] = mailbox.messages
    assert received["Subject"] == MAIL.subject
    assert received.get_body(("plain",)).get_content().strip() == MAIL.text
    assert "<b>Sankt Wendel</b>" in received.get_body(("html",)).get_content()
    assert not (tmp_path / "outbox").exists()


def test_a_long_subject_with_umlauts_arrives_with_single_spaces(tmp_path):
    # long enough to be folded, with umlauts right after where a line would end
    subject = ("Bauleitplanung in Ihrer Nachbarschaft: 1 bestehender Plan übernommen aus dem "
               "Landkreis Elbe-Elster und der Gemeinde Großräschen")
    with smtp_server() as (url, mailbox):
        send(replace(Settings(data_dir=tmp_path), smtp_url=url), replace(MAIL, subject=subject))
    [received] = mailbox.messages
    assert received["Subject"] == subject
    written = send(Settings(data_dir=tmp_path), replace(MAIL, subject=subject)).read_bytes()
    assert all(len(line) <= 78 for line in written.splitlines())
    assert email.message_from_bytes(written, policy=default)["Subject"] == subject


def test_a_long_german_subject_arrives_as_written_and_replies_go_to_a_person(tmp_path):
    """Subjects of ~80 characters with an umlaut near the end are the rule („… (Eifelkreis
    Bitburg-Prüm): Veröffentlichung angehalten“); folded, they arrived with a double space."""
    mail = replace(MAIL, subject="Lieferung Veranstaltungen (Stadt Kaiserslautern): alle Zeilen "
                                 "übernommen", reply_to=("opendata@suedwest-cluster.de",))
    with smtp_server() as (url, mailbox):
        send(replace(Settings(data_dir=tmp_path), smtp_url=url), mail)
    [received] = mailbox.messages
    assert received["Subject"] == mail.subject
    assert received["Reply-To"] == "opendata@suedwest-cluster.de"
    assert received.get_body(("plain",)).get_content().strip() == MAIL.text


def test_a_long_subject_without_umlauts_arrives_without_a_leading_space(tmp_path):
    """Folded right after „Subject:“, it showed as „ Lieferung Bauliche …“ in the demo's
    mails to Kaiserslautern and Sankt Wendel."""
    mail = replace(MAIL, subject="Lieferung Bauliche Entwicklungen (Stadt Kaiserslautern): "
                                 "1 Zeile abgewiesen")
    with smtp_server() as (url, mailbox):
        send(replace(Settings(data_dir=tmp_path), smtp_url=url), mail)
    [received] = mailbox.messages
    assert received["Subject"] == mail.subject
    written = send(Settings(data_dir=tmp_path), mail).read_bytes()
    assert all(len(line) <= 78 for line in written.splitlines())
    # between its words, in plain ASCII: no encoded words needed
    assert b"Subject: Lieferung Bauliche Entwicklungen (Stadt Kaiserslautern): 1 Zeile\n abgewiesen" \
        in written
    assert email.message_from_bytes(written, policy=default)["Subject"] == mail.subject


def test_without_smtp_the_mail_is_written_to_the_outbox(tmp_path):
    path = send(Settings(data_dir=tmp_path), MAIL)
    assert path.parent == tmp_path / "outbox" and path.suffix == ".eml"
    written = email.message_from_bytes(path.read_bytes(), policy=default)
    assert written["To"] == "opendata@landkreis-kusel.de"
    assert written.get_body(("plain",)).get_content().strip() == MAIL.text


def test_an_unreachable_smtp_server_is_one_german_sentence(tmp_path):
    from catalog.ckan_server import free_port
    settings = replace(Settings(data_dir=tmp_path), smtp_url=f"smtp://127.0.0.1:{free_port()}")
    with pytest.raises(MailError, match="nicht versandt.*SWDP_SMTP_URL"):
        send(settings, MAIL)
    with pytest.raises(MailError, match="keine SMTP-Adresse"):
        send(replace(settings, smtp_url="ftp://example"), MAIL)


def test_a_mail_too_large_for_the_gateway_says_so_not_to_check_the_address(tmp_path):
    """A gateway refusing a mail by its size (552, RFC 1870) is not a wrong address or
    password: the reason names the size and the gateway's limit."""
    mail = replace(MAIL, attachments=(("plan.geojson", b"x" * 200_000, "application/geo+json"),))
    with smtp_server(size_limit=100_000) as (url, mailbox):
        with pytest.raises(MailError) as error:
            send(replace(Settings(data_dir=tmp_path), smtp_url=url), mail)
    assert not mailbox.messages
    size = german_number(round(len(bytes(message(mail))) / 1000))
    assert f"mit {size} KB zu groß" in str(error.value) and "(erlaubt: 100 KB)" in str(error.value)
    assert "Zugangsdaten" not in str(error.value)


def test_a_server_offering_starttls_gets_the_mail_encrypted(tmp_path, monkeypatch):
    """A mail server on port 587 takes mail (and passwords) only after STARTTLS; the client
    must ask the server what it offers (EHLO) before it can see the offer."""
    certificate, key = self_signed_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate))  # the client trusts this server
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(certificate, key)
    with smtp_server(tls=tls) as (url, mailbox):
        send(replace(Settings(data_dir=tmp_path), smtp_url=url), MAIL)
    [received] = mailbox.messages
    assert received["Subject"] == MAIL.subject


def test_an_atom_feed_lists_entries_newest_first(tmp_path):
    now = datetime(2026, 12, 1, 10, 0, tzinfo=BERLIN)
    entries = [Entry(id=f"urn:uuid:00000000-0000-0000-0000-00000000000{i}", title=f"Lauf {i}",
                     updated=now + timedelta(hours=i), summary="Veranstaltungen: 3 übernommen")
               for i in range(3)]
    path = write_feed(tmp_path / "kusel.atom", "urn:swdp:runs:kusel", "Läufe Kusel", entries)
    atom = "{http://www.w3.org/2005/Atom}"
    root = etree.parse(str(path)).getroot()
    assert root.tag == f"{atom}feed"
    assert [e.findtext(f"{atom}title") for e in root.iter(f"{atom}entry")] == ["Lauf 2", "Lauf 1", "Lauf 0"]
    assert root.findtext(f"{atom}updated").startswith("2026-12-01T12:00:00")
    assert root.find(f"{atom}link[@rel='self']") is None  # no public address known: no self link


def test_an_atom_feed_with_a_public_address_links_itself(tmp_path):
    """RFC 4287 §4.2.7.2: feed readers and validators expect rel="self" where it is known."""
    entry = Entry(id="urn:uuid:00000000-0000-0000-0000-000000000001", title="Lauf",
                  updated=datetime(2026, 12, 1, 10, 0, tzinfo=BERLIN), summary="Veranstaltungen: 3")
    path = write_feed(tmp_path / "kusel.atom", "urn:swdp:runs:kusel", "Läufe Kusel", [entry],
                      self_url="https://daten.suedwest-cluster.de/laeufe/kusel.atom")
    [link] = etree.parse(str(path)).getroot().findall("{http://www.w3.org/2005/Atom}link[@rel='self']")
    assert (link.get("href"), link.get("type")) == ("https://daten.suedwest-cluster.de/laeufe/kusel.atom",
                                                    "application/atom+xml")


def test_the_sender_comes_from_cluster_yaml_and_stays_noreply_without_it(tmp_path):
    from pipelines.core.cluster import load_cluster
    from pipelines.core.settings import PROJECT_ROOT
    from pipelines.ingest.delivery import FAILED, IngestResult
    from pipelines.ingest.feedback import send_feedback

    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    configured = tmp_path / "cluster.yaml"
    configured.write_text(text.replace(
        "  data_office: opendata@suedwest-cluster.de\n",
        "  data_office: opendata@suedwest-cluster.de\n"
        "  mail_sender: Datenplattform Südwest <datenplattform@kreis-kusel.de>\n", 1),
        encoding="utf-8")
    failed = IngestResult(run_id="r1", dataset="events", municipality="kusel",
                          source="liste.pdf", status=FAILED, finished_at="",
                          started_at=datetime.now(BERLIN).isoformat(), message="liste.pdf: unlesbar")
    settings = Settings(data_dir=tmp_path / "data")
    senders = [email.message_from_bytes(  # a run of its own each: a run is mailed once
        send_feedback(settings, cluster, replace(failed, run_id=run_id)).read_bytes(),
        policy=default)["From"] for run_id, cluster in (
            ("r1", load_cluster(configured)), ("r2", load_cluster(PROJECT_ROOT / "cluster.yaml")))]
    assert senders == ["Datenplattform Südwest <datenplattform@kreis-kusel.de>",
                       "Südwest-Cluster Datenplattform <noreply@suedwest-cluster.de>"]
