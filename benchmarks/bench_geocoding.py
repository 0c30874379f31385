"""Gazetteer matching throughput on 1,000,000 generated addresses of the cluster's members.

The addresses are drawn from a generated house-coordinate register (HK-DE layout) of all
member municipalities and spelled the way members do (see tests/support/addresses.py).
Measured in the same run on the same rows: the platform's matching (house, street, postal
code, municipality with score, per member area) and, as the baseline, a DuckDB join of the
rows on the postal code alone. Prints addresses per second, the ratio, the share resolved to
the right municipality (AGS), and the peak memory of the process (ru_maxrss).
"""
from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "tests"))

from pipelines.core.cluster import load_cluster  # noqa: E402
from pipelines.geocoding.gazetteer import build_gazetteer, member_area  # noqa: E402
from pipelines.geocoding.matching import match_addresses  # noqa: E402
from pipelines.core.german import german_number  # noqa: E402
from pipelines.core.settings import Settings  # noqa: E402
from support.addresses import (make_deliveries, make_register, match_per_member,  # noqa: E402
                                 write_hk_de)

ADDRESSES = int(os.environ.get("BENCH_ADDRESSES", 1_000_000))


def main() -> None:
    cluster = load_cluster(Settings.from_env().config_path)
    with tempfile.TemporaryDirectory(prefix="swdp-bench-geocoding-") as scratch:
        folder = Path(scratch)
        started = time.perf_counter()
        whole = member_area(Settings(data_dir=folder / "plain"), cluster, None)
        register = make_register(whole, seed=2024)
        build_gazetteer(Settings(data_dir=folder / "gazetteer"), cluster, [write_hk_de(register, folder / "hk.txt")])
        areas = {key: member_area(Settings(data_dir=folder / "gazetteer"), cluster, member)
                 for key, member in cluster.members.items()}
        member_of = {ags: key for key, area in areas.items() for ags in area.municipalities["ags"]}
        deliveries = make_deliveries(register, member_of, ADDRESSES, seed=7,
                                     foreign_postcodes=["20095", "10115", "80331", "66111"])
        print(f"Vorbereitung: Register mit {german_number(len(register))} Hausadressen, "
              f"{german_number(len(deliveries))} Adressen erzeugt ({german_number(time.perf_counter() - started, 1)} s)")
        for area in areas.values():  # indexes of the areas, built once per gazetteer
            match_addresses(["Hauptstraße"], ["1"], [None], [None], area)

        started = time.perf_counter()
        matched = match_per_member(deliveries, areas)
        matching = time.perf_counter() - started

        baseline = _duckdb_postcode_join(deliveries, whole.postcodes)
        right = (matched["ags"] == deliveries["ags"]).mean()
        shares = matched["precision"].value_counts(normalize=True)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"Gazetteer-Abgleich: {german_number(len(deliveries))} Adressen in {german_number(matching, 2)} s = "
              f"{german_number(len(deliveries) / matching)} Adressen/s")
        print(f"DuckDB-Join nur über die Postleitzahl (Vergleich): {german_number(baseline, 2)} s = "
              f"{german_number(len(deliveries) / baseline)} Adressen/s")
        print(f"Verhältnis Laufzeit Abgleich / DuckDB-Join: {german_number(matching / baseline, 1)}")
        print(f"Richtige Gemeinde (AGS): {german_number(right * 100, 2)} %; Genauigkeit: " + ", ".join(
            f"{level} {german_number(share * 100, 1)} %" for level, share in shares.items()))
        print(f"Spitzenspeicher des Prozesses (ru_maxrss): {german_number(peak_mb)} MB")


def _duckdb_postcode_join(deliveries: pd.DataFrame, postcodes: pd.DataFrame) -> float:
    """Seconds for DuckDB to place the same rows by postal code alone (one mean point per
    code), result materialised in DuckDB."""
    connection = duckdb.connect()
    connection.register("deliveries", deliveries[["street", "housenumber", "postcode", "place"]])
    connection.register("postcodes", postcodes[["postcode", "x", "y"]])
    connection.execute("CREATE TABLE points AS SELECT postcode, avg(x) AS x, avg(y) AS y "
                       "FROM postcodes GROUP BY postcode")
    started = time.perf_counter()
    connection.execute("CREATE TABLE placed AS SELECT d.*, p.x, p.y FROM deliveries d "
                       "LEFT JOIN points p USING (postcode)")
    elapsed = time.perf_counter() - started
    assert connection.execute("SELECT count(*) FROM placed").fetchone()[0] == len(deliveries)
    connection.close()
    return elapsed


if __name__ == "__main__":
    main()
