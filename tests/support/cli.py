"""The CLI as a user runs it, with its own data folder: in a process of its own (`swdp`), or
through the same entry point in this process (`swdp_in_process`) where a process of its own
adds nothing but start-up time (interpreter, imports, a gazetteer read anew)."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

from pipelines.core.settings import PROJECT_ROOT

SAMPLES = PROJECT_ROOT / "samples" / "deliveries"
XPLAN_SAMPLES = PROJECT_ROOT.parent / "shared" / "samples" / "xplan"
SWDP = str(Path(sys.executable).with_name("swdp"))


def swdp(*args, data_dir: Path, check=False, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess:
    """Run the CLI as a user would, in its own process, with its own data directory and `env`
    set."""
    env = {**os.environ, "SWDP_DATA_DIR": str(data_dir), **(env or {})}
    env.pop("DAGSTER_HOME", None)
    return subprocess.run([SWDP, *args], capture_output=True, text=True, env=env, check=check,
                          timeout=900)


def exported_rows(data_dir: Path, dataset: str, member: str, env: dict[str, str]
                  ) -> dict[str, dict]:
    """`swdp run` of the configuration in `env` into `data_dir`, and the rows of the member's
    CSV export of `dataset` by their source id („Kennung beim Mitglied“)."""
    result = swdp("run", "--json", data_dir=data_dir, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    text = (data_dir / "export" / dataset / f"{member}.csv").read_text(encoding="utf-8-sig")
    return {row["Kennung beim Mitglied"]: row
            for row in csv.DictReader(io.StringIO(text), delimiter=";")}


def swdp_in_process(*args, data_dir: Path, env: dict[str, str] | None = None
                    ) -> subprocess.CompletedProcess:
    """The same CLI through its entry point `pipelines.cli.main` (which the `swdp` script
    calls: exit codes, one German line instead of a traceback) in this process, with the
    data directory and `env` set and DAGSTER_HOME unset only for the call; stdout and stderr
    captured apart. Returns what `swdp` returns. What stays read between calls is what never
    changes in a session (the official geodata, the schemas, and the member list the
    Dagster jobs are partitioned by: a run of other members goes through `swdp`)."""
    from typer.testing import CliRunner

    from pipelines import cli
    from pipelines.core.cluster import load_cluster

    # A process of its own reads the configuration anew, which a test may have rewritten.
    load_cluster.cache_clear()
    overrides = {"SWDP_DATA_DIR": str(data_dir), "DAGSTER_HOME": None, **(env or {})}
    argv = sys.argv
    with CliRunner().isolation(env=overrides) as (stdout, stderr, _):
        sys.argv = ["swdp", *map(str, args)]
        code = 0  # as a process that returns from main
        try:
            cli.main()
        except SystemExit as leaving:
            code = 0 if leaving.code is None else leaving.code
        finally:
            sys.argv = argv
            sys.stdout.flush()
            sys.stderr.flush()
        result = subprocess.CompletedProcess([SWDP, *args], code, stdout.getvalue().decode(),
                                             stderr.getvalue().decode())
    return result


def publish_cli(ckan, data_dir: Path, *args, token=None, env: dict[str, str] | None = None
                ) -> subprocess.CompletedProcess:
    """`swdp publish` to the test's CKAN with its token (or the given one) in the environment,
    beside `env`."""
    return swdp_in_process("publish", "--ckan-url", ckan.url, *args, data_dir=data_dir,
                           env={**(env or {}),
                                "CKAN_API_TOKEN": ckan.token if token is None else token})
