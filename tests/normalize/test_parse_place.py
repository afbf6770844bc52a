"""parse_place against a table of location texts as German event pages write them."""

from __future__ import annotations

import pytest

from netdir.normalize import Place, parse_place

BE, BB, BW, BY, HB, HH = "Berlin", "Brandenburg", "Baden-Württemberg", "Bayern", "Bremen", "Hamburg"
HE, MV, NI, NW = "Hessen", "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen"
RP, SL, SN, ST = "Rheinland-Pfalz", "Saarland", "Sachsen", "Sachsen-Anhalt"
SH, TH = "Schleswig-Holstein", "Thüringen"
ON, HY, IP = "online", "hybrid", "in_person"

# (text, format, city, state, venue)
PLACE_CASES: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    # online
    ("online", ON, None, None, None),
    ("Online", ON, None, None, None),
    ("digital", ON, None, None, None),
    ("virtuell", ON, None, None, None),
    ("Virtuelle Veranstaltung", ON, None, None, None),
    ("online via Webex", ON, None, None, None),
    ("Webex", ON, None, None, None),
    ("Zoom-Meeting", ON, None, None, None),
    ("BigBlueButton", ON, None, None, None),
    ("Online (BigBlueButton)", ON, None, None, None),
    ("OpenTalk", ON, None, None, None),
    ("MS Teams", ON, None, None, None),
    ("Microsoft Teams", ON, None, None, None),
    ("Livestream", ON, None, None, None),
    ("online (Webex)", ON, None, None, None),
    ("Videokonferenz", ON, None, None, None),
    ("Ort: Online (Webex)", ON, None, None, None),
    # a meeting room of a video platform is no physical venue (batch 76's „Google Meet“)
    ("Google Meet", ON, None, None, None),
    ("Google-Meet", ON, None, None, None),
    ("Jitsi", ON, None, None, None),
    ("Discord", ON, None, None, None),
    ("Skype", ON, None, None, None),
    ("GoToMeeting", ON, None, None, None),
    ("Bürgerhaus, 93047 Regensburg / Google Meet", HY, "Regensburg", BY, "Bürgerhaus"),
    # hybrid
    ("hybrid", HY, None, None, None),
    ("Hybrid", HY, None, None, None),
    ("vor Ort und online", HY, None, None, None),
    ("in Präsenz und digital", HY, None, None, None),
    ("Präsenz oder online", HY, None, None, None),
    ("Berlin und online", HY, "Berlin", BE, None),
    ("Kiel / online", HY, "Kiel", SH, None),
    ("Webex / Zoom", ON, None, None, None),
    ("Hybrid: Köln und online", HY, "Köln", NW, None),
    ("hybrid (Bonn und Livestream)", HY, "Bonn", NW, None),
    # a truncated compound: "Online- und Präsenz…" is both ways, "Online- und Printmedien" a faculty
    ("Online- oder Präsenzseminar", HY, None, None, None),
    ("Online- und Hybridseminare", HY, None, None, None),
    ("Fachbereich Online- und Printmedien, Leipzig", IP, "Leipzig", SN, None),
    # towns, districts and their official names
    ("Berlin", IP, "Berlin", BE, None),
    ("Berlin-Mitte", IP, "Berlin", BE, None),
    ("Berlin-Kreuzberg", IP, "Berlin", BE, None),
    ("Hamburg-Altona", IP, "Hamburg", HH, None),
    ("Frankfurt am Main", IP, "Frankfurt am Main", HE, None),
    ("Frankfurt (Oder)", IP, "Frankfurt (Oder)", BB, None),
    ("Frankfurt/Oder", IP, "Frankfurt (Oder)", BB, None),
    ("Frankfurt a. M.", IP, "Frankfurt am Main", HE, None),
    ("Halle (Saale)", IP, "Halle (Saale)", ST, None),
    ("Freiburg im Breisgau", IP, "Freiburg im Breisgau", BW, None),
    ("Mülheim an der Ruhr", IP, "Mülheim an der Ruhr", NW, None),
    ("Woltersdorf", IP, "Woltersdorf", BB, None),
    ("Speyer", IP, "Speyer", RP, None),
    ("Goslar", IP, "Goslar", NI, None),
    ("Warnemünde", IP, "Rostock", MV, None),
    ("Rostock-Warnemünde", IP, "Rostock", MV, None),
    ("München", IP, "München", BY, None),
    ("Muenchen", IP, "München", BY, None),
    ("Köln", IP, "Köln", NW, None),
    ("Koeln", IP, "Köln", NW, None),
    ("Düsseldorf", IP, "Düsseldorf", NW, None),
    ("Nürnberg", IP, "Nürnberg", BY, None),
    ("Hannover", IP, "Hannover", NI, None),
    ("Potsdam", IP, "Potsdam", BB, None),
    ("Bonn", IP, "Bonn", NW, None),
    ("Kiel", IP, "Kiel", SH, None),
    ("Bremen", IP, "Bremen", HB, None),
    ("Bremerhaven", IP, "Bremerhaven", HB, None),
    ("Saarbrücken", IP, "Saarbrücken", SL, None),
    ("Mainz", IP, "Mainz", RP, None),
    ("Magdeburg", IP, "Magdeburg", ST, None),
    ("Dresden", IP, "Dresden", SN, None),
    ("Wiesbaden", IP, "Wiesbaden", HE, None),
    ("Stuttgart", IP, "Stuttgart", BW, None),
    ("Schwerin", IP, "Schwerin", MV, None),
    ("Baden-Baden", IP, "Baden-Baden", BW, None),
    ("Erfurt, Thüringen", IP, "Erfurt", TH, None),
    ("Leipzig, Sachsen", IP, "Leipzig", SN, None),
    ("Berlin, Germany", IP, "Berlin", BE, None),
    ("Hybrid event in Hamburg", HY, "Hamburg", HH, None),
    ("Online event", ON, None, None, None),
    # postal codes and multi-line addresses
    ("10117 Berlin", IP, "Berlin", BE, None),
    ("D-10117 Berlin", IP, "Berlin", BE, None),
    ("Alexanderstraße 11, 10178 Berlin", IP, "Berlin", BE, None),
    ("silent green\nGerichtstraße 35\n13347 Berlin", IP, "Berlin", BE, "silent green"),
    (
        "Bundesministerium des Innern, Alt-Moabit 140, 10557 Berlin",
        IP,
        "Berlin",
        BE,
        "Bundesministerium des Innern",
    ),
    (
        "Veranstaltungsort: dbb forum berlin, Friedrichstraße 169, 10117 Berlin",
        IP,
        "Berlin",
        BE,
        "dbb forum berlin",
    ),
    (
        "Kongresshalle am Auwald, Auwaldring 1, 04109 Leipzig",
        IP,
        "Leipzig",
        SN,
        "Kongresshalle am Auwald",
    ),
    (
        "Gaststätte Zum Amtsschimmel, Rathausstraße 12, 20095 Hamburg",
        IP,
        "Hamburg",
        HH,
        "Gaststätte Zum Amtsschimmel",
    ),
    ("Landeshaus am See, Uferweg 3, 19053 Schwerin", IP, "Schwerin", MV, "Landeshaus am See"),
    ("Kulturforum Hafenspeicher, Kai 7, 24103 Kiel", IP, "Kiel", SH, "Kulturforum Hafenspeicher"),
    ("Stadthaus Ulm, Münsterplatz 50, 89073 Ulm", IP, "Ulm", BW, "Stadthaus Ulm"),
    # the postal code's region picks among namesakes, or names the state of a small town
    (
        "Tagungshaus Kloster Seebach, 83370 Seebach",
        IP,
        "Seebach",
        BY,
        "Tagungshaus Kloster Seebach",
    ),
    ("Seebach", IP, "Seebach", TH, None),
    ("33790 Halle (Westf.)", IP, "Halle (Westf.)", NW, None),
    ("06108 Halle (Saale)", IP, "Halle (Saale)", ST, None),
    ("Stadthalle, 95028 Hof", IP, "Hof", BY, "Stadthalle"),
    ("Rathaus, 77855 Achern", IP, "Achern", BW, "Rathaus"),
    # venues: kept as written; a trailing town also gives the city
    ("GLS Campus Berlin", IP, "Berlin", BE, "GLS Campus Berlin"),
    ("GLS Campus, Berlin", IP, "Berlin", BE, "GLS Campus"),
    ("Messe Berlin, Halle 3", IP, "Berlin", BE, "Messe Berlin"),
    ("Messezentrum Nürnberg, Halle 3A", IP, "Nürnberg", BY, "Messezentrum Nürnberg"),
    ("Rathaus Speyer", IP, "Speyer", RP, "Rathaus Speyer"),
    ("Leipzig, Kongresshalle am Auwald", IP, "Leipzig", SN, "Kongresshalle am Auwald"),
    ("Halle (Saale), Stadthaus", IP, "Halle (Saale)", ST, "Stadthaus"),
    ("Jena, Volkshaus", IP, "Jena", TH, "Volkshaus"),
    ("Gotha, Bildungszentrum am Schlosspark", IP, "Gotha", TH, "Bildungszentrum am Schlosspark"),
    ("Smart-City-Labor, Augsburg", IP, "Augsburg", BY, "Smart-City-Labor"),
    ("KIT Karlsruhe", IP, "Karlsruhe", BW, "KIT Karlsruhe"),
    ("Universität Potsdam, Campus Griebnitzsee", IP, "Potsdam", BB, "Universität Potsdam"),
    ("Ort: Stadthalle Hof", IP, "Hof", BY, "Stadthalle Hof"),
    # an address or room line without a town: in person, somewhere unknown
    ("Halle 3", IP, None, None, None),
    ("Hauptstraße 5", IP, None, None, None),
    # a Bundesland only
    ("Nordrhein-Westfalen", IP, None, NW, None),
    ("NRW", IP, None, NW, None),
    ("Bayern", IP, None, BY, None),
    ("Thüringen", IP, None, TH, None),  # the state, not the Austrian village Thüringen
    # a town with its Bundesland in brackets, as „Town, State“ (not „Baden“ → Baden-Baden)
    ("Malsch (Baden-Württemberg)", IP, "Malsch", BW, None),
    ("Herdecke (Nordrhein-Westfalen)", IP, "Herdecke", NW, None),
    ("Kleinhettstedt-Stadtilm (Thüringen)", IP, None, TH, "Kleinhettstedt-Stadtilm"),
    ("vor Ort", IP, None, None, None),
    # real venue lines from public pages (tests/normalize/date_strings_heldout.yaml's sources)
    (
        "Wirtschaftszentrum Gronau, Fabrikstraße 3, 48599 Gronau",
        IP,
        "Gronau",
        NW,
        "Wirtschaftszentrum Gronau",
    ),
    ("Uttenreuth, Rathaus, Sitzungssaal", IP, "Uttenreuth", BY, "Rathaus"),
    ("Kreissparkasse (Alte Brücke 45)", IP, None, None, "Kreissparkasse (Alte Brücke 45)"),
    ("Halle 3, Messe Essen", IP, "Essen", NW, "Messe Essen"),
    # city districts GeoNames lists as places: a meeting point, not a town
    ("Hauptbahnhof", IP, None, None, "Hauptbahnhof"),
    ("Treffpunkt Hauptbahnhof", IP, None, None, "Treffpunkt Hauptbahnhof"),
    ("Hauptbahnhof, Braunschweig", IP, "Braunschweig", "Niedersachsen", "Hauptbahnhof"),
    ("Zoo", IP, None, None, "Zoo"),
    # nothing usable
    ("tba", None, None, None, None),
    ("N.N.", None, None, None, None),
    ("", None, None, None, None),
    ("Deutschland", None, None, None, None),
]


def test_the_table_holds_at_least_60_cases() -> None:
    assert len(PLACE_CASES) >= 60


@pytest.mark.parametrize(
    ("text", "place_format", "city", "state", "venue"),
    PLACE_CASES,
    ids=[case[0].replace("\n", "/")[:40] or "empty" for case in PLACE_CASES],
)
def test_location_text_gives_format_city_state_and_venue(
    text: str, place_format: str | None, city: str | None, state: str | None, venue: str | None
) -> None:
    assert parse_place(text) == Place(place_format, city, state, venue)


def test_none_is_an_empty_place() -> None:
    assert parse_place(None) == Place(None, None, None, None)
