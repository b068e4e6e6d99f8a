"""Shared fixtures: a small real gazetteer CSV and article files on disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SMALL_GAZETTEER = """\
id,name,aliases,kind,lat,lon,wkt,country,parent,geonames_id,notes
armenia,Armenia,Hayastan,country,40.1811,44.5136,,AM,,174982,
azerbaijan,Azerbaijan,Azərbaycan,country,40.3777,49.892,,AZ,,587116,
russia,Russia,Russian Federation,country,55.7522,37.6156,,RU,,2017370,
georgia,Georgia,Sakartvelo,country,41.6941,44.8337,,GE,,614540,
ganja,Ganja,Gəncə|Gyandzha|Kirovabad,city,40.6828,46.3606,,AZ,,586523,
terter,Terter,Tartar|Tərtər,city,40.3418,46.9320,,AZ,,585225,
stepanakert,Stepanakert,Khankendi|Xankəndi,city,39.8177,46.7528,,AZ,,146970,
yerevan,Yerevan,Erevan,city,40.1811,44.5136,,AM,,616052,
moscow,Moscow,Moskva,city,55.7522,37.6156,,RU,,524901,
lachin,Lachin,Berdzor|Laçın,town,39.6383,46.5461,,AZ,,147622,
lachin-district,Lachin District,Lachin rayon,district,39.7,46.4,,AZ,,,
lachin-corridor,Lachin Corridor,Lachin corridor,corridor,39.6383,46.5461,"LINESTRING (46.7528 39.8177, 46.5461 39.6383, 46.42 39.51)",AZ,,,
nagorno-karabakh,Nagorno-Karabakh,Nagorno Karabakh|Artsakh,region,39.82,46.75,,AZ,,,
karabakh,Karabakh,Qarabağ,region,40.0,46.9,,AZ,,,
talysh,Talysh,Talish|Talış,village,40.3814,46.7408,,AZ,,,
minsk-group,Minsk Group,OSCE Minsk Group,ignore,,,,,,,
"""


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the index caches per test session, away from the user's cache folder.

    Session-scoped, so that module-scoped fixtures that load the indexes use it too.
    """
    cache = tmp_path_factory.getbasetemp() / "geomap-cache"
    cache.mkdir(exist_ok=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GEOMAP_CACHE", str(cache))
        yield


@pytest.fixture
def small_gazetteer(tmp_path: Path) -> Path:
    path = tmp_path / "gazetteer.csv"
    path.write_text(SMALL_GAZETTEER, encoding="utf-8")
    return path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
