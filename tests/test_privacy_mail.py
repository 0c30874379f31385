"""The members' mails name rejected values – a private e-mail address or mobile number a
delivery must not publish – and the platform logs in with its password: over a network they
go encrypted or not at all (Art. 32 DSGVO). A relay on this machine may take them plainly."""
import socket
from dataclasses import replace

import pytest

from pipelines.core.mail import Mail, MailError, send
from pipelines.core.settings import Settings
from support.smtp import smtp_server

MAIL = Mail(to=("opendata@landkreis-kusel.de",), subject="Lieferung Leerstand (Landkreis Kusel): 1 Zeile abgewiesen",
            text="Zeile 25 (Kennung beim Mitglied KUS-LS-0024): „Burg“ ist für Objektart nicht zulässig")


def _address_of_this_machine() -> str:
    """This machine's address on its network (not 127.0.0.1): a UDP socket's route, no packet sent."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("198.51.100.1", 9))
        return probe.getsockname()[0]


def test_a_server_across_the_network_without_starttls_gets_no_mail(tmp_path):
    with smtp_server(host=_address_of_this_machine()) as (url, mailbox):
        with pytest.raises(MailError) as refused:
            send(replace(Settings(data_dir=tmp_path), smtp_url=url), MAIL)
    assert not mailbox.messages
    assert (f"nicht versandt: der SMTP-Server {url.removeprefix('smtp://')} bietet keine "
            f"Verschlüsselung (STARTTLS) an") in str(refused.value)
    assert "smtps:// verwenden oder STARTTLS am Server einschalten" in str(refused.value)


def test_a_relay_on_this_machine_takes_the_mail_as_before(tmp_path):
    with smtp_server() as (url, mailbox):
        send(replace(Settings(data_dir=tmp_path), smtp_url=url), MAIL)
    assert [message["Subject"] for message in mailbox.messages] == [MAIL.subject]
