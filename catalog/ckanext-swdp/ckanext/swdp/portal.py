"""The cluster's own portal on CKAN: templates, static files, helpers and the Impressum and
Datenschutz pages, and its German for CKAN's own words (i18n/). Everything cluster-specific
(names, texts, which datasets feed the home page) comes from the portal file the platform writes from cluster.yaml
(``ckanext.swdp.portal_file``, see catalog/portal_files.py in the project); nothing of CKAN
itself is patched."""
from __future__ import annotations

import ckan.plugins as plugins
import ckantoolkit as toolkit
from ckan.lib.plugins import DefaultTranslation
from flask import Blueprint, abort, request

from ckanext.swdp import file_names, helpers


class PortalPlugin(plugins.SingletonPlugin, DefaultTranslation):
    plugins.implements(plugins.IConfigurer)
    plugins.implements(plugins.ITemplateHelpers)
    plugins.implements(plugins.IBlueprint)
    plugins.implements(plugins.ITranslation)
    plugins.implements(plugins.IUploader)
    plugins.implements(plugins.IResourceController, inherit=True)

    def update_config(self, config):
        toolkit.add_template_directory(config, "templates")
        toolkit.add_public_directory(config, "public")
        toolkit.add_resource("assets", "swdp")

    def get_helpers(self):
        return {name: getattr(helpers, name) for name in helpers.__all__}

    def get_blueprint(self):
        blueprint = Blueprint("swdp_portal", self.__module__)
        blueprint.add_url_rule("/impressum", "impressum", lambda: _legal_page("impressum"))
        blueprint.add_url_rule("/datenschutz", "datenschutz", lambda: _legal_page("datenschutz"))
        blueprint.after_app_request(_downloads_saved)
        return blueprint

    def i18n_domain(self):
        # i18n/de/LC_MESSAGES/ckanext-swdp.po: the portal's German, over CKAN's own
        return "ckanext-swdp"

    def get_resource_uploader(self, data_dict):
        # An upload keeps its name (file_names): CKAN lowercased it.
        return file_names.resource_uploader(data_dict)

    def get_uploader(self, upload_to, old_filename=None):
        return None  # images of organisations and users: CKAN's own

    def before_resource_show(self, resource_dict):
        file_names.keep_download_name(resource_dict)
        return resource_dict


def _downloads_saved(response):
    """„Herunterladen“ saves the file: CKAN sends uploads „inline“, and browsers showed
    GeoJSON and JSON as a page of text. The Lies-mich text stays inline, to be read."""
    disposition = response.headers.get("Content-Disposition", "")
    if ((request.endpoint or "").endswith("resource.download") and disposition.startswith("inline")
            and not response.mimetype == "text/plain"):
        response.headers["Content-Disposition"] = "attachment" + disposition.removeprefix("inline")
    return response


LEGAL_TITLES = {"impressum": "Impressum", "datenschutz": "Datenschutzerklärung"}


def _legal_page(key: str):
    text = helpers.swdp_portal().get(key)
    if not text:
        abort(404)
    return toolkit.render("swdp/legal.html", {"title": LEGAL_TITLES[key], "text": text})
