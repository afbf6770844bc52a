"""What names the event of an event page and where it is: its heading or ``<title>`` (without the
site's name), a name above the date line, a place after the date or a dash, a place the markup
names."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.announcing_headings import announced_subject, only_the_particle
from netdir.extract.block_text import HEADING_TAGS, names_a_day
from netdir.extract.context import folded
from netdir.extract.date_cues import DATE_PHRASE, dated_by_a_deadline
from netdir.extract.dated_heading_rests import names_no_event, subject_under_a_notice
from netdir.extract.edition_headings import (
    names_only_the_edition,
    names_only_the_kind,
    tells_the_return,
)
from netdir.extract.event_page_dates import DATE_LINE_ADDENDUM_WORDS, place_after_a_dash
from netdir.extract.event_page_labels import MAX_CONTINUATION_CHARS, TITLE_LABELS, Fact, label_name
from netdir.extract.heading_second_lines import second_line_of_the_heading
from netdir.extract.joining_calls import calls_to_join
from netdir.extract.related_posts import names_related_posts
from netdir.extract.run_together_headings import spaced_as_the_title
from netdir.extract.subtitle_markup import marked_as_subtitle
from netdir.extract.title_text import is_announcement, is_junk_title, title_in_text

# A bare "Title" (of a talk, a paper) below the date names a part of the event, not the event.
_PART_TITLE_LABEL = lazy_re.compile(r"^(?:title|titel)\s*[:：]?$", re.I)
# („Dorfkalender“, „Vereinskalender“, „Veranstaltungskalender“: a village's, a club's calendar)
_CALENDARS = r"(?:dorf|orts|gemeinde|vereins|veranstaltungs|termin|jahres|stadt|stadtteil)?kalender"
_GENERIC_HEADINGS = lazy_re.compile(
    r"^(?:tagesordnung|sitzung|termin|termine|veranstaltung|veranstaltungen|details?|"
    rf"{_CALENDARS}|sitzungskalender|event|events|überblick|übersicht)$",
    re.I,
)
# A site section's heading over a post's own („<h1>![Blog]</h1>“ above „<h1>Online-Seminar: …</h1>“):
# it names the part of the site, not the post's event.
# („<h1>Tracks</h1>“ over „<h2>Pre-Event</h2>“ on each track page of a networking week's site,
# jekyll-rdf-dataweek-warm-up-2024-11: the conference site's part, its tracks and sessions)
_SECTION_HEADING = lazy_re.compile(
    r"^(?:blog|news|aktuelles|neuigkeiten|nachrichten|tracks|sessions)$", re.I
)
# The heading of the practical part („<h2>Organisatorisches</h2>“ over „Wann? … Wo? …“, „Zeit und
# Ort“, „Auf einen Blick“): it heads the day and place lines, the event is named above it.
_PRACTICAL_HEADING = lazy_re.compile(
    r"^(?:organisatorisches|eckdaten|auf einen blick|wann\W*(?:und|&|\+)?\W*wo|(?:zeit|datum|termin)"
    r"\s*(?:und|&|\+)\s*ort|ort\s*(?:und|&|\+)\s*(?:zeit|datum|termin)|logistics|when\W*(?:and|&)?\W*where"
    # „Alle Fakten zum Fest“, „Infos zur Veranstaltung“, „Das Wichtigste im Überblick“; „Daten:“
    # over „Termin: 28.08.18 18:00 Uhr“ / „Ort: …“
    r"|(?:alle\s+|die\s+)?(?:fakten|infos?|informationen|facts|daten)"
    r"(?:\s+(?:zum|zur|zu|about)\s+\w+)?"
    r"|das\s+wichtigste(?:\s+(?:auf\s+einen\s+blick|im\s+überblick))?"
    # „<h2>Das Programm</h2>“ under the invitation: the running order, named above it
    r"|(?:das\s+)?programm"
    # „<h2>Anmeldung</h2>“ over „Wann?: 13. -15. August …“ / „Anreise: 13.8. ab 10 Uhr“ under the
    # weekend's h1: the sign-up section holds the facts, the event is named above it
    r"|(?:jetzt\s+)?anmeld(?:ung|en)"
    # „<h1>Tagungsort</h1>“ over „<h4>DVCS XXXIV, Erlangen 24.-26.11.2023</h4>“ on a conference
    # site's venue page: where it is held, the event is named elsewhere
    r"|tagungsort|veranstaltungsort|anfahrt|anreise(?:\s*(?:und|&|\+)\s*\w+)?"
    # „<h2>Termin 2020</h2>“ over „Wann: … Wo: …“ of a yearly party: this year's facts
    r"|(?:termin|datum)\s+(?:19|20)\d\d)$",
    re.I,
)
_AROUND_A_WORD = " !?[](){}<>#*|:·-–—"
# A dates page's heading („Termine“): the events under it are named by lower headings (a
# meeting page's „Tagesordnung“ heads its agenda, whose h4 is no event's name).
_DATES_PAGE_HEADING = lazy_re.compile(rf"^(?:termine?|veranstaltungen|{_CALENDARS}|events?)$", re.I)
_PLACE_AFTER_DATE_LINES = 12  # an event's place stands near its day, not in a teaser below
_PLACE_LEVELS = 3  # a line's element and two around it may say that they hold a place
# "event-venue", "dtp-meeting-venue", "location", "event-single__address", "veranstaltungsort"
_PLACE_NAME = lazy_re.compile(
    r"(?:^|[-_])(?:venue|location|address|adresse|ort|veranstaltungsort|sitzungsort)(?:$|[-_])",
    re.I,
)
_TITLE_PART_WORDS = 3  # a first part of <title> this long names the event, not the site
_SITE_SUFFIX = lazy_re.compile(r"\s+[-|–—·:]{1,2}\s+")


def title_from_document(tree: LexborHTMLParser) -> str | None:
    """The page's ``<title>`` without the site's name ("Foodie Fridays - City of Prince
    George" → "Foodie Fridays"): the event's name when no heading states it."""
    node = tree.css_first("head title")
    text = node.text(strip=True) if node is not None else ""
    title = _SITE_SUFFIX.split(text, maxsplit=1)[0].strip()
    if (named := _page_part_of_the_title(tree, text)) is not None:
        # „SLU Data Science Seminar - DSS Seminar 04: Mapping Data in R“ with the head's
        # „og:site_name“ „SLU Data Science Seminar“: the site's name comes first, the page's after
        title = named
    if not title or is_junk_title(title) or _GENERIC_HEADINGS.match(title):
        return None
    return title


def _page_part_of_the_title(tree: LexborHTMLParser, text: str) -> str | None:
    """The part of ``<title>`` after its first when the first is the site's name — the head's
    ``og:site_name``, or the heading that links to the site's start page — else None."""
    parts = _SITE_SUFFIX.split(text, maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return None
    site = folded(parts[0])
    meta = tree.css_first('meta[property="og:site_name"]')
    if meta is not None and folded(meta.attributes.get("content") or "") == site:
        return parts[1].strip()
    for heading in tree.css("h1, h2"):
        if folded(heading.text(strip=True) or "") == site and _links_home(heading):
            return parts[1].strip()  # „<a href="/"><h1>Data Seminar</h1></a>“
    return None


def title_with_its_date(tree: LexborHTMLParser) -> Fact | None:
    """The part of ``<title>`` that holds a day-level date, without the date."""
    node = tree.css_first("head title")
    text = node.text(strip=True) if node is not None else ""
    segments = _SITE_SUFFIX.split(text)
    for index, segment in enumerate(segments):
        match = DATE_PHRASE.search(segment)
        if match is not None and names_a_day(match.group(0)):
            title = title_in_text(segment)
            if title and not any(ch.isalpha() for ch in segment[: match.start()]):
                # "Material 2018 — … — Friday, November 16th, Reykjavík": what follows a date
                # that opens its part says where, the page's headings name the event.
                return None
            if title and not is_junk_title(title):
                return Fact(title, "title", -1)
            # "SessionNet | Sitzung des Rates - 25.06.2012 - 17:00 Uhr": the date stands in a
            # part of its own, the event's name in the part before it (not the site's name
            # alone in front: "SessionNet | 25.06.2012").
            before = segments[index - 1].strip() if index else ""
            names_event = before and (index > 1 or len(before.split()) >= _TITLE_PART_WORDS)
            if names_event and not is_junk_title(before) and not _GENERIC_HEADINGS.match(before):
                return Fact(before, "title", -1)
            return None
    return None


def heads_a_site_part(tree: LexborHTMLParser) -> bool:
    """Whether the page's ``<h1>`` names only a part of the site („Tracks“, „Blog“): the heading
    under it is the page's own top heading."""
    h1 = tree.css_first("h1")
    return (
        h1 is not None
        and _SECTION_HEADING.match((h1.text(strip=True) or "").strip(_AROUND_A_WORD)) is not None
    )


def has_generic_heading(lines: list[tuple[str, LexborNode | None]]) -> bool:
    """The page's heading says only what kind of page it is ("Termine", "Veranstaltungen")."""
    return any(
        block is not None and block.tag in HEADING_TAGS[:3] and _GENERIC_HEADINGS.match(text)
        for text, block in lines
    )


def site_name(tree: LexborHTMLParser) -> str | None:
    """The site's name: the last part of a ``<title>`` of several („Patronatsfest des Klosters |
    Kloster des heiligen Hiob“ → „Kloster des heiligen Hiob“)."""
    node = tree.css_first("head title")
    segments = _SITE_SUFFIX.split(node.text(strip=True)) if node is not None else []
    return segments[-1].strip() or None if len(segments) > 1 else None


def page_headings(
    lines: list[tuple[str, LexborNode | None]],
    document_title: str | None = None,
    site: str | None = None,
) -> list[Fact]:
    """The lines that are h1–h3 headings naming something (not "Tagesordnung", not "Date");
    on a page without such, a lower heading that announces (one card: "<h5>Save the Date</h5>"
    over its day; a meeting's "<h4>" name over its day and hours stays the listing's to read)
    or that repeats the page's ``<title>`` (a news post shown as one card: „<title>Weihnachtliche
    Klänge am 14.12.2025</title>“ … „<h5 class=card-title>Weihnachtliche Klänge am
    14.12.2025</h5>“)."""
    found = []
    generic = False
    brand: tuple[int, LexborNode | None] | None = None  # the site's name heading: line, parent
    for index, (text, block) in enumerate(lines):
        if block is None or block.tag not in HEADING_TAGS[:3]:
            continue
        if brand is not None and index == brand[0] + 1 and block.parent == brand[1]:
            continue  # „<h2 class="brand-tagline">Feier mit uns!</h2>“: the site's tagline
        if names_related_posts(text):
            break  # „You should also read:“ — the headings below name other posts
        if _GENERIC_HEADINGS.match(text):
            generic = generic or _DATES_PAGE_HEADING.match(text) is not None
            continue
        if _SECTION_HEADING.match(text.strip(_AROUND_A_WORD)):
            continue
        if _PRACTICAL_HEADING.match(text.strip(_AROUND_A_WORD)):
            continue
        if _links_home(block):
            brand = (index, block.parent)
            continue
        if is_junk_title(text) or label_name(text):
            continue
        # „<h1><span>Tespe</span>Kinderbasar</h1>“ under „<title>Tespe Kinderbasar – …“
        text = spaced_as_the_title(text, document_title)
        found.append(Fact(without_its_type(text), block.tag or "heading", index))
    if site is not None:
        found = _without_the_sites_name(found, site)
    if not found and generic:
        # „<h1>Termine</h1> <h5>Konzert in KIM …</h5> <ul><li>Wo: …</li><li>Wann: …</li></ul>“:
        # under a heading that only says what kind of page it is, the lower headings name.
        found = [
            Fact(text, block.tag or "heading", index)
            for index, (text, block) in enumerate(lines)
            if block is not None
            and block.tag in HEADING_TAGS[3:]
            and not (is_junk_title(text) or label_name(text))
        ]
    if not found:
        found = [
            Fact(text, block.tag or "heading", index)
            for index, (text, block) in enumerate(lines)
            if block is not None and block.tag in HEADING_TAGS[3:] and is_announcement(text)
        ]
    if not found and document_title:
        named = folded(document_title)
        found = [
            Fact(text, block.tag or "heading", index)
            for index, (text, block) in enumerate(lines)
            if block is not None and block.tag in HEADING_TAGS[3:] and folded(text) == named
        ][:1]
    return found


# A conference schedule's event page names the event by its type and title, the type in lower
# case as the schedule's data spells it (frab: „<h2>lecture: Irren ist staatlich</h2>“,
# „theater/performance: Nicht öffentlich.“); the heading right under it is its subtitle
# („<h3 class="title">10 Jahre Informationsfreiheitsgesetz</h3>“).
_TYPED_NAME = lazy_re.compile(
    r"^(?:lecture|talk|workshop|podium|panel|meeting|lightning[ _]talk|keynote|concert|film|"
    r"djset|performance|theater/performance|contest|other):\s+(?P<name>\S.*)$"
)


def without_its_type(heading: str) -> str:
    """The event's name without the schedule's type before it („lecture: Irren ist staatlich“
    → „Irren ist staatlich“); the heading as it is otherwise."""
    typed = _TYPED_NAME.match(heading)
    return typed["name"] if typed is not None else heading


def _typed_over_its_subtitle(
    upper: Fact, lower: Fact, lines: list[tuple[str, LexborNode | None]] | None
) -> bool:
    """The heading right under a schedule's typed name („lecture: …“) is its subtitle."""
    if lines is None or lower.index != upper.index + 1 or not 0 <= upper.index < len(lines):
        return False
    return _TYPED_NAME.match(lines[upper.index][0]) is not None


def _without_the_sites_name(found: list[Fact], site: str) -> list[Fact]:
    """„<h1>Kloster des heiligen Hiob</h1>“ in a post's cover above the post's own „<h1
    class=title>Patronatsfest des Klosters</h1>“: a heading above the page's other ``<h1>`` that
    only repeats the site's name names the site, not the post's event (on a one-event site the
    site's name is the event's; a heading below another ``<h1>`` — „Your online box office“ over
    „99 CLUB LEICESTER SQUARE COMEDY“, the <title>'s last part — is the page's own)."""
    named = folded(site)
    other = next((f for f in found if f.where == "h1" and folded(f.value) != named), None)
    if other is None:
        return found
    return [f for f in found if f.index > other.index or folded(f.value) != named]


def _links_home(block: LexborNode) -> bool:
    """ "<h1><a href="https://www.fiddlestomper.com/">Fiddlestomper</a></h1>" in the navigation
    bar: a heading that is only a link to the site's start page is the site's name — also when
    the link holds the logo and the name follows it („<h1 class="brand-title"><a href="/"><img
    alt="Totila Schwan"></a><br>VCP Totila</h1>“)."""
    around = block.parent
    if around is not None and around.tag != "a" and _only_wraps(around, block):
        # „<a href="https://slu-dss.github.io/"><div class="name"><h1>SLU Data Science
        # Seminar</h1></div></a>“: a wrapper that holds only the heading, inside the link home
        around = around.parent
    if (
        around is not None
        and around.tag == "a"
        and (around.text() or "").strip() == (block.text() or "").strip()
        and _is_the_start_page(around.attributes.get("href") or "")
    ):
        # „<a href="/index.html"><h1>Barmbeker Nephrologie Gespräche</h1></a>“: the whole
        # heading links home — the site's name
        return True
    links = block.css("a")
    if len(links) != 1:
        return False
    own = (links[0].text() or "").strip()
    logo = not own and links[0].css_first("img") is not None
    if not logo and own != (block.text() or "").strip():
        return False
    if logo and len((block.text() or "").split()) > _BRAND_WORDS:
        return False
    return _is_the_start_page(links[0].attributes.get("href") or "")


def _only_wraps(wrapper: LexborNode, block: LexborNode) -> bool:
    """``wrapper`` holds ``block`` and no other text."""
    return (wrapper.text() or "").strip() == (block.text() or "").strip()


# „/“, „/index.html“, „index.php“: the paths of a site's start page.
_START_PAGE = lazy_re.compile(r"^/?(?:index\.(?:html?|php))?$", re.I)


def _is_the_start_page(href: str) -> bool:
    """Whether a link leads to the site's start page (``/``, ``/index.html``)."""
    parts = urlsplit(href.strip())
    return _START_PAGE.match(parts.path) is not None and not parts.query


_BRAND_WORDS = 4  # a site's name beside its logo, not a post's title


def place_by_markup(lines: list[tuple[str, LexborNode | None]], after: int) -> Fact | None:
    """Without a "Ort:" label: the first line at or after the event's date that an
    ``<address>`` or an element named as a place holds ("dtp-meeting-venue",
    ``fs-list-field="location"``, ``itemprop="location"``)."""
    for index, (text, block) in enumerate(lines[after : after + _PLACE_AFTER_DATE_LINES], after):
        node = block
        for _ in range(_PLACE_LEVELS):
            if node is None or node.tag in ("body", "html"):
                break
            if _names_a_place(node):
                if DATE_PHRASE.search(text) or len(text) > MAX_CONTINUATION_CHARS * 2:
                    break
                return Fact(text, f"{node.tag}.{_place_name(node)}", index)
            node = node.parent
    return None


def _names_a_place(node: LexborNode) -> bool:
    if node.tag == "address":
        return not _a_bylines_author(node)
    return bool(_place_name(node))


def _a_bylines_author(address: LexborNode) -> bool:
    """An ``<address>`` beside a ``<time>`` in one parent is a post's byline — when it was
    posted and by whom („<div class="metadata"><time>23. September 2016</time><address>SimJoSt
    </address></div>“): HTML's contact of the article's author, no venue."""
    parent = address.parent
    if parent is None:
        return False
    child = parent.child
    while child is not None:
        if child.tag == "time":
            return True
        child = child.next
    return False


def _place_name(node: LexborNode) -> str:
    """The class word or field name that says the element holds a place ("" if none)."""
    attributes = node.attributes
    for name in ("class", "itemprop", "fs-list-field", "data-field"):
        for word in (attributes.get(name) or "").split():
            if _PLACE_NAME.search(word) or _camel_case_place(word):
                return word
    return "address" if node.tag == "address" else ""


# „terminDetailed-module--quickViewLokationName--1cNFE“: a CSS module's camel-case class whose
# words name the place („Lokation“, the German spelling of „location“, too).
_CAMEL_WORD = lazy_re.compile(r"[A-Z]?[a-z]+")
_CAMEL_PLACE_WORDS = frozenset({"venue", "location", "lokation", "address", "adresse", "ort"})


def _camel_case_place(word: str) -> bool:
    parts = [part.lower() for part in _CAMEL_WORD.findall(word)]
    return len(parts) > 1 and any(part in _CAMEL_PLACE_WORDS for part in parts)


# "Friday, November 16th, 2018 — Reykjavík, Iceland": a day, a dash and a place, nothing else.
# A describing phrase: an article, then at least five more words.
_MIN_NAME_CHARS = 4
_TAGLINE = lazy_re.compile(r"^(?:a|an|the|ein|eine)\s+(?:\S+\s+){4,}\S+", re.I)
# „IDK-Konferenz 2019“, „Jahrestagung 2024“, „Sommerfest 2023“: an event kind (alone, compounded
# or after a few words of its series' name) and the year of the edition, nothing else.
_EDITION = lazy_re.compile(
    r"^(?:[\w.&-]+\s+){0,3}[\w-]*(?:konferenz|kongress|tagung|symposium|kolloquium|festival|fest|"
    r"forum|conference|congress|summit)\s+(?:19|20)\d{2}$",
    re.I,
)
# "Im Rahmen der FORGE 2025 Konferenz - …", "As part of …", "In Kooperation mit …", "presented
# by …": a heading that opens by saying what the event belongs to or who holds it frames the name
# above it, it is no name of its own.
_FRAMING = lazy_re.compile(
    r"^(?:im\s+rahmen|als\s+teil|in\s+(?:kooperation|zusammenarbeit)\s+mit|eine\s+veranstaltung|"
    r"as\s+part\s+of|in\s+(?:cooperation|collaboration|partnership)\s+with|an\s+event\s+(?:of|by)|"
    r"(?:presented|organi[sz]ed|hosted)\s+by|präsentiert\s+von|veranstaltet\s+von)\b",
    re.I,
)


def _name_above_a_date_line(headings: list[Fact], dated: Fact, rest: str) -> Fact | None:
    """ "<h1>Anwendertreffen der QGIS Anwendergruppe</h1> <h3>Freitag, 25. September 2015 -
    Kassel</h3>": a subheading that opens with its date and adds a word or two after it (the
    town, the venue) is the event's date line; the higher heading right above names it."""
    match = DATE_PHRASE.search(dated.value)
    if match is None or any(ch.isalpha() for ch in dated.value[: match.start()]):
        return None  # "Sitzung Rat am 03.09.2026": the name comes first
    if len(rest.split()) > DATE_LINE_ADDENDUM_WORDS:
        return None
    above = [h for h in headings if h.index < dated.index]
    if not above or _heading_rank(above[-1]) >= _heading_rank(dated):
        return None
    return above[-1]


def _name_above_an_edition_line(headings: list[Fact], dated: Fact, rest: str) -> Fact | None:
    """„<h1>Automatisierung der Arbeit</h1> <h3>3. Fachtagung am 9.3.2026</h3>“: a subheading
    whose words beside its day are only an edition's ordinal and kind says which edition and
    when; the higher heading right above names the event (see ``edition_headings``)."""
    if not names_only_the_edition(rest):
        return None
    above = [h for h in headings if h.index < dated.index]
    if not above or _heading_rank(above[-1]) >= _heading_rank(dated):
        return None
    if DATE_PHRASE.search(above[-1].value) or len(above[-1].value.split()) < 2:
        return None  # (a heading above that is a day itself, or one word, names no series)
    return above[-1]


def _name_above_a_call(headings: list[Fact], dated: Fact) -> Fact | None:
    """„<h1>Die Freiwillige Feuerwehr Villenbach feiert 2025 ihr 150-jähriges Bestehen!</h1>
    <h2>Sei mit dabei, wenn wir vom 05. - 06. Juli … unser Fest feiern!</h2>“: a dated heading that
    calls readers to come says when and where; the higher heading right above names the event."""
    if not calls_to_join(dated.value):
        return None
    above = [h for h in headings if h.index < dated.index]
    if not above or _heading_rank(above[-1]) >= _heading_rank(dated):
        return None
    return above[-1]


def place_after_the_date(headings: list[Fact], title: Fact) -> Fact | None:
    """The words after the date in the date line under the title's heading ("… 2015 - Kassel"):
    where it takes place, when nothing else on the page says so."""
    for heading in headings:
        if heading.index <= title.index or not DATE_PHRASE.search(heading.value):
            continue
        rest = title_in_text(heading.value)
        if rest and _name_above_a_date_line(headings, heading, rest) == title:
            return Fact(rest, heading.where, heading.index)
        return None
    return None


def dashed_place(
    lines: list[tuple[str, LexborNode | None]], date: Fact | None, title: Fact
) -> Fact | None:
    """The place after the dash of the event's date line — not of the heading that names it
    ("Mittwoch, 30. September 2026, 09:00 Uhr - Vollversammlung")."""
    if date is None or date.index == title.index or not 0 <= date.index < len(lines):
        return None
    place = place_after_a_dash(lines[date.index][0])
    return Fact(place, f"{date.where} after the dash", date.index) if place else None


def _names_the_meeting(labelled: Fact | None, dated_title: Fact) -> bool:
    """ "Meeting Name:" / "City Council" inside the dated <title> "Meeting of City Council on
    …": the label gives the bare name the <title> wraps in words. A label value the <title>
    does not hold ("Sitzung:" / "Rat/05/2012", a meeting's number) leaves the <title>."""
    if labelled is None or TITLE_LABELS[0].match(labelled.where) is None:
        return False
    name = labelled.value.strip().casefold()
    return len(name) >= _MIN_NAME_CHARS and name in dated_title.value.casefold()


# "Einreichung bis 10.03.2025", "Anmeldung bis zum 1. Mai", "register by June 3": a day that
# closes something, said after „bis“ / "by" / "until" with no day before it (not a range's end).
def _subtitle(upper: Fact, lower: Fact) -> bool:
    """ "<h1>Material 2018</h1><h2>A conference exploring the concept of …</h2>": a phrase right
    under the <h1> describes what it names (a "<h2>Gemeinderat</h2>" under the site's <h1> names
    the meeting); "<h2>Repositorien-… Meta-Suche …</h2><h3>Im Rahmen der FORGE 2025 Konferenz
    …</h3>": a lower heading right under any higher one that frames it names no event."""
    if lower.index != upper.index + 1 or _heading_rank(upper) >= _heading_rank(lower):
        return False
    if _FRAMING.match(lower.value):
        return True
    # „<h1>OBK</h1><h3>gemeinsam wachsen</h3>“: a motto opens in lower case, a name does not.
    # „<h1>IDK-Konferenz 2019</h1><h2>Dissens und Widerstand …</h2>“: an h1 naming one year's
    # edition of a conference or festival names the event; the heading under it is its theme.
    return upper.where == "h1" and (
        _TAGLINE.match(lower.value) is not None
        or lower.value[:1].islower()
        or _EDITION.match(upper.value) is not None
    )


_ACRONYM = lazy_re.compile(r"^[A-ZÄÖÜ]{2,6}$")
_WORD_PARTS = lazy_re.compile(r"[A-ZÄÖÜ][a-zäöüß]+|[A-ZÄÖÜ]+(?![a-zäöüß])|[a-zäöüß]+")


def spelled_out(title: str, document_title: str | None) -> str | None:
    """The page's ``<title>`` when the heading only abbreviates it („<h1>OBK</h1>“ on a page
    titled „OstseeBibelKonferenz“: the initials of its words or of its joined capitalised
    parts); None otherwise."""
    if document_title is None or _ACRONYM.match(title) is None:
        return None
    initials = "".join(part[0] for part in _WORD_PARTS.findall(document_title)).upper()
    return document_title if initials == title.upper() else None


def _marked_subtitle(
    upper: Fact, lower: Fact, lines: list[tuple[str, LexborNode | None]] | None
) -> bool:
    """ "<h1>…</h1><h2 class="subheading">…</h2>": a lower heading right under a higher one
    that its markup calls a subtitle (``subtitle_markup``)."""
    if lines is None or lower.index != upper.index + 1 or not 0 <= lower.index < len(lines):
        return False
    if _heading_rank(upper) >= _heading_rank(lower):
        return False
    lower_node = lines[lower.index][1]
    return marked_as_subtitle(lower_node) or _title_block_pair(lines[upper.index][1], lower_node)


# „<div class="heading__titel"><h1>Ab/Normal 異/常</h1><h2>Divergenz(en) in China</h2>“: a
# wrapper whose class names the title holds the title and its subtitle
_TITLE_BLOCK_CLASS = lazy_re.compile(r"(?:^|[-_])(?:title|titel)$", re.I)


def _title_block_pair(upper: LexborNode | None, lower: LexborNode | None) -> bool:
    """Whether the h1 and the heading under it stand together in a wrapper classed as the title
    (the conference's name and its theme)."""
    if upper is None or lower is None or upper.tag != "h1" or upper.parent is None:
        return False
    if lower.parent is None or lower.parent.mem_id != upper.parent.mem_id:
        return False
    classes = (upper.parent.attributes.get("class") or "").split()
    return any(_TITLE_BLOCK_CLASS.search(token) for token in classes)


def _heading_rank(fact: Fact) -> int:
    return int(fact.where[1]) if re.fullmatch(r"h[1-6]", fact.where) else 9


def event_title(
    facts: dict[str, Fact],
    headings: list[Fact],
    date_index: int,
    dated_title: Fact | None = None,
    lines: list[tuple[str, LexborNode | None]] | None = None,
) -> Fact | None:
    """A heading holding the date ("Sitzung Rat am 03.09.2026") names the event best, then the
    page's ``<title>`` when it holds a date ("PARLIS - Tagesordnung der 5. Sitzung des OBR 10
    am 20.10.2026"); then a labelled title ("Sitzung:") unless it stands below the date under an
    ``<h1>`` above it; then the nearest heading above the date; then the first."""
    for heading in headings:
        if dated_by_a_deadline(heading.value):
            continue
        dated = DATE_PHRASE.search(heading.value) is not None
        split = name_day_place(heading.value) if dated else None
        if dated and (title := split[0] if split else title_in_text(heading.value)):
            if names_no_event(heading.value, title):
                # „Save the Date: 08. - 10.09.2023“, „17.-19. Mai 2019 im Kliemannsland“: the
                # day and a call or a place; the heading beside it names the event — or, under
                # „Hinweis für Sonntag, 8. Februar 2026!“, the sentence right below it
                next_line = (
                    lines[heading.index + 1][0]
                    if lines and heading.index + 1 < len(lines)
                    else None
                )
                if (subject := subject_under_a_notice(heading.value, next_line)) is not None:
                    return Fact(
                        subject, "the subject of the sentence under a notice", heading.index + 1
                    )
                continue
            if only_the_particle(title):
                # „… finden am <br> 28. + 29. August 2021 statt“: the heading's line above names.
                line_above = next((h for h in headings if h.index == heading.index - 1), None)
                if line_above is not None and (subject := announced_subject(line_above.value)):
                    return Fact(
                        subject,
                        f"{line_above.where} (the subject of its announcement)",
                        line_above.index,
                    )
                continue
            named = (
                _name_above_a_date_line(headings, heading, title)
                or _name_above_a_call(headings, heading)
                or _name_above_an_edition_line(headings, heading, title)
            )
            return named or Fact(title, heading.where, heading.index)
    labelled = facts.get("title")
    if dated_title is not None and not _names_the_meeting(labelled, dated_title):
        return dated_title
    main = next((h for h in headings if h.where == "h1" and h.index < date_index), None)
    if (
        labelled is not None
        and main is not None
        and labelled.index > date_index
        and _PART_TITLE_LABEL.match(labelled.where)
    ):
        # "<h1>MACRO Seminar: Diego Daruich</h1> … Date and Time … <h2>Title</h2> "The
        # Macroeconomics of …"": below the date, a "Title" names a part (the talk), the <h1>
        # above the date names the event.
        labelled = None
    if labelled is not None:
        title = title_in_text(labelled.value) or labelled.value
        if not is_junk_title(title):
            return Fact(title, labelled.where, labelled.index)
    if (
        main is not None
        and lines is not None
        and _named_in_the_lead(main, headings, lines, date_index)
    ):
        return Fact(title_in_text(main.value) or main.value, main.where, main.index)
    # „<h2>Was ist der Schlofozuchball?</h2>“ between the h1 and the date: it asks about the
    # event (an explanation follows), it names nothing the h1 does not.
    asking = [h for h in headings if _EXPLAINING_QUESTION.match(h.value)]
    above = [h for h in headings if h.index <= date_index and (h not in asking or h == headings[0])]
    below = [h for h in headings if h.index > date_index and h not in asking]
    if len(above) >= 2 and (
        _subtitle(above[-2], above[-1])
        or _marked_subtitle(above[-2], above[-1], lines)
        or _typed_over_its_subtitle(above[-2], above[-1], lines)
        or second_line_of_the_heading(above[-2], above[-1], lines)
    ):
        above.pop()
    if (
        len(above) >= 2
        and tells_the_return(above[-1].value)
        and _heading_rank(above[-2]) < _heading_rank(above[-1])
    ):
        # „<h1>IIIgeley</h1> <h3>Zum dritten Mal ruft der Igel zur Keilerei!</h3>“: the sentence
        # tells that the event the heading above names comes again
        above.pop()
    if (
        len(above) >= 2
        and names_only_the_kind(above[-1].value)
        and _heading_rank(above[-2]) < _heading_rank(above[-1])
    ):
        # „<h2>Blick/Klick auf die Hinterbühne</h2> <h3>Fachtag für Menschen aus …</h3>“: the
        # subheading says what kind of event the heading above names, and for whom
        above.pop()
    if not above and (named := _dateline_name(lines, date_index)) is not None:
        # „<h1>Tagungsort</h1>“ (a page part) over „<h4>DVCS XXXIV, Erlangen 24.-26.11.2023</h4>“:
        # the dateline's words before its town name the event, not the venue's heading below
        return named
    for heading in [*reversed(above), *below]:
        if (title := title_in_text(heading.value)) and not (
            DATE_PHRASE.search(heading.value) and names_no_event(heading.value, title)
        ):
            return Fact(title, heading.where, heading.index)
    return None


# „DVCS XXXIV, Erlangen 24.-26.11.2023“: an event's short name, its town, then its days
_DATELINE = lazy_re.compile(
    r"^(?P<name>[^,\d][^,]{1,40}),\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?,?\s+\d"
)


def _dateline_name(lines: list[tuple[str, LexborNode | None]] | None, index: int) -> Fact | None:
    """The name a lower heading's dateline gives before its town and days, else None."""
    if lines is None or not 0 <= index < len(lines):
        return None
    text, block = lines[index]
    if block is None or block.tag not in HEADING_TAGS[1:]:
        return None
    match = _DATELINE.match(text)
    return Fact(match["name"].strip(), block.tag or "heading", index) if match else None


# „Was ist der Schlofozuchball?“, „Worum geht es?“, „What is FOSDEM?“: a heading that asks what
# the event is heads its explanation.
_EXPLAINING_QUESTION = lazy_re.compile(
    r"^(?:(?:was|wer|what|who)\s+(?:ist|sind|is|are)\b|worum\s+geht\s+es\b)[^?]*\?$", re.I
)


def _named_in_the_lead(
    main: Fact, headings: list[Fact], lines: list[tuple[str, LexborNode | None]], date_index: int
) -> bool:
    """Whether the prose between the page's ``<h1>`` and its date names the h1's event
    („Willkommen beim Dachbau Schaffer Nightrace 2025!“ under „Allgemeine Informationen“): the
    section headings between („Anmeldung und Ergebnisse“, „Danke für eure Teilnahme!“) head the
    page's parts, the h1 names the event."""
    # „Die Summer Bike Series findet am 5. und 6. Juli 2025 … statt“ under „Summer Bike Series
    # 2025“: the prose may name the event without its edition's year.
    name = _EDITION_YEAR.sub("", folded(main.value))
    if len(name.split()) < 2 or not any(main.index < h.index < date_index for h in headings):
        return False
    # „<h1>Open Innovation Hour: Beharrungstendenzen …</h1>“ over „… der kommenden Open
    # Innovation Hour, am 3. September 2026“: the lead names the series the h1 opens with.
    names = {name}
    series, colon, _episode = name.partition(":")
    if colon and len(series.split()) >= _SERIES_WORDS:
        names.add(series.strip())
    heading_lines = {h.index for h in headings}
    return any(
        any(named in folded(text) for named in names)
        for index, (text, _block) in enumerate(lines[main.index + 1 : date_index], main.index + 1)
        if index not in heading_lines
    )


_SERIES_WORDS = 2  # „Open Innovation Hour:“, „Digitaler Stammtisch:“ — not „Einladung:“


_EDITION_YEAR = lazy_re.compile(r"\s+(?:19|20)\d\d$")


# „Begleitende Materialien zur medienpädagogischen Fortbildung“, „Unterlagen zum Workshop …“: a
# heading over the handouts of an event names the handouts; the event is what they are for.
_MATERIALS_FOR = lazy_re.compile(
    r"^(?:[^\W\d]+\s+)?(?:materialien|material|begleitmaterialien|unterlagen|dokumentation|"
    r"folien|handouts?)\s+(?:zu[rm]|für\s+(?:die|den|das))\s+(?P<name>[^\W\d].{2,})$",
    re.I,
)
_STEM = 5  # „medienpädagogischen“ and „Medienpädagogische“: one word, inflected


def event_of_the_materials(heading: str, document_title: str | None) -> str | None:
    """The event a heading over its materials names, as the ``<title>`` writes it when that
    holds the same words (in the nominative: „Medienpädagogische Fortbildung“); else as the
    heading writes it. None for any other heading."""
    found = _MATERIALS_FOR.match(heading.strip())
    if found is None:
        return None
    name = found["name"].strip()
    stems = {word.casefold()[:_STEM] for word in _WORD_PARTS_OF_NAME.findall(name)}
    if document_title and stems == {
        word.casefold()[:_STEM] for word in _WORD_PARTS_OF_NAME.findall(document_title)
    }:
        return document_title
    return name[:1].upper() + name[1:]


_WORD_PARTS_OF_NAME = lazy_re.compile(r"[^\W\d_]{2,}")


# „Fachtag Change Management – 06.02.2018, Essen“: the name, a dash, the day, then where.
_NAME_DASH_DAY = lazy_re.compile(r"^(?P<name>[^\W\d].{2,}?)\s+[–—-]\s+(?P<rest>\d.*)$")
_PLACE_AFTER_COMMA = lazy_re.compile(r",\s*(?P<place>[^\W\d][^\d,;:|()]{1,40})")
_PLACE_WORDS = 4


def name_day_place(heading: str) -> tuple[str, str | None] | None:
    """A heading that is „<name> – <day>[, <place>]“ split into the name and the place (None
    when it says none); None for any other heading."""
    found = _NAME_DASH_DAY.match(heading.strip())
    if found is None:
        return None
    day = DATE_PHRASE.match(found["rest"])
    if day is None or not names_a_day(day.group(0)):
        return None
    tail = found["rest"][day.end() :].strip()
    if not tail:
        return found["name"].strip(), None
    place = _PLACE_AFTER_COMMA.fullmatch(tail)
    if place is None or len(place["place"].split()) > _PLACE_WORDS:
        return None
    return found["name"].strip(), place["place"].strip()


def place_in_the_dated_heading(headings: list[Fact], title: Fact) -> Fact | None:
    """„Essen“ of the heading „Fachtag Change Management – 06.02.2018, Essen“ that names the
    event."""
    for heading in headings:
        if heading.index == title.index and (split := name_day_place(heading.value)):
            return Fact(split[1], heading.where, heading.index) if split[1] else None
    return None
