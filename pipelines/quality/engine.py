"""Run a generated suite inside DuckDB; the answers are shaped as GX's own results.

Why not GX's validator: its pandas engine filters the whole frame again for every expectation
and fingerprints the batch, which gave 66,000 rows/s on 1,000,000 events on 2 cores (the
target is 200,000); its SQL engine cannot run on DuckDB yet, because duckdb-engine's rollback
on closing a connection discards the result before GX fetches it, and GX knows no regular
expressions for DuckDB (GX issues #10738 and #11579; native DuckDB support is open as PR
#12084). Here one DuckDB pass over the delivery answers every row rule of the suite at once
(the duplicate check takes a second pass over its key columns).

The translation covers the expectation types `pipelines.quality.expectations` generates
(plain values, so a check never imports GX), with GX's
semantics (nulls are not checked except by the null rule, `mostly` is the share of the
checked rows, compound keys with a missing part are skipped). A type without a translation
raises, so no rule is silently dropped. tests/test_duckdb_suite.py runs GX's own validator on
the same frames and demands the same results, expectation by expectation.
"""
from __future__ import annotations

import hashlib
import math
import threading
from dataclasses import dataclass
from datetime import datetime
from functools import cache

import pandas as pd

from pipelines.core.database import connect
from pipelines.quality.expectations import PRIVATE_EMAIL, VALID_GEOMETRY, Expectation
from pipelines.quality.patterns import (EMAIL_ADDRESS, MAILBOX_SEPARATORS, WRITTEN_OUT,
                                        role_compound)

ROW = "__row"  # the frame's index, so results name rows as GX's pandas engine does
WINDOW = "__window"  # the column a rule's `window` becomes
_JUDGED = 4096  # first values of a column that tell whether it repeats them


@dataclass
class RowRule:
    """A map expectation as SQL: which rows it checks and which of those are unexpected."""
    checked: str
    unexpected: str
    counts_nulls: bool = False   # the null rule: its share is of all rows, not of the filled ones
    window: str | None = None    # a column the query computes first (duplicate keys)
    # The one column `unexpected` reads, where that is costly (regular expressions,
    # geometry): in a column that repeats its values it is judged once per distinct value.
    per_value: str | None = None
    # What every unexpected value of `per_value` holds, cheap to test (an e-mail address an
    # „@“): only the distinct values holding it are judged, however seldom the column repeats
    # them – a million distinct titles took a second each run, nearly none of them with an „@“.
    holds: str | None = None


@dataclass
class Outcome:
    """One expectation's result: `result` holds the figures GX's COMPLETE format gives."""
    expectation: Expectation
    success: bool
    result: dict


def validate_in_duckdb(suite: list[Expectation], frame: pd.DataFrame) -> list[Outcome]:
    """Every expectation of `suite` on `frame` (columns in the types `suite_frame` gives),
    in the order of the suite, as GX's COMPLETE result format names failing rows."""
    rules = {i: row_rule(c) for i, c in enumerate(suite)
             if c.type != "expect_table_row_count_to_be_between"}
    plain = [i for i, rule in rules.items() if not rule.window]
    repeating = {rule.per_value for rule in rules.values()
                 if rule.per_value in frame and (rule.holds or _repeats(frame[rule.per_value]))}
    with _database().cursor() as cursor:
        # DuckDB scans the frame in place: faster than converting it to Arrow first
        cursor.register("lieferung", _with_row_column(frame))
        # One pass for all plain rules; a rule with a window column gets a pass of its own,
        # so the window carries only the columns it needs instead of the whole delivery.
        rows, *answers = _answers(cursor, "lieferung", [rules[i] for i in plain], repeating)
        found = dict(zip(plain, answers))
        for i, rule in rules.items():
            if rule.window:
                _, found[i] = _answers(cursor, f"(SELECT *, {rule.window} AS {WINDOW} "
                                               f"FROM lieferung)", [rule])
    return [map_result(configuration, rules[i], rows, *found[i]) if i in rules
            else row_count_result(configuration, rows)
            for i, configuration in enumerate(suite)]


def rows_matching(frame: pd.DataFrame, patterns: dict[str, str],
                  holds: dict[str, str] | None = None) -> list[tuple[int, list[str]]]:
    """The rows of `frame` (by index) with a value that contains a match of one of the
    `patterns` (RE2, as the rules'), in order: per row the columns and the names of the
    patterns found there, as „column:name“. As in `_answers`, a column that repeats its
    values is searched once per distinct value, and a pattern whose every match holds a text
    (`holds`: an e-mail address an „@“) only in the distinct values holding it."""
    holds = holds or {}
    checks, found, joins = [], [], []
    for column in frame.columns:
        repeating, name_sql = _repeats(frame[column]), _identifier(column)
        for name, pattern in patterns.items():
            checks.append((column, name))
            match = f"regexp_matches({name_sql}, {_literal(pattern)})"
            if not repeating and name not in holds:
                found.append(match)
                continue
            number = len(joins)
            where = f" WHERE contains({name_sql}, {_literal(holds[name])})" if name in holds else ""
            joins.append(f" LEFT JOIN (SELECT {name_sql} AS __value{number}, {match} AS "
                         f"__found{number} FROM (SELECT DISTINCT {name_sql} FROM freitext{where}))"
                         f" ON {name_sql} = __value{number}")
            found.append(f"coalesce(__found{number}, FALSE)")
    with _database().cursor() as cursor:
        cursor.register("freitext", _with_row_column(frame))
        rows = cursor.execute(f"SELECT {ROW}, {', '.join(found)} FROM freitext{''.join(joins)} "
                              f"WHERE {' OR '.join(found)} ORDER BY {ROW}").fetchall()
    return [(row, [f"{column}:{name}" for (column, name), hit in zip(checks, hits) if hit])
            for row, *hits in rows]


def _with_row_column(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with its index as the column ROW, its columns not copied: joined column by
    column (`assign` would copy every column, and joining the frame with the index as a
    whole makes pandas merge its text columns into one block: 0.7 s of a million rows)."""
    return pd.concat({**dict(frame.items()), ROW: pd.Series(frame.index, index=frame.index)},
                     axis=1, copy=False)


def _answers(cursor, source: str, rules: list[RowRule], repeating: set[str] = frozenset()) -> list:
    """The row count, then per rule: how many rows it checks, and the failing rows. A rule
    `per_value` on a column `repeating` its values is judged on the column's distinct values
    and joined to the rows by value (the e-mail addresses of a million events are a few
    dozen: their regular expressions took a second per million rows); one that names what its
    unexpected values hold is judged only on the distinct values holding it."""
    aggregates = ["count(*)"]
    judged: dict[tuple[str, str | None], list[str]] = {}
    for position, rule in enumerate(rules):
        unexpected = rule.unexpected
        if rule.per_value in repeating:
            unexpected = f"__unexpected{position}"
            judged.setdefault((_identifier(rule.per_value), rule.holds), []).append(
                f"({rule.unexpected}) AS {unexpected}")
        aggregates.append(f"{{'checked': count(*) FILTER (WHERE {rule.checked}), "
                          f"'unexpected': coalesce(list({ROW} ORDER BY {ROW}) FILTER (WHERE "
                          f"({rule.checked}) AND ({unexpected}) IS TRUE), [])}}")
    # a missing value finds no partner (it is not checked by these rules anyway), nor does
    # one that lacks what the rules' unexpected values hold
    joins = "".join(f" LEFT JOIN (SELECT {column} AS __value{number}, {', '.join(judgements)} "
                    f"FROM (SELECT DISTINCT {column} FROM {source}"
                    f"{f' WHERE {holds}' if holds else ''})) ON {column} = __value{number}"
                    for number, ((column, holds), judgements) in enumerate(judged.items()))
    rows, *answers = cursor.execute(
        f"SELECT {', '.join(aggregates)} FROM {source}{joins}").fetchone()
    return [rows, *((answer["checked"], answer["unexpected"]) for answer in answers)]


def _repeats(column: pd.Series) -> bool:
    """Whether a column repeats its values (mailboxes, places, coordinates) rather than
    holding mostly distinct ones (descriptions, links), judged by its first values: joining
    a million distinct values back to their rows costs more than judging each row."""
    first = column.iloc[:_JUDGED]
    return first.nunique() <= len(first) // 2


def row_rule(configuration: Expectation) -> RowRule:
    kwargs = configuration.kwargs
    kind = configuration.type
    column = _identifier(kwargs["column"]) if "column" in kwargs else None
    filled = f"{column} IS NOT NULL"
    if kind == "expect_column_values_to_not_be_null":
        return RowRule("TRUE", f"{column} IS NULL", counts_nulls=True)
    if kind == "expect_column_value_lengths_to_be_between":
        return RowRule(filled, _outside(f"length({column})", kwargs))
    if kind == "expect_column_values_to_be_between":
        return RowRule(filled, _outside(column, kwargs))
    if kind == "expect_column_values_to_match_regex":
        return RowRule(filled, f"NOT regexp_matches({column}, {_literal(kwargs['regex'])})",
                       per_value=kwargs["column"])
    if kind == "expect_column_values_to_not_match_regex":
        return RowRule(filled, f"regexp_matches({column}, {_literal(kwargs['regex'])})",
                       per_value=kwargs["column"])
    if kind == "expect_column_values_to_be_in_set":
        return RowRule(filled, f"NOT list_contains({_list(kwargs['value_set'])}, {column})")
    if kind == "expect_column_values_to_not_be_in_set":
        return RowRule(filled, f"list_contains({_list(kwargs['value_set'])}, {column})")
    if kind == "expect_column_pair_values_a_to_be_greater_than_b":
        a, b = _identifier(kwargs["column_A"]), _identifier(kwargs["column_B"])
        assert kwargs.get("ignore_row_if") == "either_value_is_missing", kwargs
        return RowRule(f"{a} IS NOT NULL AND {b} IS NOT NULL",
                       f"{a} {'<' if kwargs.get('or_equal') else '<='} {b}")
    if kind == "expect_compound_columns_to_be_unique":
        key = ", ".join(_identifier(name) for name in kwargs["column_list"])
        assert kwargs.get("ignore_row_if") == "any_value_is_missing", kwargs
        return RowRule(" AND ".join(f"{_identifier(n)} IS NOT NULL" for n in kwargs["column_list"]),
                       f"{WINDOW} > 1", window=f"count(*) OVER (PARTITION BY {key})")
    if kind == PRIVATE_EMAIL:
        # `private_email_addresses`: a municipality's name counts unless the domain names it too
        key, domain = (_mailbox_key(f"split_part(address, '@', {part})") for part in (1, 2))
        free_mail = _in("lower(split_part(address, '@', 2))", kwargs["free_mail_domains"])
        municipality = (f"{_in(key, kwargs['municipality_mailboxes'])} AND NOT "
                        f"contains('-' || {domain} || '-', '-' || {key} || '-')")
        return RowRule(filled, f"EXISTS (SELECT 1 FROM unnest(regexp_extract_all({column}, "
                               f"{_literal(EMAIL_ADDRESS)})) AS found(address) WHERE "
                               f"{free_mail} OR NOT ({_in(key, kwargs['role_mailboxes'])} "
                               f"OR regexp_full_match({key}, "
                               f"{_literal(role_compound(kwargs['role_mailboxes']))}) "
                               f"OR ({municipality})))",
                       per_value=kwargs["column"], holds=f"contains({column}, '@')")
    if kind == VALID_GEOMETRY:
        return RowRule(filled, f"NOT ST_IsValid(ST_GeomFromWKB({column}))",
                       per_value=kwargs["column"])
    raise NotImplementedError(f"Erwartung {kind} ist für DuckDB nicht übersetzt")


def map_result(configuration: Expectation, rule: RowRule, rows: int, checked: int,
               unexpected: list) -> Outcome:
    """The result as GX's `_format_map_output` builds it for the COMPLETE format."""
    count = len(unexpected)
    mostly = configuration.kwargs.get("mostly", 1)
    success = not checked or (checked - count) / checked >= mostly
    filled = rows if rule.counts_nulls else checked
    result = {"element_count": rows, "unexpected_count": count,
              "unexpected_percent": count / filled * 100 if filled else None,
              "unexpected_percent_total": count / rows * 100 if rows else None,
              "unexpected_percent_nonmissing": count / filled * 100 if filled else None,
              "missing_count": rows - filled,
              "missing_percent": (rows - filled) / rows * 100 if rows else None,
              "unexpected_index_list": unexpected}
    return Outcome(configuration, success, result)


def row_count_result(configuration: Expectation, rows: int) -> Outcome:
    least, most = configuration.kwargs.get("min_value"), configuration.kwargs.get("max_value")
    success = (least is None or rows >= least) and (most is None or rows <= most)
    return Outcome(configuration, success, {"observed_value": rows})


@cache
def _database():
    """One in-memory DuckDB (with the spatial extension) per process; each run takes a cursor
    of its own, so concurrent runs never see each other's delivery."""
    return connect()


def _outside(value: str, kwargs: dict) -> str:
    bounds = []
    if kwargs.get("min_value") is not None:
        bounds.append(f"{value} {'<=' if kwargs.get('strict_min') else '<'} "
                      f"{_literal(kwargs['min_value'])}")
    if kwargs.get("max_value") is not None:
        bounds.append(f"{value} {'>=' if kwargs.get('strict_max') else '>'} "
                      f"{_literal(kwargs['max_value'])}")
    return " OR ".join(bounds) or "FALSE"


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value) -> str:
    """Texts, numbers and instants: the suites hold dates as instants (see `suite_frame`)."""
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, (int, float)) and math.isfinite(value):
        return repr(value)
    if isinstance(value, datetime):
        return f"TIMESTAMPTZ '{pd.Timestamp(value).tz_convert('UTC').isoformat()}'"
    raise TypeError(f"Kein SQL-Literal für {value!r}")


def _mailbox_key(text: str) -> str:
    """`mailbox_key` in SQL."""
    key = f"lower({text})"
    for letter, plain in WRITTEN_OUT:
        key = f"replace({key}, '{letter}', '{plain}')"
    return f"trim(regexp_replace({key}, {_literal(MAILBOX_SEPARATORS)}, '-', 'g'), '-')"


def _in(value: str, values) -> str:
    """Whether `value` is one of `values` (such as every municipality's name), looked
    up by hash (`list_contains` compares one by one) in a table made once per process: as a
    literal in the query, DuckDB parsed the 14,000 names again for every rule of every run."""
    return f"{value} IN (SELECT name FROM {_names_table(tuple(values))})"


_CREATING = threading.Lock()


@cache
def _names_table(names: tuple[str, ...]) -> str:
    table = "namen_" + hashlib.sha256("\n".join(names).encode()).hexdigest()[:20]
    with _CREATING:
        _database().execute(f"CREATE TABLE IF NOT EXISTS {table} AS "
                            f"SELECT unnest($names::VARCHAR[]) AS name", {"names": list(names)})
    return table


def _list(values) -> str:
    return f"[{', '.join(_literal(v) for v in values)}]::VARCHAR[]"
