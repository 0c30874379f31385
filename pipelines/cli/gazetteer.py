"""`swdp gazetteer build`: the gazetteer from official geodata and address registers."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from pipelines.cli.common import EXIT_UNUSABLE, JsonOption, app, context, err, out
from pipelines.cli.refusals import FILE, Refused, unreadable

gazetteer_app = typer.Typer(help="Gazetteer: Gemeinden, Postleitzahlen und Adressen für die "
                                 "Verortung.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build(addresses: Annotated[Optional[list[Path]], typer.Option(
        "--addresses", "-a", metavar="DATEI", help="Adressverzeichnis (Hauskoordinaten HK-DE, GeoJSON, GeoPackage "
                                  "oder CSV; mehrfach möglich). Ohne: bisher importierte Adressen "
                                  "bleiben.")] = None,
                    as_json: JsonOption = False):
    """Gazetteer aus den amtlichen Geodaten (VG5000, GeoNames) und Adressverzeichnissen neu aufbauen."""
    from pipelines.geocoding.addresses import RegisterError
    from pipelines.geocoding.gazetteer import build_gazetteer
    from pipelines.geocoding.geodata import GeodataError

    settings, cluster = context()
    for register in addresses or ():
        if refused := unreadable(register):
            raise Refused(FILE, refused, EXIT_UNUSABLE, line=f"Gazetteer nicht aufgebaut: {refused}",
                          file=str(register))
    folder = settings.gazetteer_dir
    try:
        with err.status("Gazetteer wird aufgebaut …") as status:
            counts = build_gazetteer(settings, cluster, addresses,
                                     on_progress=lambda step: status.update(f"Lese {escape(step)} …"))
    except (RegisterError, GeodataError) as error:
        raise Refused(FILE, str(error), EXIT_UNUSABLE,
                      line=f"Gazetteer nicht aufgebaut: {error}") from None
    if as_json:
        print(json.dumps({"folder": str(folder), **counts}, ensure_ascii=False, indent=2))
        return
    out.print(f"Gazetteer in {escape(str(folder))}: {counts['municipalities']} Gemeinden, "
              f"{counts['associations']} Verbandsgemeinden/Gemeindeverbände, "
              f"{counts['postcodes']} Postleitzahl-Orte, {counts['addresses']} Adressen")
