"""Date layers: grouping by day, ISO week or month, and the automatic choice."""

from __future__ import annotations

import datetime as dt

import pytest
import sample_data
from render_helpers import blob

from geomap.render.data import build_map_data
from geomap.render.dates import DateGroup, choose_period, group_of, sort_key


@pytest.mark.parametrize(
    ("value", "period", "key", "label"),
    [
        pytest.param("2023-09-19", "day", "2023-09-19", "2023-09-19", id="day"),
        pytest.param("2023-09-19", "week", "2023-W38", "2023-W38 (18–24 Sep 2023)", id="week"),
        pytest.param("2023-09-19", "month", "2023-09", "September 2023", id="month"),
        pytest.param(
            "2021-01-03",
            "week",
            "2020-W53",
            "2020-W53 (28 Dec 2020 – 3 Jan 2021)",
            id="week-of-previous-iso-year",
        ),
        pytest.param(
            "2024-12-30",
            "week",
            "2025-W01",
            "2025-W01 (30 Dec 2024 – 5 Jan 2025)",
            id="week-of-next-iso-year",
        ),
        pytest.param(
            "2023-10-31", "week", "2023-W44", "2023-W44 (30 Oct – 5 Nov 2023)", id="week-across-months"
        ),
        pytest.param(None, "day", "undated", "Undated", id="none"),
        pytest.param("", "month", "undated", "Undated", id="empty"),
        pytest.param("2023-02-30", "day", "undated", "Undated", id="invalid-day"),
        pytest.param("19/09/2023", "day", "undated", "Undated", id="not-iso"),
    ],
)
def test_group_of(value: str | None, period: str, key: str, label: str) -> None:
    assert group_of(value, period) == DateGroup(key, label)  # type: ignore[arg-type]


def _days(n: int, step: int = 1) -> list[str]:
    start = dt.date(2023, 1, 2)
    return [(start + dt.timedelta(days=i * step)).isoformat() for i in range(n)]


@pytest.mark.parametrize(
    ("dates", "group_by", "expected"),
    [
        pytest.param([*_days(30), None], "auto", "day", id="30-days-by-day"),
        pytest.param(_days(31), "auto", "week", id="31-days-by-week"),
        pytest.param(_days(40, step=5), "auto", "week", id="40-days-in-28-weeks-by-week"),
        pytest.param(_days(31, step=7), "auto", "month", id="31-weeks-by-month"),
        pytest.param(_days(365), "auto", "month", id="a-year-by-month"),
        pytest.param([], "auto", "day", id="no-dates"),
        pytest.param(_days(365), "day", "day", id="explicit-day"),
        pytest.param(_days(2), "month", "month", id="explicit-month"),
    ],
)
def test_choose_period(dates: list[str | None], group_by: str, expected: str) -> None:
    assert choose_period(dates, group_by) == expected  # type: ignore[arg-type]


def test_undated_sorts_last() -> None:
    groups = [DateGroup("undated", "Undated"), DateGroup("2023-09", "x"), DateGroup("2022-12", "y")]
    assert [g.key for g in sorted(groups, key=sort_key)] == ["2022-12", "2023-09", "undated"]


@pytest.mark.parametrize(
    ("group_by", "expected"),
    [
        pytest.param(
            "day",
            [("2023-09-19", 5, 4), ("2023-09-20", 3, 3), ("2023-09-28", 4, 3), ("undated", 3, 3)],
            id="day",
        ),
        pytest.param("week", [("2023-W38", 8, 5), ("2023-W39", 4, 3), ("undated", 3, 3)], id="week"),
        pytest.param("month", [("2023-09", 12, 7), ("undated", 3, 3)], id="month"),
    ],
)
def test_layer_counts(
    sample: sample_data.Sample, group_by: str, expected: list[tuple[str, int, int]]
) -> None:
    data = build_map_data(sample.articles, sample.resolved, group_by)  # type: ignore[arg-type]
    assert [(g.key, g.mentions, g.places) for g in data.layers] == expected
    assert sum(g.mentions for g in data.layers) == len(sample.resolved)


def test_layer_counts_match_the_sample(sample: sample_data.Sample, page: str) -> None:
    groups = blob(page)["groups"]
    by_date = sample.mentions_by_date()
    assert {g["key"]: g["mentions"] for g in groups} == dict(by_date)
    assert [g["label"] for g in groups][-1] == "Undated"
