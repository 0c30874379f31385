"""`swdp instance`: the Dagster instance prepared before `dagster-daemon` and
`dagster-webserver` start – the platform's dagster.yaml written, the storage created or, after
an update of Dagster, migrated. Run once before both (systemd: swdp-dagster-migrate.service;
`make dagster`), since both starting on a fresh instance would race to create its storage."""
from __future__ import annotations

from rich.markup import escape

from pipelines.cli.common import app, context, out


@app.command()
def instance():
    """Dagster-Instanz anlegen bzw. nach einem Update migrieren (vor Daemon und Oberfläche)."""
    from pipelines.orchestration.instance import migrate_instance

    settings, _ = context()
    migrate_instance(settings)
    out.print(f"Dagster-Instanz in {escape(str(settings.dagster_home))} ist angelegt und auf "
              f"dem Stand dieser Dagster-Version.", soft_wrap=True)
