"""Where the platform keeps its files: the whole data layout, in one place.

Only entry points (the CLI, the Dagster resource) call `Settings.from_env()`; every other
function is handed a `Settings` and never reads the environment itself.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def environment_importing_first(folder: Path) -> dict[str, str]:
    """The environment for a Python process started from here that imports from `folder`
    before anything else on its path (PYTHONPATH), such as an older installed copy."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(folder), os.environ.get("PYTHONPATH")]))}
# Reference material next to the project (geodata, DCAT shapes); see ../shared/README.md.
SHARED_DIR = PROJECT_ROOT.parent / "shared"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    config_path: Path = PROJECT_ROOT / "cluster.yaml"
    # Dagster's instance folder (DAGSTER_HOME); default <data>/dagster.
    dagster_root: Path | None = None
    # Official geodata (VG5000, GeoNames): a configured folder, else ../shared/geodata when
    # present, else downloaded once into <cache>/geodata.
    geodata_dir: Path | None = None
    cache_dir: Path = Path.home() / ".cache" / "swdp"
    # The CKAN catalogue to publish to (else ckan_url in cluster.yaml) and its API token.
    ckan_url: str | None = None
    ckan_token: str | None = field(default=None, repr=False)
    # Outgoing mail: smtp://host:port or smtps://…; None writes .eml files to <data>/outbox.
    smtp_url: str | None = None
    smtp_user: str | None = None
    smtp_password: str | None = field(default=None, repr=False)
    # How long a run waits for another one holding the warehouse, exports or catalogue (s).
    lock_wait: float = 1800
    # The pause before a failed CKAN call is tried again (s), doubled for each further try:
    # 0.5 waits 0.5 + 1 + 2 + 4 = 7.5 s before an unreachable CKAN is given up (4 retries),
    # long enough for a CKAN restarting under gunicorn.
    ckan_retry_pause: float = 0.5
    # Optional shared lake: a DuckLake catalogue (e.g. "postgres:dbname=swdp host=… user=…")
    # that ingestion commits each partition to, and the folder its Parquet files go to
    # (default <data>/ducklake; shared storage when several machines ingest).
    ducklake: str | None = None
    ducklake_data: Path | None = None
    # Dagster's run and event storage on PostgreSQL (postgresql://…); None: local files.
    dagster_postgres_url: str | None = field(default=None, repr=False)
    # From how many rows in an export's largest file its GeoPackage layers are written in a
    # process of their own (pipelines/export/layer_process.py), which takes a second to start.
    geopackage_apart_rows: int = 100_000

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ
        optional = lambda name: Path(env[name]).resolve() if env.get(name) else None
        return cls(
            data_dir=Path(env.get("SWDP_DATA_DIR", "data")).resolve(),
            config_path=Path(env.get("SWDP_CONFIG", PROJECT_ROOT / "cluster.yaml")).resolve(),
            dagster_root=optional("DAGSTER_HOME"),
            geodata_dir=optional("SWDP_GEODATA"),
            cache_dir=Path(env.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "swdp",
            ckan_url=env.get("CKAN_URL") or None,
            ckan_token=env.get("CKAN_API_TOKEN") or None,
            smtp_url=env.get("SWDP_SMTP_URL") or None,
            smtp_user=env.get("SWDP_SMTP_USER") or None,
            smtp_password=env.get("SWDP_SMTP_PASSWORD") or None,
            lock_wait=float(env.get("SWDP_LOCK_WAIT") or 1800),
            ckan_retry_pause=float(env.get("SWDP_CKAN_RETRY_PAUSE") or cls.ckan_retry_pause),
            ducklake=env.get("SWDP_DUCKLAKE") or None,
            ducklake_data=optional("SWDP_DUCKLAKE_DATA"),
            dagster_postgres_url=env.get("SWDP_DAGSTER_PG") or None,
        )

    @property
    def raw_dir(self) -> Path:
        return self.data_dir / "raw"

    @property
    def lake_dir(self) -> Path:
        return self.data_dir / "lake"

    @property
    def rejects_dir(self) -> Path:
        return self.data_dir / "rejects"

    @property
    def runs_dir(self) -> Path:
        return self.data_dir / "runs"

    def run_journals_dir(self, dataset: str, member: str) -> Path:
        """The journals of a partition's runs, `<run-id>.json` each."""
        return self.runs_dir / dataset / member

    def run_journal_path(self, dataset: str, member: str, run_id: str) -> Path:
        """The journal of one run (written by `pipelines.ingest.completion`): an ingestion
        without it did not happen."""
        return self.run_journals_dir(dataset, member) / f"{run_id}.json"

    def upstream_state_path(self, dataset: str, member: str) -> Path:
        """What the last fetch of a source on a server left (ETag, Last-Modified, hash,
        cursor, when it last changed): kept with the run history, one level below the run
        journals so it is never read as one."""
        return self.run_journals_dir(dataset, member) / "upstream" / "state.json"

    @property
    def quality_dir(self) -> Path:
        return self.data_dir / "quality"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def export_dir(self) -> Path:
        return self.data_dir / "export"

    @property
    def gazetteer_dir(self) -> Path:
        return self.data_dir / "gazetteer"

    @property
    def geocode_cache_dir(self) -> Path:
        """The online geocoder's answers, kept for good outside the warehouse (its table
        `geocode_cache` is a copy, which a warehouse built anew takes from here)."""
        return self.data_dir / "geocode_cache"

    @property
    def geocode_cache_path(self) -> Path:
        """All answers merged so far; newer ones wait beside it, each batch in a file of its own."""
        return self.geocode_cache_dir / "answers.parquet"

    @property
    def inbox_dir(self) -> Path:
        """Deliveries members drop in: inbox/<member>/<dataset>/."""
        return self.data_dir / "inbox"

    @property
    def uploads_dir(self) -> Path:
        """Deliveries fetched from the members' upload datasets in CKAN: uploads/<member>/<dataset>/."""
        return self.data_dir / "uploads"

    @property
    def outbox_dir(self) -> Path:
        """Mails written as .eml files when no SMTP server is configured."""
        return self.data_dir / "outbox"

    @property
    def coordination_dir(self) -> Path:
        """Neighbour notifications sent (one JSON file each), the state that keeps them
        from being sent twice."""
        return self.data_dir / "coordination"

    @property
    def freshness_dir(self) -> Path:
        """The overdue periods already mailed (pipelines/ingest/freshness.py), one file each,
        the state that keeps a warning from being sent twice."""
        return self.data_dir / "freshness"

    @property
    def privacy_dir(self) -> Path:
        """Data protection: the register of erased records (Art. 17 DSGVO), which keeps them
        from coming back with a later delivery, and holds no personal data itself."""
        return self.data_dir / "datenschutz"

    @property
    def erasures_path(self) -> Path:
        """With a shared lake, on its shared storage: every machine merging into it must keep
        an erased record out."""
        if self.ducklake:
            return (self.ducklake_data or self.data_dir / "ducklake") / "datenschutz" / "loeschungen.json"
        return self.privacy_dir / "loeschungen.json"

    @property
    def locks_dir(self) -> Path:
        return self.data_dir / "locks"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def warehouse_path(self) -> Path:
        return self.data_dir / "warehouse.duckdb"

    @property
    def dagster_home(self) -> Path:
        return (self.dagster_root or self.data_dir / "dagster").resolve()
