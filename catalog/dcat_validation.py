"""Validate the catalogue's DCAT output (ckanext-dcat, /catalog.ttl) the way German portals do:
with pySHACL against the SEMIC DCAT-AP 3.0.0 shapes plus GovData's DCAT-AP.de 3.0 additions.

The shapes are read from ../shared/standards/dcat-ap (SHAPES_DIR) and never copied
into the project. Their owl:imports point to online vocabularies; offline they are not
followed, so the catalogue itself states the class and scheme of every concept it uses."""
from __future__ import annotations

import urllib.request
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyshacl
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import SH

from pipelines.core.settings import SHARED_DIR

HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")
SHAPE_FILES = ("semic-3.0.0/dcat-ap-SHACL.ttl", "dcat-ap-de-3.0/dcat-ap-SHACL-DE.ttl",
               "dcat-ap-de-3.0/dcat-ap-spec-german-additions.ttl",
               "dcat-ap-de-3.0/dcat-ap-de-controlledvocabularies.ttl",
               "dcat-ap-de-3.0/dcat-ap-de-deprecated.ttl")


@dataclass(frozen=True)
class Finding:
    severity: str  # Verstoß | Warnung | Hinweis
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.focus} – {self.path}: {self.message}"


SHAPES_DIR = SHARED_DIR / "standards" / "dcat-ap"


@cache
def _shapes(folder: Path) -> Graph:
    shapes = Graph()
    for name in SHAPE_FILES:
        shapes.parse(folder / name, format="turtle")
    return shapes


def fetch_catalog(ckan_url: str, timeout: float = 120) -> Graph:
    """The whole DCAT catalogue of a CKAN site, following ckanext-dcat's pages."""
    graph, seen = Graph(), set()
    page: str | None = f"{ckan_url.rstrip('/')}/catalog.ttl"
    while page and page not in seen:
        seen.add(page)
        with urllib.request.urlopen(page, timeout=timeout) as answer:
            part = Graph().parse(data=answer.read(), format="turtle")
        graph += part
        following = part.value(None, HYDRA.next)
        page = str(following) if following else None
    return graph


def validate(data: Graph) -> list[Finding]:
    """All SHACL results for a DCAT graph, German messages where the shapes have them."""
    _conforms, results, _text = pyshacl.validate(
        data, shacl_graph=_shapes(SHAPES_DIR), inference="none", do_owl_imports=False,
        allow_warnings=True, allow_infos=True)
    findings = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = results.value(result, SH.resultSeverity)
        messages = list(results.objects(result, SH.resultMessage))
        german = [m for m in messages if getattr(m, "language", None) == "de"] or messages
        findings.append(Finding(
            severity={SH.Violation: "Verstoß", SH.Warning: "Warnung"}.get(severity, "Hinweis"),
            focus=str(results.value(result, SH.focusNode)),
            path=_short(results, results.value(result, SH.resultPath)),
            message=str(german[0]) if german else "(ohne Meldung)"))
    return sorted(findings, key=str)


def _short(graph: Graph, node) -> str:
    if isinstance(node, URIRef):
        return graph.namespace_manager.normalizeUri(node)
    return str(node) if node is not None else ""


def catalog_violations(ckan_url: str) -> list[Finding]:
    """The violations (not warnings) of a CKAN site's DCAT catalogue."""
    return [f for f in validate(fetch_catalog(ckan_url)) if f.severity == "Verstoß"]
