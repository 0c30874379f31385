"""The help screens of `swdp` in German. Typer writes its panels, the usage line and the help
option in English and shows Python's type names („<list[str]>“, „<bool>“); the panels' titles
are module settings of `typer.rich_utils` (inherited from rich-click, where they are meant to
be set), the rest is set on the commands once they are built: the usage line through the
context's formatter (Click's documented `context_class`), the types as metavars. The panels'
module is read only when a help screen is drawn: importing it takes 70 ms, which every other
command (`swdp check`, `swdp status`) would spend for nothing."""
from __future__ import annotations

import inspect
from pathlib import PurePath

import typer
from typer.main import get_command

_PANELS = {"ARGUMENTS_PANEL_TITLE": "Argumente", "OPTIONS_PANEL_TITLE": "Optionen",
           "COMMANDS_PANEL_TITLE": "Befehle", "ERRORS_PANEL_TITLE": "Fehler",
           "DEFAULT_STRING": "[Vorgabe: {}]", "REQUIRED_LONG_STRING": "[erforderlich]",
           "ENVVAR_STRING": "[Umgebungsvariable: {}]", "DEPRECATED_STRING": "(veraltet) ",
           "ABORTED_TEXT": "Abgebrochen.",
           "RICH_HELP": "Hilfe: [blue]{command_path} {help_option}[/]"}
# What a value of a type is called where an option names none of its own (a flag takes none).
_VALUES = {int: "ZAHL", float: "ZAHL", str: "TEXT", bool: ""}


def german_command(app: typer.Typer):
    """The Click command of `app` with German help screens."""
    command = get_command(app)
    _germanise(command)
    return command


def _germanise(command) -> None:
    command.context_class = _Context
    command.options_metavar = "[OPTIONEN]"
    if command.help:  # a docstring's lines are joined, as its paragraphs would be printed
        command.help = "\n\n".join(" ".join(paragraph.split())
                                   for paragraph in inspect.cleandoc(command.help).split("\n\n"))
    helping = command.get_help_option(_Context(command))
    if helping is not None:
        helping.help, helping.metavar = "Diese Hilfe anzeigen.", ""
    for param in command.params:  # an argument is shown by its name, its type beside it
        if param.metavar is None and param.param_type_name == "option":
            param.metavar = "" if getattr(param, "is_flag", False) else _value_name(param)
    if hasattr(command, "commands"):  # a group: swdp, swdp ckan, …
        command.subcommand_metavar = "BEFEHL [ARGUMENTE]..."
        for sub in command.commands.values():
            _germanise(sub)


def _value_name(param) -> str | None:
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    element = (getattr(annotation, "__args__", None) or (annotation,))[0]
    if isinstance(element, type) and issubclass(element, PurePath):
        return "PFAD"
    return _VALUES.get(element)


class _Context(typer.Context):
    """A context whose usage line says „Aufruf:“ and whose help screen has German panels.
    Every help screen is drawn through `get_help` (`--help`, a group called without a
    command)."""

    def get_help(self) -> str:
        import typer.rich_utils

        for name, text in _PANELS.items():
            setattr(typer.rich_utils, name, text)
        return super().get_help()

    class formatter_class(typer.Context.formatter_class):  # noqa: N801 – Click's attribute name
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, "Aufruf: " if prefix is None else prefix)
