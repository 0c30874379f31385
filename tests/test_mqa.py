"""The independent MQA scorer (catalog/mqa.py) against the session's real CKAN with the demo
published: every dataset keeps ≥ 400 of 405 points, and the scorer notices what is missing."""
import json

import rdflib.namespace as ns
from rdflib import Graph, URIRef

from catalog import mqa
from catalog.dcat_validation import fetch_catalog, validate

from support.cli import swdp_in_process
from support.http import answer, local_server

DATASETS = 28


def test_weights_add_up_to_the_methodology_s_405_points():
    assert mqa.MAXIMUM == 405
    dimensions = {}
    for dimension, points, _label in mqa.INDICATORS.values():
        dimensions[dimension] = dimensions.get(dimension, 0) + points
    assert dimensions == {"Auffindbarkeit": 100, "Zugänglichkeit": 100,
                          "Interoperabilität": 110, "Wiederverwendbarkeit": 75, "Kontext": 20}


def test_every_published_dataset_scores_at_least_400(ckan, first_publish):
    scores = mqa.score_catalog(ckan.url)
    assert len(scores) == DATASETS
    low = [(s.title, s.total, s.missing()) for s in scores if s.total < 400]
    assert low == [], low
    assert {s.rating for s in scores} == {"ausgezeichnet"}


def test_scorer_counts_what_is_missing(ckan, first_publish):
    graph = fetch_catalog(ckan.url)
    findings = validate(graph)
    dataset = next(d for d in graph.subjects(ns.RDF.type, ns.DCAT.Dataset)
                   if str(graph.value(d, ns.DCTERMS.title)) == "Veranstaltungen – Landkreis Kusel")
    full = mqa.score_dataset(graph, dataset, lambda url: True, findings)
    assert full.total == 405
    # Without dct:rights on the distributions, 5 points go; unreachable URLs cost 80.
    stripped = Graph()
    for triple in graph:
        if triple[1] != ns.DCTERMS.rights:
            stripped.add(triple)
    assert mqa.score_dataset(stripped, dataset, lambda url: True, findings).total == 400
    unreachable = mqa.score_dataset(graph, dataset, lambda url: False, findings)
    assert unreachable.total == 405 - 50 - 30
    assert "Download-URL erreichbar" in unreachable.missing()


def test_rights_on_every_distribution_and_an_area_iri_on_every_dataset(ckan, first_publish):
    graph = fetch_catalog(ckan.url)
    geocoding = URIRef("http://dcat-ap.de/def/dcatde/politicalGeocodingURI")
    datasets = list(graph.subjects(ns.RDF.type, ns.DCAT.Dataset))
    assert len(datasets) == DATASETS
    for dataset in datasets:
        # GovData harvests have failed over dcatde:politicalGeocodingURI alone: both are there.
        areas = {o for o in graph.objects(dataset, ns.DCTERMS.spatial) if isinstance(o, URIRef)}
        assert areas and areas == set(graph.objects(dataset, geocoding)), dataset
        for distribution in graph.objects(dataset, ns.DCAT.distribution):
            rights = graph.value(distribution, ns.DCTERMS.rights)
            assert (rights, ns.RDF.type, ns.DCTERMS.RightsStatement) in graph
            assert "Datenlizenz Deutschland" in str(graph.value(rights, ns.RDFS.label))


def test_reachability_falls_back_to_get_where_head_is_refused():
    from http.server import BaseHTTPRequestHandler

    class NoHead(BaseHTTPRequestHandler):
        def do_HEAD(self):
            answer(self, 405, b"")

        def do_GET(self):
            if self.path == "/da":
                answer(self, 200, b"Daten", "text/plain")
            else:
                answer(self, 404, b"fehlt", "text/plain")

        def log_message(self, *args):
            pass

    with local_server(NoHead) as url:
        assert mqa.url_reachable(f"{url}/da")
        assert not mqa.url_reachable(f"{url}/weg")
    assert not mqa.url_reachable(url)  # the server is gone


def test_cli_prints_the_score_per_dataset(ckan, first_publish, tmp_path):
    result = swdp_in_process("ckan", "mqa", "--ckan-url", ckan.url, "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["maximum"] == 405 and len(report["datasets"]) == DATASETS
    assert min(d["score"] for d in report["datasets"]) >= 400
    table = swdp_in_process("ckan", "mqa", "--ckan-url", ckan.url, data_dir=tmp_path)
    assert table.returncode == 0 and "Veranstaltungen – Landkreis Kusel" in table.stdout
    assert "405" in table.stdout
    held = swdp_in_process("ckan", "mqa", "--ckan-url", ckan.url, "--mindestens", "400",
                           data_dir=tmp_path)
    assert held.returncode == 0
    missed = swdp_in_process("ckan", "mqa", "--ckan-url", ckan.url, "--mindestens", "405.5",
                             data_dir=tmp_path)
    assert missed.returncode == 1
