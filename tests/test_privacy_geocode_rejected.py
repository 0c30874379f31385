"""A record only ever rejected leaves the online geocoder's cache with its erasure, also when
its rejected row is all the platform still has of it: Markus Görgen's row (KUS-LS-0024,
rejected for the object type „Burg“) was geocoded like every row, the archived delivery
holding it went with the erasure of another owner, and Kusel's configured file is gone (the
office now uploads in CKAN) – his address is known only from the rejected row as delivered."""
from support.cli import swdp_in_process
from test_geocode_cli import nominatim  # noqa: F401 (the look-alike service, a fixture)
from test_privacy import PUBLISHED, REJECTED
from test_privacy_geocode_cache import ADDRESS, REJECTED_AT, _cached, geocoded_config


def test_erasure_forgets_the_address_of_a_row_that_was_only_ever_rejected(
        tmp_path, monkeypatch, nominatim):
    delivery, data_dir = geocoded_config(tmp_path, monkeypatch, nominatim)
    ran = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr[-2000:]
    for stored in _cached(data_dir).values():
        assert REJECTED_AT in stored

    def erase(own_id: str) -> str:
        erased = swdp_in_process("privacy", "erase", "-m", "kusel", "-d", "vacancies", "--id",
                                 own_id, data_dir=data_dir)
        assert erased.returncode == 0, erased.stderr[-2000:]
        return " ".join(erased.stdout.split())

    erase(PUBLISHED)  # the archived delivery held him too: it is deleted
    assert not any((data_dir / "raw" / "kusel" / "vacancies").iterdir())
    delivery.unlink()
    told = erase(REJECTED)
    assert "abgewiesene Zeilen: 1" in told
    assert "gespeicherte Antworten des Online-Geocoders zu seiner Anschrift: 1 gelöscht" in told
    for where, stored in _cached(data_dir).items():
        assert REJECTED_AT not in stored, where


def test_answers_to_addresses_of_no_record_go_after_the_archives_loeschfrist(
        tmp_path, monkeypatch, nominatim):
    """Markus Görgen's row was only ever rejected: once no delivery the platform keeps holds
    it, nothing names his address to an erasure. Two years on (the archive's Löschfrist) the
    answer to it goes; the answer to a record's address in the lake stays."""
    from datetime import datetime, timedelta, timezone

    from pipelines.core.cluster import load_cluster
    from pipelines.core.settings import Settings
    from pipelines.ingest.privacy import expire

    _, data_dir = geocoded_config(tmp_path, monkeypatch, nominatim)  # 730 days as shipped
    ran = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr[-2000:]
    monkeypatch.setenv("SWDP_DATA_DIR", str(data_dir))
    settings, cluster = Settings.from_env(), load_cluster(tmp_path / "cluster.yaml")

    assert expire(settings, cluster).geocode_answers == 0  # fetched today
    expiry = expire(settings, cluster, now=datetime.now(timezone.utc) + timedelta(days=731))
    assert expiry.geocode_answers == 1
    assert expiry.summary.endswith("Gespeicherte Antworten des Online-Geocoders zu Anschriften "
                                   "ohne Datensatz: 1 gelöscht.")
    for where, stored in _cached(data_dir).items():
        assert REJECTED_AT not in stored and ADDRESS in stored, where
