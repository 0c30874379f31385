"""Dataset search and index served from PostgreSQL instead of Solr (plugin ``swdp_pgsearch``).

Work in progress; the approach is described here once implemented.
"""
from __future__ import annotations

import ckan.plugins as plugins


class PostgresSearchPlugin(plugins.SingletonPlugin):
    """Placeholder so the entry point resolves while the search is being built."""
