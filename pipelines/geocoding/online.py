"""Online geocoders (Nominatim- or Photon-compatible, through geopy) as an option for the
addresses the gazetteer places no better than by postal code.

Off unless `geodata.online_geocoder.enabled` in cluster.yaml. Every answer, found or not, is
cached, so an address is never asked twice – also after the warehouse is built anew from
scratch: the cache is its own files (`settings.geocode_cache_dir`), the warehouse table
`geocode_cache` a copy for analysts. New answers go to a file of their own there; they are
merged into `answers.parquet` and the table right away when the warehouse is free (it has one
writer at a time), else by the next warehouse refresh. Lookups read those files and, for
answers a warehouse from before this held alone, the table (read-only). `forget` removes
the answers to an erased record's address (Art. 17 DSGVO) from all of them.
"""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pandas as pd
import shapely

from pipelines.geocoding.coordinates import transform
from pipelines.geocoding.gazetteer import MemberArea
from pipelines.core.database import connect, sql_literal
from pipelines.core.settings import Settings
from pipelines.core.files import atomic_write
from pipelines.core.locks import WAREHOUSE, Busy, exclusive

CACHE_TABLE = "geocode_cache"
CACHE_COLUMNS = {"service": "VARCHAR", "query": "VARCHAR", "lat": "DOUBLE", "lon": "DOUBLE",
                 "kind": "VARCHAR", "fetched_at": "TIMESTAMPTZ"}
# What the services call a result -> precision level, and the score an online answer gets.
_LEVELS = {"house": "house", "building": "house", "road": "street", "street": "street",
           "highway": "street"}
_SCORES = {"house": 0.9, "street": 0.75}
_IMPROVABLE = ("postcode", "municipality", "none")
_SERVICES = {"nominatim": "Nominatim", "photon": "Photon"}  # geopy's classes


@dataclass
class OnlineGeocoder:
    service: str            # nominatim | photon
    url: str
    user_agent: str
    settings: Settings
    min_delay_seconds: float = 1.0
    timeout_seconds: float = 10.0
    requests: int = field(default=0, init=False)

    @property
    def cache_key(self) -> str:
        return f"{self.service} {self.url}"

    def improve(self, rows: pd.DataFrame, matched: pd.DataFrame, area: MemberArea) -> pd.DataFrame:
        """matched with the rows the gazetteer placed by postal code or worse replaced by a
        house or street found online inside the area."""
        todo = matched["precision"].isin(_IMPROVABLE).to_numpy()
        queries = queries_of(rows)
        todo &= queries.notna().to_numpy()
        if not todo.any():
            return matched
        answers = self.lookup(sorted(set(queries[todo])))
        found = queries.map(answers).where(todo, None)
        result = matched.copy()
        for position, answer in found.dropna().items():
            level = _LEVELS.get(answer["kind"])
            if level is None:
                continue
            x, y = transform("EPSG:4326", [answer["lon"]], [answer["lat"]])
            if not shapely.contains_xy(area.boundary, x[0], y[0]):
                continue  # outside the area: never taken
            result.iloc[position, result.columns.get_indexer(["x", "y", "ags", "precision", "score"])] = [
                x[0], y[0], area.ags_at(x, y)[0], level, _SCORES[level]]
        return result

    def lookup(self, queries: list[str]) -> dict[str, dict | None]:
        """Answer per query: from the cache, else asked (rate-limited) and cached."""
        cache = GeocodeCache(self.settings)
        known = cache.read(self.cache_key, queries)
        missing = [q for q in queries if q not in known]
        if missing:
            fresh = self._ask(missing)
            cache.write(self.cache_key, fresh)
            known |= fresh
        return {q: (a if a and a.get("lat") is not None else None) for q, a in known.items()}

    def _ask(self, queries: list[str]) -> dict[str, dict]:
        # geopy (0.5 s to import) only where a service is really asked, not for each check
        import geopy.geocoders
        from geopy.extra.rate_limiter import RateLimiter

        parts = urlsplit(self.url)
        service = getattr(geopy.geocoders, _SERVICES[self.service])
        geocoder = service(domain=parts.netloc + parts.path.rstrip("/"),
                                           scheme=parts.scheme or "https",
                                           user_agent=self.user_agent, timeout=self.timeout_seconds)
        limited = RateLimiter(geocoder.geocode, min_delay_seconds=self.min_delay_seconds,
                              max_retries=1, swallow_exceptions=True)
        answers = {}
        for text in queries:
            self.requests += 1
            location = limited(text, exactly_one=True)
            answers[text] = ({"lat": location.latitude, "lon": location.longitude,
                              "kind": _kind(location.raw)} if location else
                             {"lat": None, "lon": None, "kind": None})
        return answers


def query(street, housenumber, postcode, place) -> str | None:
    """The address as sent to the service (and the cache key)."""
    present = lambda value: value is not None and str(value).strip() and str(value) != "nan"
    if not present(street):
        return None
    line = " ".join(str(v).strip() for v in (street, housenumber) if present(v))
    town = " ".join(str(v).strip() for v in (postcode, place) if present(v))
    return f"{line}, {town}, Deutschland" if town else f"{line}, Deutschland"


def queries_of(rows: pd.DataFrame) -> pd.Series:
    """Per row its address as sent to the service (None without a street), by position."""
    return pd.Series([query(*parts) for parts in zip(
        *(rows[name] if name in rows else [None] * len(rows)
          for name in ("street", "housenumber", "postcode", "place")))], dtype=object)


def _kind(raw: dict) -> str | None:
    """Nominatim: addresstype/class/type; Photon: properties.type."""
    properties = raw.get("properties", {})
    for candidate in (raw.get("addresstype"), raw.get("type"), raw.get("class"),
                      properties.get("type"), properties.get("osm_key")):
        if candidate in _LEVELS:
            return candidate
    return raw.get("addresstype") or raw.get("type") or properties.get("type")


def online_geocoder(config: dict | None, settings: Settings) -> OnlineGeocoder | None:
    """From cluster.yaml `geodata.online_geocoder`; None when it is not enabled."""
    if not config or not config.get("enabled"):
        return None
    return OnlineGeocoder(service=config.get("service", "nominatim"), url=config["url"],
                          user_agent=config["user_agent"], settings=settings,
                          min_delay_seconds=float(config.get("min_delay_seconds", 1.0)),
                          timeout_seconds=float(config.get("timeout_seconds", 10)))


class GeocodeCache:
    """The answer files, merged and not yet merged, plus the warehouse table."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.inbox = settings.geocode_cache_dir

    def read(self, service: str, queries: list[str]) -> dict[str, dict]:
        frames = [frame for path in sorted(self.inbox.glob("*.parquet"))
                  if (frame := _answers_in(path)) is not None]
        if self.settings.warehouse_path.exists():
            frames.append(self._from_warehouse(service, queries))
        if not frames:
            return {}
        table = pd.concat(frames, ignore_index=True)
        table = table[(table["service"] == service) & table["query"].isin(queries)]
        return {row.query: {"lat": None if pd.isna(row.lat) else row.lat,
                            "lon": None if pd.isna(row.lon) else row.lon, "kind": row.kind}
                for row in table.itertuples()}

    def _from_warehouse(self, service: str, queries: list[str]) -> pd.DataFrame:
        def select(connection):
            if not connection.execute("SELECT count(*) FROM information_schema.tables WHERE "
                                      "table_name = ?", [CACHE_TABLE]).fetchone()[0]:
                return pd.DataFrame(columns=list(CACHE_COLUMNS))
            return connection.execute(f"SELECT * FROM {CACHE_TABLE} WHERE service = ? AND "
                                      f"list_contains(?, query)", [service, queries]).df()
        return _with_warehouse(self.settings.warehouse_path, select, read_only=True,
                               otherwise=pd.DataFrame(columns=list(CACHE_COLUMNS)))

    def write(self, service: str, answers: dict[str, dict]) -> None:
        now = datetime.now(timezone.utc)
        table = pd.DataFrame([{"service": service, "query": text, "lat": a["lat"], "lon": a["lon"],
                               "kind": a["kind"], "fetched_at": now} for text, a in answers.items()])
        table = table.astype({"lat": float, "lon": float, "kind": object})
        atomic_write(self.inbox / f"{uuid.uuid4()}.parquet",
                     lambda partial: table.to_parquet(partial, index=False))
        # Straight into the warehouse when no refresh is under way (one writer at a time);
        # else the answer file waits for the next refresh.
        try:
            with exclusive(self.settings, WAREHOUSE, wait=0):
                # the answer files go only once the warehouse holds them for sure
                remove_absorbed(_with_warehouse(self.settings.warehouse_path,
                                                lambda c: absorb(c, self.settings),
                                                read_only=False, otherwise=None, attempts=1))
        except Busy:
            pass


def _answers_in(path: Path) -> pd.DataFrame | None:
    try:
        return pd.read_parquet(path)
    except FileNotFoundError:  # just moved into the warehouse by another process
        return None


def absorb(connection, settings: Settings, previous: str | None = None) -> list[str]:
    """Add to the warehouse table the answers of `previous` (the table of the warehouse this
    one replaces), of `answers.parquet` and of the newer answer files, each once, and write
    the whole table to `answers.parquet` where it gained answers it did not have. Returns
    the newer files, which the caller removes with `remove_absorbed` once its transaction
    is committed."""
    columns = ", ".join(f"{name} {kind}" for name, kind in CACHE_COLUMNS.items())
    connection.execute(f"CREATE TABLE IF NOT EXISTS {CACHE_TABLE} ({columns}, "
                       f"PRIMARY KEY (service, query))")
    kept = settings.geocode_cache_path
    files = sorted(str(p) for p in settings.geocode_cache_dir.glob("*.parquet") if p != kept)
    if sources := ([str(kept)] if kept.exists() else []) + files:
        _insert_new(connection, "read_parquet(?)", [sources])
    # answers a warehouse from before held alone, not yet in the files
    carried = previous and _insert_new(connection, previous, [])
    if files or carried:
        atomic_write(kept, lambda partial: connection.execute(
            f"COPY {CACHE_TABLE} TO {sql_literal(partial)} (FORMAT parquet)"), durable=True)
    return files


def _insert_new(connection, source: str, parameters: list) -> int:
    """Add the answers of `source` the table lacks; how many. Matched by service and query
    themselves: a table that an earlier refresh copied (CREATE TABLE AS) has no key."""
    names = ", ".join(CACHE_COLUMNS)
    return connection.execute(
        f"INSERT INTO {CACHE_TABLE} SELECT DISTINCT ON (service, query) {names} FROM {source} "
        f"AS answers WHERE NOT EXISTS (SELECT 1 FROM {CACHE_TABLE} AS cached WHERE "
        f"cached.service = answers.service AND cached.query = answers.query)",
        parameters).fetchone()[0]


def cached_before(settings: Settings, before: datetime) -> set[str]:
    """The addresses whose answers in the cache's files were fetched before `before` (the
    files hold every answer: the warehouse table is their copy)."""
    frames = [frame for path in sorted(settings.geocode_cache_dir.glob("*.parquet"))
              if (frame := _answers_in(path)) is not None and len(frame)]
    if not frames:
        return set()
    answers = pd.concat(frames, ignore_index=True)
    return set(answers.loc[pd.to_datetime(answers["fetched_at"], utc=True) < before, "query"])


def forget(settings: Settings, queries: set[str]) -> int:
    """Remove the cached answers (of every service) to these addresses from the answer files
    and the warehouse table, which a refresh would otherwise take them back from; how many
    answers. Raises GeocodeCacheHeld while the warehouse stays open for writing elsewhere:
    nothing of the record is erased yet, the erasure is to be repeated."""
    wanted = sorted(queries)
    gone: set[tuple[str, str]] = set()
    with exclusive(settings, WAREHOUSE):  # no refresh or answer merged in between
        def delete(connection) -> list[tuple[str, str]]:
            if not connection.execute("SELECT count(*) FROM information_schema.tables WHERE "
                                      "table_name = ?", [CACHE_TABLE]).fetchone()[0]:
                return []
            condition = f"FROM {CACHE_TABLE} WHERE list_contains(?, query)"
            found = connection.execute(f"SELECT service, query {condition}", [wanted]).fetchall()
            connection.execute(f"DELETE {condition}", [wanted])
            return found

        if wanted and settings.warehouse_path.exists():
            found = _with_warehouse(settings.warehouse_path, delete, read_only=False, otherwise=None)
            if found is None:
                raise GeocodeCacheHeld(settings.warehouse_path)
            gone.update(found)
        for path in sorted(settings.geocode_cache_dir.glob("*.parquet")) if wanted else []:
            answers = _answers_in(path)
            hit = answers["query"].isin(wanted) if answers is not None else None
            if hit is not None and hit.any():
                gone.update(zip(answers.loc[hit, "service"], answers.loc[hit, "query"]))
                atomic_write(path, lambda partial: answers[~hit].to_parquet(partial, index=False),
                             durable=True)
    return len(gone)


class GeocodeCacheHeld(OSError):
    def __init__(self, path: Path):
        super().__init__(0, "Das Warehouse ist von einem anderen Programm zum Schreiben geöffnet "
                            "– die gespeicherten Antworten des Online-Geocoders sind nicht "
                            "gelöscht; bitte die Löschung wiederholen, sobald es frei ist",
                         str(path))


def remove_absorbed(files: list[str]) -> None:
    for name in files or []:
        Path(name).unlink(missing_ok=True)


def _with_warehouse(path: Path, work, read_only: bool, otherwise, attempts: int = 20):
    """work(connection) on the warehouse; while another process writes it, wait a little,
    and give up with `otherwise` (the answers stay in their files, nothing is lost)."""
    if read_only and not path.exists():
        return otherwise
    for attempt in range(attempts):
        try:
            with connect(path, read_only=read_only) as connection:
                result = work(connection)
                if not read_only:
                    # what the caller does next (removing the answer files absorbed) waits
                    # for the warehouse to hold the change for sure (closing would checkpoint
                    # silently, also on a full disk: see storage/warehouse.py)
                    connection.execute("CHECKPOINT")
                return result
        except duckdb.IOException:
            time.sleep(0.25 * (attempt + 1))
    return otherwise
