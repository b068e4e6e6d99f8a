"""The seats of first-level regions that are neither their most populous town nor the
town that bears their name.

The world index places a region at the town of 10,000 people or more that bears its name,
else at its most populous town (see :func:`geomap.gazetteer.world._namesake_seats`), which
news and the map expect at its capital: Galicia at Santiago de Compostela, not Vigo; Quebec
at Quebec City, not Montreal; Kerala at Thiruvananthapuram, not Kochi, which GeoNames counts
as bigger; Oyo at Ibadan, not the town of Oyo. These regions' capitals, by ISO 3166-2 code,
each point checked against the source named beside it.
"""

from __future__ import annotations

REGION_SEATS: dict[str, tuple[float, float]] = {
    "AF-BDG": (34.98735, 63.12891),  # Badghis: Qala i Naw; GeoNames 1129867
    "AM-AR": (39.95484, 44.54874),  # Ararat: Artashat; GeoNames 174979
    "AR-R": (-40.80000, -63.00000),  # Río Negro: Viedma; Wikipedia (el) 40°48′0″S 63°0′0″W
    "AR-S": (-31.63333, -60.70000),  # Santa Fe: Santa Fe; Wikipedia 31°38′S 60°42′W
    "AR-U": (-43.30000, -65.10000),  # Chubut: Rawson; Wikipedia 43°18′S 65°6′W
    "AT-3": (48.20762, 15.63725),  # Lower Austria: Sankt Pölten; GeoNames 2766429
    "AT-8": (47.50500, 9.74917),  # Vorarlberg: Bregenz; Wikipedia 47°30′18″N 9°44′57″E
    "BE-VLG": (50.84667, 4.35250),  # Flemish Region: Brussels; Wikipedia 50°50′48″N 4°21′09″E
    "BE-WAL": (50.46667, 4.86667),  # Wallonia: Namur; Wikipedia 50°28′N 4°52′E
    "BR-ES": (-20.31889, -40.33778),  # Espírito Santo: Vitória; Wikipedia 20°19′08″S 40°20′16″W
    "BR-GO": (-16.67861, -49.25389),  # Goiás: Goiânia; GeoNames 3462377
    "BR-SC": (-27.61222, -48.48528),  # Santa Catarina: Florianópolis; Wikipedia 27°36′44″S 48°29′7″W
    "CA-AB": (53.55014, -113.46871),  # Alberta: Edmonton; GeoNames 5946768
    "CA-BC": (48.42833, -123.36472),  # British Columbia: Victoria; Wikipedia 48°25′42″N 123°21′53″W
    "CA-NB": (45.95000, -66.66667),  # New Brunswick: Fredericton; Wikipedia 45°57′00″N 66°40′00″W
    "CA-QC": (46.81228, -71.21454),  # Quebec: Quebec City; GeoNames 6325494
    "CA-SK": (50.45008, -104.61780),  # Saskatchewan: Regina; GeoNames 6119109
    "CH-BL": (47.48389, 7.73500),  # Basel-Landschaft: Liestal; Wikipedia (de) 47°29′02″N 7°44′06″E
    "CH-SO": (47.21667, 7.53333),  # Solothurn: Solothurn; Wikipedia 47°13′N 7°32′E
    "CH-TI": (46.20000, 9.01667),  # Ticino: Bellinzona; Wikipedia 46°12′N 9°01′E
    "CM-SW": (4.15342, 9.24231),  # South-West: Buea; GeoNames 2233410
    "CN-JL": (43.88000, 125.32278),  # Jilin: Changchun; GeoNames 2038180
    "CN-SD": (36.67028, 117.02083),  # Shandong: Jinan; Wikipedia 36°40′13″N 117°01′15″E
    "CO-SUC": (9.30450, -75.39050),  # Sucre: Sincelejo; GeoNames 3667983
    "DE-HE": (50.08250, 8.24000),  # Hesse: Wiesbaden; Wikipedia 50°04′57″N 8°14′24″E
    "DE-MV": (53.63333, 11.41667),  # Mecklenburg-Vorpommern: Schwerin; Wikipedia 53°38′0″N 11°25′0″E
    "DE-NI": (52.37052, 9.73322),  # Lower Saxony: Hanover; GeoNames 2910831
    "DE-NW": (51.22556, 6.77667),  # North Rhine-Westphalia: Düsseldorf; Wikipedia 51°13′32″N 6°46′36″E
    "DE-SN": (51.05000, 13.74000),  # Saxony: Dresden; Wikipedia 51°03′00″N 13°44′24″E
    "DE-ST": (52.13167, 11.63917),  # Saxony-Anhalt: Magdeburg; Wikipedia 52°07′54″N 11°38′21″E
    "ES-AS": (43.36000, -5.84500),  # Asturias: Oviedo; Wikipedia 43°21′36″N 5°50′42″W
    "ES-CM": (39.85667, -4.02444),  # Castilla-La Mancha: Toledo; Wikipedia 39°51′24″N 4°1′28″W
    "ES-EX": (38.90000, -6.33333),  # Extremadura: Mérida; Wikipedia 38°54′N 6°20′W
    "ES-GA": (42.87778, -8.54444),  # Galicia: Santiago de Compostela; Wikipedia 42°52′40″N 8°32′40″W
    "ES-PV": (42.85000, -2.68333),  # Basque Country: Vitoria-Gasteiz; Wikipedia 42°51′N 2°41′W
    "FR-20R": (41.91886, 8.73812),  # Corsica: Ajaccio; GeoNames 3038334
    "GB-SCT": (55.95206, -3.19648),  # Scotland: Edinburgh; GeoNames 2650225
    "GH-AF": (6.80355, -2.51720),  # Ahafo: Goaso; GeoNames 2300749
    "GH-BO": (7.33991, -2.32676),  # Bono: Sunyani; GeoNames 2295021
    "GH-NE": (10.52726, -0.36982),  # North East: Nalerigu; GeoNames 2297661
    "GH-SV": (9.08296, -1.81884),  # Savannah: Damongo; GeoNames 2302002
    "GH-UW": (10.06069, -2.50192),  # Upper West: Wa; GeoNames 2294206
    "GH-WN": (6.21583, -2.48500),  # Western North: Sefwi Wiawso; Wikipedia 06°12′57″N 02°29′06″W
    "HU-HE": (47.90265, 20.37329),  # Heves: Eger; GeoNames 721239
    "ID-BT": (-6.11528, 106.15417),  # Banten: Serang; GeoNames 1627549
    "ID-JB": (-6.92222, 107.60694),  # West Java: Bandung, not the bigger Bekasi; GeoNames 1650357
    "ID-KU": (2.83750, 117.36528),  # North Kalimantan: Tanjung Selor; GeoNames 1624827
    "ID-MU": (0.73729, 127.55880),  # North Maluku: Sofifi; GeoNames 1626698
    "ID-RI": (0.51667, 101.44167),  # Riau: Pekanbaru, not Batam in the Riau Islands; GeoNames 1631761
    "IN-AP": (16.51310, 80.51650),  # Andhra Pradesh: Amaravati; Wikipedia 16°30′47″N 80°30′59″E
    "IN-GJ": (23.21667, 72.68333),  # Gujarat: Gandhinagar; GeoNames 1271715
    "IN-HR": (30.73344, 76.77971),  # Haryana: Chandigarh; Wikipedia (pt) 30°44′0″N 76°46′47″E
    "IN-JH": (23.34316, 85.30940),  # Jharkhand: Ranchi, not Jamshedpur; GeoNames 1258526
    "IN-KL": (8.48550, 76.94924),  # Kerala: Thiruvananthapuram; GeoNames 1254163
    "IN-MP": (23.25469, 77.40289),  # Madhya Pradesh: Bhopal; GeoNames 1275841
    "IN-NL": (25.67010, 94.10770),  # Nagaland: Kohima; Wikipedia 25°40′12″N 94°06′28″E
    "IN-OD": (20.27241, 85.83385),  # Odisha: Bhubaneswar; GeoNames 1275817
    "IN-PB": (30.73344, 76.77971),  # Punjab: Chandigarh; Wikipedia (pt) 30°44′0″N 76°46′47″E
    "IN-TN": (13.08784, 80.27847),  # Tamil Nadu: Chennai (no town found for its ISO code); GeoNames 1264527
    "IN-UP": (26.83928, 80.92313),  # Uttar Pradesh: Lucknow; GeoNames 1264733
    "IT-65": (42.35000, 13.40000),  # Abruzzo: L'Aquila; Wikipedia 42°21′N 13°24′E
    "IT-78": (38.90000, 16.60000),  # Calabria: Catanzaro; Wikipedia 38°54′N 16°36′E
    "KH-1": (13.58588, 102.97369),  # Banteay Meanchey: Sisophon; GeoNames 1822207
    "KH-13": (13.80731, 104.98046),  # Preah Vihear: Tbeng Meanchey; GeoNames 1830098
    "KH-22": (14.18175, 103.51761),  # Oddar Meanchey: Samraong; GeoNames 1825093
    "KR-46": (34.99014, 126.47899),  # South Jeolla: Muan (office at Namak); GeoNames 1840982
    "KR-47": (36.56636, 128.72275),  # North Gyeongsang: Andong (since 2016); GeoNames 1846986
    "LA-CH": (15.12022, 105.79898),  # Champasak: Pakse; GeoNames 1654379
    "MA-04": (34.02088, -6.84165),  # Rabat-Salé-Kénitra: Rabat; Wikipedia 34°01′15″N 6°50′30″W
    "MX-BCN": (32.66333, -115.46778),  # Baja California: Mexicali; Wikipedia 32°39′48″N 115°28′04″W
    "MX-CHH": (28.63528, -106.08889),  # Chihuahua: Chihuahua; Wikipedia 28°38′07″N 106°05′20″W
    "MX-GRO": (17.55000, -99.50000),  # Guerrero: Chilpancingo; Wikipedia 17°33′N 99°30′W
    "MX-GUA": (21.01590, -101.25280),  # Guanajuato: Guanajuato; GeoNames 4005270
    "MX-MEX": (19.29250, -99.65694),  # State of Mexico: Toluca; Wikipedia 19°17′33″N 99°39′25″W
    "MX-ROO": (18.50361, -88.30528),  # Quintana Roo: Chetumal; Wikipedia 18°30′13″N 88°18′19″W
    "MX-TAM": (23.73889, -99.14306),  # Tamaulipas: Ciudad Victoria; Wikipedia 23°44′20″N 99°08′35″W
    "MX-VER": (19.53333, -96.93333),  # Veracruz: Xalapa; Wikipedia (de) 19°32′N 96°56′W
    "MY-02": (6.12104, 100.36014),  # Kedah: Alor Setar; GeoNames 1736309
    "MZ-B": (-19.11639, 33.48333),  # Manica: Chimoio; GeoNames 1049261
    "NG-AB": (5.53333, 7.48333),  # Abia: Umuahia; Wikipedia (fr) 5°32′00″N 7°29′00″E
    "NG-AN": (6.20694, 7.06778),  # Anambra: Awka; Wikipedia 6°12′25″N 7°04′04″E
    "NG-DE": (6.19784, 6.72847),  # Delta: Asaba; Wikipedia 6°11′52″N 6°43′42″E
    "NG-JI": (11.75618, 9.33896),  # Jigawa: Dutse; GeoNames 2344245
    "NG-KO": (7.79688, 6.74048),  # Kogi: Lokoja; GeoNames 2331939
    "NG-LA": (6.60000, 3.35000),  # Lagos: Ikeja; Wikipedia (simple) 6.60°N 3.35°E
    "NG-NA": (8.49390, 8.51532),  # Nasarawa: Lafia; GeoNames 2332515
    "NG-ON": (7.25256, 5.19312),  # Ondo: Akure; GeoNames 2350841
    "NG-OY": (7.37756, 3.90591),  # Oyo: Ibadan; GeoNames 2339354
    "NG-YO": (11.74697, 11.96083),  # Yobe: Damaturu; GeoNames 2345521
    "NL-DR": (53.00000, 6.56667),  # Drenthe: Assen; Wikipedia 53°0′N 6°34′E
    "NL-FL": (52.50000, 5.48333),  # Flevoland: Lelystad; Wikipedia 52°30′N 5°29′E
    "NL-GE": (51.98333, 5.91667),  # Gelderland: Arnhem; Wikipedia 51°59′N 5°55′E
    "NL-NB": (51.68917, 5.30306),  # North Brabant: 's-Hertogenbosch; Wikipedia (it) 51°41′21″N 5°18′11″E
    "NL-NH": (52.38333, 4.63333),  # North Holland: Haarlem; Wikipedia 52°23′N 4°38′E
    "NL-OV": (52.51667, 6.10000),  # Overijssel: Zwolle; Wikipedia 52°31′N 6°6′E
    "NL-ZH": (52.08000, 4.31000),  # South Holland: The Hague; Wikipedia 52°04′48″N 4°18′36″E
    "NO-15": (62.73752, 7.15912),  # Møre og Romsdal: Molde; GeoNames 3145580
    "NO-18": (67.28267, 14.37513),  # Nordland: Bodø; GeoNames 3160881
    "NO-50": (64.01480, 11.49540),  # Trøndelag: Steinkjer, not Trondheim; Wikipedia 64°00′53″N 11°29′43″E
    "NZ-BOP": (-37.95855, 176.98545),  # Bay of Plenty: Whakatāne (its regional council); GeoNames 2208330
    "NZ-TKI": (-39.33762, 174.28368),  # Taranaki: Stratford (its regional council); GeoNames 6223846
    "PE-JUN": (-12.06866, -75.21027),  # Junín: Huancayo; GeoNames 3939459
    "PH-01": (16.61667, 120.31667),  # Ilocos Region: San Fernando (La Union); Wikipedia 16°37′N 120°19′E
    "PH-03": (15.03000, 120.68000),  # Central Luzon: San Fernando (Pampanga); Wikipedia 15°02′N 120°41′E
    "PH-09": (7.82722, 123.43639),  # Zamboanga Peninsula: Pagadian; Wikipedia 7°49′38″N 123°26′11″E
    "PH-12": (6.50000, 124.85000),  # Soccsksargen: Koronadal; Wikipedia 6°30′N 124°51′E
    "PH-40": (14.21167, 121.16528),  # Calabarzon: Calamba; GeoNames 1720681
    "PH-41": (13.41400, 121.18000),  # Mimaropa: Calapan; Wikipedia 13°24′50″N 121°10′48″E
    "PK-GB": (35.91869, 74.31245),  # Gilgit-Baltistan: Gilgit; GeoNames 1178338
    "RO-CV": (45.86667, 25.78333),  # Covasna: Sfântu Gheorghe; GeoNames 667303
    "RU-IN": (43.16667, 44.81667),  # Ingushetia: Magas; Wikipedia (de) 43°10′N 44°49′E
    "RU-MOS": (55.82167, 37.33861),  # Moscow Oblast: Krasnogorsk; Wikipedia 55°49′18″N 37°20′19″E
    "SD-SI": (13.14830, 33.93117),  # Sennar: Singa; GeoNames 366847
    "TR-39": (41.73472, 27.22528),  # Kırklareli: Kırklareli; Wikipedia 41°44′05″N 27°13′31″E
    "TR-59": (40.98333, 27.51667),  # Tekirdağ: Tekirdağ; Wikipedia 40°59′N 27°31′E
    "TR-73": (37.51639, 42.46111),  # Şırnak: Şırnak; Wikipedia 37°30′59″N 42°27′40″E
    "UA-32": (50.45466, 30.52380),  # Kyiv Oblast: Kyiv; GeoNames 703448
    "VE-F": (8.12366, -63.54694),  # Bolívar: Ciudad Bolívar, not the bigger Ciudad Guayana; GeoNames 3645532
    "ZA-EC": (-32.84944, 27.43806),  # Eastern Cape: Bhisho; Wikipedia 32°50′58″S 27°26′17″E
    "ZA-KZN": (-29.61679, 30.39278),  # KwaZulu-Natal: Pietermaritzburg; GeoNames 965301
    "ZA-NW": (-25.86556, 25.64361),  # North West: Mahikeng; Wikipedia 25°51′56″S 25°38′37″E
    "ZM-08": (-12.95867, 28.63659),  # Copperbelt: Ndola; GeoNames 901344
    "ZW-ME": (-18.18527, 31.55193),  # Mashonaland East: Marondera; GeoNames 886990
    "ZW-MS": (-20.93622, 29.00698),  # Matabeleland South: Gwanda; GeoNames 890516
    "ZW-MW": (-17.36667, 30.20000),  # Mashonaland West: Chinhoyi; GeoNames 893697
}  # fmt: skip

REGION_SEATS.update({
    # The Philippines' regions and provinces at their capitals: the ISO centre of a
    # province is often 25-40 km from its capital (Leyte from Tacloban).
    "PH-00": (14.60420, 120.98220),  # National Capital Region: Manila; GeoNames 1701668
    "PH-01": (16.61591, 120.31663),  # Ilocos: San Fernando, La Union; GeoNames 1690033
    "PH-02": (17.61577, 121.72285),  # Cagayan Valley: Tuguegarao; GeoNames 1680932
    "PH-03": (15.03425, 120.68445),  # Central Luzon: San Fernando, Pampanga; GeoNames 1690039
    "PH-05": (13.14125, 123.74073),  # Bicol: Legazpi; GeoNames 1706889
    "PH-06": (10.69694, 122.56444),  # Western Visayas: Iloilo; GeoNames 1711005
    "PH-07": (10.31672, 123.89071),  # Central Visayas: Cebu City; GeoNames 1717512
    "PH-08": (11.24333, 125.00472),  # Eastern Visayas: Tacloban; GeoNames 1684712
    "PH-09": (7.82570, 123.43700),  # Zamboanga Peninsula: Pagadian; GeoNames 1696710
    "PH-10": (8.48222, 124.64722),  # Northern Mindanao: Cagayan de Oro; GeoNames 1721080
    "PH-11": (7.07306, 125.61278),  # Davao: Davao; GeoNames 1715348
    "PH-12": (6.50306, 124.84694),  # Soccsksargen: Koronadal; GeoNames 1708522
    "PH-13": (8.94917, 125.54361),  # Caraga: Butuan; GeoNames 1722186
    "PH-14": (7.22361, 124.24639),  # Autonomous Region in Muslim Mindanao: Cotabato City; GeoNames 1716771
    "PH-15": (16.41639, 120.59306),  # Cordillera Region: Baguio; GeoNames 1728930
    "PH-40": (14.21167, 121.16528),  # Calabarzon: Calamba; GeoNames 1720681
    "PH-41": (13.41170, 121.18030),  # Mimaropa: Calapan; GeoNames 1720561
    "PH-ABR": (17.60833, 120.63806),  # Abra: Bangued; GeoNames 1727214
    "PH-AGN": (9.12261, 125.53549),  # Agusan del Norte: Cabadbaran; GeoNames 1722032
    "PH-AGS": (8.58000, 125.89639),  # Agusan del Sur: Prosperidad; GeoNames 1692747
    "PH-AKL": (11.70611, 122.36444),  # Aklan: Kalibo; GeoNames 1709632
    "PH-ALB": (13.14125, 123.74073),  # Albay: Legazpi; GeoNames 1706889
    "PH-BAN": (14.67611, 120.53611),  # Bataan: Balanga; GeoNames 1728523
    "PH-BEN": (16.45500, 120.58750),  # Benguet: La Trinidad; GeoNames 1707123
    "PH-BOH": (9.65556, 123.85219),  # Bohol: Tagbilaran; GeoNames 1684497
    "PH-BTG": (13.75670, 121.05840),  # Batangas: Batangas; GeoNames 1726280
    "PH-BUK": (8.15750, 125.12778),  # Bukidnon: Malaybalay; GeoNames 1702934
    "PH-BUL": (14.84430, 120.81039),  # Bulacan: Malolos; GeoNames 1702540
    "PH-CAG": (17.61577, 121.72285),  # Cagayan: Tuguegarao; GeoNames 1680932
    "PH-CAN": (14.11220, 122.95530),  # Camarines Norte: Daet; GeoNames 1716287
    "PH-CAP": (11.58528, 122.75111),  # Capiz: Roxas City; GeoNames 1691444
    "PH-CAT": (13.58480, 124.23740),  # Catanduanes: Virac; GeoNames 1679802
    "PH-CAV": (14.42972, 120.93667),  # Cavite: Imus; GeoNames 1710914
    "PH-CEB": (10.31672, 123.89071),  # Cebu: Cebu City; GeoNames 1717512
    "PH-COM": (7.60778, 125.96639),  # Golden Davao: Nabunturan; GeoNames 1698887
    "PH-DAO": (6.95508, 126.21655),  # Davao Oriental: Mati; GeoNames 1700360
    "PH-DAS": (6.74972, 125.35722),  # Davao del Sur: Digos; GeoNames 1714956
    "PH-DAV": (7.44750, 125.80460),  # Davao del Norte: Tagum; GeoNames 1684269
    "PH-DIN": (10.18000, 125.56833),  # Dinagat Islands: San Jose; GeoNames 1689549
    "PH-DVO": (6.41500, 125.61167),  # Davao Occidental: Malita; GeoNames 1702649
    "PH-EAS": (11.60806, 125.43194),  # Eastern Samar: Borongan; GeoNames 1723893
    "PH-IFU": (16.79997, 121.11924),  # Ifugao: Lagawe; GeoNames 1708130
    "PH-ILI": (10.69694, 122.56444),  # Iloilo: Iloilo; GeoNames 1711005
    "PH-ILN": (18.19780, 120.59570),  # Ilocos Norte: Laoag; GeoNames 1707404
    "PH-ILS": (17.57472, 120.38694),  # Ilocos Sur: Vigan; GeoNames 1679980
    "PH-ISA": (17.14854, 121.88924),  # Isabela: Ilagan; GeoNames 1711146
    "PH-KAL": (17.47378, 121.46799),  # Kalinga: Tabuk; GeoNames 1684803
    "PH-LAG": (14.28140, 121.41610),  # Laguna: Santa Cruz; GeoNames 1688253
    "PH-LAN": (8.05550, 123.79040),  # Lanao del Norte: Tubod; GeoNames 1681149
    "PH-LAS": (8.00340, 124.28395),  # Lanao del Sur: Marawi; GeoNames 1701053
    "PH-LEY": (11.24333, 125.00472),  # Leyte: Tacloban; GeoNames 1684712
    "PH-LUN": (16.61591, 120.31663),  # La Union: San Fernando, La Union; GeoNames 1690033
    "PH-MAS": (12.37169, 123.62494),  # Masbate: Masbate; GeoNames 1700712
    "PH-MDC": (13.22330, 120.59600),  # Mindoro Occidental: Mamburao; GeoNames 1702263
    "PH-MDR": (13.41170, 121.18030),  # Mindoro Oriental: Calapan; GeoNames 1720561
    "PH-MGS": (6.72028, 124.80194),  # Maguindanao del Sur: Buluan; GeoNames 1722818
    "PH-MOU": (17.08731, 120.97685),  # Mountain Province: Bontoc; GeoNames 1723983
    "PH-MSC": (8.48590, 123.80480),  # Misamis Occidental: Oroquieta; GeoNames 1697006
    "PH-MSR": (8.48222, 124.64722),  # Misamis Oriental: Cagayan de Oro; GeoNames 1721080
    "PH-NCO": (7.00833, 125.08944),  # Cotabato: Kidapawan; GeoNames 1708824
    "PH-NEC": (10.66667, 122.95000),  # Negros Occidental: Bacolod; GeoNames 1729564
    "PH-NER": (9.30646, 123.30769),  # Negros Oriental: Dumaguete; GeoNames 1714201
    "PH-NSA": (12.49890, 124.63770),  # Northern Samar: Catarman; GeoNames 1717926
    "PH-NUE": (15.54150, 121.08480),  # Nueva Ecija: Palayan; GeoNames 1696165
    "PH-NUV": (16.48120, 121.14970),  # Nueva Vizcaya: Bayombong; GeoNames 1725729
    "PH-PAM": (15.03425, 120.68445),  # Pampanga: San Fernando, Pampanga; GeoNames 1690039
    "PH-PAN": (16.02182, 120.23194),  # Pangasinan: Lingayen; GeoNames 1706188
    "PH-PLW": (9.73917, 118.73528),  # Palawan: Puerto Princesa; GeoNames 1692685
    "PH-QUE": (13.93139, 121.61722),  # Quezon: Lucena; GeoNames 1705357
    "PH-RIZ": (14.62578, 121.12251),  # Rizal: Antipolo; GeoNames 1730501
    "PH-ROM": (12.57513, 122.27081),  # Romblon: Romblon; GeoNames 1691538
    "PH-SAR": (6.10179, 125.29048),  # Sarangani: Alabel; GeoNames 1731744
    "PH-SCO": (6.50306, 124.84694),  # South Cotabato: Koronadal; GeoNames 1708522
    "PH-SLE": (10.13272, 124.84082),  # Southern Leyte: Maasin; GeoNames 1704758
    "PH-SLU": (6.05222, 121.00222),  # Sulu: Jolo; GeoNames 1710141
    "PH-SOR": (12.97389, 123.99333),  # Sorsogon: Sorsogon; GeoNames 1685755
    "PH-SUK": (6.62944, 124.60500),  # Sultan Kudarat: Isulan; GeoNames 1710470
    "PH-SUN": (9.78900, 125.49500),  # Surigao del Norte: Surigao; GeoNames 1685218
    "PH-SUR": (9.07833, 126.19861),  # Surigao del Sur: Tandag; GeoNames 1683302
    "PH-TAR": (15.48017, 120.59794),  # Tarlac: Tarlac City; GeoNames 1682812
    "PH-TAW": (5.02917, 119.77306),  # Tawi-Tawi: Bongao; GeoNames 1724088
    "PH-WSA": (11.77528, 124.88611),  # Samar: Catbalogan; GeoNames 1717911
    "PH-ZAN": (8.56697, 123.33471),  # Zamboanga del Norte: Dipolog; GeoNames 1714674
    "PH-ZAS": (7.82570, 123.43700),  # Zamboanga del Sur: Pagadian; GeoNames 1696710
    "PH-ZMB": (15.32760, 119.97800),  # Zambales: Iba; GeoNames 1711437
    "PH-ZSI": (7.78444, 122.58611),  # Zamboanga Sibugay: Ipil; GeoNames 1710612
})  # fmt: skip

SEAT_TOWNS: dict[str, str] = {
    "FR-01": "Bourg-en-Bresse", "FR-02": "Laon", "FR-03": "Moulins", "FR-04": "Digne-les-Bains",
    "FR-05": "Gap", "FR-06": "Nice", "FR-07": "Privas", "FR-08": "Charleville-Mézières", "FR-09": "Foix",
    "FR-10": "Troyes", "FR-11": "Carcassonne", "FR-12": "Rodez", "FR-13": "Marseille", "FR-14": "Caen",
    "FR-15": "Aurillac", "FR-16": "Angoulême", "FR-17": "La Rochelle", "FR-18": "Bourges",
    "FR-19": "Tulle", "FR-21": "Dijon", "FR-22": "Saint-Brieuc", "FR-23": "Guéret", "FR-24": "Périgueux",
    "FR-25": "Besançon", "FR-26": "Valence", "FR-27": "Évreux", "FR-28": "Chartres", "FR-29": "Quimper",
    "FR-2A": "Ajaccio", "FR-2B": "Bastia", "FR-30": "Nîmes", "FR-31": "Toulouse", "FR-32": "Auch",
    "FR-33": "Bordeaux", "FR-34": "Montpellier", "FR-35": "Rennes", "FR-36": "Châteauroux",
    "FR-37": "Tours", "FR-38": "Grenoble", "FR-39": "Lons-le-Saunier", "FR-40": "Mont-de-Marsan",
    "FR-41": "Blois", "FR-42": "Saint-Étienne", "FR-43": "Le Puy-en-Velay", "FR-44": "Nantes",
    "FR-45": "Orléans", "FR-46": "Cahors", "FR-47": "Agen", "FR-48": "Mende", "FR-49": "Angers",
    "FR-50": "Saint-Lô", "FR-51": "Châlons-en-Champagne", "FR-52": "Chaumont", "FR-53": "Laval",
    "FR-54": "Nancy", "FR-55": "Bar-le-Duc", "FR-56": "Vannes", "FR-57": "Metz", "FR-58": "Nevers",
    "FR-59": "Lille", "FR-60": "Beauvais", "FR-61": "Alençon", "FR-62": "Arras",
    "FR-63": "Clermont-Ferrand", "FR-64": "Pau", "FR-65": "Tarbes", "FR-66": "Perpignan",
    "FR-67": "Strasbourg", "FR-68": "Colmar", "FR-69": "Lyon", "FR-70": "Vesoul", "FR-71": "Mâcon",
    "FR-72": "Le Mans", "FR-73": "Chambéry", "FR-74": "Annecy", "FR-76": "Rouen", "FR-77": "Melun",
    "FR-78": "Versailles", "FR-79": "Niort", "FR-80": "Amiens", "FR-81": "Albi", "FR-82": "Montauban",
    "FR-83": "Toulon", "FR-84": "Avignon", "FR-85": "La Roche-sur-Yon", "FR-86": "Poitiers",
    "FR-87": "Limoges", "FR-88": "Épinal", "FR-89": "Auxerre", "FR-90": "Belfort", "FR-91": "Évry",
    "FR-92": "Nanterre", "FR-93": "Bobigny", "FR-94": "Créteil", "FR-95": "Cergy",
}  # fmt: skip
SEAT_TOWNS.update({
    "GB-CAM": "Cambridge", "GB-CMA": "Carlisle", "GB-DBY": "Matlock", "GB-DEV": "Exeter",
    "GB-DOR": "Dorchester", "GB-ESX": "Lewes", "GB-ESS": "Chelmsford", "GB-GLS": "Gloucester",
    "GB-HAM": "Winchester", "GB-HRT": "Hertford", "GB-KEN": "Maidstone", "GB-LAN": "Preston",
    "GB-LEC": "Leicester", "GB-LIN": "Lincoln", "GB-NFK": "Norwich", "GB-NYK": "Northallerton",
    "GB-NTT": "Nottingham", "GB-OXF": "Oxford", "GB-SOM": "Taunton", "GB-STS": "Stafford",
    "GB-SFK": "Ipswich", "GB-SRY": "Guildford", "GB-WAR": "Warwick", "GB-WSX": "Chichester",
    "GB-WOR": "Worcester",
    # Britain's single-tier counties and council areas
    "GB-CON": "Truro", "GB-WIL": "Trowbridge", "GB-SHR": "Shrewsbury", "GB-NBL": "Morpeth",
    "GB-HEF": "Hereford", "GB-BKM": "Aylesbury", "GB-RUT": "Oakham", "GB-ERY": "Beverley",
    "GB-HLD": "Inverness", "GB-MRY": "Elgin", "GB-FIF": "Glenrothes", "GB-DGY": "Dumfries",
    "GB-PKN": "Perth", "GB-AGB": "Lochgilphead", "GB-CMN": "Carmarthen", "GB-PEM": "Haverfordwest",
    "GB-POW": "Llandrindod Wells", "GB-GWN": "Caernarfon", "GB-AGY": "Llangefni", "GB-DEN": "Ruthin",
    "GB-FLN": "Mold", "GB-CGN": "Aberaeron",
    # Ireland's counties not named after their county towns
    "IE-CE": "Ennis", "IE-DL": "Leifear",  # Lifford, as GeoNames names it
    "IE-KE": "Naas", "IE-KY": "Tralee", "IE-LH": "Dundalk",
    "IE-LM": "Carrick-on-Shannon", "IE-LS": "Portlaoise", "IE-MH": "Navan", "IE-MO": "Castlebar",
    "IE-OY": "Tullamore",
    "IE-TA": "Cluain Meala", "IE-WH": "An Muileann gCearr",  # Clonmel, Mullingar
})  # fmt: skip
"""The seat of each region that GeoNames cannot tell apart from its neighbours, by ISO
3166-2 code: France's metropolitan departments at their prefectures (the Var at Toulon, the
Gironde at Bordeaux), England's two-tier counties at their county towns (Essex at
Chelmsford), and Britain's single-tier counties at their council towns (Cornwall at Truro,
Powys at Llandrindod Wells), and Ireland's counties at their county towns (Donegal at
Lifford). Each stands where GeoNames puts the most populous town of that
name in its country."""

GOVERNMENT_SEATS: dict[str, str] = {
    "GQ": "Malabo",  # GeoNames names Ciudad de la Paz, a town of 2,000 still being built
}
"""The town where a country's government sits, by ISO 3166-1 code, where GeoNames names
another capital: the country stands there."""
