"""A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it receives."""
from __future__ import annotations

import email
from collections.abc import Iterator
from contextlib import contextmanager
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
def smtp_server(size_limit: int | None = None) -> Iterator[tuple[str, Mailbox]]:
    """Yields (smtp://127.0.0.1:port, mailbox); stops the server afterwards. `size_limit`:
    the largest mail in bytes it accepts (SMTP SIZE, RFC 1870), as a mail gateway sets it."""
    mailbox = Mailbox()
    port = free_port()
    limit = {"data_size_limit": size_limit} if size_limit else {}
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, **limit)
    controller.start()
    try:
        yield f"smtp://127.0.0.1:{port}", mailbox
    finally:
        controller.stop()
