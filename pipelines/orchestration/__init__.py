"""Orchestration: Dagster resources, partitions, assets per domain, schedules;
`definitions.py` only merges them. An entry point, like the CLI."""
