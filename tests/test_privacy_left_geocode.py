"""A record only ever rejected leaves the online geocoder's cache with its erasure, also when
its rejected row is all the platform still has of it: Markus Görgen's row (KUS-LS-0024,
rejected for the object type „Burg“) was geocoded like every row, the archived delivery
holding it went with the erasure of another owner, and Kusel's configured file is gone (the
office now uploads in CKAN) – his address is known only from the rejected row as delivered."""
from support.cli import swdp_in_process
from test_geocode_cli import nominatim  # noqa: F401 (the look-alike service, a fixture)
from test_privacy import PUBLISHED, REJECTED
from test_privacy_geocode_cache import REJECTED_AT, _cached, geocoded_config


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
