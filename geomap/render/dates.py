"""Date layers: which period an article's date falls in, and how periods are named.

A *group* is one overlay of the map: a day (``2023-09-19``), an ISO week
(``2023-W38``), a month (``2023-09``) or :data:`UNDATED`. Keys sort
chronologically as strings, and the undated group always comes last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

GroupBy = Literal["auto", "day", "week", "month"]
Period = Literal["day", "week", "month"]

UNDATED = "undated"
"""Key of the group that holds articles without a (valid) date."""

AUTO_LIMIT = 30
"""``group_by="auto"`` uses the finest period that gives at most this many groups."""

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, order=True)
class DateGroup:
    """One date layer.

    Attributes
    ----------
    key
        Stable identifier, also used in the map's URL hash: ``YYYY-MM-DD``,
        ``YYYY-Www``, ``YYYY-MM`` or ``"undated"``.
    label
        What the layer list shows, e.g. ``"2023-W38 (18–24 Sep 2023)"``.
    """

    key: str
    label: str


def parse_date(value: str | None) -> dt.date | None:
    """Return the date of an ISO ``YYYY-MM-DD`` string, or None if absent or invalid.

    Examples
    --------
    >>> parse_date("2023-09-19")
    datetime.date(2023, 9, 19)
    >>> parse_date("19/09/2023") is None
    True
    """
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def choose_period(dates: Iterable[str | None], group_by: GroupBy) -> Period:
    """Resolve ``group_by`` to a concrete period for these article dates.

    ``"auto"`` picks ``"day"`` when there are at most :data:`AUTO_LIMIT` distinct
    days, else ``"week"`` when there are at most that many ISO weeks, else
    ``"month"``.

    Examples
    --------
    >>> choose_period(["2023-09-19", "2023-09-20", None], "auto")
    'day'
    >>> choose_period(["2023-09-19"], "month")
    'month'
    """
    if group_by != "auto":
        return group_by
    days = {d for d in (parse_date(v) for v in dates) if d is not None}
    if len(days) <= AUTO_LIMIT:
        return "day"
    weeks = {d.isocalendar()[:2] for d in days}
    if len(weeks) <= AUTO_LIMIT:
        return "week"
    return "month"


def group_of(value: str | None, period: Period) -> DateGroup:
    """Return the date group that an article dated ``value`` belongs to.

    Examples
    --------
    >>> group_of("2023-09-19", "week")
    DateGroup(key='2023-W38', label='2023-W38 (18–24 Sep 2023)')
    >>> group_of(None, "day").key
    'undated'
    """
    day = parse_date(value)
    if day is None:
        return DateGroup(UNDATED, "Undated")
    if period == "day":
        return DateGroup(day.isoformat(), day.isoformat())
    if period == "month":
        return DateGroup(f"{day.year:04d}-{day.month:02d}", f"{_MONTHS[day.month - 1]} {day.year}")
    year, week, weekday = day.isocalendar()
    monday = day - dt.timedelta(days=weekday - 1)
    return DateGroup(f"{year:04d}-W{week:02d}", f"{year:04d}-W{week:02d} ({_span(monday)})")


def sort_key(group: DateGroup) -> tuple[bool, str]:
    """Chronological order, with the undated group last."""
    return (group.key == UNDATED, group.key)


def _span(monday: dt.date) -> str:
    sunday = monday + dt.timedelta(days=6)
    end = f"{sunday.day} {_MONTHS[sunday.month - 1][:3]} {sunday.year}"
    if monday.month == sunday.month:
        return f"{monday.day}–{end}"
    if monday.year == sunday.year:
        return f"{monday.day} {_MONTHS[monday.month - 1][:3]} – {end}"
    return f"{monday.day} {_MONTHS[monday.month - 1][:3]} {monday.year} – {end}"
