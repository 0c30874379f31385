"""A DCAT-AP(.de) catalogue in Turtle (`catalog.ttl`): pages followed by `hydra:next`
(host-checked), `modified_since`, the newest matching dataset, its distribution in the
preferred format downloaded and read by the format connector in `options.format`."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import rdflib
from rdflib.namespace import DCAT, DCTERMS, RDF

from connectors.delivery import SUFFIXES, DeliveryError
from connectors.transport import Fetched, Transport, now

HYDRA = rdflib.Namespace("http://www.w3.org/ns/hydra/core#")
MAX_PAGES = 1000


def harvest(transport: Transport, location: str, options: dict, folder: Path,
            state: dict | None) -> Fetched:
    state = dict(state or {})
    graph = catalogue(transport, location, options)
    dataset, modified = newest(graph, options, location)
    formats = [str(f) for f in options.get("formats") or [options["format"].upper()]]
    url = transport.check(distribution(graph, dataset, formats, location), location)
    known = {"dataset": str(dataset), "modified": modified}
    if modified and all(state.get(k) == v for k, v in known.items()) and state.get("url") == url:
        return Fetched(url, True, state={**state, "checked_at": now()})
    fetched = transport.fetch(url, folder, state, SUFFIXES.get(options["format"], ""))
    fetched.state.update(known)
    return fetched


def catalogue(transport: Transport, location: str, options: dict) -> rdflib.Graph:
    """All pages of the catalogue in one graph (Turtle only: no parser that could fetch
    remote contexts or entities)."""
    graph, url = rdflib.Graph(), location
    params = {"modified_since": str(options["modified_since"])} \
        if options.get("modified_since") else None
    for _ in range(int(options.get("max_pages") or MAX_PAGES)):
        body, _headers = transport.get(url, params)
        page = rdflib.Graph()
        try:
            page.parse(data=body.decode("utf-8"), format="turtle", publicID=url)
        except Exception as error:  # rdflib raises parser-specific types without a common base
            raise DeliveryError(url, f"Kein gültiges Turtle (DCAT-Katalog): "
                                     f"{str(error).splitlines()[0][:200]}") from None
        graph += page
        following = next((link for predicate in (HYDRA.next, HYDRA.nextPage)
                          for link in page.objects(None, predicate)), None)
        if following is None or not any(page.subjects(RDF.type, DCAT.Dataset)):
            return graph
        url, params = transport.check(str(following), url), None
    raise DeliveryError(location, f"Mehr als {options.get('max_pages') or MAX_PAGES} Seiten – "
                                  f"Abbruch (options.max_pages erhöhen)")


def newest(graph: rdflib.Graph, options: dict, where: str) -> tuple[rdflib.term.Node, str]:
    """The dataset named in `options.dataset` (its dct:identifier, or the IRI or last IRI
    segment of itself or its landing page – CKAN names a dataset by id in its IRI and by name
    in its landing page), else the most recently modified one; only those modified since
    `modified_since`."""
    wanted = str(options.get("dataset") or "")
    since = str(options.get("modified_since") or "")
    candidates = []
    for dataset in set(graph.subjects(RDF.type, DCAT.Dataset)):
        names = {str(graph.value(dataset, DCTERMS.identifier) or "")}
        for iri in (dataset, graph.value(dataset, DCAT.landingPage)):
            names |= {str(iri), str(iri).rstrip("/").rsplit("/", 1)[-1]} if iri else set()
        modified = _text(graph.value(dataset, DCTERMS.modified)
                         or graph.value(dataset, DCTERMS.issued))
        if (not wanted or wanted in names) and (not since or modified >= since):
            candidates.append((modified, str(dataset), dataset))
    if not candidates:
        what = f"„{wanted}“" if wanted else "mit Verteilungen"
        raise DeliveryError(where, f"Kein Datensatz {what} im Katalog"
                                   + (f" (geändert seit {since})" if since else ""))
    modified, _, dataset = max(candidates)
    return dataset, modified


def distribution(graph: rdflib.Graph, dataset, formats: list[str], where: str) -> str:
    """The download (else access) URL of the first distribution in a preferred format."""
    offered = []
    for distribution_node in graph.objects(dataset, DCAT.distribution):
        labels = {_format(graph.value(distribution_node, DCTERMS["format"])),
                  _format(graph.value(distribution_node, DCAT.mediaType))} - {""}
        url = graph.value(distribution_node, DCAT.downloadURL) or \
            graph.value(distribution_node, DCAT.accessURL)
        if url is not None:
            offered.append((labels, str(url)))
    for wanted in formats:
        for labels, url in offered:
            if wanted.lower() in labels:
                return url
    found = ", ".join(sorted({label for labels, _ in offered for label in labels})) or "keine"
    raise DeliveryError(where, f"Datensatz <{dataset}> hat keine Verteilung im Format "
                               f"{' / '.join(formats)} (vorhanden: {found})")


def _format(node) -> str:
    """"CSV", <…/file-type/CSV> and "text/csv" all read as "csv"."""
    text = str(node or "").strip().rstrip("/")
    return text.rsplit("/", 1)[-1].lower()


def _text(node) -> str:
    value = node.toPython() if isinstance(node, rdflib.Literal) else node
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value or "")
