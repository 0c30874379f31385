"""Outgoing mail in German, plain text and HTML: sent through the configured SMTP server
(`Settings.smtp_url`, e.g. smtp://127.0.0.1:2525 or smtps://…:465, credentials from the
environment), or – without one – written as .eml files to <data>/outbox, where an operator
(or a test) can read exactly what would have been sent."""
from __future__ import annotations

import ipaddress
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, make_msgid
from pathlib import Path
from urllib.parse import urlsplit

from pipelines.core.files import atomic_write
from pipelines.core.german import BERLIN, german_number
from pipelines.core.settings import Settings

SENDER = "Südwest-Cluster Datenplattform <noreply@suedwest-cluster.de>"


class _WholeSubjects(EmailPolicy):
    """Python's default folding of a long subject with umlauts ends a line with the space
    before an encoded word and indents the next: mail programs then show two spaces
    ("Plan  übernommen"). Such a subject is instead encoded whole, in encoded words whose
    folding whitespace readers drop. A long subject without umlauts („Lieferung Bauliche
    Entwicklungen (Stadt Kaiserslautern): 1 Zeile abgewiesen“) Python folds right after
    „Subject:“, and readers show it with a leading space; it is folded between its words
    instead. Every other header folds as by default."""

    def _subject(self, name: str, value) -> str | None:
        if name.casefold() != "subject":
            return None
        text = str(value)
        encoded = Header(text, None if text.isascii() else "utf-8",
                         header_name=name).encode(linesep=self.linesep)
        return f"{name}: {encoded}{self.linesep}"

    def fold(self, name, value):
        return self._subject(name, value) or super().fold(name, value)

    def fold_binary(self, name, value):
        subject = self._subject(name, value)
        return subject.encode("ascii") if subject else super().fold_binary(name, value)


_POLICY = _WholeSubjects()


class MailError(Exception):
    """The mail could not be handed over; the message is German and says what to check."""


@dataclass(frozen=True)
class Mail:
    to: tuple[str, ...]
    subject: str
    text: str
    html: str | None = None
    cc: tuple[str, ...] = ()
    # Where a reply goes (the sender is a no-reply address): a person who can answer.
    reply_to: tuple[str, ...] = ()
    attachments: tuple[tuple[str, bytes, str], ...] = field(default=())  # (name, data, mime type)
    # The From (the cluster's `mail_sender` in cluster.yaml); None: SENDER.
    sender: str | None = None


def message(mail: Mail) -> EmailMessage:
    built = EmailMessage(policy=_POLICY)
    built["From"] = mail.sender or SENDER
    built["To"] = ", ".join(mail.to)
    if mail.cc:
        built["Cc"] = ", ".join(mail.cc)
    if mail.reply_to:
        built["Reply-To"] = ", ".join(mail.reply_to)
    built["Subject"] = mail.subject
    built["Date"] = format_datetime(datetime.now(BERLIN))
    built["Message-ID"] = make_msgid(domain="suedwest-cluster.de")
    built.set_content(mail.text)
    if mail.html:
        built.add_alternative(mail.html, subtype="html")
    for name, data, mime in mail.attachments:
        main, sub = mime.split("/", 1)
        built.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return built


def send(settings: Settings, mail: Mail) -> Path | None:
    """Send `mail`; without SMTP write it to the outbox and return the file's path."""
    built = message(mail)
    if not settings.smtp_url:
        path = settings.outbox_dir / f"{datetime.now(BERLIN):%Y%m%d-%H%M%S}-{built['Message-ID'].strip('<>')}.eml"
        # private: a member's mail lists its rejected rows with their values
        atomic_write(path, lambda partial: Path(partial).write_bytes(bytes(built)), private=True)
        return path
    address = urlsplit(settings.smtp_url)
    if address.scheme not in ("smtp", "smtps") or not address.hostname:
        raise MailError(f"SWDP_SMTP_URL „{settings.smtp_url}“ ist keine SMTP-Adresse – erwartet "
                        f"smtp://host:port oder smtps://host:port")
    size = len(bytes(built))
    try:
        if address.scheme == "smtps":
            server = smtplib.SMTP_SSL(address.hostname, address.port or 465, timeout=30,
                                      context=ssl.create_default_context())
        else:
            server = smtplib.SMTP(address.hostname, address.port or 25, timeout=30)
        with server:
            server.ehlo()  # what the server offers (STARTTLS, SIZE) is known only after EHLO
            if address.scheme == "smtp" and server.has_extn("starttls"):
                server.starttls(context=ssl.create_default_context())
                server.ehlo()  # the offer anew, now encrypted (RFC 3207 4.2)
            elif address.scheme == "smtp" and not _on_this_machine(address.hostname):
                raise MailError(_unencrypted(mail, address))
            if settings.smtp_user:
                server.login(settings.smtp_user, settings.smtp_password or "")
            # the limit the server announces (SIZE, RFC 1870): it would refuse with 552
            limit = int(server.esmtp_features.get("size", "0").strip() or 0)
            if limit and size > limit:
                raise MailError(_too_large(mail, size, address, limit))
            server.send_message(built)
    except smtplib.SMTPResponseException as error:
        if error.smtp_code != 552:
            raise MailError(_refused(mail, address, error)) from None
        raise MailError(_too_large(mail, size, address)) from None
    except (OSError, smtplib.SMTPException) as error:
        raise MailError(_refused(mail, address, error)) from None
    return None


def _on_this_machine(host: str) -> bool:
    """A relay on this machine (127.0.0.1, ::1, localhost), which may take mail unencrypted:
    nothing crosses a network on the way to it."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host.lower() == "localhost"


def _unencrypted(mail: Mail, address) -> str:
    """A server across the network offering no STARTTLS: the members' mails name rejected
    values (a private e-mail address, a mobile number), and the login its password; neither
    goes over a network in plain text (Art. 32 DSGVO)."""
    return (f"Mail an {', '.join(mail.to)} nicht versandt: der SMTP-Server "
            f"{address.hostname}:{address.port} bietet keine Verschlüsselung (STARTTLS) an – "
            f"Mails mit abgewiesenen Werten und Zugangsdaten gehen nicht unverschlüsselt über das "
            f"Netz; smtps:// verwenden oder STARTTLS am Server einschalten")


def _refused(mail: Mail, address, error: Exception) -> str:
    return (f"Mail an {', '.join(mail.to)} nicht versandt: SMTP-Server "
            f"{address.hostname}:{address.port} meldet {error} – Adresse und "
            f"Zugangsdaten (SWDP_SMTP_URL, SWDP_SMTP_USER) prüfen")


def _too_large(mail: Mail, size: int, address, limit: int = 0) -> str:
    """A mail the server refuses by its size: a matter of what the mail carries, not of the
    server's address or password."""
    allowed = f" (erlaubt: {german_number(round(limit / 1000))} KB)" if limit else ""
    return (f"Mail an {', '.join(mail.to)} nicht versandt: mit {german_number(round(size / 1000))} KB "
            f"zu groß für den SMTP-Server {address.hostname}:{address.port}{allowed}")
