"""connector: ckan and connector: dcat against a second real local CKAN – a member's own
portal (fixture `member_portal`) beside the platform's CKAN (fixture `ckan`)."""
import dataclasses
import io
import uuid

import ckanapi
import pytest
import requests

from support.files import data_files
from support.http import upstream_server
from connectors import read_delivery, remote
from connectors.delivery import DeliveryError
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.ingest.delivery import ingest_source

FIRST = "Titel;Ort\nSommerfest;Kusel\nKerwe;Altenglan\n".encode("utf-8-sig")
SECOND = "Titel;Ort\nSommerfest;Kusel\nKerwe;Altenglan\nWeihnachtsmarkt;Kusel\n".encode("utf-8-sig")
EVENTS = PROJECT_ROOT / "samples" / "deliveries" / "kusel" / "veranstaltungen.csv"


def _upload(admin, package_id, data: bytes, file_format: str, resource_id=None):
    upload = io.BytesIO(data)
    upload.name = "veranstaltungen.csv"
    if resource_id:
        return admin.action.resource_patch(id=resource_id, upload=upload)
    return admin.action.resource_create(package_id=package_id, name="Veranstaltungen",
                                        format=file_format, upload=upload)


@pytest.fixture(scope="module")
def portal(member_portal):
    """The member's CKAN: one organisation, an events dataset with a PDF and a CSV upload, an
    older dataset with the same tag, Kusel's whole events file, and two datasets whose
    resources live on other servers."""
    admin = ckanapi.RemoteCKAN(member_portal.url, apikey=member_portal.token)
    org = admin.action.organization_create(name="landkreis-kusel", title="Landkreis Kusel")
    names = {key: f"kusel-{key}" for key in ("alt", "veranstaltungen", "termine", "fremd",
                                             "plattform")}
    packages = {key: admin.action.package_create(
        name=name, title=key.title(), owner_org=org["id"], license_id="cc-by",
        tags=[{"name": "veranstaltungen"}] if key in ("alt", "veranstaltungen") else [])
        for key, name in names.items()}
    _upload(admin, packages["alt"]["id"], FIRST, "CSV")
    _upload(admin, packages["termine"]["id"], EVENTS.read_bytes(), "CSV")
    admin.action.resource_create(package_id=packages["veranstaltungen"]["id"], name="Flyer",
                                 format="PDF", url="https://example.org/flyer.pdf")
    resource = _upload(admin, packages["veranstaltungen"]["id"], FIRST, "CSV")
    return admin, org, names, resource


def test_dataset_by_name_incremental_by_metadata_modified_and_hash(member_portal, portal, tmp_path):
    admin, _org, names, resource = portal
    options = {"dataset": names["veranstaltungen"], "formats": ["XLSX", "CSV"], "format": "csv"}
    first = remote.fetch(member_portal.url, "ckan", options, tmp_path)
    assert read_delivery(first.path, "ckan", options).rows[1] == {"Titel": "Kerwe",
                                                                  "Ort": "Altenglan"}
    assert first.path.suffix == ".csv"
    assert first.state["dataset"] == names["veranstaltungen"]
    assert first.state["resource_id"] == resource["id"]
    fetched = sorted(tmp_path.iterdir())
    untouched = remote.fetch(member_portal.url, "ckan", options, tmp_path, first.state)
    assert untouched.unchanged and untouched.path is None
    assert {**untouched.state, "checked_at": None} == {**first.state, "checked_at": None}
    admin.action.package_patch(id=names["veranstaltungen"], notes="Nur die Beschreibung.")
    described = remote.fetch(member_portal.url, "ckan", options, tmp_path, first.state)
    assert described.unchanged  # metadata changed, bytes did not
    assert described.state["metadata_modified"] != first.state["metadata_modified"]
    assert sorted(tmp_path.iterdir()) == fetched  # nothing written by either rerun
    _upload(admin, None, SECOND, "CSV", resource_id=resource["id"])
    changed = remote.fetch(member_portal.url, "ckan", options, tmp_path, described.state)
    assert not changed.unchanged
    assert len(read_delivery(changed.path, "ckan", options).rows) == 3


def test_ingestion_from_the_portal_rerun_unchanged_writes_nothing(member_portal, portal, cluster,
                                                                  tmp_path):
    """Kusel's events as the platform ingests them from the member's portal: a rerun with
    nothing changed upstream – nor with only the description changed – writes nothing."""
    admin, _org, names, _resource = portal
    settings = Settings(data_dir=tmp_path / "data")
    source = dataclasses.replace(
        cluster.member("kusel").sources["events"], connector="ckan", location=member_portal.url,
        options={"dataset": names["termine"], "formats": ["XLSX", "CSV"], "format": "csv"})
    first = ingest_source(settings, cluster, source)
    assert first.status == "ok" and first.valid > 0, first.message
    before = data_files(settings.data_dir, "runs")
    again = ingest_source(settings, cluster, source)
    assert (again.status, again.message) == ("unverändert",
                                             "Quelle seit dem letzten Abruf unverändert")
    admin.action.package_patch(id=names["termine"], notes="Neue Beschreibung, dieselbe Datei.")
    described = ingest_source(settings, cluster, source)
    assert described.status == "unverändert"
    assert data_files(settings.data_dir, "runs") == before


def test_organisation_and_tags_pick_the_newest_dataset(member_portal, portal, tmp_path):
    admin, org, names, _resource = portal
    options = {"organization": org["name"], "tags": ["veranstaltungen"], "format": "csv"}
    admin.action.package_patch(id=names["veranstaltungen"], title="Veranstaltungen 2027")
    fetched = remote.fetch(member_portal.url, "ckan", options, tmp_path)
    assert fetched.state["dataset"] == names["veranstaltungen"]
    admin.action.package_patch(id=names["alt"], title="Alt, zuletzt geändert")
    assert remote.fetch(member_portal.url, "ckan", options, tmp_path).state["dataset"] == names["alt"]
    with pytest.raises(DeliveryError, match="keine Ressource im Format XLSX"):
        remote.fetch(member_portal.url, "ckan", {"dataset": names["alt"], "format": "xlsx"},
                     tmp_path)
    with pytest.raises(DeliveryError, match="nicht gefunden"):
        remote.fetch(member_portal.url, "ckan", {"dataset": "gibt-es-nicht", "format": "csv"},
                     tmp_path)


def test_resource_on_the_platforms_ckan_is_refused_and_never_requested(ckan, member_portal,
                                                                       portal, tmp_path):
    """The member's portal names a file on another port of 127.0.0.1 – the platform's own
    CKAN. It is refused with a German reason; the platform's CKAN never sees the request
    (its log lists every request, as the probe shows)."""
    admin, _org, names, _resource = portal
    marker = uuid.uuid4().hex
    url = f"{ckan.url}/dataset/{marker}/resource/nie/download/veranstaltungen.csv"
    admin.action.resource_create(package_id=names["plattform"], name="Auf der Plattform",
                                 format="CSV", url=url)
    with pytest.raises(DeliveryError, match="außerhalb der erlaubten Server") as refused:
        remote.fetch(member_portal.url, "ckan", {"dataset": names["plattform"], "format": "csv"},
                     tmp_path)
    assert str(refused.value) == (
        f"{member_portal.url}: Die Adresse „{url}“ liegt außerhalb der erlaubten Server dieser "
        f"Quelle und wird nicht abgerufen – bei Bedarf unter options.allowed_hosts eintragen")
    probe = uuid.uuid4().hex
    assert requests.get(f"{ckan.url}/dataset/{probe}", timeout=30).status_code == 404
    log = (ckan.home / "ckan.log").read_text(errors="replace")
    assert f"/dataset/{probe}" in log and marker not in log
    assert list(tmp_path.iterdir()) == []


def test_resource_on_another_server_only_with_allowed_hosts(member_portal, portal, tmp_path):
    admin, _org, names, _resource = portal
    with upstream_server() as other:
        url = other.add("/veranstaltungen.csv", FIRST)
        admin.action.resource_create(package_id=names["fremd"], name="Extern", format="CSV",
                                     url=url)
        options = {"dataset": names["fremd"], "format": "csv"}
        with pytest.raises(DeliveryError, match="außerhalb der erlaubten Server") as refused:
            remote.fetch(member_portal.url, "ckan", options, tmp_path)
        assert url in str(refused.value) and other.requests == []
        allowed = {**options, "allowed_hosts": [other.url]}
        assert len(read_delivery(remote.fetch(member_portal.url, "ckan", allowed, tmp_path).path,
                                 "ckan", allowed).rows) == 2


def test_dcat_catalogue_of_the_portal(member_portal, portal, tmp_path):
    _admin, _org, _names, resource = portal
    # CKAN's catalogue names a dataset by its id (dct:identifier and IRI), not by its name.
    options = {"dataset": resource["package_id"], "formats": ["CSV"], "format": "csv"}
    catalogue = f"{member_portal.url}/catalog.ttl"
    fetched = remote.fetch(catalogue, "dcat", options, tmp_path)
    assert len(read_delivery(fetched.path, "dcat", options).rows) in (2, 3)
    again = remote.fetch(catalogue, "dcat", options, tmp_path, fetched.state)
    assert again.unchanged
    future = {**options, "modified_since": "2999-01-01T00:00:00"}
    with pytest.raises(DeliveryError, match=r"Kein Datensatz .* \(geändert seit 2999"):
        remote.fetch(catalogue, "dcat", future, tmp_path)


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


def test_the_two_instances_keep_their_sessions_apart(ckan, member_portal):
    """Cookies belong to the host, not the port: each local CKAN names its session cookie
    after its own site id, so a browser can be signed in to both at once."""
    # Read from the header: CKAN's empty "Domain=" makes requests' cookie jar drop them.
    cookies = [requests.get(f"{instance.url}/user/login", timeout=30).headers["Set-Cookie"]
               .partition("=")[0] for instance in (ckan, member_portal)]
    assert cookies == [f"ckan_{ckan.database}", f"ckan_{member_portal.database}"]
