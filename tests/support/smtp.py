"""A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it receives."""
from __future__ import annotations

import email
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from ipaddress import ip_address
from pathlib import Path
from email.message import EmailMessage
from email.policy import default

from aiosmtpd.controller import Controller

from catalog.ckan_server import free_port


class Mailbox:
    def __init__(self):
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=default))
        return "250 OK"


@contextmanager
def smtp_server(size_limit: int | None = None, tls: ssl.SSLContext | None = None,
                mailbox: Mailbox | None = None,
                host: str = "127.0.0.1") -> Iterator[tuple[str, Mailbox]]:
    """Yields (smtp://host:port, mailbox); stops the server afterwards. `size_limit`:
    the largest mail in bytes it accepts (SMTP SIZE, RFC 1870), as a mail gateway sets it;
    `tls`: the server offers STARTTLS with this context and takes nothing before it;
    `mailbox`: the handler that keeps the mails (one of its own by default)."""
    mailbox = mailbox or Mailbox()
    port = free_port()
    options = {"data_size_limit": size_limit} if size_limit else {}
    if tls:
        options |= {"tls_context": tls, "require_starttls": True}
    controller = Controller(mailbox, hostname=host, port=port, **options)
    controller.start()
    try:
        yield f"smtp://{host}:{port}", mailbox
    finally:
        controller.stop()


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by itself and its key, as PEM files in `folder`:
    for a client that trusts it (SSL_CERT_FILE), a server with TLS like a real mail server."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=1))
                   .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ip_address("127.0.0.1"))]), False)
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
                   .sign(key, hashes.SHA256()))
    certificate_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    certificate_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return certificate_path, key_path
