"""An independent Metadata Quality Assessment of the catalogue's DCAT output, with the
indicators and weights of data.europa.eu's MQA methodology (405 points in five dimensions,
derived from the FAIR principles): https://data.europa.eu/mqa/methodology

What data.europa.eu does after each harvest, this does on the CKAN's own DCAT (``/catalog.ttl``),
so a change that lowers the score is seen before the portals harvest it:

- dataset properties count fully or not at all;
- distribution properties count with the share of the dataset's distributions that have them;
- interoperability counts the dataset's best distribution, as the methodology does;
- reachability is asked with HEAD, and with GET where a server refuses HEAD; any status
  from 200 to 399 counts as reachable;
- DCAT-AP compliance means no SHACL violation (catalog.dcat_validation) on the dataset or
  anything it links to.
"""
from __future__ import annotations

import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS as DCT, RDF

from catalog.dcat_validation import Finding, fetch_catalog, validate

EU = "http://publications.europa.eu/resource/authority"
FILE_TYPE = f"{EU}/file-type/"
IANA = ("https://www.iana.org/assignments/media-types/", "http://www.iana.org/assignments/media-types/")
# Licences data.europa.eu knows: the EU vocabulary and the DCAT-AP.de one it maps onto it.
LICENCE_VOCABULARIES = (f"{EU}/licence/", "http://dcat-ap.de/def/licenses/")
ACCESS_RIGHTS = f"{EU}/access-right/"
# data.europa.eu's lists of file types (edp-vocabularies: edp-machine-readable-format,
# edp-non-proprietary-format). Machine-readable as listed there; non-proprietary reduced to
# the open formats a municipal catalogue publishes. Interoperability counts the best
# distribution, so a README or a Parquet file beside a CSV never lowers the score.
MACHINE_READABLE = {"CSV", "GEOJSON", "ICS", "JSON", "JSON_LD", "KML", "KMZ", "NETCDF", "ODS",
                    "RDFA", "RDF_N_QUADS", "RDF_N_TRIPLES", "RDF_TRIG", "RDF_TURTLE", "RDF_XML",
                    "RSS", "SHP", "XLS", "XLSX", "XML"}
NON_PROPRIETARY = {"CSV", "GEOJSON", "GML", "GPKG", "ICS", "JSON", "JSON_LD", "KML", "ODS",
                   "PARQUET", "RDF_TURTLE", "RDF_XML", "TSV", "TXT", "XML"}

# indicator -> (dimension, points, German label)
INDICATORS = {
    "keywords": ("Auffindbarkeit", 30, "Schlagworte (dcat:keyword)"),
    "themes": ("Auffindbarkeit", 30, "Kategorien (dcat:theme)"),
    "spatial": ("Auffindbarkeit", 20, "Räumlicher Bezug (dct:spatial)"),
    "temporal": ("Auffindbarkeit", 20, "Zeitlicher Bezug (dct:temporal)"),
    "access_url_reachable": ("Zugänglichkeit", 50, "Zugangs-URL erreichbar"),
    "download_url": ("Zugänglichkeit", 20, "Download-URL angegeben"),
    "download_url_reachable": ("Zugänglichkeit", 30, "Download-URL erreichbar"),
    "format": ("Interoperabilität", 20, "Format (dct:format)"),
    "media_type": ("Interoperabilität", 10, "Medientyp (dcat:mediaType)"),
    "controlled_vocabulary": ("Interoperabilität", 10, "Format und Medientyp aus Vokabular"),
    "non_proprietary": ("Interoperabilität", 20, "Offenes Format"),
    "machine_readable": ("Interoperabilität", 20, "Maschinenlesbares Format"),
    "dcat_ap_compliance": ("Interoperabilität", 30, "DCAT-AP-konform (SHACL)"),
    "licence": ("Wiederverwendbarkeit", 20, "Lizenz (dct:license)"),
    "licence_vocabulary": ("Wiederverwendbarkeit", 10, "Lizenz aus Vokabular"),
    "access_rights": ("Wiederverwendbarkeit", 10, "Zugriffsrechte (dct:accessRights)"),
    "access_rights_vocabulary": ("Wiederverwendbarkeit", 5, "Zugriffsrechte aus Vokabular"),
    "contact_point": ("Wiederverwendbarkeit", 20, "Kontaktstelle (dcat:contactPoint)"),
    "publisher": ("Wiederverwendbarkeit", 10, "Herausgeber (dct:publisher)"),
    "rights": ("Kontext", 5, "Rechte (dct:rights)"),
    "byte_size": ("Kontext", 5, "Dateigröße (dcat:byteSize)"),
    "issued": ("Kontext", 5, "Veröffentlichungsdatum (dct:issued)"),
    "modified": ("Kontext", 5, "Änderungsdatum (dct:modified)"),
}
MAXIMUM = sum(points for _, points, _ in INDICATORS.values())  # 405
# data.europa.eu's rating bands, lower bounds.
RATINGS = ((351, "ausgezeichnet"), (221, "gut"), (121, "ausreichend"), (0, "schlecht"))

Reachable = Callable[[str], bool]


@dataclass(frozen=True)
class DatasetScore:
    uri: str
    title: str
    points: dict[str, float] = field(hash=False)  # indicator -> points reached

    @property
    def total(self) -> float:
        return round(sum(self.points.values()), 1)

    @property
    def rating(self) -> str:
        return next(label for bound, label in RATINGS if self.total >= bound)

    def missing(self) -> list[str]:
        """German labels of the indicators that did not reach their full points."""
        return [INDICATORS[key][2] for key, reached in self.points.items()
                if reached < INDICATORS[key][1] - 1e-9]

    def as_json(self) -> dict:
        return {"uri": self.uri, "title": self.title, "score": self.total, "maximum": MAXIMUM,
                "rating": self.rating, "points": self.points, "missing": self.missing()}


def score_catalog(ckan_url: str, reachable: Reachable | None = None) -> list[DatasetScore]:
    """Scores of every dataset in a CKAN site's DCAT catalogue, sorted by title."""
    graph = fetch_catalog(ckan_url)
    findings = validate(graph)
    urls = {str(url) for predicate in (DCAT.accessURL, DCAT.downloadURL)
            for url in graph.objects(None, predicate)}
    if reachable is None:
        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = dict(zip(urls, pool.map(url_reachable, urls)))
        reachable = answers.__getitem__
    return sorted((score_dataset(graph, dataset, reachable, findings)
                   for dataset in graph.subjects(RDF.type, DCAT.Dataset)),
                  key=lambda score: score.title)


def score_dataset(graph: Graph, dataset, reachable: Reachable,
                  findings: list[Finding]) -> DatasetScore:
    distributions = list(graph.objects(dataset, DCAT.distribution))

    def has(predicate) -> bool:
        return graph.value(dataset, predicate) is not None

    def share(test: Callable[[object], bool]) -> float:
        return sum(map(test, distributions)) / len(distributions) if distributions else 0.0

    def values(node, predicate) -> list[str]:
        return [str(value) for value in graph.objects(node, predicate)]

    def reached(node, predicate) -> bool:
        urls = values(node, predicate)
        return bool(urls) and all(reachable(url) for url in urls)

    def interoperability(distribution) -> dict[str, bool]:
        formats = [v for v in values(distribution, DCT["format"]) if v.startswith(FILE_TYPE)]
        codes = {v[len(FILE_TYPE):] for v in formats}
        media = values(distribution, DCAT.mediaType)
        return {"format": bool(values(distribution, DCT["format"])),
                "media_type": bool(media),
                "controlled_vocabulary": bool(formats) and bool(media)
                and all(m.startswith(IANA) for m in media),
                "non_proprietary": bool(codes & NON_PROPRIETARY),
                "machine_readable": bool(codes & MACHINE_READABLE)}

    best = max((interoperability(d) for d in distributions),
               key=lambda found: sum(INDICATORS[k][1] for k, ok in found.items() if ok),
               default=dict.fromkeys(("format", "media_type", "controlled_vocabulary",
                                      "non_proprietary", "machine_readable"), False))
    access_rights = values(dataset, DCT.accessRights)
    fulfilled = {
        "keywords": has(DCAT.keyword),
        "themes": has(DCAT.theme),
        "spatial": has(DCT.spatial),
        "temporal": has(DCT.temporal),
        "access_url_reachable": share(lambda d: reached(d, DCAT.accessURL)),
        "download_url": share(lambda d: bool(values(d, DCAT.downloadURL))),
        "download_url_reachable": share(lambda d: reached(d, DCAT.downloadURL)),
        **best,
        "dcat_ap_compliance": not _violations_about(graph, dataset, findings),
        "licence": share(lambda d: bool(values(d, DCT.license))),
        "licence_vocabulary": share(lambda d: any(
            v.startswith(LICENCE_VOCABULARIES) for v in values(d, DCT.license))),
        "access_rights": bool(access_rights),
        "access_rights_vocabulary": any(v.startswith(ACCESS_RIGHTS) for v in access_rights),
        "contact_point": has(DCAT.contactPoint),
        "publisher": has(DCT.publisher),
        "rights": share(lambda d: bool(values(d, DCT.rights))),
        "byte_size": share(lambda d: bool(values(d, DCAT.byteSize))),
        "issued": has(DCT.issued),
        "modified": has(DCT.modified),
    }
    points = {key: round(INDICATORS[key][1] * float(value), 2) for key, value in fulfilled.items()}
    title = graph.value(dataset, DCT.title)
    return DatasetScore(str(dataset), str(title) if title else str(dataset), points)


def _violations_about(graph: Graph, dataset, findings: list[Finding]) -> list[Finding]:
    """Violations whose focus is the dataset or a node it links to (distributions, contact,
    publisher, period, location), but not another dataset."""
    nodes, todo = {dataset}, [dataset]
    while todo:
        for value in graph.objects(todo.pop(), None):
            if (isinstance(value, (URIRef, BNode)) and value not in nodes
                    and (value, RDF.type, DCAT.Dataset) not in graph):
                nodes.add(value)
                todo.append(value)
    focus = {str(node) for node in nodes}
    return [f for f in findings if f.severity == "Verstoß" and f.focus in focus]


def url_reachable(url: str, timeout: float = 30) -> bool:
    """HEAD first; GET (first bytes only) where the server refuses or does not know HEAD."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method,
                                         headers={"User-Agent": "swdp-mqa"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                if method == "GET":
                    answer.read(1)
                return 200 <= answer.status < 400
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                continue
            return 200 <= error.code < 400
        except (urllib.error.URLError, OSError, ValueError):
            return False
    return False
