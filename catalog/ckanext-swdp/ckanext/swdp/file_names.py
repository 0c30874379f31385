"""Uploaded files keep the name they were given. CKAN tidies an upload's name
(``munge_filename``) and lowercases it on the way – when it stores the name and again each
time it builds the download address from it –, so the platform's „kusel-LIESMICH.txt“ was
shown and downloaded as „kusel-liesmich.txt“ (the download is called as the address's last
part). Where tidying changes nothing but the case, the name stays as given, in the database
and in the address; any other name is tidied as CKAN does (no path, no unsafe characters)."""
from __future__ import annotations

import os

from ckan import model
from ckan.common import config
from ckan.lib import files, munge, uploader


def kept_name(given: str) -> str:
    """The name an upload called `given` gets in its URL and its download."""
    tidied = munge.munge_filename(given)
    name = os.path.basename(given)
    return name if tidied == name.lower() else tidied


def resource_uploader(resource: dict):
    """CKAN's own resource uploader for `resource` (the one it would choose without this
    plugin), with the file's name kept (kept_name)."""
    given = getattr(resource.get("upload"), "filename", None)
    try:
        files.get_storage(config["ckan.files.default_storages.resource"])
    except files.exc.UnknownStorageError:
        upload = uploader.ResourceUpload(resource)
    else:
        upload = uploader.FKResourceUpload(resource)
    if given and upload.filename:
        upload.filename = resource["url"] = kept_name(given)
    return upload


def keep_download_name(resource: dict) -> None:
    """The download address of an uploaded `resource` (as package_show and resource_show give
    it) ends in the stored name kept as given, not in CKAN's lowercased copy."""
    stored = model.Resource.get(resource["id"]) if resource.get("url_type") == "upload" else None
    if stored is None or not stored.url or not resource.get("url"):
        return
    head, _, _ = resource["url"].rpartition("/")
    name = kept_name(stored.url.rsplit("/", 1)[-1])
    resource["url"] = f"{head}/{name}" if head else name
