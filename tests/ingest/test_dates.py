"""The article's own date: from metadata or the top of the text, never a URL or the body."""

from __future__ import annotations

import pytest

from geomap.ingest.dates import date_from_text, parse_date

BODY = "Fighting went on along the line of contact. " * 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Date: 2020-10-04\n\n" + BODY, ("2020-10-04", "date-line:1"), id="date-line"),
        pytest.param(
            "Some title\nPublished: Oct. 5, 2020\n\n" + BODY,
            ("2020-10-05", "date-line:2"),
            id="published-line",
        ),
        pytest.param("STEPANAKERT, Oct. 10, 2020 — " + BODY, ("2020-10-10", "dateline:1"), id="dateline-us"),
        pytest.param("YEREVAN, 28 September 2022 - " + BODY, ("2022-09-28", "dateline:1"), id="dateline-eu"),
        pytest.param(
            "BAKU (Reuters), Nov. 10, 2020 - " + BODY,
            ("2020-11-10", "dateline:1"),
            id="dateline-agency",
        ),
        pytest.param("STEPANAKERT, Oct. 10 (News) - " + BODY, None, id="dateline-without-year"),
        pytest.param(
            "Title\n\n" + BODY + "\n\nThe ceasefire was signed on Nov. 10, 2020.",
            None,
            id="date-deep-in-body",
        ),
        pytest.param(
            "Related article: https://news.example.org/2020/09/30/some-slug\n\n" + BODY,
            None,
            id="date-in-url",
        ),
        pytest.param("Date: see https://x.example/2021-01-02/a\n\n" + BODY, None, id="date-line-with-url"),
        pytest.param(BODY, None, id="undated"),
    ],
)
def test_date_from_text(text: str, expected: tuple[str, str] | None) -> None:
    assert date_from_text(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2020-10-04T08:00:00+00:00", "2020-10-04", id="iso-datetime"),
        pytest.param("October 4, 2020", "2020-10-04", id="month-day-year"),
        pytest.param("4 Oct 2020", "2020-10-04", id="day-month-year"),
        pytest.param("Sept. 27, 2020", "2020-09-27", id="sept-abbrev"),
        pytest.param("2020-02-30", None, id="impossible-date"),
        pytest.param("soon", None, id="not-a-date"),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected
