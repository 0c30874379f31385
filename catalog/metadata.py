"""Metadata every published dataset carries: title, description, publisher, licence and the
attribution of the geodata used to locate its records."""
from __future__ import annotations

from pipelines.cluster import Cluster
from schemas import DatasetSchema


def dataset_metadata(cluster: Cluster, schema: DatasetSchema, scope: str) -> dict:
    """Metadata of one published dataset; `scope` is the member's or the cluster's name."""
    licence = cluster.licences[cluster.licence]
    return {
        "title": f"{schema.title} – {scope}",
        "description": schema.description,
        "publisher": cluster.title,
        "license": licence["url"],
        "license_title": licence["title"],
        "attribution": cluster.attributions(),
    }
