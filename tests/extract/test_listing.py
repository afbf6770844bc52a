"""The listing detector on five page shapes, each with menus, footers and tag clouds around it."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from netdir.records import RawRecord
from tests.extract.conftest import FIXTURES, PageFromFixture, SourceFactory, page_from_text

# Links of page furniture in the fixtures: none of them may come out as an offering.
FURNITURE_PATHS = (
    "/ueber-uns", "/kontakt", "/impressum", "/datenschutz", "/tag/", "?seite=", "?page=",
    "/barrierefreiheit", "/suche", "/login", "/verein/", "/DE/Service/", "/DE/Home/",
    "/aktuelles\"", "/modellprojekte", "/mediadaten", "/rueckschau/", "/veranstaltungsarchiv",
)  # fmt: skip


def rows(records: list[RawRecord]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(r.title, r.url, r.date_text, r.location_text) for r in records]


def assert_no_furniture(records: list[RawRecord]) -> None:
    for record in records:
        assert record.url is not None
        assert not any(path in record.url for path in FURNITURE_PATHS), record


def test_cards_with_heading_links(fixture_page: PageFromFixture) -> None:
    result = extract_page(
        fixture_page("listing_cards.html", "https://next-netz.de/veranstaltungen/")
    )

    assert result.extractors == ["listing"]
    assert rows(result.records) == [
        (
            "Treffen der NExTcommunity Open Source in der Verwaltung",
            "https://next-netz.de/veranstaltungen/treffen-der-nextcommunity-open-source-in-der-verwaltung-4/",
            "27. Oktober 2025, 11:00 – 12:00 Uhr",
            "Online (Webex)",
        ),
        (
            "NExTperspektiven: Ressort- und ebenenübergreifende Vernetzung",
            "https://next-netz.de/veranstaltungen/ressort-und-ebenen-uebergreifende-vernetzung/",
            "12. November 2025, 14:00 Uhr",
            "Online",
        ),
        (
            "NExT Herbstkonferenz 2025 mit Mitgliederversammlung",
            "https://next-netz.de/veranstaltungen/next-herbstkonferenz-2025/",
            "20.–21. November 2025",
            "Freiburg im Breisgau",
        ),
        (
            "NExT-to-meet-you Frühjahr 2026",
            "https://next-netz.de/veranstaltungen/next-to-meet-you-fruehjahr-2026/",
            "07.04.2026",
            "Berlin",
        ),
    ]
    first = result.records[0]
    assert first.description == (
        "Regelmäßiges virtuelles Treffen der Community mit Impulsen von ZenDiS und DigitalService."
    )
    assert first.field_sources["title"] == "listing:div.event-grid>article.card h3>a"
    assert first.field_sources["date_text"] == "listing:div.event-grid>article.card p.card-date"
    assert_no_furniture(result.records)


def test_ul_list_items_with_link_and_spans(fixture_page: PageFromFixture) -> None:
    result = extract_page(fixture_page("listing_ul.html", "https://negz.org/termine/"))

    assert rows(result.records) == [
        (
            "NEGZ-Herbsttagung 2025: Staat im Stresstest",
            "https://negz.org/termin/negz-herbsttagung-2025",
            "Donnerstag, 6. November 2025, 10:00 bis 17:00 Uhr",
            "Deutsche Universität für Verwaltungswissenschaften Speyer",
        ),
        (
            "NEGZ-Stammtisch Berlin im Dezember",
            "https://negz.org/termin/negz-stammtisch-berlin-dezember",
            "Mittwoch, 10. Dezember 2025, ab 18:30 Uhr",
            "Café am Neuen See, Berlin",
        ),
        (
            "Arbeitskreis Digitale Verwaltungskultur – Auftaktsitzung",
            "https://negz.org/termin/arbeitskreis-digitale-verwaltungskultur",
            "15.01.2026, 14:00 Uhr",
            "online",
        ),
        (
            "NEGZ-Klausurtagung 2026",
            "https://negz.org/termin/negz-klausurtagung-2026",
            "12.–13. März 2026",
            "Schloss Genshagen",
        ),
        (
            "N3GZ-Netzwerktreffen im Frühjahr",
            "https://negz.org/termin/n3gz-netzwerktreffen-fruehjahr",
            "April 2026",
            "wird bekanntgegeben",
        ),
    ]
    assert_no_furniture(result.records)


def test_table_rows_use_the_header_labels(fixture_page: PageFromFixture) -> None:
    result = extract_page(fixture_page("listing_table.html", "https://www.vdz.org/kalender"))

    assert rows(result.records) == [
        ("Zukunftskongress Staat & Verwaltung 2026", "https://zukunftskongress.info/de/node/716", "23.–25.06.2026", "bcc Berlin Congress Center"),
        ("KGSt-Forum 2026", "https://www.vdz.org/termine/kgst-forum-2026", "08.09.2026", "Messe Karlsruhe"),
        ("Smart Country Convention 2026", "https://www.vdz.org/termine/smart-country-convention-2026", "29.–30.09.2026", "CityCube Berlin"),
        ("GovTalk 2026 – Das Netzwerkevent zum Digitalen Staat", "https://www.vdz.org/termine/govtalk-2026", "05.11.2026", "Berlin"),
        ("Fachkongress des IT-Planungsrats", "https://www.vdz.org/termine/fachkongress-it-planungsrat-2026", "18.11.2026", "online"),
    ]  # fmt: skip
    assert (
        result.records[0].field_sources["location_text"] == "listing:tbody>tr td[3:location_text]"
    )
    assert_no_furniture(result.records)


def test_definition_list_pairs(fixture_page: PageFromFixture) -> None:
    base = "https://www.smart-city-dialog.de/aktuelles/veranstaltungen-der-kts"
    result = extract_page(fixture_page("listing_dl.html", base))

    assert rows(result.records) == [
        ("Fachaustausch Urbane Datenplattformen", f"{base}/fachaustausch-datenplattformen", "14. Januar 2026", "online"),
        ("Werkstatt Klimaanpassung in Modellprojekten Smart Cities", f"{base}/werkstatt-klimaanpassung", "3. Februar 2026", "Kassel"),
        ("Kongress der Modellprojekte Smart Cities 2026", f"{base}/kongress-smart-cities-2026", "17.–18. März 2026", "Leipzig"),
        ("Netzwerktreffen kommunale Digitalstrategien", f"{base}/netzwerktreffen-kommunale-digitalstrategien", "22. April 2026", "Dortmund"),
    ]  # fmt: skip
    assert result.records[0].field_sources["title"].startswith("listing:dl.veranstaltungen>dt+dd")
    assert_no_furniture(result.records)


def test_heading_and_paragraph_runs(fixture_page: PageFromFixture) -> None:
    base = "https://www.digitalakademie.bund.de"
    result = extract_page(
        fixture_page("listing_headings.html", f"{base}/DE/Netzwerke/netzwerke_node.html")
    )

    assert rows(result.records) == [
        ("Community of Practice Agile Verwaltung", f"{base}/SharedDocs/Netzwerke/cop-agile-verwaltung.html", "21. Januar 2026, 10:00 Uhr, online", None),
        ("#digitaljourney – Führungskräfteprogramm", f"{base}/SharedDocs/Netzwerke/digitaljourney.html", "Nächster Durchgang: ab 3. März 2026", None),
        ("Netzwerk Digitallotsinnen und Digitallotsen", f"{base}/SharedDocs/Netzwerke/digitallotsen.html", "Nächstes Netzwerktreffen: 14.04.2026 in Brühl", None),
        ("KI-Community der Bundesverwaltung", f"{base}/SharedDocs/Netzwerke/ki-community.html", "5. Mai 2026, online", None),
    ]  # fmt: skip
    assert (
        result.records[0].description
        == "Austausch zu agilen Methoden in Bundesbehörden, monatliche Treffen."
    )
    assert_no_furniture(result.records)


@pytest.mark.parametrize(
    "fixture",
    [
        "listing_cards.html",
        "listing_ul.html",
        "listing_table.html",
        "listing_dl.html",
        "listing_headings.html",
    ],
)
def test_confidence_is_the_groups_score_and_kind_is_the_sources(
    fixture: str, fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    records = extract_page(fixture_page(fixture), make_source(kind="event")).records
    confidences = {r.confidence for r in records}
    assert len(confidences) == 1  # one chosen group, one score
    (confidence,) = confidences
    assert 0.4 <= confidence <= 1.0
    assert {r.kind for r in records} == {"event"}
    assert all(
        r.extractor == "listing" and r.field_sources["url"].startswith("listing:") for r in records
    )


def test_article_page_with_menus_and_footer_yields_nothing(fixture_page: PageFromFixture) -> None:
    result = extract_page(fixture_page("article_no_listing.html"))
    assert result.records == []
    assert result.issues == []  # in auto mode an article page is not an error


def test_forced_listing_mode_reports_a_page_without_listing(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    result = extract_page(fixture_page("article_no_listing.html"), make_source(extract="listing"))
    assert result.records == []
    (issue,) = result.issues
    assert issue.stage == "extract" and "no repeated blocks" in issue.message


def test_structured_data_wins_over_the_detector_in_auto_mode(fixture_page: PageFromFixture) -> None:
    # The microdata page also has repeated div.event blocks with links: JSON-LD/microdata first.
    result = extract_page(fixture_page("microdata_events.html"))
    assert result.extractors == ["microdata"]


def test_long_teaser_keeps_the_whole_date_range_and_times() -> None:
    teasers = [
        ("KGSt-Finanzkongress 2027", "24.–25. Februar 2027, Congress Center Hamburg. Der Treffpunkt der kommunalen Finanzverantwortlichen aus ganz Deutschland."),
        ("Werkstatt Personalgewinnung", "Am 12.03.–13.03.2027 in Kassel: zwei Tage Austausch über Ausbildung, Quereinstieg und Arbeitgebermarke der Kommunen."),
        ("Fachtag Registermodernisierung", "Donnerstag, 6. Mai 2027, 10:00 bis 16:30 Uhr im Rathaus Bremen mit Berichten aus den Pilotkommunen und dem Bund."),
    ]  # fmt: skip
    blocks = "".join(
        f'<div class="teaser"><h3><a href="/k/{n}">{title}</a></h3><p>{text}</p></div>'
        for n, (title, text) in enumerate(teasers)
    )
    records = extract_page(page_from_text(f"<main>{blocks}</main>")).records
    assert [r.date_text for r in records] == [
        "24.–25. Februar 2027",
        "12.03.–13.03.2027",
        "Donnerstag, 6. Mai 2027, 10:00 bis 16:30 Uhr",
    ]


def test_template_classes_on_body_do_not_mark_the_whole_page_as_navigation() -> None:
    rows_html = "".join(
        f'<tr><td class="datum">0{n}.12.2026<br>Beginn: 9:00 Uhr</td>'
        f'<td class="titel"><a href="/termine/detail/{n}/">Netzwerktreffen Kommunale IT {n}</a></td>'
        f'<td class="ort">Jena</td></tr>'
        for n in range(1, 4)
    )
    html = (
        '<body class="page-27 language-0 backendlayout-subnavigation_left">'
        '<nav><ul><li><a href="/">Start</a></li><li><a href="/termine/">Termine</a></li></ul></nav>'
        "<table><thead><tr><th>Datum</th><th>Veranstaltung</th><th>Ort</th></tr></thead>"
        f"<tbody>{rows_html}</tbody></table></body>"
    )
    records = extract_page(page_from_text(html, "https://kdvm.example/termine/")).records
    assert [(r.title, r.url, r.date_text) for r in records] == [
        (f"Netzwerktreffen Kommunale IT {n}", f"https://kdvm.example/termine/detail/{n}/", f"0{n}.12.2026 Beginn: 9:00 Uhr")
        for n in range(1, 4)
    ]  # fmt: skip


def test_news_article_in_a_layout_table_yields_no_records() -> None:
    html = """<body><table id="rahmen"><tr>
      <td id="navi"><ul><li><a href="/">Startseite</a></li><li><a href="/meldungen/">Meldungen</a></li>
        <li><a href="/?pg=1170">Schwerpunkte</a></li></ul></td>
      <td id="inhalt"><div class="meldung-detail"><p class="datum">[26.05.2026]</p>
        <h1>Stammtisch Verwaltungsdigitalisierung Rhein-Main startet</h1>
        <p>Ein neuer Stammtisch trifft sich erstmals am 18. Juni 2026 in Frankfurt am Main.</p>
        <p><a href="/meldungen/">&laquo; zurück zur Übersicht</a></p></div></td>
      <td id="rechts"><div class="kasten"><h3>Heft 11/2026</h3><p>Schwerpunkt: Netzwerke</p></div>
        <div class="kasten"><h3>Newsletter</h3><p>Jeden Dienstag. <a href="/?pg=1190">Jetzt abonnieren</a></p></div></td>
    </tr></table></body>"""
    assert extract_page(page_from_text(html)).records == []


def test_cards_that_are_links_themselves(fixture_page: PageFromFixture) -> None:
    records = extract_page(
        fixture_page("listing_linked_cards.html", "https://nrw.example/")
    ).records
    assert rows(records) == [
        ("Fachtag Open Data in Kommunen", "https://nrw.example/e/1", "12.03.2027", "Köln"),
        ("Werkstatt Nutzerzentrierung", "https://nrw.example/e/2", "19.03.2027", "online"),
        (
            "Netzwerktreffen Digitallotsen NRW",
            "https://nrw.example/e/3",
            "02.04.2027",
            "Düsseldorf",
        ),
    ]  # "12.03.2027 · Köln" is one line holding both
    assert records[0].field_sources["url"] == "listing:div.grid>a.card h3>a@href"


def test_bold_title_with_a_mehr_link(fixture_page: PageFromFixture) -> None:
    records = extract_page(
        fixture_page("listing_strong_mehr.html", "https://news.example/")
    ).records
    assert [(r.title, r.url, r.date_text) for r in records] == [
        ("Stammtisch Verwaltungsdigitalisierung Rhein-Main", "https://news.example/e/1", "18. Juni 2026"),
        ("Barcamp Öffentlicher Dienst Süd", "https://news.example/e/2", "3. Juli 2026"),
        ("Netzwerk kommunaler Datenschutzbeauftragter: Auftakt", "https://news.example/e/3", "9. September 2026"),
    ]  # fmt: skip
    assert records[0].field_sources["title"] == "listing:ul.events>li strong"


def test_listing_split_by_month_headings_is_one_listing(fixture_page: PageFromFixture) -> None:
    records = extract_page(
        fixture_page("listing_by_month.html", "https://hessen.example/t")
    ).records
    assert [(r.title, r.url, r.date_text) for r in records] == [
        ("Fachtag E-Akte in Landkreisen", "https://hessen.example/t/1", "14.01.2027"),
        ("Online-Sprechstunde OZG-Umsetzung", "https://hessen.example/t/2", "21.01.2027"),
        ("Werkstatt Registermodernisierung Nord", "https://hessen.example/t/3", "04.02.2027"),
        ("Netzwerktreffen Smart City Hessen", "https://hessen.example/t/4", "18.02.2027"),
        ("Kongress Verwaltung Digital 2027", "https://hessen.example/t/5", "16.–17.03.2027"),
    ]  # the month headings are not offerings, the sidebar teaser list is not repeated
    assert_no_furniture(records)


def test_bracketed_teaser_date_is_the_publication_date_not_the_event_date() -> None:
    # Kommune21 teasers open with the news date; the event date, if any, is in the sentence.
    teasers = [
        ("Zukunftskongress: Netzwerke und Verwaltungstransformation", "[19.11.2026] Der Zukunftskongress findet vom 22. bis 24. Juni 2027 im bcc Berlin statt."),
        ("Impulse setzen: Kommunale Digitalstrategien", "[12.11.2026] Ein Vergleich von zwölf Digitalstrategien deutscher Großstädte."),
    ]  # fmt: skip
    blocks = "".join(
        f'<div class="meldung"><h2><a href="/m/{n}">{title}</a></h2><p>{text}</p></div>'
        for n, (title, text) in enumerate(teasers)
    )
    records = extract_page(page_from_text(f'<div id="inhalt">{blocks}</div>')).records
    assert [(r.published, r.date_text) for r in records] == [
        ("2026-11-19", "22. bis 24. Juni 2027"),
        ("2026-11-12", None),
    ]
    assert records[0].field_sources["published"] == "listing:div>div.meldung p"


def test_listing_inside_a_page_wide_aspnet_form() -> None:
    html = (FIXTURES / "listing_ul.html").read_text(encoding="utf-8")
    wrapped = html.replace(
        "<body>", '<body><form method="post" action="./termine.aspx" id="aspnetForm">'
    )
    wrapped = wrapped.replace("</body>", "</form></body>")
    records = extract_page(page_from_text(wrapped, "https://negz.org/termine/")).records
    assert len(records) == 5
    assert records[0].title == "NEGZ-Herbsttagung 2025: Staat im Stresstest"
