"""The local CKAN (`swdp ckan …`) and its Solr-free search plugin, through CKAN's real HTTP API."""
import hashlib
import json
import os
import subprocess
import urllib.request
import uuid

import ckanapi
import pytest
import rdflib

from catalog.ckan_server import venv_dir
from support.cli import SWDP

DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
CSV_BYTES = "Name;Ort\nSommerfest;Kusel\n".encode("utf-8-sig")
GEOJSON_BYTES = b'{"type": "FeatureCollection", "features": []}'


@pytest.fixture(scope="module")
def admin(ckan):
    return ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)


@pytest.fixture(scope="module")
def anonymous(ckan):
    return ckanapi.RemoteCKAN(ckan.url)


@pytest.fixture(scope="module")
def catalogue(admin, tmp_path_factory):
    """Two organisations, two groups and datasets with uploaded resources; unique names so the
    session's other tests (publishing) see their own catalogue; purged afterwards."""
    prefix = f"t{uuid.uuid4().hex[:6]}"
    folder = tmp_path_factory.mktemp("uploads")
    (folder / "daten.csv").write_bytes(CSV_BYTES)
    (folder / "daten.geojson").write_bytes(GEOJSON_BYTES)
    names = {key: f"{prefix}-{key}" for key in (
        "kusel", "mayen", "freizeit", "bauen", "veranstaltungen", "leerstand", "bauleitplanung",
        "intern", "alt")}
    for org, title in (("kusel", "Landkreis Kusel"), ("mayen", "Landkreis Mayen-Koblenz")):
        admin.action.organization_create(name=names[org], title=title)
    for group, title in (("freizeit", "Freizeit und Kultur"), ("bauen", "Bauen und Wohnen")):
        admin.action.group_create(name=names[group], title=title)
    datasets = {
        "veranstaltungen": dict(title="Veranstaltungen im Landkreis Kusel", org="kusel",
                                notes="Feste, Märkte und Konzerte im ganzen Kreis.",
                                tags=["Kultur", "Freizeit"], groups=["freizeit"],
                                license_id="cc-by", files=[("daten.csv", "CSV"), ("daten.geojson", "GeoJSON")]),
        "leerstand": dict(title="Leerstände in Mayen-Koblenz", org="mayen",
                          notes="Freie Gewerbeflächen, etwa an der Bahnhofstraße, auch nahe Kusel.",
                          tags=["Wirtschaft"], groups=[], license_id="odc-odbl",
                          files=[("daten.csv", "CSV")]),
        "bauleitplanung": dict(title="Bebauungspläne Kusel", org="kusel",
                               notes="Rechtskräftige Pläne der Ortsgemeinden.", tags=["Bauen"],
                               groups=["bauen"], license_id="cc-zero",
                               files=[("daten.geojson", "GeoJSON")]),
        "intern": dict(title="Interne Veranstaltungen", org="mayen", private=True,
                       notes="Nur für die Verwaltung.", tags=["Kultur"], groups=[],
                       license_id="cc-by", files=[]),
        "alt": dict(title="Veraltete Veranstaltungen", org="kusel", notes="Wird gelöscht.",
                    tags=["Kultur"], groups=[], license_id="cc-by", files=[]),
    }
    for key, spec in datasets.items():
        created = admin.action.package_create(
            name=names[key], title=spec["title"], notes=spec["notes"], owner_org=names[spec["org"]],
            private=spec.get("private", False), license_id=spec["license_id"],
            tags=[{"name": tag} for tag in spec["tags"]],
            groups=[{"name": names[group]} for group in spec["groups"]])
        for filename, file_format in spec["files"]:
            with open(folder / filename, "rb") as upload:
                admin.action.resource_create(package_id=created["id"], name=filename,
                                             format=file_format, upload=upload)
    admin.action.package_delete(id=names["alt"])
    yield names
    for key in datasets:
        admin.action.dataset_purge(id=names[key])
    for key in ("kusel", "mayen"):
        admin.action.organization_purge(id=names[key])
    for key in ("freizeit", "bauen"):
        admin.action.group_purge(id=names[key])


def _own(names, *keys):
    """An fq that keeps the search within this module's organisations."""
    return f"organization:({' OR '.join(names[k] for k in keys or ('kusel', 'mayen'))})"


def _found(ckan_api, names, **search):
    search["fq"] = " ".join(filter(None, [_own(names), search.get("fq")]))
    result = ckan_api.action.package_search(rows=100, **search)
    return {name for name in (d["name"] for d in result["results"])}, result


def test_free_text_finds_german_word_forms_and_compound_parts(anonymous, catalogue):
    names = catalogue
    assert _found(anonymous, names, q="Veranstaltung")[0] == {names["veranstaltungen"]}
    assert _found(anonymous, names, q="Veranstaltungen")[0] == {names["veranstaltungen"]}
    assert _found(anonymous, names, q="Märkte")[0] == {names["veranstaltungen"]}
    assert _found(anonymous, names, q="Leerstände")[0] == {names["leerstand"]}
    assert _found(anonymous, names, q="straße")[0] == {names["leerstand"]}  # in "Bahnhofstraße"
    assert _found(anonymous, names, q="Kultur")[0] == {names["veranstaltungen"]}  # a tag
    assert _found(anonymous, names, q="Kusel Pläne")[0] == {names["bauleitplanung"]}
    assert _found(anonymous, names, q="Zeppelin")[0] == set()
    assert _found(anonymous, names, q="")[0] == {
        names["veranstaltungen"], names["leerstand"], names["bauleitplanung"]}


def test_words_typed_without_umlauts_and_ß_find_them(anonymous, catalogue):
    """On a keyboard without umlauts people write ä, ö, ü as ae, oe, ue and ß as ss; the
    German stemmer folds ß but takes "Maerkte" for another word than "Märkte", and parts of
    compounds are found by their letters: "strasse" missed "Bahnhofstraße"."""
    names = catalogue
    assert _found(anonymous, names, q="Maerkte")[0] == {names["veranstaltungen"]}
    assert _found(anonymous, names, q="Leerstaende")[0] == {names["leerstand"]}
    assert _found(anonymous, names, q="Gewerbeflaechen")[0] == {names["leerstand"]}
    assert _found(anonymous, names, q="Rechtskraeftige Plaene")[0] == {names["bauleitplanung"]}
    assert _found(anonymous, names, q="strasse")[0] == {names["leerstand"]}
    assert _found(anonymous, names, q="Bahnhofstrasse")[0] == {names["leerstand"]}
    assert _found(anonymous, names, q="Bahnhofstraße")[0] == {names["leerstand"]}
    assert _found(anonymous, names, q="Mayen Koblenz Leerstaende")[0] == {names["leerstand"]}


def test_fielded_text_phrases_and_autocomplete(anonymous, catalogue):
    names = catalogue
    assert _found(anonymous, names, q="title:Bebauungsplan OR title:Mayen")[0] == {
        names["bauleitplanung"], names["leerstand"]}
    assert _found(anonymous, names, q="notes:Konzerte")[0] == {names["veranstaltungen"]}
    assert _found(anonymous, names, q='"Märkte und Konzerte"')[0] == {names["veranstaltungen"]}
    assert _found(anonymous, names, q='"Konzerte und Märkte"')[0] == set()
    suggestions = anonymous.action.package_autocomplete(q=names["bauleitplanung"][:-4])
    assert names["bauleitplanung"] in {s["name"] for s in suggestions}


def test_title_hits_rank_before_description_hits(anonymous, catalogue):
    names = catalogue
    found, result = _found(anonymous, names, q="Kusel")
    assert found == {names["veranstaltungen"], names["bauleitplanung"], names["leerstand"]}
    assert result["sort"] == "score desc, metadata_modified desc"
    assert result["results"][-1]["name"] == names["leerstand"]


@pytest.mark.parametrize("field, value, expected", [
    ("organization", "kusel", {"veranstaltungen", "bauleitplanung"}),
    ("tags", "Kultur", {"veranstaltungen"}),
    ("groups", "bauen", {"bauleitplanung"}),
    ("license_id", "odc-odbl", {"leerstand"}),
    ("res_format", "GeoJSON", {"veranstaltungen", "bauleitplanung"}),
    ("res_format", "CSV", {"veranstaltungen", "leerstand"}),
])
def test_filters(anonymous, catalogue, field, value, expected):
    names = catalogue
    value = names.get(value, value)
    assert _found(anonymous, names, fq=f'{field}:"{value}"')[0] == {names[k] for k in expected}


def test_filters_combine_negate_and_alternate(anonymous, catalogue):
    names = catalogue
    assert _found(anonymous, names, fq="res_format:CSV -tags:Kultur")[0] == {names["leerstand"]}
    assert _found(anonymous, names, fq="license_id:(cc-zero OR odc-odbl)")[0] == {
        names["leerstand"], names["bauleitplanung"]}
    assert _found(anonymous, names, q="tags:Bauen")[0] == {names["bauleitplanung"]}


def test_private_datasets_only_with_include_private_and_rights(admin, anonymous, catalogue):
    names = catalogue
    assert names["intern"] not in _found(admin, names, q="Veranstaltungen")[0]
    assert names["intern"] in _found(admin, names, q="Veranstaltungen", include_private=True)[0]
    assert names["intern"] not in _found(anonymous, names, q="Veranstaltungen",
                                         include_private=True)[0]


def test_deleted_dataset_is_not_found(admin, anonymous, catalogue):
    names = catalogue
    assert names["alt"] not in _found(admin, names, q="Veraltete", include_private=True)[0]
    with pytest.raises(ckanapi.NotAuthorized):
        anonymous.action.package_show(id=names["alt"])
    assert admin.action.package_show(id=names["alt"])["state"] == "deleted"


@pytest.mark.parametrize("sort, key", [
    ("title_string asc", lambda d: d["title"]),
    ("name desc", lambda d: d["name"]),
    ("metadata_modified desc", lambda d: d["metadata_modified"]),
])
def test_sorting(anonymous, catalogue, sort, key):
    _, result = _found(anonymous, catalogue, sort=sort)
    datasets = result["results"]
    assert len(datasets) == 3
    assert datasets == sorted(datasets, key=key, reverse=sort.endswith("desc"))


def test_paging_covers_every_dataset_once(anonymous, catalogue):
    names = catalogue
    pages = [anonymous.action.package_search(fq=_own(names), sort="name asc", rows=2, start=start)
             for start in (0, 2, 4)]
    assert [p["count"] for p in pages] == [3, 3, 3]
    assert [len(p["results"]) for p in pages] == [2, 1, 0]
    assert [d["name"] for p in pages for d in p["results"]] == sorted(
        names[k] for k in ("veranstaltungen", "leerstand", "bauleitplanung"))


def test_facet_counts(anonymous, catalogue):
    names = catalogue
    _, result = _found(anonymous, names, **{
        "facet.field": json.dumps(["organization", "groups", "tags", "res_format", "license_id"])})
    facets = result["facets"]
    assert facets["organization"] == {names["kusel"]: 2, names["mayen"]: 1}
    assert facets["groups"] == {names["freizeit"]: 1, names["bauen"]: 1}
    assert facets["tags"] == {"Kultur": 1, "Freizeit": 1, "Wirtschaft": 1, "Bauen": 1}
    assert facets["res_format"] == {"CSV": 2, "GeoJSON": 2}
    assert facets["license_id"] == {"cc-by": 1, "odc-odbl": 1, "cc-zero": 1}
    titles = {i["name"]: i["display_name"] for i in result["search_facets"]["organization"]["items"]}
    assert titles[names["kusel"]] == "Landkreis Kusel"


def test_organisation_and_group_counts(admin, anonymous, catalogue):
    names = catalogue
    public = {o["name"]: o["package_count"]
              for o in anonymous.action.organization_list(all_fields=True, limit=1000)}
    assert public[names["kusel"]] == 2 and public[names["mayen"]] == 1
    # The sysadmin also sees the private dataset.
    everything = {o["name"]: o["package_count"]
                  for o in admin.action.organization_list(all_fields=True, limit=1000)}
    assert everything[names["mayen"]] == 2
    groups = {g["name"]: g["package_count"] for g in anonymous.action.group_list(all_fields=True)}
    assert groups[names["freizeit"]] == 1 and groups[names["bauen"]] == 1


def test_updates_reach_the_index_and_package_show(admin, anonymous, catalogue):
    names = catalogue
    admin.action.package_patch(id=names["leerstand"], title="Gewerbeleerstand Mayen-Koblenz")
    assert _found(anonymous, names, q="Gewerbeleerstand")[0] == {names["leerstand"]}
    assert anonymous.action.package_show(id=names["leerstand"])["title"] == \
        "Gewerbeleerstand Mayen-Koblenz"


def test_uploaded_resource_downloads_unchanged(anonymous, catalogue):
    dataset = anonymous.action.package_show(id=catalogue["veranstaltungen"])
    csv = next(r for r in dataset["resources"] if r["format"] == "CSV")
    with urllib.request.urlopen(csv["url"], timeout=30) as answer:
        assert hashlib.sha256(answer.read()).hexdigest() == hashlib.sha256(CSV_BYTES).hexdigest()


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=60) as answer:
        return answer.status, answer.read().decode("utf-8")


def test_pages_answer(ckan, catalogue):
    names = catalogue
    status, page = _get(f"{ckan.url}/dataset/?q=Veranstaltungen")
    assert status == 200 and "Veranstaltungen im Landkreis Kusel" in page
    status, page = _get(f"{ckan.url}/dataset/{names['bauleitplanung']}")
    assert status == 200 and "Bebauungspläne Kusel" in page
    status, page = _get(f"{ckan.url}/organization/{names['kusel']}")
    assert status == 200 and "Bebauungspläne Kusel" in page and "Veranstaltungen im" in page
    status, page = _get(f"{ckan.url}/group/{names['freizeit']}")
    assert status == 200 and "Veranstaltungen im Landkreis Kusel" in page


def test_dcat_catalogue_lists_the_datasets(ckan, catalogue):
    status, turtle = _get(f"{ckan.url}/catalog.ttl")
    assert status == 200
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    titles = {str(graph.value(d, DCT.title)) for d in graph.subjects(rdflib.RDF.type, DCAT.Dataset)}
    assert {"Veranstaltungen im Landkreis Kusel", "Bebauungspläne Kusel"} <= titles
    assert "Interne Veranstaltungen" not in titles and "Veraltete Veranstaltungen" not in titles
    status, turtle = _get(f"{ckan.url}/dataset/{catalogue['bauleitplanung']}.ttl")
    assert status == 200 and "Bebauungspläne Kusel" in turtle


def test_index_is_rebuilt_from_the_database_with_ckans_own_command(ckan, anonymous, catalogue):
    """What a switch from Solr (or a damaged index) needs: CKAN's search-index commands."""
    names = catalogue

    def search_index(*args):
        subprocess.run([str(venv_dir() / "bin" / "ckan"), "-c", str(ckan.home / "ckan.ini"),
                        "search-index", *args], capture_output=True, check=True, timeout=300)

    search_index("clear")
    assert _found(anonymous, names)[0] == set()
    search_index("rebuild")
    assert _found(anonymous, names, q="Veranstaltungen")[0] == {names["veranstaltungen"]}
    assert _found(anonymous, names)[1]["count"] == 3


def test_status_and_second_up_reuse_the_running_instance(ckan):
    status = json.loads(subprocess.run([SWDP, "ckan", "status", "--json", "--home", str(ckan.home)],
                                       capture_output=True, text=True, check=True).stdout)
    assert status["running"] and status["url"] == ckan.url and status["database"] == ckan.database
    again = subprocess.run([SWDP, "ckan", "up", "--home", str(ckan.home)],
                           capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(again.stdout)["status"] == "läuft bereits"
    assert ckan.token not in again.stdout + again.stderr
    assert oct(os.stat(ckan.home / "api-token").st_mode & 0o777) == "0o600"
    assert oct(os.stat(ckan.home / "ckan.ini").st_mode & 0o777) == "0o600"  # SECRET_KEY


def test_up_fails_clearly_without_redis(tmp_path):
    env = {**os.environ, "SWDP_CKAN_REDIS": "redis://127.0.0.1:1/0"}
    result = subprocess.run([SWDP, "ckan", "up", "--home", str(tmp_path / "ckan")], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Redis ist unter 127.0.0.1:1 nicht erreichbar" in result.stderr
    assert "Traceback" not in result.stderr
