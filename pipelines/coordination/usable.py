"""Whether the `coordination:` settings of cluster.yaml are usable as the coordination step
reads them: `swdp run` and the Dagster definitions refuse a wrong entry before any delivery
is read, `swdp status` and `swdp check` name it at every call.

Light on purpose: the gazetteer (pandas, the geodata libraries) is read only where an
external neighbour has to be looked up – a status of a cluster without one loads neither."""
from __future__ import annotations

from pipelines.coordination.config import calendar_rules, feed_base_url, receivers
from pipelines.core.cluster import Cluster, ConfigError
from pipelines.core.settings import Settings


def check_coordination(settings: Settings, cluster: Cluster) -> None:
    """The coordination settings as the coordination step reads them, every external
    neighbour looked up in VG5000, so a wrong entry does not wait for the end of a whole
    ingestion. Raises ConfigError naming the configuration file and the entry."""
    feed_base_url(cluster)
    calendar_rules(cluster)
    if externals := [receiver for receiver in receivers(cluster) if receiver.external]:
        # The lookup reads the gazetteer with pandas: loaded only where there is one to look up.
        from pipelines.coordination.externals import look_up, read_names
        names = read_names(settings, cluster)
        for receiver in externals:
            look_up(cluster, receiver, names)


def coordination_problem(settings: Settings, cluster: Cluster) -> str | None:
    """What `check_coordination` refuses, as its German message; None where nothing is wrong."""
    try:
        check_coordination(settings, cluster)
    except ConfigError as error:
        return str(error)
    return None
