"""The two files the CKAN plugin swdp_portal reads, written from cluster.yaml: the licence
register (CKAN's ``licenses_group_url``, so a licence shows as its name, not its ID) and the
portal file (``ckanext.swdp.portal_file``: names, texts, legal pages, which datasets feed the
home page). ``swdp ckan up`` writes them into the instance folder; a production CKAN points
its ckan.ini at the same files (see README)."""
from __future__ import annotations

import json
from pathlib import Path

import yaml

from pipelines.core.cluster import Cluster
from pipelines.core.files import atomic_write
from pipelines.export.metadata import CLUSTER_SCOPE

LICENCES_FILE = "licences.json"
PORTAL_FILE = "portal.json"
# Licences whose terms meet the Open Definition; CKAN marks their datasets as open.
OPEN_LICENCES = ("dl-by-de/2.0", "dl-zero-de/2.0", "cc-by/4.0", "cc-by-sa/4.0", "cc-zero")
# The BKG's terms for VG5000: on a web page the Quellenvermerk links to the BKG.
BOUNDARY_SOURCE_URL = "https://www.bkg.bund.de"


def licence_register(cluster: Cluster) -> list[dict]:
    """cluster.yaml `licences` in the JSON form CKAN's licence register loads."""
    return [{"id": key, "title": entry["title"], "url": entry["url"],
             "od_conformance": "approved" if key in OPEN_LICENCES else "not reviewed",
             "osd_conformance": "not reviewed", "status": "active", "maintainer": "",
             "domain_content": True, "domain_data": True, "domain_software": False}
            for key, entry in cluster.licences.items()]


def portal_settings(cluster: Cluster, config_path: Path) -> dict:
    """cluster.yaml `portal` plus what the home page needs from the cluster."""
    texts = yaml.safe_load(Path(config_path).read_text(encoding="utf-8")).get("portal") or {}
    return {**texts, "title": cluster.title, "contact": cluster.data_office,
            "organizations": [cluster.ckan_organization,
                              *[m.ckan_organization for m in cluster.members.values()]],
            # the map's boundary is simplified: the attribution of cluster.yaml says "(Daten verändert)"
            "boundary_attribution": {"text": cluster.geodata["boundaries"]["attribution"],
                                     "url": BOUNDARY_SOURCE_URL},
            "calendar_dataset": f"{CLUSTER_SCOPE}-events",
            "plans_dataset": f"{CLUSTER_SCOPE}-building-plans"}


def write_portal_files(cluster: Cluster, config_path: Path, folder: Path) -> dict[str, Path]:
    """Both files in `folder`; returns the ckan.ini settings that point at them."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, content in ((LICENCES_FILE, licence_register(cluster)),
                          (PORTAL_FILE, portal_settings(cluster, config_path))):
        text = json.dumps(content, ensure_ascii=False, indent=2)
        atomic_write(folder / name, lambda partial, t=text: Path(partial).write_text(t, encoding="utf-8"))
        (folder / name).chmod(0o644)  # nothing secret; CKAN may run as another user
        written[name] = folder / name
    return {"licenses_group_url": f"file://{written[LICENCES_FILE]}",
            "ckanext.swdp.portal_file": str(written[PORTAL_FILE])}
