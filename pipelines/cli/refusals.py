"""How `swdp` refuses a call: one German line on stderr and, where the call asked for
`--json`, one JSON object on stdout – a script reading the JSON of `swdp run --json` gets an
object whatever went wrong, never an empty stdout (`pipelines.cli.main` writes both).

The object has the same shape for every refusal: `error` (the German message), `kind` (what
is at fault, for a script to branch on), `exit_code`, and what the refusal names besides
(`file`, `data_dir`, `log`)."""
from __future__ import annotations

import re
from pathlib import Path

# What a refusal is about; `storage`, `busy` and `configuration` are also the kinds of the
# faults of the surroundings (pipelines.core.faults), under the same names.
CALL = "call"                    # the options or arguments of the call
FILE = "file"                    # the file a call names
CONFIGURATION = "configuration"  # cluster.yaml (or the operator's copy)
SCHEMA = "schema"                # a schema file its data officer edited
CATALOG = "catalog"              # the CKAN catalogue: not reachable, no token, …
WAREHOUSE = "no_warehouse"       # nothing to show yet: no run has built the warehouse
INTERNAL = "internal"            # an error of the platform itself: traceback in a log
_WHAT = {CALL: "Aufruf", FILE: "Datei", CONFIGURATION: "Konfiguration", SCHEMA: "Schema"}


class Refused(Exception):
    """A call `swdp` cannot carry out. `line` is what stderr shows, by default
    „<Aufruf|Datei|Konfiguration|Schema> nicht verwendbar: <message>“ (for other kinds the
    message alone); `details` go into the JSON object beside the message."""

    def __init__(self, kind: str, message: str, exit_code: int, line: str | None = None,
                 **details: str):
        super().__init__(message)
        self.kind, self.message, self.exit_code, self.details = kind, message, exit_code, details
        self.line = line or (f"{_WHAT[kind]} nicht verwendbar: {message}" if kind in _WHAT
                             else message)

    def as_json(self) -> dict:
        return {**self.details, "kind": self.kind, "error": self.message,
                "exit_code": self.exit_code}


def asked_for_json(argv: list[str]) -> bool:
    """Whether a call asked for JSON: also a call that is refused before its options are
    read, e.g. for a mistyped option beside `--json`."""
    return "--json" in argv[1:]


def wrong_call(error) -> str:
    """A wrong call as Click (also Typer's copy of it) reports it, in German: the option or
    argument, what is wrong with it, and where the help is. Click's own messages are English
    and span three lines; its exceptions carry what they are about."""
    ctx = getattr(error, "ctx", None)
    helped = f" – Hilfe: {ctx.command_path} --help" if ctx is not None else ""
    return _said(error) + helped


def _said(error) -> str:
    message = getattr(error, "message", str(error))
    if hasattr(error, "possibilities"):  # NoSuchOption
        meant = sorted(error.possibilities or ())
        return (f"unbekannte Option {error.option_name}"
                + (f" – gemeint ist wohl {' oder '.join(meant)}" if meant else ""))
    if hasattr(error, "param_type"):  # MissingParameter
        kind = error.param_type or getattr(error.param, "param_type_name", "option")
        what = "Argument" if kind == "argument" else "Option"
        return f"{what} {_hint(error)} fehlt"
    if hasattr(error, "param"):  # BadParameter: Typer's coercion, in English
        return f"ungültiger Wert für {_hint(error)}: erwartet wird {_expected(error.param)}"
    if hasattr(error, "option_name"):  # BadOptionUsage
        if "does not take a value" in message:
            return f"Option {error.option_name} nimmt keinen Wert"
        return f"Option {error.option_name} erwartet einen Wert"
    if found := re.match(r"No such command '(.+?)'\.(?: Did you mean '(.+?)'\?)?", message):
        return (f"unbekannter Befehl „{found[1]}“"
                + (f" – gemeint ist wohl „{found[2]}“" if found[2] else ""))
    if found := re.match(r"Got unexpected extra arguments?(?:\(s\))? \((.*)\)", message):
        return f"überzähliges Argument „{found[1]}“ (Pfade mit Leerzeichen in Anführungszeichen)"
    return message


def _hint(error) -> str:
    param = error.param
    if param is None:
        return str(error.param_hint or "")
    names = [name for name in (*param.opts, *param.secondary_opts) if name.startswith("-")]
    return "/".join(names) if names else (param.metavar or param.name.upper())


def _expected(param) -> str:
    """What a value of `param` has to be, from its type and range."""
    kind = param.type_descriptor.annotation if hasattr(param, "type_descriptor") else None
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    bounds = ((f" ab {low}" if low is not None else "") + (f" bis {high}" if high is not None else ""))
    if kind is int:
        return "eine ganze Zahl" + bounds
    if kind is float:
        return "eine Zahl (mit Punkt, z. B. 300.5)" + bounds
    return "ein anderer Wert"


def unreadable(path: Path) -> str | None:
    """Why a file a call names cannot be read as one, before anything reads it: the
    readers' own messages say „Unbekanntes Dateiformat“ of a folder, or Python's English."""
    if path.is_dir():
        return f"{path.name}: das ist ein Ordner, keine Datei – bitte eine Datei darin angeben"
    if not path.exists():
        return f"{path.name}: Datei nicht gefunden"
    return None


def unwritable(path: Path, option: str) -> str | None:
    """Why a file an option names cannot be written, before the work that ends in writing
    it: a folder of that name."""
    if path.is_dir():
        return (f"{option} {path}: das ist ein Ordner – bitte einen Dateinamen darin "
                f"angeben, z. B. {path / _EXAMPLES[option]}")
    return None


_EXAMPLES = {"--csv": "abgewiesen.csv", "--xlsx": "abgewiesen.xlsx", "--out": "verortet.csv"}
