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

Value = str | dt.datetime

# Markers nobody can write: a NUL in a string, a moment in 1901 (with its number in µs).
# The text holds what LIKE lookups escape (%, _, \\): a lookup that escapes its value
# changes the marker, which is then not found, and the query is refused.
_MARKER_TEXT = "\x00prepared:{}%_\\\x00"
_MARKER_EPOCH = dt.datetime(1901, 2, 3, 4, 5, 6, tzinfo=dt.UTC)


@dataclass(frozen=True)
class _Compiled:
    model: type[Any]  # the queryset's model
    sql: str
    params: tuple[Any, ...]
    slots: tuple[tuple[int, str], ...]  # (position in params, name of the value)
    attnames: tuple[str, ...]  # the selected columns as model attributes
    converters: tuple[tuple[int, tuple[Any, ...], Any], ...]  # (column, converters, expression)
    locks: bool  # select_for_update: only inside a transaction, as the ORM insists


class PreparedQuery:
    """``build(**values)`` returns a queryset; ``kinds`` says which values are text or time."""

    def __init__(self, build: Callable[..., QuerySet[Any, Any]], **kinds: type[Value]) -> None:
        self.build, self.kinds = build, kinds
        self._compiled: dict[str, _Compiled] = {}  # by database vendor

    def rows(self, **values: Value) -> list[Any]:
        """The model instances the queryset would give for ``values``.

        Each value passes the converters Django's compiler chose for its column
        (text to datetime on SQLite, JSON...), as when the queryset is evaluated.
        """
        compiled = self._compile()
        rows = self._execute(compiled, values, all_rows=True)
        return [compiled.model.from_db(connection.alias, compiled.attnames, row) for row in rows]

    def first(self, **values: Value) -> tuple[Any, ...] | None:
        """The first row of a ``values_list`` queryset (converted as in :meth:`rows`), or None."""
        rows = self._execute(self._compile(), values, all_rows=False)
        return tuple(rows[0]) if rows else None

    def _execute(
        self, compiled: _Compiled, values: dict[str, Value], *, all_rows: bool
    ) -> list[list[Any]]:
        if compiled.locks and connection.get_autocommit():
            raise TransactionManagementError(
                "select_for_update cannot be used outside of a transaction."
            )
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, self._params(compiled, values))
            fetched = cursor.fetchall() if all_rows else cursor.fetchmany(1)
        rows = [list(row) for row in fetched]
        for row in rows:
            for column, converters, expression in compiled.converters:
                for converter in converters:
                    row[column] = converter(row[column], expression, connection)
        return rows

    def exists(self, **values: Value) -> bool:
        """For a ``values_list(...)[:1]`` queryset: is there a row?"""
        return self.first(**values) is not None

    def _markers(self) -> dict[str, Value]:
        markers: dict[str, Value] = {}
        for number, (name, kind) in enumerate(sorted(self.kinds.items())):
            if kind is dt.datetime:
                markers[name] = _MARKER_EPOCH + dt.timedelta(microseconds=number + 1)
            else:
                markers[name] = _MARKER_TEXT.format(name)
        return markers

    def _compile(self) -> _Compiled:
        compiled = self._compiled.get(connection.vendor)
        if compiled is None:
            compiled = self._compiled[connection.vendor] = self._prepare()
        return compiled

    def _prepare(self) -> _Compiled:
        markers = self._markers()
        queryset = self.build(**markers)
        compiler = queryset.query.get_compiler(using=connection.alias)
        sql, params = compiler.as_sql()
        columns = [expression for expression, _, _ in compiler.select]
        adapted = {self._adapt(value): name for name, value in markers.items()}
        slots = tuple(
            (i, adapted[p])
            for i, p in enumerate(params)
            if isinstance(p, str | dt.datetime) and p in adapted
        )
        missing = set(markers) - {name for _, name in slots}
        if missing:  # a lookup rewrote the value (e.g. "contains"): not preparable
            raise ValueError(f"parameters not found in the compiled query: {sorted(missing)}")
        converters = tuple(
            (column, tuple(found), expression)
            for column, (found, expression) in compiler.get_converters(columns).items()
        )
        attnames = tuple(getattr(getattr(c, "target", None), "attname", "") for c in columns)
        locks = bool(queryset.query.select_for_update)
        return _Compiled(queryset.model, sql, tuple(params), slots, attnames, converters, locks)

    def _params(self, compiled: _Compiled, values: dict[str, Value]) -> list[Any]:
        if set(values) != set(self.kinds):
            raise TypeError(f"expected values for {sorted(self.kinds)}, got {sorted(values)}")
        params = list(compiled.params)
        for position, name in compiled.slots:
            params[position] = self._adapt(values[name])
        return params

    @staticmethod
    def _adapt(value: Value) -> Any:
        if isinstance(value, dt.datetime):
            if timezone.is_naive(value):  # which zone? The ORM guesses (with a warning); we refuse
                raise ValueError(f"naive datetime {value} for a prepared query")
            return connection.ops.adapt_datetimefield_value(value)
        return value
