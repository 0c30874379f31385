"""CKAN as a WSGI application for gunicorn (deploy/systemd/swdp-ckan.service): the ini file
from CKAN_INI, as CKAN's own `ckan run` would read it."""
import os

from ckan.cli import CKANConfigLoader
from ckan.config.middleware import make_app

application = make_app(CKANConfigLoader(os.environ["CKAN_INI"]).get_config())
