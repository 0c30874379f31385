"""connector: ckan and connector: dcat against a real local CKAN acting as a member's portal."""
import io
import uuid

import ckanapi
import pytest

from support.http import upstream_server
from connectors import read_delivery, remote
from connectors.delivery import DeliveryError

FIRST = "Titel;Ort\nSommerfest;Kusel\nKerwe;Altenglan\n".encode("utf-8-sig")
SECOND = "Titel;Ort\nSommerfest;Kusel\nKerwe;Altenglan\nWeihnachtsmarkt;Kusel\n".encode("utf-8-sig")


def _upload(admin, package_id, data: bytes, file_format: str, resource_id=None):
    upload = io.BytesIO(data)
    upload.name = "veranstaltungen.csv"
    if resource_id:
        return admin.action.resource_patch(id=resource_id, upload=upload)
    return admin.action.resource_create(package_id=package_id, name="Veranstaltungen",
                                        format=file_format, upload=upload)


@pytest.fixture(scope="module")
def portal(ckan):
    """A member's CKAN: one organisation, an events dataset with a PDF and a CSV upload, an
    older dataset with the same tag, and one whose resource lives on another server."""
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    prefix = f"m{uuid.uuid4().hex[:6]}"
    org = admin.action.organization_create(name=f"{prefix}-kusel", title="Landkreis Kusel")
    names = {key: f"{prefix}-{key}" for key in ("alt", "veranstaltungen", "fremd")}
    packages = {}
    for key in ("alt", "veranstaltungen", "fremd"):
        packages[key] = admin.action.package_create(
            name=names[key], title=key.title(), owner_org=org["id"], license_id="cc-by",
            tags=[{"name": "veranstaltungen"}])
    _upload(admin, packages["alt"]["id"], FIRST, "CSV")
    admin.action.resource_create(package_id=packages["veranstaltungen"]["id"], name="Flyer",
                                 format="PDF", url="https://example.org/flyer.pdf")
    resource = _upload(admin, packages["veranstaltungen"]["id"], FIRST, "CSV")
    yield admin, org, names, resource
    for name in names.values():
        admin.action.dataset_purge(id=name)
    admin.action.organization_purge(id=org["id"])


def test_dataset_by_name_incremental_by_metadata_modified_and_hash(ckan, portal, tmp_path):
    admin, _org, names, resource = portal
    options = {"dataset": names["veranstaltungen"], "formats": ["XLSX", "CSV"], "format": "csv"}
    first = remote.fetch(ckan.url, "ckan", options, tmp_path)
    assert read_delivery(first.path, "ckan", options).rows[1] == {"Titel": "Kerwe",
                                                                  "Ort": "Altenglan"}
    assert first.path.suffix == ".csv"
    assert first.state["dataset"] == names["veranstaltungen"]
    assert first.state["resource_id"] == resource["id"]
    untouched = remote.fetch(ckan.url, "ckan", options, tmp_path, first.state)
    assert untouched.unchanged and untouched.path is None
    assert {**untouched.state, "checked_at": None} == {**first.state, "checked_at": None}
    admin.action.package_patch(id=names["veranstaltungen"], notes="Nur die Beschreibung.")
    described = remote.fetch(ckan.url, "ckan", options, tmp_path, first.state)
    assert described.unchanged  # metadata changed, bytes did not
    assert described.state["metadata_modified"] != first.state["metadata_modified"]
    _upload(admin, None, SECOND, "CSV", resource_id=resource["id"])
    changed = remote.fetch(ckan.url, "ckan", options, tmp_path, described.state)
    assert not changed.unchanged
    assert len(read_delivery(changed.path, "ckan", options).rows) == 3


def test_organisation_and_tags_pick_the_newest_dataset(ckan, portal, tmp_path):
    admin, org, names, _resource = portal
    options = {"organization": org["name"], "tags": ["veranstaltungen"], "format": "csv"}
    admin.action.package_patch(id=names["veranstaltungen"], title="Veranstaltungen 2027")
    fetched = remote.fetch(ckan.url, "ckan", options, tmp_path)
    assert fetched.state["dataset"] == names["veranstaltungen"]
    with pytest.raises(DeliveryError, match="keine Ressource im Format XLSX"):
        remote.fetch(ckan.url, "ckan", {"dataset": names["alt"], "format": "xlsx"}, tmp_path)
    with pytest.raises(DeliveryError, match="nicht gefunden"):
        remote.fetch(ckan.url, "ckan", {"dataset": "gibt-es-nicht", "format": "csv"}, tmp_path)


def test_resource_on_another_port_is_refused_and_never_requested(ckan, portal, tmp_path):
    admin, _org, names, _resource = portal
    with upstream_server() as other:
        url = other.add("/veranstaltungen.csv", FIRST)
        admin.action.resource_create(package_id=names["fremd"], name="Extern", format="CSV",
                                     url=url)
        options = {"dataset": names["fremd"], "format": "csv"}
        with pytest.raises(DeliveryError, match="außerhalb der erlaubten Server") as refused:
            remote.fetch(ckan.url, "ckan", options, tmp_path)
        assert url in str(refused.value) and other.requests == []
        allowed = {**options, "allowed_hosts": [other.url]}
        assert len(read_delivery(remote.fetch(ckan.url, "ckan", allowed, tmp_path).path,
                                 "ckan", allowed).rows) == 2


def test_dcat_catalogue_of_the_portal(ckan, portal, tmp_path):
    _admin, _org, _names, resource = portal
    # CKAN's catalogue names a dataset by its id (dct:identifier and IRI), not by its name.
    options = {"dataset": resource["package_id"], "formats": ["CSV"], "format": "csv"}
    fetched = remote.fetch(f"{ckan.url}/catalog.ttl", "dcat", options, tmp_path)
    assert len(read_delivery(fetched.path, "dcat", options).rows) in (2, 3)
    again = remote.fetch(f"{ckan.url}/catalog.ttl", "dcat", options, tmp_path, fetched.state)
    assert again.unchanged
    future = {**options, "modified_since": "2999-01-01T00:00:00"}
    with pytest.raises(DeliveryError, match=r"Kein Datensatz .* \(geändert seit 2999"):
        remote.fetch(f"{ckan.url}/catalog.ttl", "dcat", future, tmp_path)


PAGE = """@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
@prefix hydra: <http://www.w3.org/ns/hydra/core#> .
<{base}/catalog.ttl> a dcat:Catalog ; dcat:dataset <{base}/dataset/{name}> .
<{base}/dataset/{name}> a dcat:Dataset ; dct:identifier "{name}" ;
  dct:modified "{modified}" ; dcat:distribution <{base}/dist/{name}> .
<{base}/dist/{name}> a dcat:Distribution ; dct:format "CSV" ;
  dcat:downloadURL <{download}> .
{paging}
"""


def test_dcat_pages_follow_hydra_next_on_allowed_hosts(tmp_path):
    with upstream_server() as up, upstream_server() as other:
        base = up.url
        up.add("/daten.csv", FIRST)
        url = up.add("/catalog.ttl", PAGE.format(
            base=base, name="alt", modified="2026-01-01", download=f"{base}/daten.csv",
            paging=f'<{base}/catalog.ttl?page=1> hydra:next <{base}/catalog.ttl?page=2> .'))
        up.add("/catalog.ttl?page=2", PAGE.format(
            base=base, name="neu", modified="2026-11-01", download=f"{base}/daten.csv",
            paging=f'<{base}/catalog.ttl?page=2> hydra:next <{other.url}/catalog.ttl?page=3> .'))
        with pytest.raises(DeliveryError, match="außerhalb der erlaubten Server"):
            remote.fetch(url, "dcat", {"format": "csv"}, tmp_path)
        assert other.requests == []
        with pytest.raises(DeliveryError, match="options.format muss angeben"):
            remote.fetch(url, "dcat", {}, tmp_path)
        up.add("/catalog.ttl?page=2", PAGE.format(
            base=base, name="neu", modified="2026-11-01", download=f"{base}/daten.csv",
            paging=""))
        fetched = remote.fetch(url, "dcat", {"format": "csv"}, tmp_path)
        assert fetched.state["dataset"] == f"{base}/dataset/neu"
        assert up.requested("/catalog.ttl?page=2") == 2
