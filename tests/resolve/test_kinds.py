"""The table of place kinds the resolver reads (geomap.resolve.kinds)."""

from __future__ import annotations

from geomap.gazetteer.subdivisions import IRISH_COUNTIES
from geomap.gazetteer.subdivisions import KINDS as SUBDIVISION_KINDS
from geomap.resolve.kinds import HELD_KINDS, KIND_RANK, KINDS, REGION_KINDS, REGION_POP_KINDS


def test_every_kind_the_world_index_writes_has_traits() -> None:
    written = {*SUBDIVISION_KINDS.values(), "country", "city", "county"}
    assert IRISH_COUNTIES  # the one kind not from the ISO type table
    assert written <= set(KINDS)


def test_areas_outrank_settlements_of_their_rank_or_less() -> None:
    assert KIND_RANK["country"] > KIND_RANK["region"] > KIND_RANK["province"] > KIND_RANK["city"]
    assert KIND_RANK["city"] > KIND_RANK["town"] > KIND_RANK["village"]
    assert KIND_RANK["county"] == KIND_RANK["province"] == KIND_RANK["state"]


def test_derived_sets_follow_the_table() -> None:
    assert "county" in REGION_KINDS and "county" in HELD_KINDS and "county" in REGION_POP_KINDS
    assert "city" in HELD_KINDS and "city" not in REGION_KINDS
    assert "state" not in HELD_KINDS  # a US state counts anywhere
    assert "country" in REGION_KINDS and "country" not in REGION_POP_KINDS
    assert {"corridor", "town", "village"}.isdisjoint(REGION_KINDS | HELD_KINDS | REGION_POP_KINDS)


def test_the_examples_in_the_module_hold() -> None:
    import doctest

    import geomap.resolve.kinds

    assert doctest.testmod(geomap.resolve.kinds).failed == 0
