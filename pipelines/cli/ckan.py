"""`swdp ckan up|down|status`: a local CKAN for development, tests and demonstrations."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from pipelines.cli.common import JsonOption, app, err, out

ckan_app = typer.Typer(help="Lokaler CKAN-Katalog für Entwicklung, Tests und Vorführungen.",
                       no_args_is_help=True)
app.add_typer(ckan_app, name="ckan")
HomeOption = Annotated[Optional[Path], typer.Option(
    "--home", help="Ordner der CKAN-Instanz (Standard: $SWDP_CKAN_HOME oder .ckan/default)")]


@ckan_app.command("up")
def ckan_up(port: Annotated[Optional[int], typer.Option("--port", help="Port auf 127.0.0.1")] = None,
            home: HomeOption = None):
    """CKAN installieren (einmalig), Instanz anlegen und im Hintergrund starten; gibt JSON aus."""
    from catalog import ckan_server

    try:
        described = ckan_server.up(home, port, progress=lambda message: err.print(message, markup=False, soft_wrap=True))
    except ckan_server.CkanServerError as error:
        err.print(f"[red]{escape(str(error))}[/]", soft_wrap=True)
        raise typer.Exit(1) from None
    print(json.dumps(described, ensure_ascii=False, indent=2))


@ckan_app.command("down")
def ckan_down(home: HomeOption = None,
              drop: Annotated[bool, typer.Option("--drop", help="auch Datenbank, Redis-Schlüssel, "
                                                 "Uploads und Token der Instanz löschen")] = False,
              as_json: JsonOption = False):
    """Den lokalen CKAN anhalten (mit --drop: Instanz vollständig entfernen)."""
    from catalog import ckan_server

    try:
        result = (ckan_server.drop(home, progress=lambda message: err.print(message, markup=False, soft_wrap=True))
                  if drop else {"stopped": ckan_server.stop(home)})
    except ckan_server.CkanServerError as error:
        err.print(f"[red]{escape(str(error))}[/]", soft_wrap=True)
        raise typer.Exit(1) from None
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    out.print("CKAN angehalten." if result["stopped"] else "CKAN lief nicht.")
    if result.get("dropped"):
        out.print(f"Datenbank {escape(str(result['dropped']))} und Dateien der Instanz gelöscht.")


@ckan_app.command("status")
def ckan_status(home: HomeOption = None, as_json: JsonOption = False):
    """Ob der lokale CKAN läuft, unter welcher Adresse und mit welcher Datenbank."""
    from catalog import ckan_server

    described = ckan_server.describe(home)
    if as_json:
        print(json.dumps(described, ensure_ascii=False, indent=2))
    elif described["running"]:
        out.print(escape(f"CKAN läuft unter {described['url']} (PID {described['pid']}, "
                         f"Datenbank {described['database']}, Token in {described['token_file']})."))
    else:
        out.print("CKAN läuft nicht" + (f" (Instanz in {escape(str(described['home']))}, starten mit "
                                        f"„swdp ckan up“)." if described["database"] else "."))
