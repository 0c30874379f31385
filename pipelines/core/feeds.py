"""Atom 1.0 feeds (RFC 4287) written with feedgen: the run feed of a member and the
coordination feed of neighbour notifications share this one writer; and the public address
of an exported file, by which a feed names itself."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from feedgen.feed import FeedGenerator
from lxml import etree

from pipelines.core.cluster import Cluster
from pipelines.core.files import atomic_write
from pipelines.core.settings import Settings


@dataclass(frozen=True)
class Entry:
    id: str               # a stable URI (urn:uuid:… or tag:…), so readers never see it twice
    title: str
    updated: datetime     # timezone-aware
    summary: str
    link: str | None = None
    content_html: str | None = None


def write_feed(path: Path, feed_id: str, title: str, entries: list[Entry],
               author: str = "Südwest-Cluster Datenplattform", link: str | None = None,
               self_url: str | None = None) -> Path:
    """Write an Atom feed of `entries`, newest first; `updated` is the newest entry's time (of
    a feed without entries: when it was first written). Unchanged, the file is left alone.
    `self_url`: the feed's own public address, wherever one is known (RFC 4287 §4.2.7.2:
    readers and validators use it to tell where to refresh the feed from)."""
    feed = FeedGenerator()
    feed.id(feed_id)
    feed.title(title)
    feed.author({"name": author})
    feed.language("de")
    if link:
        feed.link(href=link, rel="alternate")
    if self_url:
        feed.link(href=self_url, rel="self", type="application/atom+xml")
    ordered = sorted(entries, key=lambda entry: entry.updated)
    for entry in ordered:  # feedgen prepends: add oldest first for newest-first output
        item = feed.add_entry()
        item.id(entry.id)
        item.title(entry.title)
        item.updated(entry.updated)
        item.summary(entry.summary)
        if entry.link:
            item.link(href=entry.link)
        # Atom wants content or an alternate link in every entry: the summary stands in.
        item.content(entry.content_html or entry.summary,
                     type="html" if entry.content_html else "text")
    # feedgen's default is now: an empty feed would differ at every run
    updated = ordered[-1].updated if ordered else _written_at(path)
    if updated:
        feed.updated(updated)
    # written by Python, not by lxml: lxml's error on a full disk names neither the file
    # nor the errno
    atomic_write(path, lambda partial: Path(partial).write_bytes(feed.atom_str(pretty=True)),
                 keep_unchanged=True)
    return path


def public_address(settings: Settings, cluster: Cluster, path: Path) -> str | None:
    """Where the exported file `path` (under the export folder) is found on the web: under
    cluster.yaml's `public_url`, at its place in the export folder; None while the folder
    is not served."""
    if not cluster.public_url:
        return None
    relative = path.relative_to(settings.export_dir).as_posix()
    return f"{cluster.public_url.rstrip('/')}/{quote(relative)}"


def _written_at(path: Path) -> datetime | None:
    """The `updated` of the feed already at `path` (None if there is none to read)."""
    try:
        text = etree.parse(str(path)).getroot().findtext("{http://www.w3.org/2005/Atom}updated")
    except (OSError, etree.XMLSyntaxError):
        return None
    return datetime.fromisoformat(text) if text else None
