"""Querysets compiled to SQL once per process and run again with other values.

Django compiles a queryset anew each time it is evaluated. For the handful of
look-ups the gateway makes for every recipient of every mail (keys, consent,
partner TLS, portal account) the compilation cost about 30 times the query
itself on SQLite (0.2-0.3 ms against 0.01 ms) and was a quarter of the CPU
spent per mail (ADR 0007).

A :class:`PreparedQuery` builds its queryset once, with marker values for the
parameters that change, and remembers where those markers sit among the
compiled parameters. Each run executes the same SQL with the real values in
their places, adapted the way Django adapts them (datetimes on SQLite), so the
SQL is the ORM's own — the filters are written once, as querysets.

A parameter of kind ``list`` (of text) is an ``__in`` look-up over several
values: one query for all recipients of a mail. Its SQL has one placeholder per
value, so it is compiled once per number of values. A parameter of kind ``int``
is a key (a user's or a message's id, never another integer column): the look-ups
every portal page makes for its signed-in user are prepared too (ADR 0007).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import QuerySet
from django.db.transaction import TransactionManagementError
from django.utils import timezone

Value = str | dt.datetime | int
Values = Value | list[str]

# Markers nobody can write: a NUL in a string, a moment in 1901 (with its number in µs),
# a negative number no key takes (keys count up from 1; booleans are 0 and 1) that still
# fits a 32-bit key column: Django compiles a value out of the column's range to "no rows".
# The text holds what LIKE lookups escape (%, _, \\): a lookup that escapes its value
# changes the marker, which is then not found, and the query is refused.
_MARKER_TEXT = "\x00prepared:{}%_\\\x00"
_MARKER_EPOCH = dt.datetime(1901, 2, 3, 4, 5, 6, tzinfo=dt.UTC)
_MARKER_INT = -2_046_190_100
_KEYS = (-(2**63), 2**63 - 1)  # the widest key column (64 bits)


@dataclass(frozen=True)
class _Compiled:
    model: type[Any]  # the queryset's model
    sql: str
    params: tuple[Any, ...]
    slots: tuple[tuple[int, str, int], ...]  # (position in params, name, index in a list or -1)
    attnames: tuple[str, ...]  # the selected columns as model attributes
    converters: tuple[tuple[int, tuple[Any, ...], Any], ...]  # (column, converters, expression)
    locks: bool  # select_for_update: only inside a transaction, as the ORM insists


class PreparedQuery:
    """``build(**values)`` returns a queryset; ``kinds`` says which values are text or time."""

    def __init__(
        self,
        build: Callable[..., QuerySet[Any, Any]],
        **kinds: type[str] | type[dt.datetime] | type[int] | type[list[str]],
    ) -> None:
        self.build, self.kinds = build, kinds
        self._compiled: dict[tuple[str, tuple[int, ...]], _Compiled] = {}  # vendor, list sizes

    def rows(self, **values: Values) -> list[Any]:
        """The model instances the queryset would give for ``values``.

        Each value passes the converters Django's compiler chose for its column
        (text to datetime on SQLite, JSON...), as when the queryset is evaluated.
        """
        compiled = self._compile(values)
        rows = self._execute(compiled, values, all_rows=True)
        return [compiled.model.from_db(connection.alias, compiled.attnames, row) for row in rows]

    def first(self, **values: Values) -> tuple[Any, ...] | None:
        """The first row of a ``values_list`` queryset (converted as in :meth:`rows`), or None."""
        rows = self._execute(self._compile(values), values, all_rows=False)
        return tuple(rows[0]) if rows else None

    def _execute(
        self, compiled: _Compiled, values: dict[str, Values], *, all_rows: bool
    ) -> list[list[Any]]:
        if compiled.locks and connection.get_autocommit():
            raise TransactionManagementError(
                "select_for_update cannot be used outside of a transaction."
            )
        params = self._params(compiled, values)
        if any(isinstance(v, int) and not _KEYS[0] <= v <= _KEYS[1] for v in params):
            return []  # no key is that large: the ORM answers "no rows" too, the database would fail
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            fetched = cursor.fetchall() if all_rows else cursor.fetchmany(1)
        rows = [list(row) for row in fetched]
        for row in rows:
            for column, converters, expression in compiled.converters:
                for converter in converters:
                    row[column] = converter(row[column], expression, connection)
        return rows

    def tuples(self, **values: Values) -> list[tuple[Any, ...]]:
        """Every row of a ``values_list`` queryset (converted as in :meth:`rows`)."""
        return [tuple(row) for row in self._execute(self._compile(values), values, all_rows=True)]

    def column(self, **values: Values) -> list[Any]:
        """The first column of every row of a ``values_list`` queryset (converted)."""
        return [row[0] for row in self.tuples(**values)]

    def exists(self, **values: Values) -> bool:
        """For a ``values_list(...)[:1]`` queryset: is there a row?"""
        return self.first(**values) is not None

    def _markers(self, sizes: dict[str, int], variant: int = 0) -> dict[str, Values]:
        markers: dict[str, Values] = {}
        for number, (name, kind) in enumerate(sorted(self.kinds.items()), start=1000 * variant):
            if kind is dt.datetime:
                markers[name] = _MARKER_EPOCH + dt.timedelta(microseconds=number + 1)
            elif kind is int:  # the second variant a small positive number: in range everywhere
                markers[name] = _MARKER_INT - number if not variant else 9_000 + number
            elif kind is list:
                markers[name] = [
                    _MARKER_TEXT.format(f"{name}:{i}:{variant}") for i in range(sizes[name])
                ]
            else:
                markers[name] = _MARKER_TEXT.format(f"{name}:{variant}")
        return markers

    def _sizes(self, values: dict[str, Values]) -> dict[str, int]:
        sizes = {}
        for name, kind in self.kinds.items():
            if kind is list:
                value = values.get(name)
                if not isinstance(value, list) or not value:
                    raise TypeError(f"{name} must be a non-empty list of text")
                sizes[name] = len(value)
        return sizes

    def _compile(self, values: dict[str, Values]) -> _Compiled:
        sizes = self._sizes(values)
        key = (connection.vendor, tuple(sizes[name] for name in sorted(sizes)))
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = self._prepare(sizes)
        return compiled

    def _prepare(self, sizes: dict[str, int]) -> _Compiled:
        """Compiled twice, with two sets of markers: the SQL must not depend on the values.

        Django compiles some values into other SQL: a number beyond a column's range
        drops its condition (the negative key marker on a positive or small integer
        column), and the query would silently answer something else for real values.
        The second set has a small positive number in place of each key marker; a query
        that compiles otherwise with it is refused.
        """
        compiled = self._compiled_with(self._markers(sizes))
        again = self._compiled_with(self._markers(sizes, variant=1))
        if (again.sql, again.slots) != (compiled.sql, compiled.slots):
            raise ValueError("the compiled query depends on the values of its parameters")
        return compiled

    def _compiled_with(self, markers: dict[str, Values]) -> _Compiled:
        queryset = self.build(**markers)
        compiler = queryset.query.get_compiler(using=connection.alias)
        sql, params = compiler.as_sql()
        columns = [expression for expression, _, _ in compiler.select]
        adapted: dict[Any, tuple[str, int]] = {}
        for name, value in markers.items():
            if isinstance(value, list):
                adapted.update({item: (name, i) for i, item in enumerate(value)})
            else:
                adapted[self._adapt(value)] = (name, -1)
        slots = tuple(
            (i, *adapted[p])
            for i, p in enumerate(params)
            if isinstance(p, str | dt.datetime | int) and not isinstance(p, bool) and p in adapted
        )
        found = {(name, index) for _, name, index in slots}
        missing = set(adapted.values()) - found
        if missing:  # a lookup rewrote the value (e.g. "contains"): not preparable
            raise ValueError(f"parameters not found in the compiled query: {sorted(missing)}")
        converters = tuple(
            (column, tuple(found), expression)
            for column, (found, expression) in compiler.get_converters(columns).items()
        )
        attnames = tuple(getattr(getattr(c, "target", None), "attname", "") for c in columns)
        locks = bool(queryset.query.select_for_update)
        return _Compiled(queryset.model, sql, tuple(params), slots, attnames, converters, locks)

    def _params(self, compiled: _Compiled, values: dict[str, Values]) -> list[Any]:
        if set(values) != set(self.kinds):
            raise TypeError(f"expected values for {sorted(self.kinds)}, got {sorted(values)}")
        params = list(compiled.params)
        for position, name, index in compiled.slots:
            value = values[name]
            if self.kinds[name] is int and (isinstance(value, bool) or not isinstance(value, int)):
                # A key given as text would compare as text on SQLite and find nothing.
                raise TypeError(f"{name} must be an int, not {type(value).__name__}")
            params[position] = value[index] if isinstance(value, list) else self._adapt(value)
        return params

    @staticmethod
    def _adapt(value: Value) -> Any:
        if isinstance(value, dt.datetime):
            if timezone.is_naive(value):  # which zone? The ORM guesses (with a warning); we refuse
                raise ValueError(f"naive datetime {value} for a prepared query")
            return connection.ops.adapt_datetimefield_value(value)
        return value
