"""Files in CKAN keep the names they were given: CKAN lowercased uploaded names, so the
platform's „kusel-LIESMICH.txt“ was downloaded as „kusel-liesmich.txt“ and a clerk's
„Veranstaltungen-Kusel.csv“ reached the platform as „veranstaltungen-kusel.csv“. Against
the session's real CKAN with the demo published."""
import html
import json
import re
import shutil
import urllib.request

import ckanapi

from catalog.client import Catalog
from catalog.uploads import ensure_delivery_datasets, pending_uploads

from support.cli import SAMPLES, publish_cli
from support.uploads import member_editor


def _downloaded_name(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as answer:
        return answer.headers.get_filename()


def _shown_name(ckan, resource: dict) -> str:
    with urllib.request.urlopen(f"{ckan.url}/dataset/kusel-events/resource/{resource['id']}",
                                timeout=60) as answer:
        page = answer.read().decode()
    return html.unescape(re.search(r'<th scope="row">Dateiname</th><td>([^<]+)</td>',
                                   page).group(1))


def test_the_platform_s_files_are_shown_and_downloaded_by_the_names_it_gave(ckan,
                                                                          first_publish):
    package = ckanapi.RemoteCKAN(ckan.url).action.package_show(id="kusel-events")
    names = {r["swdp_file"]: (r["url"].rsplit("/", 1)[-1], _downloaded_name(r["url"]),
                              _shown_name(ckan, r)) for r in package["resources"]}
    assert names["kusel-LIESMICH.txt"] == ("kusel-veranstaltungen-LIESMICH.txt",) * 3
    assert all(len(set(found)) == 1 for found in names.values()), names


def test_a_file_ckan_lowercased_before_gets_its_name_with_the_next_publication(
        ckan, demo_data, first_publish, tmp_path):
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    [readme] = [r for r in admin.action.package_show(id="kusel-events")["resources"]
                if r["swdp_file"] == "kusel-LIESMICH.txt"]
    # As CKAN left it before: the same file under the name lowercased.
    lowered = shutil.copy(demo_data / "export" / "events" / "kusel-LIESMICH.txt",
                          tmp_path / "kusel-liesmich.txt")
    with open(lowered, "rb") as content:
        admin.action.resource_patch(id=readme["id"], upload=content)
    assert _downloaded_name(admin.action.resource_show(id=readme["id"])["url"]) == \
        "kusel-liesmich.txt"

    report = publish_cli(ckan, demo_data, "-m", "kusel", "-d", "events", "--json")
    assert json.loads(report.stdout)["datasets"]["updated"] == ["kusel-events"]
    after = admin.action.resource_show(id=readme["id"])
    assert _downloaded_name(after["url"]) == "kusel-veranstaltungen-LIESMICH.txt"
    assert after["hash"] == readme["hash"]
    again = publish_cli(ckan, demo_data, "-m", "kusel", "-d", "events", "--json")
    assert json.loads(again.stdout)["datasets"]["unchanged"] == ["kusel-events"]


def test_a_clerk_s_upload_reaches_the_platform_by_its_name(ckan, cluster, tmp_path):
    catalog = Catalog(ckan.url, ckan.token)
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    clerk = member_editor(admin, cluster, "linz-am-rhein")
    ensure_delivery_datasets(catalog, cluster)
    delivered = shutil.copy(SAMPLES / "kusel" / "leerstand.csv", tmp_path / "Leerstand-Linz.csv")
    odd = shutil.copy(delivered, tmp_path / "Leerstand Linz (März).csv")
    with open(delivered, "rb") as content, open(odd, "rb") as other:
        uploaded = [clerk.action.resource_create(package_id="linz-am-rhein-lieferungen",
                                                 name=name, upload=file)
                    for name, file in (("vacancies", content), ("offers", other))]
    try:
        [upload] = [u for u in pending_uploads(catalog, cluster)
                    if (u.member, u.dataset) == ("linz-am-rhein", "vacancies")]
        assert upload.file_name == "Leerstand-Linz.csv"
        # A name CKAN must tidy beyond the case is tidied as before: no unsafe characters.
        assert uploaded[1]["url"].rsplit("/", 1)[-1] == "leerstand-linz-marz.csv"
    finally:
        for resource in uploaded:
            admin.action.resource_delete(id=resource["id"])
