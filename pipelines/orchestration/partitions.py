"""One partition per member, from cluster.yaml: adding a member is a configuration change."""
from __future__ import annotations

import warnings

import dagster as dg

from pipelines.core.cluster import Cluster, load_cluster
from pipelines.core.settings import Settings

CLUSTER = load_cluster(Settings.from_env().config_path)
MEMBERS = dg.StaticPartitionsDefinition(list(CLUSTER.members))
# The UI shows a partition by its key only; the assets' descriptions name each member.
MEMBER_NAMES = ", ".join(f"{key} = {member.name}" for key, member in CLUSTER.members.items())
# The run tag naming a member's run by the member's name: the Runs list of the UI shows the
# partition by its key only.
MEMBER_TAG = "swdp/mitglied"


def member_tag(cluster: Cluster, key: str) -> dict[str, str]:
    return {MEMBER_TAG: cluster.member_name(key)}


# Partitioned asset checks are a preview feature of Dagster 1.13; the warning says only that.
warnings.filterwarnings("ignore", message=".*partitions_def on an AssetCheckSpec.*")
