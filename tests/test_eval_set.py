"""The evaluation sets must pass at precision and recall 0.95 (``geomap eval``)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def geomap_eval(gold: str, precision: str, recall: str) -> tuple[int, str]:
    """``geomap eval GOLD --min-precision P --min-recall R`` through the command line's own
    entry, in this process: one interpreter for all the sets, not one for each (about a
    second saved per set). Its exit code and what it printed."""
    from click.testing import CliRunner

    import geomap.cli.eval_cmd  # noqa: F401  (registers the command)
    from geomap.cli import cli

    args = ["eval", str(ROOT / gold), "--gazetteer", str(ROOT / "gazetteer.csv")]
    result = CliRunner().invoke(cli, [*args, "--min-precision", precision, "--min-recall", recall])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "gold",
    [
        "eval/gold.csv",
        "eval/holdout/gold.csv",
        "eval/blind/gold.csv",
        "eval/blind2/gold.csv",
        "eval/blind3/gold.csv",
        "eval/blind4/gold.csv",
        "eval/blind5/gold.csv",
        "eval/blind6/gold.csv",
        "eval/blind7/gold.csv",
        "eval/blind8/gold.csv",
        "eval/blind16/gold.csv",
        "eval/blind19/gold.csv",
        "eval/blind28/gold.csv",
        "eval/blind29/gold.csv",
        "eval/blind34/gold.csv",
        "eval/blind38/gold.csv",
        "eval/blind39/gold.csv",
        "eval/blind42/gold.csv",
        "eval/blind46/gold.csv",
        "eval/blind48/gold.csv",
        "eval/blind50/gold.csv",
        "eval/blind53/gold.csv",
        "eval/blind54/gold.csv",
        "eval/blind56/gold.csv",
        "eval/blind58/gold.csv",
        "eval/blind62/gold.csv",
        "eval/blind65/gold.csv",
        "eval/blind66/gold.csv",
        "eval/blind69/gold.csv",
        "eval/blind72/gold.csv",
        "eval/blind73/gold.csv",
        "eval/blind74/gold.csv",
        "eval/blind75/gold.csv",
        "eval/blind76/gold.csv",
        "eval/blind79/gold.csv",
        "eval/blind81/gold.csv",
        "eval/blind83/gold.csv",
        "eval/blind85/gold.csv",
        "eval/blind86/gold.csv",
        "eval/blind89/gold.csv",
        "eval/blind91/gold.csv",
        "eval/blind93/gold.csv",
        "eval/blind94/gold.csv",
        "eval/blind95/gold.csv",
        "eval/blind97/gold.csv",
        "eval/blind100/gold.csv",
        "eval/blind102/gold.csv",
        "eval/blind103/gold.csv",
        "eval/blind104/gold.csv",
        "eval/blind105/gold.csv",
        "eval/blind106/gold.csv",
        "eval/blind108/gold.csv",
        "eval/blind110/gold.csv",
        "eval/blind111/gold.csv",
        "eval/blind112/gold.csv",
        "eval/blind115/gold.csv",
        "eval/blind116/gold.csv",
        "eval/blind117/gold.csv",
        "eval/blind119/gold.csv",
        "eval/blind120/gold.csv",
        "eval/blind123/gold.csv",
        "eval/blind126/gold.csv",
        "eval/blind127/gold.csv",
        "eval/blind128/gold.csv",
        "eval/blind129/gold.csv",
        "eval/blind130/gold.csv",
        "eval/blind132/gold.csv",
        "eval/blind133/gold.csv",
        "eval/blind134/gold.csv",
        "eval/blind135/gold.csv",
        "eval/blind138/gold.csv",
        "eval/blind142/gold.csv",
        "eval/blind143/gold.csv",
        "eval/blind144/gold.csv",
        "eval/blind145/gold.csv",
        "eval/blind146/gold.csv",
        "eval/blind147/gold.csv",
        "eval/blind148/gold.csv",
        "eval/blind151/gold.csv",
        "eval/blind152/gold.csv",
        "eval/blind157/gold.csv",
        "eval/blind158/gold.csv",
        "eval/blind159/gold.csv",
        "eval/blind160/gold.csv",
        "eval/blind161/gold.csv",
        "eval/blind162/gold.csv",
        "eval/blind163/gold.csv",
        "eval/blind164/gold.csv",
        "eval/blind165/gold.csv",
        "eval/blind166/gold.csv",
        "eval/blind169/gold.csv",
        "eval/blind170/gold.csv",
        "eval/blind171/gold.csv",
        "eval/blind172/gold.csv",
        "eval/blind156/gold.csv",
        "eval/blind174/gold.csv",
        "eval/blind175/gold.csv",
        "eval/blind176/gold.csv",
        "eval/blind177/gold.csv",
        "eval/blind179/gold.csv",
        "eval/blind180/gold.csv",
        "eval/blind181/gold.csv",
        "eval/blind182/gold.csv",
        "eval/blind184/gold.csv",
        "eval/blind187/gold.csv",
        "eval/blind188/gold.csv",
        "eval/blind190/gold.csv",
        "eval/blind192/gold.csv",
        "eval/blind193/gold.csv",
        "eval/blind195/gold.csv",
        "eval/blind197/gold.csv",
        "eval/blind131/gold.csv",
        "eval/blind207/gold.csv",
        "eval/blind208/gold.csv",
        "eval/blind209/gold.csv",
        "eval/blind211/gold.csv",
        "eval/blind214/gold.csv",
        "eval/blind218/gold.csv",
        "eval/blind219/gold.csv",
        "eval/blind220/gold.csv",
        "eval/blind223/gold.csv",
        "eval/blind225/gold.csv",
        "eval/blind228/gold.csv",
        "eval/blind229/gold.csv",
        "eval/blind230/gold.csv",
        "eval/blind231/gold.csv",
        "eval/blind238/gold.csv",
        "eval/blind249/gold.csv",
        "eval/blind257/gold.csv",
        "eval/blind271/gold.csv",
        "eval/blind281/gold.csv",
        "eval/blind288/gold.csv",
        "eval/blind289/gold.csv",
        "eval/blind294/gold.csv",
        "eval/blind300/gold.csv",
        "eval/blind302/gold.csv",
        "eval/blind303/gold.csv",
        "eval/blind305/gold.csv",
        "eval/blind310/gold.csv",
        "eval/blind312/gold.csv",
        "eval/blind314/gold.csv",
        "eval/blind315/gold.csv",
        "eval/blind316/gold.csv",
        "eval/blind319/gold.csv",
        "eval/blind320/gold.csv",
        "eval/blind321/gold.csv",
        "eval/blind324/gold.csv",
    ],
)
def test_evaluation_set_meets_thresholds(gold: str) -> None:
    code, out = geomap_eval(gold, "0.95", "0.95")
    print(out)
    assert code == 0, out
    assert "recognition  precision" in out


@pytest.mark.parametrize(
    "gold",
    [
        "eval/blind9/gold.csv",
        "eval/blind10/gold.csv",
        "eval/blind11/gold.csv",
        "eval/blind12/gold.csv",
        "eval/blind13/gold.csv",
        "eval/blind14/gold.csv",
        "eval/blind15/gold.csv",
        "eval/blind17/gold.csv",
        "eval/blind18/gold.csv",
        "eval/blind20/gold.csv",
        "eval/blind21/gold.csv",
        "eval/blind22/gold.csv",
        "eval/blind23/gold.csv",
        "eval/blind24/gold.csv",
        "eval/blind25/gold.csv",
        "eval/blind26/gold.csv",
        "eval/blind27/gold.csv",
        "eval/blind30/gold.csv",
        "eval/blind31/gold.csv",
        "eval/blind32/gold.csv",
        "eval/blind33/gold.csv",
        "eval/blind35/gold.csv",
        "eval/blind37/gold.csv",
        "eval/blind40/gold.csv",
        "eval/blind43/gold.csv",
        "eval/blind44/gold.csv",
        "eval/blind45/gold.csv",
        "eval/blind47/gold.csv",
        "eval/blind49/gold.csv",
        "eval/blind51/gold.csv",
        "eval/blind52/gold.csv",
        "eval/blind55/gold.csv",
        "eval/blind57/gold.csv",
        "eval/blind59/gold.csv",
        "eval/blind60/gold.csv",
        "eval/blind61/gold.csv",
        "eval/blind63/gold.csv",
        "eval/blind64/gold.csv",
        "eval/blind67/gold.csv",
        "eval/blind68/gold.csv",
        "eval/blind70/gold.csv",
        "eval/blind71/gold.csv",
        "eval/blind77/gold.csv",
        "eval/blind82/gold.csv",
        "eval/blind84/gold.csv",
        "eval/blind88/gold.csv",
        "eval/blind90/gold.csv",
        "eval/blind92/gold.csv",
        "eval/blind96/gold.csv",
        "eval/blind98/gold.csv",
        "eval/blind101/gold.csv",
        "eval/blind107/gold.csv",
        "eval/blind109/gold.csv",
        "eval/blind113/gold.csv",
        "eval/blind118/gold.csv",
        "eval/blind125/gold.csv",
        "eval/blind136/gold.csv",
        "eval/blind137/gold.csv",
        "eval/blind139/gold.csv",
        "eval/blind140/gold.csv",
        "eval/blind149/gold.csv",
        "eval/blind150/gold.csv",
        "eval/blind153/gold.csv",
        "eval/blind154/gold.csv",
        "eval/blind168/gold.csv",
        "eval/blind178/gold.csv",
        "eval/blind183/gold.csv",
        "eval/blind185/gold.csv",
        "eval/blind186/gold.csv",
        "eval/blind194/gold.csv",
        "eval/blind196/gold.csv",
        "eval/blind198/gold.csv",
        "eval/blind199/gold.csv",
        "eval/blind202/gold.csv",
        "eval/blind203/gold.csv",
        "eval/blind204/gold.csv",
        "eval/blind210/gold.csv",
        "eval/blind212/gold.csv",
        "eval/blind213/gold.csv",
        "eval/blind215/gold.csv",
        "eval/blind217/gold.csv",
        "eval/blind222/gold.csv",
        "eval/blind224/gold.csv",
        "eval/blind236/gold.csv",
        "eval/blind237/gold.csv",
        "eval/blind242/gold.csv",
        "eval/blind244/gold.csv",
        "eval/blind248/gold.csv",
        "eval/blind253/gold.csv",
        "eval/blind268/gold.csv",
        "eval/blind274/gold.csv",
    ],
)
def test_sets_beyond_the_gazetteers_reach_keep_their_level(gold: str) -> None:
    """Wars, disasters, outbreaks, elections and crossings whose small places neither gazetteer holds
    (their names go to unresolved.csv): held at precision 0.95 and recall 0.85 so a change
    cannot make them worse unseen."""
    code, out = geomap_eval(gold, "0.95", "0.85")
    print(out)
    assert code == 0, out


@pytest.mark.parametrize(
    ("gold", "precision", "recall"),
    [
        ("eval/blind36/gold.csv", "0.95", "0.80"),
        ("eval/blind41/gold.csv", "0.95", "0.80"),
        ("eval/blind80/gold.csv", "0.95", "0.70"),
        ("eval/blind87/gold.csv", "0.95", "0.75"),
        ("eval/blind114/gold.csv", "0.95", "0.80"),
        ("eval/blind121/gold.csv", "0.95", "0.75"),
        ("eval/blind122/gold.csv", "0.95", "0.70"),
        ("eval/blind78/gold.csv", "0.90", "0.95"),
        ("eval/blind99/gold.csv", "0.90", "0.95"),
        ("eval/blind124/gold.csv", "0.90", "0.95"),
        ("eval/blind141/gold.csv", "0.95", "0.85"),
        ("eval/blind155/gold.csv", "0.95", "0.80"),
        ("eval/blind167/gold.csv", "0.90", "0.95"),
        ("eval/blind173/gold.csv", "0.95", "0.80"),
        ("eval/blind189/gold.csv", "0.95", "0.75"),
        ("eval/blind191/gold.csv", "0.90", "0.95"),
        ("eval/blind200/gold.csv", "0.90", "0.95"),
        ("eval/blind201/gold.csv", "0.90", "0.80"),
        ("eval/blind205/gold.csv", "0.90", "0.85"),
        ("eval/blind206/gold.csv", "0.95", "0.50"),
        ("eval/blind216/gold.csv", "0.90", "0.85"),
        ("eval/blind221/gold.csv", "0.90", "0.90"),
        ("eval/blind226/gold.csv", "0.90", "0.85"),
        ("eval/blind227/gold.csv", "0.90", "0.95"),
        ("eval/blind232/gold.csv", "0.90", "0.75"),
        ("eval/blind233/gold.csv", "0.75", "0.90"),
        ("eval/blind234/gold.csv", "0.90", "0.90"),
        ("eval/blind235/gold.csv", "0.90", "0.80"),
        ("eval/blind239/gold.csv", "0.90", "0.90"),
        ("eval/blind240/gold.csv", "0.90", "0.90"),
        ("eval/blind241/gold.csv", "0.95", "0.70"),
        ("eval/blind243/gold.csv", "0.90", "0.85"),
        ("eval/blind245/gold.csv", "0.90", "0.85"),
        ("eval/blind246/gold.csv", "0.95", "0.80"),
        ("eval/blind247/gold.csv", "0.95", "0.75"),
        ("eval/blind250/gold.csv", "0.55", "0.90"),
        ("eval/blind251/gold.csv", "0.90", "0.90"),
        ("eval/blind252/gold.csv", "0.85", "0.65"),
        ("eval/blind254/gold.csv", "0.90", "0.80"),
        ("eval/blind255/gold.csv", "0.85", "0.90"),
        ("eval/blind256/gold.csv", "0.85", "0.70"),
        ("eval/blind258/gold.csv", "0.95", "0.90"),
        ("eval/blind259/gold.csv", "0.95", "0.80"),
        ("eval/blind260/gold.csv", "0.90", "0.80"),
        ("eval/blind261/gold.csv", "0.95", "0.75"),
        ("eval/blind262/gold.csv", "0.90", "0.95"),
        ("eval/blind263/gold.csv", "0.90", "0.95"),
        ("eval/blind264/gold.csv", "0.90", "0.85"),
        ("eval/blind265/gold.csv", "0.95", "0.75"),
        ("eval/blind266/gold.csv", "0.90", "0.90"),
        ("eval/blind267/gold.csv", "0.85", "0.95"),
        ("eval/blind269/gold.csv", "0.95", "0.90"),
        ("eval/blind270/gold.csv", "0.95", "0.90"),
        ("eval/blind272/gold.csv", "0.90", "0.90"),
        ("eval/blind273/gold.csv", "0.95", "0.90"),
        ("eval/blind275/gold.csv", "0.95", "0.80"),
        ("eval/blind276/gold.csv", "0.90", "0.85"),
        ("eval/blind277/gold.csv", "0.95", "0.90"),
        ("eval/blind278/gold.csv", "0.95", "0.90"),
        ("eval/blind279/gold.csv", "0.95", "0.85"),
        ("eval/blind280/gold.csv", "0.90", "0.90"),
        ("eval/blind282/gold.csv", "0.95", "0.90"),
        ("eval/blind283/gold.csv", "0.95", "0.80"),
        ("eval/blind284/gold.csv", "0.90", "0.95"),
        ("eval/blind285/gold.csv", "0.80", "0.85"),
        ("eval/blind286/gold.csv", "0.95", "0.85"),
        ("eval/blind287/gold.csv", "0.85", "0.90"),
        ("eval/blind290/gold.csv", "0.90", "0.95"),
        ("eval/blind291/gold.csv", "0.90", "0.95"),
        ("eval/blind292/gold.csv", "0.90", "0.85"),
        ("eval/blind293/gold.csv", "0.90", "0.95"),
        ("eval/blind295/gold.csv", "0.95", "0.90"),
        ("eval/blind296/gold.csv", "0.95", "0.90"),
        ("eval/blind297/gold.csv", "0.95", "0.90"),
        ("eval/blind298/gold.csv", "0.90", "0.95"),
        ("eval/blind299/gold.csv", "0.95", "0.80"),
        ("eval/blind301/gold.csv", "0.90", "0.90"),
        ("eval/blind304/gold.csv", "0.90", "0.90"),
        ("eval/blind306/gold.csv", "0.85", "0.95"),
        ("eval/blind307/gold.csv", "0.90", "0.80"),
        ("eval/blind308/gold.csv", "0.95", "0.90"),
        ("eval/blind309/gold.csv", "0.95", "0.75"),
        ("eval/blind311/gold.csv", "0.90", "0.95"),
        ("eval/blind313/gold.csv", "0.95", "0.90"),
        ("eval/blind317/gold.csv", "0.95", "0.90"),
        ("eval/blind318/gold.csv", "0.95", "0.85"),
        ("eval/blind322/gold.csv", "0.95", "0.85"),
        ("eval/blind323/gold.csv", "0.90", "0.90"),
    ],
)
def test_sets_with_known_gaps_keep_their_level(gold: str, precision: str, recall: str) -> None:
    """Sets held below 0.95 where a known gap or convention sets their level:
    South Sudan's and Bangladesh's camps and south Lebanon's villages, whose towns the
    offline world data mostly lacks (Renk, Nasir, Akobo; Kutupalong, Ukhia, Maungdaw; Bint
    Jbeil, Khiam, Aitaroun: unresolved.csv lists them), at recall 0.80 and 0.70; Nigeria's
    Middle Belt, whose villages and local government areas it lacks too (Yelwata, Guma, Gwer
    West, Zike), at recall 0.75; Nepal's districts, which it lacks as well (Kaski, Chitwan,
    Rukum West), at recall 0.80; Ethiopia's zones (North Wollo, South Gondar, East Gojjam),
    at recall 0.75; New Caledonia's communes, islands and tribes (Le Mont-Dore, Lifou,
    Maré, Magenta), at recall 0.70; Kenya's and Tanzania's protests, where Kikuyu is a people
    and Saba Saba a holiday, both also places in GeoNames, at precision 0.90; Kotayk, whose
    gold leaves out Yerevan's districts in "the Erebuni and Shengavit medical centres" and
    Tashir in "the Pizza Tashir restaurant chain", at precision 0.90; the South China Sea, whose seas ("the West Philippine Sea") geomap does
    not map, at recall 0.85; Bolivia, whose Chapare villages (Shinahota, Lauca Ñ) neither
    gazetteer holds, at recall 0.80; Peru, where a gang's and a company's names (La Pampa,
    San Carlos) read as places, at precision 0.90; the Texas Hill Country, whose small
    towns are named like words (Comfort, Hunt, Center Point) and need a qualifier, at
    recall 0.80; Wayanad's villages (Mundakkai, Chooralmala, Meppadi) and Dharali, for which
    no checked coordinates were found, at recall 0.75; Maui, where "U.S." before a court's
    name counts as the country, and northern Vietnam, where the bridge and commune of Phong
    Chau are found but not in the gold, at precision 0.90; Canada's fires, whose hamlets and
    towns named like words (Enterprise, Fort Smith) and other names (Thebacha) neither
    gazetteer holds, at precision 0.90 and recall 0.80; Indonesia's volcanoes, whose
    regencies (Agam) and Bali, a province named like an English word, are missed, at
    precision 0.90 and recall 0.85; Iceland's eruptions, whose lagoon, power plant and
    crater row neither gazetteer holds, at recall 0.50; Ebola in Uganda and Kasai, whose
    health zone of Bulape and the hospital district of Mulago neither gazetteer holds and
    where "Zaire" names the virus too, at precision 0.90 and recall 0.85; West Nile virus in
    Italy, whose resort of Baia Domizia and old names (Cora, Caura) are missed and whose
    saints' hospitals read as places, at 0.90 and 0.90; Britain's constituencies, named
    after two towns ("Richmond and Northallerton") or read as cricket teams, at precision
    0.90 and recall 0.85; Mexico's election, where the ruling Morena party is read as the
    Indian city, at precision 0.90; the Tour de France, whose mountain finishes and merged
    communes (Hautacam, Guerlédan) neither gazetteer holds, at precision 0.90 and recall
    0.75; English football, whose clubs' bare names ("Norwich", "Burnley") are still read as
    their towns, at precision 0.75; the World Cup's host cities, where
    clubs and stadiums bear their cities' names, at 0.90 and 0.90; the Andes' mines, whose
    Peruvian provinces and villages (Chumbivilcas, Challhuahuacho) neither gazetteer holds,
    at precision 0.90 and recall 0.80; overtourism and drought, whose squares, reservoirs and
    boroughs (Plaça d'Espanya, Villa Victoria, Nápoles) neither gazetteer holds or reads as
    towns, at 0.90 and 0.90; Australia's floods and fires, whose councils and outback towns
    (Cassowary Coast, Thargomindah) neither holds, at recall 0.70; China's disasters, whose
    counties and old spellings (Jishishan, Cho-chou) it lacks and whose peoples (Bonan,
    Dongxiang) are also places, at 0.90 and 0.85; Canada's ridings (Battle River-Crowfoot,
    Carleton) at 0.90 and 0.85; Rio's and São Paulo's favelas (Alemão, Cracolândia) at recall
    0.80; South Korea's districts and county seats (Hannam-dong, Uiseong) at recall 0.75;
    two football tournaments whose national teams read as their countries ("a 2-1 win over
    Zimbabwe"), at precision 0.55; wine, cheese and cocoa, whose products and appellations
    (Pauillac, Pommard) read as places, at 0.90 and 0.90; Alaska's villages (Kwigillingok,
    Napakiak), which neither gazetteer holds, at precision 0.85 and recall 0.65; spaceports
    (Sriharikota, Starbase) and rockets named after places (Angara, Ariane) at 0.90 and 0.80;
    Tempi and Mount Olympus, a valley and a mountain in that gold, and Lisbon's funiculars
    (Lavra), at precision 0.85; Scotland's island villages (Lochmaddy, Uig), which neither
    gazetteer holds, and island groups that gold leaves out (Orkney, Arran), at 0.85 and
    0.70; chip factories at 0.95 and 0.90; New Zealand's regions named like words (Northland,
    Southland) and Maori names (Tairāwhiti) at recall 0.80; Patagonia, which neither holds, at
    0.90 and 0.80; archaeological sites (Pompeii, Saqqara, Stonehenge) at recall 0.75; Corsica
    and Sardinia and the Kamchatka tsunami at precision 0.90; Cornwall's villages (Newlyn,
    Pool) at 0.90 and 0.85; Mongolia's mines and border crossings (Oyu Tolgoi,
    Gashuunsukhait) at recall 0.75; the Andes, the Puna and Atacama, landforms in that gold,
    at 0.90 and 0.90; film titles named after places ("Nebraska", "Vermiglio") at precision
    0.85; the Thai-Cambodian border's temples and crossings (Chong Chom, Ta Muen Thom),
    Sweden's suburbs (Rosengård, Gottsunda) and the US swing states' towns (Sun Prairie, West
    Bend) at 0.95 and 0.90; earlier Olympic hosts ("London 2012") read as places at 0.90 and
    0.90; polar stations and the poles (McMurdo, South Pole) at recall 0.80; the Grenadines'
    villages (Clifton, Ashton) at 0.90 and 0.85; Japan's towns and airports (Kitaakita, Kansai
    International Airport), Catalonia's towns and Basque names (Amer, Bilbo), and the Pacific's
    airports and islets (Bauerfield, Bairiki) at 0.95 and 0.90; Dublin's districts and
    nicknames (East Wall, Leeside) at recall 0.85; US rail towns and townships (Darlington
    Township, Reed Point) and namesakes (Norfolk, Stockton) at 0.90 and 0.90; Tibet's and
    Nepal's counties and villages (Lhatse, Thame, Rasuwa) at recall 0.80; the Plains'
    rivers and book titles ("Land of Oz") at precision 0.90; the Greek islands, which that
    gold leaves out as islands (Crete, Amorgos, Gavdos), at 0.80 and 0.85; Atlantic Canada's
    small towns and nicknames (Tantallon, P.E.I.) at 0.95 and 0.85; the Amazon's rivers and
    dams (Madeira, Belo Monte) at 0.85 and 0.90; the Rio Grande and the Maghreb's islands
    (Lampedusa, Djerba), rivers and islands in those golds, at 0.90 and 0.95; the Alps'
    hamlets and the Rhone at 0.90 and 0.85; the Low Countries' US namesakes and page names
    (Antwerp in Ohio, "Port of Antwerp-Bruges") at 0.90 and 0.95; Norway's air bases and
    Sami names (Haakonsvern, Girkonjárga) at 0.95 and 0.90; Hungary's villages (Göd,
    Kisoroszi) and Ghana's towns and national teams ("lost to Cape Verde") at 0.95 and 0.90;
    the Zambezi and Scotland's Blantyre at 0.90 and 0.95; Indonesia's new capital and
    nicknames (Nusantara, Jogja, Solo) and Bali, named like a word, at 0.95 and 0.80; Egypt's
    seas and ancient sites (the Red Sea, Saqqara) and Russia's rivers and krais (the Tobol,
    Zabaykalsky Krai) at 0.90 and 0.90; Argentina's departments and rivers (General
    Pueyrredon, Paraná) at 0.85 and 0.95; western Canada's hamlets and old names (Enterprise,
    Lytton, Fitzhugh) at 0.90 and 0.80; the Gulf's air bases (Al Udeid) at 0.95 and 0.90; New
    Zealand's regions named like words (Southland, Bay of Plenty) and districts neither
    gazetteer holds (Tairāwhiti, Clutha) at 0.95 and 0.75; Central Asia's rivers and valleys
    (the Kara-Darya, the Fergana Valley) at 0.90 and 0.95; Welsh villages and grounds
    (Skenfrith, Capel Curig, the Racecourse Ground) at 0.95 and 0.90; Sri Lanka's resorts and
    Galle, a surname in the same article (Ella, Mirissa), at 0.95 and 0.90; Japan's air bases,
    airports and reclaimed islands (Kadena, Futenma, Yumeshima) at 0.95 and 0.85; south India's
    old names and neighbourhoods (Coorg, Madraspatnam, Velachery) at 0.95 and 0.85; France's
    overseas towns, placed in France when the article names Paris (Saint-Denis, Saint-Paul in
    Réunion), and towns named like words (Lens, Pau, Valence) at 0.90 and 0.90; and
    Karabakh's monasteries, which the curated gazetteer holds as landmarks and that set's
    gold leaves out, at precision 0.90."""
    code, out = geomap_eval(gold, precision, recall)
    print(out)
    assert code == 0, out


def test_eval_fails_below_threshold(tmp_path) -> None:  # type: ignore[no-untyped-def]
    gold = tmp_path / "gold.csv"
    gold.write_text("article,start,end,surface,lat,lon\ne01.txt,,,Atlantis,0,0\n", encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "e01.txt").write_text("Shelling hit Ganja.", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "geomap", "eval", str(gold), "--gazetteer", str(ROOT / "gazetteer.csv"),
         "--min-recall", "0.95"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 3
    assert "misses: Atlantis (1)" in run.stdout and "false positives: Ganja (1)" in run.stdout


def test_a_place_with_a_shape_is_scored_by_its_nearest_point(tmp_path, small_gazetteer) -> None:  # type: ignore[no-untyped-def]
    # The Stepanakert end of the Lachin Corridor is 27 km from the row's point, 0 km from its line.
    gold = tmp_path / "gold.csv"
    gold.write_text(
        "article,start,end,surface,lat,lon\ne01.txt,,,Lachin Corridor,39.8177,46.7528\n", encoding="utf-8"
    )
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "e01.txt").write_text("Trucks waited on the Lachin Corridor.", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "geomap", "eval", str(gold), "--gazetteer", str(small_gazetteer)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "within 25 km 1.000" in run.stdout


def test_an_article_level_name_is_scored_against_the_found_name_closest_to_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "West Kazakhstan" agrees with both "Kazakhstan" (found first) and "West Kazakhstan
    # region": it is the region that must be scored, at Oral, not the country.
    gold = tmp_path / "gold.csv"
    gold.write_text(
        "article,start,end,surface,lat,lon\n"
        "e01.txt,,,Kazakhstan,51.1667,71.4333\ne01.txt,,,West Kazakhstan,51.2333,51.3667\n",
        encoding="utf-8",
    )
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "e01.txt").write_text(
        "Floods reached Kazakhstan in April. Officials in the West Kazakhstan region opened shelters.",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "geomap", "eval", str(gold), "--gazetteer", str(ROOT / "gazetteer.csv")],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "within 25 km 1.000" in run.stdout, run.stdout
