"""Files in the portal have names of their own: in data/export the folder tells the datasets
apart (events/kusel.csv, vacancies/kusel.csv), in CKAN both downloaded as „kusel.csv“ and a
citizen taking both got „kusel (1).csv“. And the CSVW metadata in CKAN leads to its CSV: it
said "url": "kusel.csv", which a CSVW tool resolves against the metadata's own address in
CKAN – and CKAN serves the metadata there again. Against the session's real CKAN with the
demo published."""
import csv
import hashlib
import io
import json
import shutil
import urllib.request
from collections import Counter
from urllib.parse import urljoin

import ckanapi

from catalog.desired import sha256

from support.cli import publish_cli


def _download(url: str) -> tuple[str, bytes]:
    """The name a browser saves the download as, and its content."""
    with urllib.request.urlopen(url, timeout=60) as answer:
        return answer.headers.get_filename(), answer.read()


def _resources(ckan, name: str) -> dict[str, dict]:
    package = ckanapi.RemoteCKAN(ckan.url).action.package_show(id=name)
    return {r["swdp_file"]: r for r in package["resources"]}


def _platform_resources(ckan) -> list[dict]:
    """Every file the platform published (the members' uploads are private)."""
    with urllib.request.urlopen(f"{ckan.url}/api/3/action/package_search?rows=1000",
                                timeout=60) as answer:
        packages = json.load(answer)["result"]["results"]
    return [r for p in packages for r in p["resources"] if r.get("swdp_file")]


def test_every_file_in_the_portal_downloads_by_a_name_of_its_own(ckan, demo_data,
                                                                first_publish):
    events, vacancies = _resources(ckan, "kusel-events"), _resources(ckan, "kusel-vacancies")
    assert _download(events["kusel.csv"]["url"])[0] == "kusel-veranstaltungen.csv"
    assert _download(vacancies["kusel.csv"]["url"])[0] == "kusel-leerstand.csv"
    assert _download(vacancies["kusel-LIESMICH.txt"]["url"])[0] == \
        "kusel-leerstand-LIESMICH.txt"
    building_plans = _resources(ckan, "suedwest-cluster-building-plans")
    assert _download(building_plans["suedwest-cluster.gpkg"]["url"])[0] == \
        "suedwest-cluster-bauliche-entwicklungen.gpkg"
    # the set's read-me, downloaded beside them, lists its files by the names they download as
    readme = _download(vacancies["kusel-LIESMICH.txt"]["url"])[1].decode("utf-8")
    listed = {line.split()[0] for line in readme.split("Dateien dieses Datensatzes:")[1].splitlines()
              if line.startswith("  ")}
    offered = {_download(r["url"])[0] for r in vacancies.values()} - {"kusel-leerstand-LIESMICH.txt"}
    assert listed == offered, (listed, offered)
    names = [_download(r["url"])[0] for r in _platform_resources(ckan)]
    assert len(names) >= 28 * 7
    assert [name for name, count in Counter(names).items() if count > 1] == []
    # data/export keeps its names: other tools read them there
    assert (demo_data / "export" / "events" / "kusel.csv").exists()
    assert (demo_data / "export" / "vacancies" / "kusel-LIESMICH.txt").exists()


def test_the_csvw_metadata_in_the_portal_leads_to_its_csv(ckan, demo_data, first_publish):
    for name, scope, dataset, portal_name in (
            ("kusel-events", "kusel", "events", "kusel-veranstaltungen.csv"),
            ("suedwest-cluster-vacancies", "suedwest-cluster", "vacancies",
             "suedwest-cluster-leerstand.csv")):
        resources = _resources(ckan, name)
        [csvw] = [r for r in resources.values() if r["format"] == "CSVW"]
        saved_as, content = _download(csvw["url"])
        assert hashlib.sha256(content).hexdigest() == csvw["hash"]
        metadata = json.loads(content)
        # as a CSVW processor does: the url resolved against where the metadata came from
        csv_name, table = _download(urljoin(csvw["url"], metadata["url"]))
        assert (saved_as, csv_name) == (f"{portal_name}-metadata.json", portal_name)
        local = demo_data / "export" / dataset / f"{scope}.csv"
        assert hashlib.sha256(table).hexdigest() == resources[f"{scope}.csv"]["hash"] == \
            sha256(local)
        header = next(csv.reader(io.StringIO(table.decode("utf-8-sig")), delimiter=";"))
        assert header == [column["titles"] for column in metadata["tableSchema"]["columns"]]
        # the file in data/export still lies beside its CSV and names it so
        exported = json.loads((local.parent / f"{scope}.csv-metadata.json").read_text("utf-8"))
        assert exported == {**metadata, "url": f"{scope}.csv"}


def test_a_file_uploaded_by_its_export_name_gets_its_portal_name_once(ckan, demo_data,
                                                                     first_publish, tmp_path):
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    before = _resources(ckan, "kusel-vacancies")
    # As the platform uploaded it before: by the name it has in data/export.
    with open(shutil.copy(demo_data / "export" / "vacancies" / "kusel.csv", tmp_path),
              "rb") as content:
        admin.action.resource_patch(id=before["kusel.csv"]["id"], upload=content)
    assert _download(_resources(ckan, "kusel-vacancies")["kusel.csv"]["url"])[0] == "kusel.csv"

    report = json.loads(publish_cli(ckan, demo_data, "-m", "kusel", "--json").stdout)
    assert report["datasets"]["updated"] == ["kusel-vacancies"]
    after = _resources(ckan, "kusel-vacancies")
    assert _download(after["kusel.csv"]["url"])[0] == "kusel-leerstand.csv"
    metadata = json.loads(_download(after["kusel.csv-metadata.json"]["url"])[1])
    assert metadata["url"] == after["kusel.csv"]["url"]
    assert {key: r["hash"] for key, r in after.items()} == \
        {key: r["hash"] for key, r in before.items()}

    again = json.loads(publish_cli(ckan, demo_data, "-m", "kusel", "--json").stdout)
    assert (again["updated"], again["created"]) == (0, 0)
    assert "kusel-vacancies" in again["datasets"]["unchanged"]
