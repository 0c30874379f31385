"""`swdp`: the command line of the Südwest-Cluster data platform (messages in German).

One module per verb; `common` holds the app, options and exit codes. The verbs import the
heavy parts (Dagster, Great Expectations, CKAN) only when they run, so `swdp check` of a
small file and `swdp status` start quickly.
"""
from __future__ import annotations

import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path

import click
import typer

from pipelines.cli import check, ckan, gazetteer, geocode, instance, privacy, publish, run, status  # noqa: F401 (verbs)
from pipelines.cli.common import EXIT_BUSY, EXIT_INTERNAL, EXIT_STORAGE, EXIT_UNUSABLE, app, err
from pipelines.core.cluster import ConfigError
from pipelines.core.faults import BUSY, explain
from pipelines.core.german import BERLIN
from pipelines.core.settings import Settings
from schemas import SchemaError


def main():
    try:
        code = app(standalone_mode=False)
    except SystemExit as leaving:
        code = leaving.code
    # Typer 0.29 raises its own copy of Click's exceptions, older releases Click's: both are a
    # wrong call (unknown option, missing argument, …), never an internal error.
    except (click.ClickException, typer.TyperException) as wrong_call:
        wrong_call.show()
        code = wrong_call.exit_code
    except (click.Abort, typer.Abort):
        err.print("Abgebrochen.")
        code = 130
    except KeyboardInterrupt:
        err.print("Abgebrochen.")
        code = 130
    except ConfigError as error:  # met where a verb loads the configuration itself
        err.print(f"Konfiguration nicht verwendbar: {error}", soft_wrap=True, markup=False)
        code = EXIT_UNUSABLE
    except SchemaError as error:  # a slip in a schema file its data officer edited
        err.print(f"Schema nicht verwendbar: {error}", soft_wrap=True, markup=False)
        code = EXIT_UNUSABLE
    except Exception as error:  # noqa: BLE001 – one German line and a log instead of a traceback
        fault = explain(error, str(Settings.from_env().data_dir))
        log = _log_traceback()
        if fault is None:
            code = EXIT_INTERNAL
            err.print(f"Interner Fehler – bitte die Protokolldatei {log} an die "
                      f"Datenstelle des Clusters senden.", soft_wrap=True, markup=False)
        else:  # the surroundings, not the platform: the operator can act
            code = EXIT_BUSY if fault.kind == BUSY else EXIT_STORAGE
            err.print(f"{fault.message} (Einzelheiten: {log})", soft_wrap=True, markup=False)
    sys.exit(code or 0)


def _log_traceback() -> Path:
    """Write the current exception's traceback to a log file in <data>/logs (or, where that
    cannot be written, the system's temporary folder) and return its path."""
    stamp = datetime.now(BERLIN).strftime("%Y%m%d-%H%M%S")
    text = " ".join(sys.argv) + "\n\n" + traceback.format_exc()
    for folder in (Settings.from_env().logs_dir, Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            descriptor, name = tempfile.mkstemp(prefix=f"swdp-fehler-{stamp}-", suffix=".log",
                                                dir=folder)
            with open(descriptor, "w", encoding="utf-8") as log:
                log.write(text)
            return Path(name)
        except OSError:
            continue
    return Path("(nicht schreibbar)")
