"""The rooms stay rooms: the import-linter contract in pyproject.toml holds, and no module of
the project takes part in an import cycle (function-level imports included, since grimp reads
every import statement)."""
import subprocess
import sys
from pathlib import Path

import grimp

from pipelines.core.settings import PROJECT_ROOT

PACKAGES = ("pipelines", "catalog", "connectors", "schemas")


def test_import_contract_is_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


def test_no_import_cycle_among_the_projects_modules():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            path = graph.find_shortest_chain(importer=imported, imported=module)
            if path:
                cycles.append(" → ".join((module, *path)))
    assert not cycles, "\n".join(cycles)


def test_no_module_is_too_long_without_saying_why():
    long = [path for package in PACKAGES for path in (PROJECT_ROOT / package).rglob("*.py")
            if len(path.read_text(encoding="utf-8").splitlines()) > 350
            and "Longer than" not in path.read_text(encoding="utf-8")[:3000]]
    assert not long, long
