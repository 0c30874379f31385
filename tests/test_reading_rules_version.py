"""Deliveries read by earlier reading rules are read again: a rule that makes other records
of the same bytes („Ganztägig: nein“ for an event with a time of day, where the lake held an
empty value) otherwise never reached a deployed platform's data, because an unchanged delivery
is skipped before it is parsed – until the member happened to deliver anew."""
from pipelines.core.cluster import load_cluster
from pipelines.ingest import unchanged, upstream
from pipelines.ingest.archive import sha256_of
from pipelines.storage.lake import partition_path


def test_deliveries_read_by_earlier_rules_are_due_again(kusel_events_copy, monkeypatch):
    settings = kusel_events_copy
    cluster = load_cluster(settings.config_path)
    source = cluster.member("kusel").sources["events"]
    partition = partition_path(settings.lake_dir, "events", "kusel").parent
    digest = sha256_of(source.location)

    def kept():
        return unchanged.last_ingestion(settings, partition,
                                        unchanged.fingerprint(digest, cluster, source))

    assert kept() is not None  # read by these rules: skipped before parsing
    remote = upstream._config_fingerprint(source)
    monkeypatch.setattr(unchanged, "READING_RULES_VERSION", unchanged.READING_RULES_VERSION + 1)
    assert kept() is None
    assert upstream._config_fingerprint(source) != remote  # a server's source is fetched anew
