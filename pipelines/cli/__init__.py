"""`swdp`: the command line of the Südwest-Cluster data platform (messages in German).

One module per verb; `common` holds the app, options and exit codes. The verbs import the
heavy parts (Dagster, Great Expectations, CKAN) only when they run, so `swdp check` of a
small file and `swdp status` start quickly; Python's collector waits while modules load
(`startup`).
"""
from __future__ import annotations

from pipelines.cli.startup import loading_modules

# The platform's modules load with the collector paused (startup.py).
with loading_modules():
    import json
    import sys
    import tempfile
    import traceback
    from datetime import datetime
    from pathlib import Path

    import click
    import typer

    from pipelines.cli import check, ckan, gazetteer, geocode, instance, privacy, publish, run, status  # noqa: F401 (verbs)
    from pipelines.cli.common import EXIT_BUSY, EXIT_INTERNAL, EXIT_STORAGE, EXIT_UNUSABLE, app, err
    from pipelines.cli.refusals import (CALL, CONFIGURATION, INTERNAL, SCHEMA, Refused, asked_for_json,
                                        wrong_call)
    from pipelines.cli.screens import german_command
    from pipelines.core.cluster import ConfigError
    from pipelines.core.faults import BUSY, STORAGE, explain
    from pipelines.core.german import BERLIN
    from pipelines.core.settings import Settings
    from schemas import SchemaError


def main():
    try:
        code = german_command(app)(prog_name="swdp", standalone_mode=False)
    except SystemExit as leaving:
        code = leaving.code
    except (click.Abort, typer.Abort, KeyboardInterrupt):
        err.print("Abgebrochen.")
        code = 130
    except Exception as error:  # noqa: BLE001 – one German line (and JSON) instead of a traceback
        # `swdp` alone, `swdp ckan`: the help is shown already, it is no wrong call to name
        code = EXIT_UNUSABLE if type(error).__name__ == "NoArgsIsHelpError" else _refuse(_refusal(error))
    sys.exit(code or 0)


def _refusal(error: Exception) -> Refused:
    """What went wrong as a refusal: its German message, its kind and its exit code."""
    if isinstance(error, Refused):
        return error
    # Typer 0.29 raises its own copy of Click's exceptions, older releases Click's: both are a
    # wrong call (unknown option, missing argument, …), never an internal error.
    if isinstance(error, (click.ClickException, typer.TyperException)):
        return Refused(CALL, wrong_call(error), getattr(error, "exit_code", EXIT_UNUSABLE))
    if isinstance(error, ConfigError):  # met where a verb loads the configuration itself
        return Refused(CONFIGURATION, str(error), EXIT_UNUSABLE)
    if isinstance(error, SchemaError):
        return Refused(SCHEMA, str(error), EXIT_UNUSABLE)
    data_dir = str(Settings.from_env().data_dir)
    fault, log = explain(error, data_dir), str(_log_traceback())
    if fault is None:
        message = (f"Interner Fehler – bitte die Protokolldatei {log} an die Datenstelle des "
                   f"Clusters senden.")
        return Refused(INTERNAL, message, EXIT_INTERNAL, log=log)
    # the surroundings, not the platform: the operator can act
    return Refused(fault.kind, fault.message, _FAULT_EXIT[fault.kind],
                   line=f"{fault.message} (Einzelheiten: {log})", data_dir=data_dir, log=log)


_FAULT_EXIT = {BUSY: EXIT_BUSY, STORAGE: EXIT_STORAGE, CONFIGURATION: EXIT_UNUSABLE}


def _refuse(refused: Refused) -> int:
    err.print(refused.line, soft_wrap=True, markup=False)
    if asked_for_json(sys.argv):
        print(json.dumps(refused.as_json(), ensure_ascii=False, indent=2))
    return refused.exit_code


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
