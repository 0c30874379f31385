"""An erased owner's address leaves the online geocoder's cache too (Art. 17 DSGVO): the
service's answer to „Burgstraße 12, 67754 Eßweiler“ is kept for the platform's records, and
without them it is nothing but his address. An address another record in the lake still has
stays: its answer serves that record (asked again otherwise, with its address)."""
import json

import duckdb
import pandas as pd

from support.cli import swdp_in_process
from test_geocode_cli import nominatim  # noqa: F401 (the look-alike service, a fixture)
from test_privacy import PUBLISHED, REJECTED, _config

ADDRESS = "Burgstraße 12, 67754 Eßweiler, Deutschland"           # KUS-LS-0005, Uwe Schröder
REJECTED_AT = "Lindenweg 61, 67746 Merzweiler, Deutschland"      # KUS-LS-0024, Markus Görgen
SHARED = "Auf der Höhe 14, 66887 Ulmet, Deutschland"              # KUS-LS-0004 and, here, 0007


def _cached(data_dir) -> dict[str, set[str]]:
    """The addresses each store of the cache holds answers to: its files, the warehouse."""
    files = [pd.read_parquet(path) for path in sorted((data_dir / "geocode_cache").glob("*.parquet"))]
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as connection:
        table = connection.execute("SELECT query FROM geocode_cache").df()
    return {"files": set(pd.concat(files)["query"]) if files else set(),
            "warehouse": set(table["query"])}


def geocoded_config(tmp_path, monkeypatch, nominatim) -> tuple:
    """`_config` of test_privacy with the online geocoder on, asking the look-alike."""
    delivery, data_dir = _config(tmp_path, monkeypatch)
    config = tmp_path / "cluster.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "online_geocoder:\n    enabled: false\n    service: nominatim\n"
        "    url: https://nominatim.openstreetmap.org",
        f"online_geocoder:\n    enabled: true\n    service: nominatim\n    url: {nominatim[0]}"
    ).replace("min_delay_seconds: 1.0", "min_delay_seconds: 0.05"), encoding="utf-8")
    return delivery, data_dir


def test_erasure_removes_the_cached_answers_to_the_records_address(tmp_path, monkeypatch, nominatim):
    delivery, data_dir = geocoded_config(tmp_path, monkeypatch, nominatim)
    text = delivery.read_text(encoding="utf-8-sig")  # KUS-LS-0007 moves in next to 0004
    delivery.write_text(text.replace("Haus;zu vermieten;Auf der Höhe;3;", "Haus;zu vermieten;Auf der Höhe;14;"),
                        encoding="utf-8-sig")
    ran = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr[-2000:]
    before = _cached(data_dir)
    for stored in before.values():  # the lake's records and the rejected row's
        assert {ADDRESS, REJECTED_AT, SHARED} <= stored

    def erase(own_id: str) -> str:
        erased = swdp_in_process("privacy", "erase", "-m", "kusel", "-d", "vacancies", "--id",
                                 own_id, data_dir=data_dir)
        assert erased.returncode == 0, erased.stderr[-2000:]
        return " ".join(erased.stdout.split())

    told = erase(PUBLISHED)
    assert "gespeicherte Antworten des Online-Geocoders zu seiner Anschrift: 1 gelöscht" in told
    assert "bleiben gespeichert" not in told
    # the rejected row's address is known from the archived delivery that held it
    assert "Anschrift: 1 gelöscht" in erase(REJECTED)
    told = erase("KUS-LS-0004")
    assert ("Die Antworten des Online-Geocoders zu seiner Anschrift bleiben gespeichert: ein "
            "anderer Datensatz im Lake hat dieselbe Anschrift.") in told
    assert "Anschrift: 1 gelöscht" not in told
    for where, stored in _cached(data_dir).items():  # also after the warehouse was rebuilt
        assert stored == before[where] - {ADDRESS, REJECTED_AT}, where  # SHARED kept

    # Kusel sends the list again, the erased owners still in it: their addresses are not
    # sent to the service again, nor cached.
    asked = len(nominatim[1])
    delivery.write_text(delivery.read_text(encoding="utf-8-sig").replace(
        "Älteres Bauernhaus", "Bauernhaus (saniert)", 1), encoding="utf-8-sig")
    again = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", "--json", data_dir=data_dir)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "3 Zeilen nicht übernommen: auf Antrag gelöscht" in " ".join(
        json.loads(again.stdout)["runs"][0]["notes"])
    assert not {ADDRESS, REJECTED_AT} & set(nominatim[1][asked:])
    for where, stored in _cached(data_dir).items():
        assert not {ADDRESS, REJECTED_AT} & stored, where
