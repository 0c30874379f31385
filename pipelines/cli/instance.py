"""`swdp instance`: the Dagster instance prepared before `dagster-daemon` and
`dagster-webserver` start – the platform's dagster.yaml written, the storage created or, after
an update of Dagster, migrated. Run once before both (systemd: swdp-dagster-migrate.service;
`make dagster`), since both starting on a fresh instance would race to create its storage."""
from __future__ import annotations

from rich.markup import escape

from pipelines.cli.common import app, context, out
from pipelines.core.locks import DAGSTER, exclusive
from pipelines.core.settings import Settings


@app.command()
def instance():
    """Dagster-Instanz anlegen bzw. nach einem Update migrieren (vor Daemon und Oberfläche)."""
    from pipelines.ingest.inbox import create_inbox_folders
    from pipelines.orchestration.instance import migrate_instance

    settings, cluster = context()
    with exclusive(settings, DAGSTER):
        migrate_instance(settings)
    create_inbox_folders(settings, cluster)  # where the members drop files, before the sensor runs
    out.print(f"Dagster-Instanz in {escape(str(settings.dagster_home))} ist angelegt und auf "
              f"dem Stand dieser Dagster-Version; Eingangsordner der Mitglieder: "
              f"{escape(str(settings.inbox_dir))}", soft_wrap=True)


def prepared_instance(settings: Settings) -> None:
    """Create the Dagster instance of a fresh data folder before a run, one process at a time:
    two runs started together would both create its storage, and SQLite's run storage would
    then hold two schema versions and refuse every later run. An instance that exists is
    left alone (without even importing Dagster). Opening creates the storage; migrating
    (`upgrade`) would print on stdout, between a run's JSON."""
    with exclusive(settings, DAGSTER):
        if not (settings.dagster_home / "dagster.yaml").exists():
            from pipelines.orchestration.instance import dagster_instance

            dagster_instance(settings)
