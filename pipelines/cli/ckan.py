"""`swdp ckan up|down|status`: a local CKAN for development, tests and demonstrations;
`swdp ckan mqa`: the metadata quality score of a CKAN's DCAT output; `swdp ckan portal`: the
portal files for a production CKAN. The commands import the CKAN adapter themselves: every
other `swdp` command (a member's `swdp check`) would load it for nothing."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from pipelines.cli.common import EXIT_UNUSABLE, JsonOption, app, context, err, out
from pipelines.cli.refusals import CALL, CATALOG, Refused
from pipelines.core.german import german_number

ckan_app = typer.Typer(help="Lokaler CKAN-Katalog für Entwicklung, Tests und Vorführungen.",
                       no_args_is_help=True)
app.add_typer(ckan_app, name="ckan")
HomeOption = Annotated[Optional[Path], typer.Option(
    "--home", metavar="ORDNER", help="Ordner der CKAN-Instanz (Standard: $SWDP_CKAN_HOME oder .ckan/default)")]


def _usable_home(home: Path | None) -> Path | None:
    """`home`, where the instance's folder can be (or become) one; a file in its place or
    above it is refused as a wrong call – the instance would fail on reading its pid file,
    as an internal error."""
    from catalog import ckan_server

    folder = ckan_server.Instance.from_env(home).home
    blocking = next(path for path in (folder, *folder.parents) if path.exists())
    if not blocking.is_dir():
        what = "das" if blocking == folder else str(blocking)
        raise Refused(CALL, f"Ordner der CKAN-Instanz {folder}: {what} ist eine Datei, kein "
                            f"Ordner – bitte mit --home einen Ordner angeben", EXIT_UNUSABLE)
    return home


@ckan_app.command("up")
def ckan_up(port: Annotated[Optional[int], typer.Option("--port", metavar="PORT", help="Port auf 127.0.0.1")] = None,
            home: HomeOption = None):
    """CKAN installieren (einmalig), Instanz anlegen und im Hintergrund starten; gibt JSON aus."""
    from catalog import ckan_server

    home = _usable_home(home)
    try:
        described = ckan_server.up(home, port, progress=lambda message: err.print(message, markup=False, soft_wrap=True))
    except ckan_server.CkanServerError as error:
        raise Refused(CATALOG, str(error), 1) from None
    print(json.dumps(described, ensure_ascii=False, indent=2))


@ckan_app.command("down")
def ckan_down(home: HomeOption = None,
              drop: Annotated[bool, typer.Option("--drop", help="auch Datenbank, Redis-Schlüssel, "
                                                 "Uploads und Token der Instanz löschen")] = False,
              as_json: JsonOption = False):
    """Den lokalen CKAN anhalten (mit --drop: Instanz vollständig entfernen)."""
    from catalog import ckan_server

    home = _usable_home(home)
    try:
        result = (ckan_server.drop(home, progress=lambda message: err.print(message, markup=False, soft_wrap=True))
                  if drop else {"stopped": ckan_server.stop(home)})
    except ckan_server.CkanServerError as error:
        raise Refused(CATALOG, str(error), 1) from None
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

    described = ckan_server.describe(_usable_home(home))
    if as_json:
        print(json.dumps(described, ensure_ascii=False, indent=2))
    elif described["running"]:
        out.print(escape(f"CKAN läuft unter {described['url']} (PID {described['pid']}, "
                         f"Datenbank {described['database']}, Token in {described['token_file']})."))
    else:
        out.print("CKAN läuft nicht" + (f" (Instanz in {escape(str(described['home']))}, starten mit "
                                        f"„swdp ckan up“)." if described["database"] else "."))


@ckan_app.command("mqa")
def ckan_mqa(ckan_url: Annotated[Optional[str], typer.Option(
                 "--ckan-url", metavar="URL", help="CKAN-Adresse (sonst CKAN_URL, ckan_url in cluster.yaml "
                                    "oder der lokale CKAN)")] = None,
             home: HomeOption = None,
             minimum: Annotated[Optional[float], typer.Option(
                 "--mindestens", metavar="PUNKTE", help="Exit-Code 1, wenn ein Datensatz weniger Punkte hat")] = None,
             as_json: JsonOption = False):
    """Metadatenqualität je Datensatz nach der MQA-Methodik von data.europa.eu (405 Punkte),
    berechnet aus der DCAT-Ausgabe des CKAN; Erreichbarkeit per HEAD (sonst GET)."""
    from catalog import ckan_server, mqa
    from catalog.publish import ckan_url as configured_url

    settings, cluster = context()
    url = configured_url(settings, cluster, ckan_url) or ckan_server.describe(_usable_home(home))["url"]
    if not url:
        raise Refused(CALL, "Kein CKAN angegeben: --ckan-url, CKAN_URL, ckan_url in cluster.yaml "
                            "oder „swdp ckan up“.", EXIT_UNUSABLE)
    try:
        scores = mqa.score_catalog(url)
    except OSError as error:
        raise Refused(CATALOG, f"DCAT-Katalog unter {url} nicht lesbar: {error}",
                      EXIT_UNUSABLE) from None
    if as_json:
        print(json.dumps({"ckan_url": url, "maximum": mqa.MAXIMUM,
                          "datasets": [s.as_json() for s in scores]}, ensure_ascii=False, indent=2))
    else:
        table = Table("Datensatz", "Punkte", "Bewertung", "Fehlt", title=f"MQA-Punkte ({url})")
        for score in scores:
            table.add_row(score.title, f"{german_number(score.total, 1)} / {mqa.MAXIMUM}",
                          score.rating, ", ".join(score.missing()) or "–")
        out.print(table)
    if minimum is not None and any(score.total < minimum for score in scores):
        raise typer.Exit(1)


@ckan_app.command("portal")
def ckan_portal(folder: Annotated[Path, typer.Argument(metavar="ORDNER", help="Zielordner, z. B. /etc/ckan/swdp")]):
    """Lizenzliste und Portaldatei aus cluster.yaml für einen CKAN schreiben (Produktion);
    gibt die Einträge für ckan.ini aus."""
    from catalog.portal_files import write_portal_files

    settings, cluster = context()
    try:
        written = write_portal_files(cluster, settings.config_path, folder.resolve())
    # A file in the way, or a place no folder can be made in (/proc); a full disk or a
    # foreign folder is a fault of the surroundings (pipelines.cli.main).
    except (FileNotFoundError, FileExistsError, NotADirectoryError) as error:
        raise Refused(CALL, f"Ordner {folder} lässt sich nicht anlegen: {error.filename} ist kein "
                            f"Ordner, in dem sich einer anlegen ließe", EXIT_UNUSABLE) from None
    for key, value in written.items():
        print(f"{key} = {value}")
