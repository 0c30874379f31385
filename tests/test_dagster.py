import subprocess
import sys
from pathlib import Path

from pipelines.core.settings import PROJECT_ROOT


def test_definitions_validate_through_the_workspace_file(tmp_path):
    dagster = str(Path(sys.executable).with_name("dagster"))
    result = subprocess.run([dagster, "definitions", "validate", "-w", "dagster_workspace.yaml"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
                            env={"PATH": str(Path(sys.executable).parent), "DAGSTER_HOME": str(tmp_path),
                                 "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr


def test_assets_are_partitioned_by_member_and_schedules_come_from_the_config(cluster):
    from pipelines.orchestration.definitions import defs
    from pipelines.orchestration.ingestion import LAKE_ASSETS

    for asset in LAKE_ASSETS:
        assert set(asset.partitions_def.get_partition_keys()) == set(cluster.members)
    schedules = {s.name: s.cron_schedule for s in defs.schedules}
    assert len(schedules) == len(cluster.sources()) + 1 == 25  # and the Löschfristen daily
    assert schedules["datenschutz_loeschfristen"] == "30 3 * * *"
    assert schedules["events_kaiserslautern"] == cluster.member("kaiserslautern").sources["events"].schedule


def test_each_lake_partition_carries_one_check_per_quality_rule_of_its_schema():
    from pipelines.orchestration.ingestion import LAKE_ASSETS, ROW_RULES_CHECK
    from schemas import load_schema

    for asset in LAKE_ASSETS:
        dataset = asset.key.path[-1].removesuffix("_lake")
        assert {key.name for key in asset.check_keys} == {ROW_RULES_CHECK, *load_schema(dataset).quality}
        assert all(spec.partitions_def == asset.partitions_def and not spec.blocking
                   for spec in asset.check_specs)
