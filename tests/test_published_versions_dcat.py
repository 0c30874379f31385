"""A harvester reads from the catalogue which schema each file follows, the way DCAT-AP states
a distribution's „linked schemas“: dct:conformsTo a dct:Standard with the schema's key, its
version (dcat:version – DCAT-AP.de 3.0 deprecates owl:versionInfo) and the SHA-256 of its
files (spdx:checksum). Read with rdflib from the session's CKAN with the demo published; the
catalogue stays free of SHACL violations, and the portal shows the checksum beside the
version."""
import re
import urllib.request

import ckanapi
import rdflib.namespace as ns
from rdflib import Namespace

from catalog.dcat_validation import fetch_catalog, validate
from schemas import DATASET_KEYS, load_schema

SPDX = Namespace("http://spdx.org/rdf/terms#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")  # rdflib's closed DCAT lacks DCAT 3's dcat:version


def test_each_distribution_names_the_schema_version_it_follows(ckan, first_publish):
    graph = fetch_catalog(ckan.url)
    schemas = [load_schema(key) for key in DATASET_KEYS]
    datasets = list(graph.subjects(ns.RDF.type, DCAT.Dataset))
    assert len(datasets) == first_publish["created"] > 20
    for dataset in datasets:
        title = str(graph.value(dataset, ns.DCTERMS.title))
        [schema] = [schema for schema in schemas if title.startswith(f"{schema.title} – ")]
        distributions = list(graph.objects(dataset, DCAT.distribution))
        assert len(distributions) >= 6, title
        for distribution in distributions:
            [standard] = graph.objects(distribution, ns.DCTERMS.conformsTo)
            assert (standard, ns.RDF.type, ns.DCTERMS.Standard) in graph
            assert (str(graph.value(standard, ns.DCTERMS.identifier)),
                    str(graph.value(standard, DCAT.version))) == (schema.key, schema.version), title
            checksum = graph.value(standard, SPDX.checksum)
            assert graph.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
            value = graph.value(checksum, SPDX.checksumValue)
            assert (str(value), value.datatype) == (schema.content_hash, ns.XSD.hexBinary), title
    findings = validate(graph)
    assert [str(f) for f in findings if f.severity == "Verstoß"] == []
    # nothing is found about the schemas stated (a deprecated owl:versionInfo would warn)
    standards = {str(node) for node in graph.subjects(ns.RDF.type, ns.DCTERMS.Standard)}
    assert [str(f) for f in findings if f.focus in standards or "versionInfo" in f.path] == []


def test_the_portal_shows_the_schema_checksum_beside_the_version(ckan, first_publish):
    schema = load_schema("events")
    remote = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    extras = {e["key"]: e["value"] for e in remote.action.package_show(id="kusel-events")["extras"]}
    assert (extras["swdp_schema_version"], extras["swdp_schema_hash"]) == (schema.version, schema.content_hash)
    with urllib.request.urlopen(f"{ckan.url}/dataset/kusel-events", timeout=60) as answer:
        page = answer.read().decode("utf-8")
    # as the read-me files name it („Prüfsumme der Schemadateien 0123456789ab“)
    assert re.search(rf"Prüfsumme der Schemadateien</th>\s*<td[^>]*>{schema.content_hash[:12]}</td>", page)
