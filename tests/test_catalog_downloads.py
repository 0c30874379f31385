"""What a citizen and a harvester get from the session's real CKAN with the demo published:
text downloads a browser shows with their umlauts, and DCAT times a harvester reads as the
times they are."""
import json
import urllib.request
from datetime import datetime, timezone

import rdflib.namespace as ns

from catalog.dcat_validation import fetch_catalog


def _packages(ckan) -> list[dict]:
    with urllib.request.urlopen(f"{ckan.url}/api/3/action/package_search?rows=1000") as answer:
        return json.load(answer)["result"]["results"]


def test_text_downloads_name_their_encoding(ckan, first_publish):
    """LIESMICH.txt is UTF-8 without BOM: sent as bare text/plain, a browser showed
    „SÃ¼dwest-Cluster“ and „Datenlizenz Deutschland â€“ Namensnennung“."""
    texts = [r for p in _packages(ckan) for r in p["resources"] if r["format"] in ("TXT", "CSV")]
    assert len(texts) == 2 * 28
    for resource in texts:
        with urllib.request.urlopen(resource["url"]) as answer:
            media_type = answer.headers.get_content_type()
            charset = answer.headers.get_content_charset()
            body = answer.read()
        assert (media_type, charset) == ({"TXT": "text/plain", "CSV": "text/csv"}[resource["format"]],
                                         "utf-8"), resource["name"]
        assert "Südwest" in body.decode(charset) or resource["format"] == "CSV"
    graph = fetch_catalog(ckan.url)
    media = {str(m) for m in graph.objects(None, ns.DCAT.mediaType)}
    # the parameter belongs to the HTTP header, not to the media type's IRI
    assert "https://www.iana.org/assignments/media-types/text/plain" in media
    assert not [m for m in media if ";" in m or " " in m]


def test_dcat_times_carry_their_offset(ckan, first_publish):
    """CKAN keeps UTC without a zone; "2026-12-07T07:11:23" would read as 07:11 local time."""
    graph = fetch_catalog(ckan.url)
    times = [(s, o.toPython()) for p in (ns.DCTERMS.issued, ns.DCTERMS.modified)
             for s, o in graph.subject_objects(p) if o.datatype == ns.XSD.dateTime]
    assert len(times) > 2 * 28
    assert [s for s, moment in times if moment.tzinfo is None] == []
    package = next(p for p in _packages(ckan) if p["name"] == "kusel-events")
    dataset = next(d for d in graph.subjects(ns.RDF.type, ns.DCAT.Dataset)
                   if str(d).endswith(package["id"]))
    issued = graph.value(dataset, ns.DCTERMS.issued).toPython()
    assert issued == datetime.fromisoformat(package["metadata_created"]).replace(tzinfo=timezone.utc)
    assert issued.utcoffset().total_seconds() in (3600, 7200)  # Berlin: CET or CEST
