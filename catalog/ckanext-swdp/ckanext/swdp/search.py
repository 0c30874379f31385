"""Dataset index and search in PostgreSQL instead of Solr (CKAN plugin ``swdp_pgsearch``).

Longer than 350 lines because the Solr query subset CKAN sends is translated to SQL in one
place; split up, the translation would be harder to follow, not easier.

Why: Solr cannot be installed on the platform's hosts and small municipalities do not want to
run it. PostgreSQL is already there for CKAN, and the cluster's catalogue holds a few hundred
datasets, so PostgreSQL full text search is plenty.

How it hooks in (CKAN 2.11/2.12 have no search-provider interface, see ckan/ckan#8444):
CKAN reaches its search backend only through the registries in ``ckan.lib.search``
(``index_for``/``query_for`` look up ``_INDICES``/``_QUERIES``; ``model_dictize`` instantiates
``search.PackageSearchQuery`` for group counts and tag pages) and through the Solr connection
factory ``make_connection`` inside ``ckan.lib.search.index``. At ``update_config`` – before
CKAN's environment checks the Solr schema – the plugin puts its own classes into those
registries and replaces the index module's connection factory by a writer into PostgreSQL:

* ``PostgresPackageIndex`` keeps CKAN's own ``PackageSearchIndex.index_package``, which turns a
  dataset into the flat document it would send to Solr (tags, groups, organisation name,
  ``res_format``, extras, ``capacity``, ``permission_labels``, ``data_dict`` and
  ``validated_data_dict`` as JSON, every plugin's ``before_dataset_index``). Only the final
  "send to Solr" goes to ``IndexWriter.add``, which upserts the document into the table
  ``swdp_package_index`` (document as ``jsonb``, a weighted German ``tsvector`` and a lower-case
  text for substring matches). The write uses CKAN's own session, so the index changes in the
  same transaction as the dataset: a failed update leaves no stale index row behind.
* ``PostgresPackageQuery.run`` understands the subset of Solr syntax CKAN, its templates,
  the API users and ckanext-dcat send: free text (``websearch_to_tsquery('german', …)``, so
  "Veranstaltungen" finds "Veranstaltung", plus a case-insensitive substring match so parts of
  German compounds like "straße" in "Hauptstraße" are found; words with umlauts and ß are
  indexed spelt out as well, so "Maerkte" and "Bahnhofstrasse" find them; the portal file's
  ``search_words`` are indexed beside the word they mean, so "Kirmes" finds "Feste"), ``field:value`` (words of
  the tokenised fields title, notes, res_name …; exact values elsewhere),
  ``field:"quoted value"``, ``field:(a OR b)``, ``field:[from TO to]``, ``field:prefix*``,
  ``+``/``-``/``NOT`` prefixes, ``OR`` between fielded clauses and ``*:*`` – on ANY field of
  the indexed document (organization, tags, groups, license_id, res_format, capacity, state,
  dataset_type, extras, …). Sorting by ``score`` and any document field, paging with
  ``rows``/``start``, facet counts for any field with ``facet.limit``/``facet.mincount``,
  ``fl`` and ``permission_labels`` behave as with Solr.

Not supported (raises no error, behaves as noted): boosts and Solr's relevance tuning
(``qf``, ``bf``, ``mm``, ``tie``, ``defType`` are ignored; ranking is ``ts_rank_cd`` with title >
tags > description > the rest; every free word must match, Solr's ``mm`` lets one of many
miss), nested parentheses and OR between a free word and a fielded clause (free words always
form one full text query that is ANDed with the fielded clauses), wildcards other than a
trailing ``*``, fuzzy and proximity operators (``~``), date math like ``NOW-1DAY``, spatial
queries, highlighting, and the ``*_ngram`` autocomplete fields are plain substring matches.

A production catalogue with Solr simply leaves ``swdp_pgsearch`` out of ``ckan.plugins`` and
sets ``solr_url``; rebuilding that index is CKAN's ``ckan search-index rebuild``.
"""
from __future__ import annotations

import json
import re
import threading
from typing import Any

import sqlalchemy as sa

import ckan.lib.search as search
import ckan.lib.search.index as search_index
import ckan.model as model
import ckan.plugins as plugins
from ckan.common import config
from ckan.lib.search.common import SearchError, SearchQueryError
from ckan.lib.search.query import VALID_SOLR_PARAMETERS

from ckanext.swdp.helpers import swdp_portal

TABLE = "swdp_package_index"
TEXT_SEARCH_CONFIG = "german"

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    id text PRIMARY KEY,
    name text NOT NULL,
    document jsonb NOT NULL,
    search_vector tsvector NOT NULL,
    search_text text NOT NULL,
    indexed_at timestamptz NOT NULL DEFAULT now());
CREATE UNIQUE INDEX IF NOT EXISTS {TABLE}_name ON {TABLE} (name);
CREATE INDEX IF NOT EXISTS {TABLE}_search ON {TABLE} USING gin (search_vector);
CREATE INDEX IF NOT EXISTS {TABLE}_document ON {TABLE} USING gin (document jsonb_path_ops);
"""
_schema_ready = False
_schema_lock = threading.Lock()

# Which document fields feed the full text, by weight (A counts most in the ranking).
_WEIGHTED_FIELDS = {
    "A": ("title", "name"),
    "B": ("tags", "groups", "organization"),
    "C": ("notes", "res_name", "res_description"),
    "D": ("author", "maintainer", "res_format", "version"),
}
_EXTRA_PREFIX = "extras_"
# Fields Solr's schema tokenises: "title:kusel" matches a word of the title, not all of it.
_TEXT_FIELDS = {"title", "notes", "res_name", "res_description", "author", "maintainer"}


def ensure_schema() -> None:
    """Create the index table once per process, in its own committed transaction.

    Not in CKAN's request session: a read-only request rolls that back and would take the
    table with it. The advisory lock keeps two processes from racing on CREATE TABLE.
    """
    global _schema_ready
    if _schema_ready:
        return
    with _schema_lock:
        if _schema_ready:
            return
        with model.meta.engine.begin() as connection:
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext(:table))"),
                               {"table": TABLE})
            for statement in filter(str.strip, _SCHEMA.split(";")):
                connection.execute(sa.text(statement))
        _schema_ready = True


def _text_of(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(_text_of(item) for item in value)
    return "" if value is None or isinstance(value, (dict, bool)) else str(value)


# How words are typed without umlauts and ß: "Maerkte" for "Märkte", "Strasse" for "Straße".
_SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                            "ß": "ss", "ẞ": "SS"})


def _with_umlauts_spelt_out(text: str) -> str:
    """The text followed by its words with umlauts and ß spelt out, so a search typed without
    them finds it: the German stemmer folds ß to ss and ä to a, but stems "Maerkte" to
    another word than "Märkte", and a part of a compound ("strasse" in "Bahnhofstraße") is
    found by its letters."""
    words = [word for word in text.split() if word.translate(_SPELT_OUT) != word]
    return text if not words else text + " " + " ".join(words).translate(_SPELT_OUT)


def _with_search_words(text: str, search_words: dict[str, list[str]]) -> str:
    """The text followed by the words citizens search for that mean one of its words
    (cluster.yaml `portal.search_words`, e.g. "Kirmes" and "Kerwe" for "Feste"): the German
    stemmer knows no synonyms, and a regional word the catalogue never uses found nothing.
    In the index, not in the query: the words then rank and match as the word they mean
    (whole words, any case); a production Solr has its synonyms file instead."""
    words = {word.casefold() for word in re.findall(r"\w+", text)}
    said = [other for word, others in search_words.items() if word.casefold() in words
            for other in others]
    return text if not said else text + " " + " ".join(said)


class IndexWriter:
    """Stands in for the pysolr connection CKAN's ``index_package`` sends its document to."""

    def add(self, docs: list[dict[str, Any]], commit: bool = True) -> None:
        ensure_schema()
        for document in docs:
            weighted = {weight: " ".join(_text_of(document.get(field)) for field in fields)
                        for weight, fields in _WEIGHTED_FIELDS.items()}
            weighted["D"] += " " + " ".join(_text_of(value) for key, value in document.items()
                                            if key.startswith(_EXTRA_PREFIX))
            search_words = swdp_portal().get("search_words") or {}
            weighted = {weight: _with_umlauts_spelt_out(_with_search_words(text, search_words))
                        for weight, text in weighted.items()}
            model.Session.execute(sa.text(f"""
                INSERT INTO {TABLE} (id, name, document, search_vector, search_text)
                VALUES (:id, :name, CAST(:document AS jsonb),
                        setweight(to_tsvector(CAST(:config AS regconfig), :a), 'A')
                        || setweight(to_tsvector(CAST(:config AS regconfig), :b), 'B')
                        || setweight(to_tsvector(CAST(:config AS regconfig), :c), 'C')
                        || setweight(to_tsvector(CAST(:config AS regconfig), :d), 'D'),
                        lower(:a || ' ' || :b || ' ' || :c || ' ' || :d))
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, document = excluded.document,
                    search_vector = excluded.search_vector, search_text = excluded.search_text,
                    indexed_at = now()"""), {
                "id": document["id"], "name": document["name"], "config": TEXT_SEARCH_CONFIG,
                "document": json.dumps(document, default=str),
                "a": weighted["A"], "b": weighted["B"], "c": weighted["C"], "d": weighted["D"]})


class PostgresPackageIndex(search_index.PackageSearchIndex):
    """CKAN's package index; documents land in PostgreSQL through ``IndexWriter``."""

    def delete_package(self, pkg_dict: dict[str, Any]) -> None:
        ensure_schema()
        model.Session.execute(sa.text(f"DELETE FROM {TABLE} WHERE id = :ref OR name = :ref"),
                              {"ref": pkg_dict.get("id")})

    def clear(self) -> None:
        ensure_schema()
        model.Session.execute(sa.text(f"DELETE FROM {TABLE}"))
        model.Session.commit()

    def commit(self) -> None:
        """Index rows are committed with CKAN's transaction; nothing is pending here."""


# One clause of Solr's query syntax: optional +/- and field, then a quoted phrase, a group
# "(a OR b)", a range "[a TO b]" or a bare word (backslash escapes allowed).
_CLAUSE = re.compile(r"""
    (?P<sign>[+-])?
    (?:(?P<field>[A-Za-z_*][\w.*-]*):)?
    (?P<value>"(?:[^"\\]|\\.)*"
             |\((?:[^()"\\]|\\.|"(?:[^"\\]|\\.)*")*\)
             |[\[{][^\]}]*[\]}]
             |(?:[^\s()"\\]|\\.)+)
    """, re.VERBOSE)
_UNESCAPE = re.compile(r"\\(.)")
_FRAGMENT = re.compile(r'"([^"]+)"|([\w\-.@]+)')
_SORT_CLAUSE = re.compile(r"^\s*([\w.-]+)(?:\s+(asc|desc))?\s*$", re.IGNORECASE)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    return _UNESCAPE.sub(r"\1", value)


def _elements(path: str) -> str:
    """The values of a document field as a set of text rows, whether it holds a list or not."""
    return (f"jsonb_array_elements_text(CASE jsonb_typeof(document->{path}) "
            f"WHEN 'array' THEN document->{path} WHEN 'null' THEN '[]'::jsonb "
            f"ELSE jsonb_build_array(document->{path}) END)")


def _like_pattern(fragment: str) -> str:
    return fragment.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_")


class _Conditions:
    """SQL conditions with their bound parameters, built from Solr-style clauses."""

    def __init__(self) -> None:
        self.sql: list[str] = []
        self.params: dict[str, Any] = {}
        self.words: list[str] = []

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def add_query(self, text: str) -> None:
        """Clauses are ANDed; a top-level OR separates alternatives of fielded clauses (as in
        package_autocomplete's query); free words all go to one full text query."""
        alternatives: list[list[str]] = [[]]
        negate_next = False
        for match in _CLAUSE.finditer(text or ""):
            sign, field, value = match.group("sign", "field", "value")
            if field is None and value in ("AND", "&&"):
                continue
            if field is None and value in ("OR", "||"):
                if alternatives[-1]:
                    alternatives.append([])
                else:
                    self.words.append("or")
                continue
            if field is None and value in ("NOT", "!"):
                negate_next = True
                continue
            negate, negate_next = sign == "-" or negate_next, False
            if field in (None, "text") and not negate:
                if value not in ("*", "*:*"):
                    self.words.append(value if value.startswith('"') else _unquote(value))
                continue
            condition = self._field_condition(field or "text", value)
            if condition:
                alternatives[-1].append(f"NOT ({condition})" if negate else condition)
        alternatives = [a for a in alternatives if a]
        if alternatives:
            self.sql.append(" OR ".join("(" + " AND ".join(a) + ")" for a in alternatives))

    def _field_condition(self, field: str, value: str) -> str | None:
        if field == "*" or field == "site_id":
            return None  # "*:*" matches all; the table belongs to this one CKAN site
        if field == "text":
            return f"search_vector @@ {self._tsquery(_unquote(value))}"
        if value.startswith("(") and value.endswith(")"):
            alternatives = [m.group("value") for m in _CLAUSE.finditer(value[1:-1])
                            if m.group("value") not in ("OR", "||")]
            return "(" + (" OR ".join(self._field_condition(field, v) for v in alternatives)
                          or "false") + ")"
        path = self.bind(field.removesuffix("_ngram"))
        if value[0] in "[{" and value[-1] in "]}":
            bounds = value[1:-1].split(" TO ")
            if len(bounds) != 2:
                raise SearchQueryError(f"Ungültiger Bereich: {value}")
            parts = []
            for bound, inclusive, operator in ((bounds[0], value[0] == "[", ">"),
                                               (bounds[1], value[-1] == "]", "<")):
                bound = _unquote(bound.strip())
                if bound != "*":
                    parts.append(f"document->>{path} {operator}{'=' if inclusive else ''} "
                                 f"{self.bind(bound)}")
            return " AND ".join(parts) or f"document ? {path}"
        value = _unquote(value)
        if value == "*":
            return f"document ? {path}"
        if field.endswith("_ngram"):  # Solr's autocomplete fields: parts of the words match
            return (f"EXISTS (SELECT 1 FROM {_elements(path)} v "
                    f"WHERE lower(v) LIKE {self.bind('%' + _like_pattern(value.lower()) + '%')})")
        if value.endswith("*") and "*" not in value[:-1]:
            return (f"EXISTS (SELECT 1 FROM {_elements(path)} v "
                    f"WHERE v LIKE {self.bind(_like_pattern(value[:-1]) + '%')})")
        if field in _TEXT_FIELDS:  # tokenised in Solr: words match, not the whole value
            return f"to_tsvector(CAST('{TEXT_SEARCH_CONFIG}' AS regconfig), document->{path}) @@ {self._tsquery(value)}"
        bound = self.bind(value)
        # Lists (tags, groups, res_format) contain the value; scalars equal it (as text, so
        # that "private:false" or "num_resources:3" work as in Solr).
        return f"(document->{path} @> to_jsonb(CAST({bound} AS text)) OR document->>{path} = {bound})"

    def _tsquery(self, text: str) -> str:
        return f"websearch_to_tsquery(CAST('{TEXT_SEARCH_CONFIG}' AS regconfig), {self.bind(text)})"

    def add_free_text(self) -> str | None:
        """The full text condition over all free words; returns the rank expression."""
        text = " ".join(word for word in self.words if word)
        if not text.strip():
            return None
        tsquery = self._tsquery(text)
        # A quoted phrase must appear as a whole, other words anywhere.
        fragments = [(phrase or word).lower() for phrase, word in _FRAGMENT.findall(text)
                     if (phrase or word).lower() not in ("or", "and", "not")]
        like_patterns = [self.bind(f"%{_like_pattern(f)}%") for f in fragments]
        substring = " AND ".join(f"search_text LIKE {p}" for p in like_patterns) or "false"
        self.sql.append(f"(search_vector @@ {tsquery} OR ({substring}))")
        # Substring-only hits rank below every full text hit.
        return f"(ts_rank_cd(search_vector, {tsquery}) + CASE WHEN {substring} THEN 0.01 ELSE 0 END)"


def _order_by(sort: str | None, rank: str | None, conditions: _Conditions) -> str:
    terms = []
    for clause in (sort or config.get("ckan.search.default_package_sort")
                   or "score desc, metadata_modified desc").split(","):
        match = _SORT_CLAUSE.match(clause)
        if not match:
            raise SearchQueryError('Invalid "sort" parameter')
        field, direction = match.group(1), (match.group(2) or "asc").upper()
        if field == "score":
            if rank:
                terms.append(f"rank {direction}")
            continue
        # jsonb orders numbers numerically and strings as text, like Solr's typed fields.
        terms.append(f"document->{conditions.bind(field)} {direction} NULLS LAST")
    terms.append("id")  # stable pages
    return ", ".join(terms)


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.strip()
        return json.loads(value) if value.startswith("[") else [value]
    return list(value)


class PostgresPackageQuery(search.PackageSearchQuery):
    """``package_search`` and friends answered from ``swdp_package_index``."""

    def get_all_entity_ids(self, max_results: int = 1000) -> list[str]:
        ensure_schema()
        rows = model.Session.execute(sa.text(
            f"SELECT id FROM {TABLE} WHERE document->>'state' = 'active' ORDER BY id LIMIT :n"),
            {"n": max_results})
        return [row[0] for row in rows]

    def get_index(self, reference: str) -> dict[str, Any]:
        ensure_schema()
        row = model.Session.execute(sa.text(
            f"SELECT document FROM {TABLE} WHERE id = :ref OR name = :ref LIMIT 1"),
            {"ref": reference}).first()
        if row is None:
            raise SearchError(f"Dataset not found in the search index: {reference}")
        return row[0]

    def run(self, query: dict[str, Any], permission_labels: list[str] | None = None,
            **kwargs: Any) -> dict[str, Any]:
        ensure_schema()
        invalid = set(query.keys()) - VALID_SOLR_PARAMETERS - {"q.op"}
        if invalid:
            raise SearchQueryError(f"Invalid search parameters: {sorted(invalid)}")
        conditions = _Conditions()
        conditions.add_query(query.get("q") or "")
        filters = [query.get("fq") or ""] + _as_list(query.get("fq_list"))
        for fq in filters:
            conditions.add_query(fq)
        if not any("+state:" in fq for fq in filters):
            conditions.add_query("+state:active")
        if permission_labels is not None:
            conditions.sql.append(
                f"jsonb_exists_any(document->'permission_labels', {conditions.bind(list(permission_labels))})")
        rank = conditions.add_free_text()
        where = " AND ".join(f"({c})" for c in conditions.sql) or "true"
        matched = (f"WITH matched AS (SELECT id, document, {rank or '0'} AS rank "
                   f"FROM {TABLE} WHERE {where})")
        params = conditions.params

        rows, start = int(query.get("rows", 10)), int(query.get("start", 0) or 0)
        order = _order_by(query.get("sort"), rank, conditions)
        self.count = model.Session.execute(
            sa.text(f"{matched} SELECT count(*) FROM matched"), params).scalar_one()
        documents = [row[0] for row in model.Session.execute(sa.text(
            f"{matched} SELECT document FROM matched ORDER BY {order} "
            f"LIMIT {max(rows, 0)} OFFSET {max(start, 0)}"), params)]
        self.results = self._fields(documents, query.get("fl") or "name")
        self.facets = self._facets(matched, params, query)
        return {"results": self.results, "count": self.count}

    @staticmethod
    def _fields(documents: list[dict[str, Any]], fl: str) -> list[Any]:
        fields = fl.replace(",", " ").split()
        if fields in (["id"], ["name"]):
            return [document.get(fields[0]) for document in documents]
        results = []
        for document in documents:
            result = dict(document) if "*" in fields else {
                field: document[field] for field in fields if field in document}
            extras = {key[len(_EXTRA_PREFIX):]: result.pop(key) for key in list(result)
                      if key.startswith(_EXTRA_PREFIX)}
            if extras:
                result["extras"] = extras
            results.append(result)
        return results

    @staticmethod
    def _facets(matched: str, params: dict[str, Any], query: dict[str, Any]) -> dict[str, Any]:
        if str(query.get("facet", "true")).lower() not in ("true", "on", "1"):
            return {}
        limit = int(query.get("facet.limit") or config.get("search.facets.limit") or 50)
        mincount = int(query.get("facet.mincount", 1))
        facets = {}
        for field in _as_list(query.get("facet.field")):
            # Each dataset counts once per value, whether the field holds a list or a scalar.
            rows = model.Session.execute(sa.text(f"""
                {matched}
                SELECT value, count(DISTINCT id) AS n FROM matched, {_elements(":facet_field")} AS value
                GROUP BY value HAVING count(DISTINCT id) >= :mincount
                ORDER BY n DESC, value
                {'' if limit < 0 else f'LIMIT {limit}'}"""),
                {**params, "facet_field": field, "mincount": mincount})
            facets[field] = {value: count for value, count in rows if value is not None}
        return facets


def _no_solr_schema(*args: Any, **kwargs: Any) -> bool:
    """CKAN's start-up Solr schema check does not apply: there is no Solr."""
    return False


class PostgresSearchPlugin(plugins.SingletonPlugin):
    """Registers the PostgreSQL index and query in CKAN's search registries."""

    plugins.implements(plugins.IConfigurer)

    def update_config(self, config_: Any) -> None:
        search._INDICES["package"] = PostgresPackageIndex
        search._QUERIES["package"] = PostgresPackageQuery
        search.PackageSearchQuery = PostgresPackageQuery
        search.check_solr_schema_version = _no_solr_schema
        search_index.make_connection = IndexWriter
