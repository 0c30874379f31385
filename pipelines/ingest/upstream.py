"""Sources on a server: fetch with the state the last fetch left, and keep the new state
with the run history. Upstream unchanged means nothing to archive, read or rewrite."""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

from connectors import remote
from connectors.transport import Fetched
from pipelines.core.cluster import Cluster, Source
from pipelines.core.files import atomic_write
from pipelines.core.settings import Settings
from pipelines.ingest import unchanged
from schemas import load_schema


def fetch_source(settings: Settings, source: Source, folder: Path) -> Fetched:
    """Fetch a remote source into `folder`. A changed configuration (connector, options,
    mapping, semantics), schema (its version and files) or reading rules count as a change
    upstream, so the delivery is read again."""
    state = load_state(settings, source)
    config = _config_fingerprint(source)
    fetched = remote.fetch(str(source.location), source.connector, source.options, folder,
                           state if state.get("config") == config else {})
    fetched.state["config"] = config
    return fetched


def within_member_area(settings: Settings, cluster: Cluster, source: Source) -> Source:
    """`bbox: member` (a WFS source) asks only for what lies in the member's area: the
    bounds of its boundary, tolerance included, in EPSG:25832 – when it is ingested and
    when `swdp check` reads it. Other sources as they are."""
    if source.options.get("bbox") != "member":
        return source
    # pyproj (through coordinates) and the gazetteer only for such a source: `swdp status`
    # reads this module
    from pipelines.geocoding.coordinates import METRIC_CRS
    from pipelines.geocoding.gazetteer import member_boundary

    boundary = member_boundary(settings, cluster, cluster.member(source.member))
    return replace(source, options={**source.options, "bbox": [round(v, 1) for v in boundary.bounds],
                                    "bbox_crs": METRIC_CRS})


def load_state(settings: Settings, source: Source) -> dict:
    path = settings.upstream_state_path(source.dataset, source.member)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def save_state(settings: Settings, source: Source, state: dict) -> None:
    atomic_write(settings.upstream_state_path(source.dataset, source.member),
                 lambda partial: Path(partial).write_text(
                     json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8"))


def upstream_status(settings: Settings, cluster: Cluster) -> list[dict]:
    """For each source on a server: when it last changed upstream and when it was checked."""
    entries = []
    for source in cluster.sources():
        if source.remote:
            state = load_state(settings, source)
            entries.append({"municipality": source.member, "dataset": source.dataset,
                            "location": source.name, "changed_at": state.get("changed_at"),
                            "checked_at": state.get("checked_at"),
                            "last_modified": state.get("last_modified")})
    return entries


def _config_fingerprint(source: Source) -> str:
    schema = load_schema(source.dataset)
    described = json.dumps([source.connector, source.options, source.mapping, source.semantics,
                            schema.version, schema.content_hash, unchanged.READING_RULES_VERSION],
                           sort_keys=True, default=str)
    return hashlib.sha256(described.encode("utf-8")).hexdigest()[:16]
