import subprocess
import sys
from pathlib import Path

from pipelines.settings import PROJECT_ROOT


def test_definitions_validate_through_the_workspace_file(tmp_path):
    dagster = str(Path(sys.executable).with_name("dagster"))
    result = subprocess.run([dagster, "definitions", "validate", "-w", "dagster_workspace.yaml"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
                            env={"PATH": str(Path(sys.executable).parent), "DAGSTER_HOME": str(tmp_path),
                                 "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr


def test_assets_are_partitioned_by_member_and_schedules_come_from_the_config(cluster):
    from pipelines.definitions import LAKE_ASSETS, defs

    for asset in LAKE_ASSETS:
        assert set(asset.partitions_def.get_partition_keys()) == set(cluster.members)
    schedules = {s.name: s.cron_schedule for s in defs.schedules}
    assert len(schedules) == len(cluster.sources()) == 24
    assert schedules["events_kaiserslautern"] == cluster.member("kaiserslautern").sources["events"].schedule
