"""The clerks' uploads in CKAN (`<member>-lieferungen`) are raw deliveries as received, with the
owners' contacts: `swdp privacy expire` deletes those older than the archive's Löschfrist
(`raw_retention_days`), `swdp privacy erase` those that hold the erased record – from the real
CKAN of the session, file and all (CKAN's own resource_delete leaves the file in its storage).
Each test removes what it uploaded; other tests' uploads are younger than any Löschfrist."""
import json
import shutil
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import ckanapi
import requests

from catalog.client import Catalog
from catalog.uploads import ensure_delivery_datasets
from support.cli import SAMPLES, swdp_in_process
from support.uploads import member_editor
from test_privacy import _config

OWNER = "WND-LS-0002"  # Sankt Wendel's vacancy whose owner asks to be erased


def _stored(ckan, resource_id: str) -> bytes:
    """The file CKAN keeps for a resource's upload (its storage names it by the id)."""
    return (ckan.home / "storage" / "resources" / resource_id[:3] / resource_id[3:6]
            / resource_id[6:]).read_bytes()


def _uploads(ckan, cluster, member: str, files: dict) -> tuple:
    """The member's clerk uploads `files` (resource name → path) into its upload dataset."""
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    clerk = member_editor(admin, cluster, member)
    ensure_delivery_datasets(Catalog(ckan.url, ckan.token), cluster)
    uploaded = []
    for name, path in files:
        with open(path, "rb") as content:
            uploaded.append(clerk.action.resource_create(package_id=f"{member}-lieferungen",
                                                         name=name, upload=content))
    return admin, uploaded


def _remove(admin, uploaded) -> None:
    for resource in uploaded:
        try:
            admin.action.resource_delete(id=resource["id"])
        except ckanapi.NotFound:
            pass


def _swdp(ckan, data_dir, *args) -> str:
    ran = swdp_in_process(*args, data_dir=data_dir,
                          env={"CKAN_URL": ckan.url, "CKAN_API_TOKEN": ckan.token})
    assert ran.returncode == 0, ran.stderr[-3000:]
    return ran.stdout


def _left(admin, member: str) -> list[str]:
    return [r["id"] for r in admin.action.package_show(id=f"{member}-lieferungen")["resources"]]


def test_uploads_older_than_the_archives_loeschfrist_leave_ckan(ckan, cluster, tmp_path, monkeypatch):
    _, data_dir = _config(tmp_path, monkeypatch, "privacy:\n  raw_retention_days: 730")
    delivery = SAMPLES / "bitburg-pruem" / "leerstand.geojson"
    admin, uploaded = _uploads(ckan, cluster, "bitburg-pruem",
                               [("vacancies", delivery), ("vacancies", delivery)])
    try:
        old, fresh = uploaded
        uploaded_at = datetime.now(timezone.utc) - timedelta(days=731)
        # as CKAN keeps it for a file uploaded two years ago (UTC without a zone)
        admin.action.resource_patch(id=old["id"], last_modified=uploaded_at.replace(
            tzinfo=None).isoformat())
        assert delivery.read_bytes() == _stored(ckan, old["id"])

        expired = json.loads(_swdp(ckan, data_dir, "privacy", "expire", "--json"))
        berlin_day = uploaded_at.astimezone(ZoneInfo("Europe/Berlin")).strftime("%d.%m.%Y")
        assert expired["uploads"] == [f"bitburg-pruem-lieferungen: vacancies (leerstand.geojson, "
                                      f"hochgeladen {berlin_day})"]
        assert _left(admin, "bitburg-pruem") == [fresh["id"]]
        # gone from CKAN's storage too, and no longer served even to its sysadmin
        assert delivery.read_bytes() not in _stored(ckan, old["id"])
        served = requests.get(old["url"], headers={"Authorization": ckan.token}, timeout=60)
        assert served.status_code == 404 or delivery.read_bytes() not in served.content
        # the daily schedule's words name CKAN too; a second run finds nothing more
        told = " ".join(_swdp(ckan, data_dir, "privacy", "expire").split())
        assert "In CKAN 0 hochgeladene Lieferungen gelöscht." in told
        assert _left(admin, "bitburg-pruem") == [fresh["id"]]
    finally:
        _remove(admin, uploaded)


def test_erasure_deletes_the_uploads_holding_the_record(ckan, cluster, tmp_path, monkeypatch):
    _, data_dir = _config(tmp_path, monkeypatch)
    holding = SAMPLES / "sankt-wendel" / "leerstand.csv"
    without = tmp_path / "leerstand-neu.csv"
    without.write_bytes(b"".join(line for line in holding.read_bytes().splitlines(keepends=True)
                                 if not line.startswith(OWNER.encode())))
    admin, uploaded = _uploads(ckan, cluster, "sankt-wendel",
                               [("vacancies", holding), ("vacancies", without)])
    try:
        told = " ".join(_swdp(ckan, data_dir, "privacy", "erase", "-m", "sankt-wendel", "-d",
                              "vacancies", "--id", OWNER).split())
        today = datetime.now(ZoneInfo("Europe/Berlin")).strftime("%d.%m.%Y")
        assert (f"gelöscht in CKAN: sankt-wendel-lieferungen: vacancies (leerstand.csv, "
                f"hochgeladen {today})") in told
        assert _left(admin, "sankt-wendel") == [uploaded[1]["id"]]
        assert OWNER.encode() not in _stored(ckan, uploaded[0]["id"])
        # asked again: the upload without the record stays
        again = json.loads(_swdp(ckan, data_dir, "privacy", "erase", "-m", "sankt-wendel",
                                 "-d", "vacancies", "--id", OWNER, "--json"))
        assert (again["uploads"], again["catalog_problem"]) == ([], "")
        assert _left(admin, "sankt-wendel") == [uploaded[1]["id"]]
    finally:
        _remove(admin, uploaded)
