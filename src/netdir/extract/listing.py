"""The listing detector: find the repeated blocks of a listing page and read each one.

Candidates are groups of similar sibling blocks — cards, list items, table rows, ``dt``/``dd``
pairs, heading+paragraph runs. Each group is scored on what distinguishes offerings from page
furniture: repetition, heading-like titles of several words, date-like text, text beyond the
links, distinct targets, and where it sits (menus, footers, tag clouds, breadcrumbs and
pagination sit in ``nav``/``footer``/``aside`` or carry such class names). The best group wins
and its score is each record's confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from itertools import takewhile
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.access_brackets import drop_access_brackets
from netdir.extract.acronym_names import spelt_apart, spelt_out
from netdir.extract.address_rows import (
    name_address_rows,
    name_bracketed_place_rows,
    name_place_and_remark_rows,
    name_rows_under_a_kind_heading,
)
from netdir.extract.availability_titles import name_rows_by_their_heading
from netdir.extract.banner_venues import venue_of_the_banner
from netdir.extract.bar_venue_column import move_bar_venue_column
from netdir.extract.blank_cells import continue_blank_name_cells
from netdir.extract.block_dates import STAMP_SOURCE, dated_only_by_stamp, undate_stamped_posts
from netdir.extract.block_places import place_ending_the_prose
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import (
    holds_the_pages_heading,
    names_a_day,
    node_text,
    reading_one_document,
    tree_changing,
    tree_settled,
)
from netdir.extract.body_name_rows import name_body_rows
from netdir.extract.bold_day_labels import labels_bold_with_the_day
from netdir.extract.booking_windows import offered_for_booking
from netdir.extract.bracketed_tags import drop_bracketed_tags
from netdir.extract.branch_headings import SOURCE as BRANCH_SOURCE
from netdir.extract.branch_headings import branch_of_each_block
from netdir.extract.calendar_days import (
    page_month,
)
from netdir.extract.calendar_template_links import names_from_calendar_links
from netdir.extract.capital_name_tags import cut_genre_tags
from netdir.extract.caption_rows import name_rows_over_a_caption
from netdir.extract.card_parts import named_cards_over_dated_faces, whole_cards_first
from netdir.extract.clocked_name_lines import events_of_the_clocked_lines
from netdir.extract.colon_place_lists import places_over_each_table
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.credit_endings import (
    drop_credit_endings,
    drop_host_credits,
    drop_moderation_credits,
)
from netdir.extract.credited_date_lines import cut_credits_before_days
from netdir.extract.dash_tail_places import name_rows_at_their_places
from netdir.extract.dashed_meeting_places import (
    move_dashed_meeting_places,
    without_the_place_repeated,
)
from netdir.extract.dashed_venue_column import move_dashed_venue_column
from netdir.extract.date_choices import choices_of_block, dated_choices
from netdir.extract.date_cues import (
    DATE_LIKE,
    TIME_LIKE,
    has_year,
)
from netdir.extract.date_line_place_column import places_below_the_rows_date
from netdir.extract.dated_card_bodies import dated_cards_over_their_bodies
from netdir.extract.dated_places import places_before_their_days
from netdir.extract.day_block_clocks import clocks_from_the_days_blocks
from netdir.extract.day_named_rows import names_beside_the_day
from netdir.extract.day_switch import is_day_switch
from netdir.extract.day_tables import captioned_day_rows
from netdir.extract.deadline_titles import (
    names_a_deadline,
    names_a_fallback_day,
    names_a_guests_step,
    names_an_issue,
)
from netdir.extract.details_tables import name_details_tables
from netdir.extract.empty_day_slots import blocks_with_an_empty_day_slot
from netdir.extract.featured_event_boxes import featured_event_blocks
from netdir.extract.file_brackets import drop_file_brackets, sized_as_a_file
from netdir.extract.file_links import is_a_file
from netdir.extract.fixture_courts import courts_of_the_fixture
from netdir.extract.furniture_twins import heading_over_the_twin, twin_in_the_same_furniture
from netdir.extract.group_columns import group_events_in_columns
from netdir.extract.group_repeats import is_untimed_repeat, timed_days
from netdir.extract.group_strays import undated_strays
from netdir.extract.grouped_list_items import lift_grouped_list_items
from netdir.extract.header_rows import is_header_row
from netdir.extract.heading_item_name import item_name, one_of_series
from netdir.extract.heading_name_place_days import places_between_names_and_days
from netdir.extract.heading_venue_colons import venue_of_the_heading_label
from netdir.extract.heading_year_above import year_heading_above
from netdir.extract.held_at_sentences import places_held_at
from netdir.extract.held_instead import held_instead
from netdir.extract.held_via_service import places_held_via_a_service
from netdir.extract.hour_cell_pairs import hour_cell_pairs
from netdir.extract.icon_fonts import mark_icon_ligatures
from netdir.extract.inline_text import visible_text
from netdir.extract.invitation_lines import invited_day
from netdir.extract.italic_talk_titles import talks_in_italics
from netdir.extract.joined_titles import titles_joined_by_a_line
from netdir.extract.kind_columns import Kind, kind_columns, kind_readings
from netdir.extract.kind_hours import hours_of_a_kind
from netdir.extract.kind_place_rows import name_rows_by_their_kind
from netdir.extract.kind_town_titles import rows_held_in_their_town
from netdir.extract.labelled_talk import talks_under_the_day
from netdir.extract.language_twins import drop_translations
from netdir.extract.later_notices import drop_later_notices
from netdir.extract.lead_places import places_from_the_lead
from netdir.extract.lead_sentence import page_name
from netdir.extract.lead_times import time_of_the_day_in_the_lead, times_from_the_lead
from netdir.extract.leading_towns import move_leading_towns
from netdir.extract.link_around import take_link_around
from netdir.extract.linked_timed_entries import linked_timed_entries
from netdir.extract.list_notes import texts_beside_the_list
from netdir.extract.list_title_lines import titles_on_the_list_line
from netdir.extract.listed_days_titles import one_of_the_listed_days
from netdir.extract.listed_show_days import (
    ANOTHER_SHOWING,
    LISTED_DAY,
    days_listed_in_the_card,
)
from netdir.extract.listing_features import complete_from_surroundings
from netdir.extract.listing_groups import (
    MIN_ITEMS,
    Candidate,
    Outline,
    find_candidates,
    flatten_nested_definition_lists,
    in_a_closed_dialog,
    is_furniture,
)
from netdir.extract.listing_order import (
    dated_reading_first,
    finer_first,
    overlaps,
    overlaps_the_items,
    whole_blocks_first,
    whole_boxes_first,
)
from netdir.extract.listing_row_context import (
    DAY_LINE_ROW_SOURCE,
    add_page_year,
    is_a_day_row,
    own_container,
    read_in_context,
)
from netdir.extract.listing_score import (
    group_score,
    headlines_naming_a_few_days,
    is_item,
    link_states_when,
)
from netdir.extract.listing_twins import without_same_day_twins, without_untimed_repeats
from netdir.extract.map_link_places import places_from_map_links
from netdir.extract.meeting_columns import meetings_in_columns
from netdir.extract.meeting_documents import merge_meeting_documents
from netdir.extract.meeting_rows import meeting_hours_from_rows_below
from netdir.extract.meetings_note import meetings_by_their_notes
from netdir.extract.mixed_pools import dated_lists_of_mixed_pools, parts_by_container
from netdir.extract.month_heading_badges import write_heading_months_into_day_badges
from netdir.extract.month_label_days import (
    write_heading_months_after_ordinals,
    write_label_months,
)
from netdir.extract.name_notes import without_name_notes
from netdir.extract.name_year_weekdays import years_the_names_and_weekdays_state
from netdir.extract.neighbour_years import years_from_neighbours
from netdir.extract.news_box_labels import NEWS_HEADING, labelled_as_news, links_to_an_article
from netdir.extract.news_list_rows import (
    a_post_by_its_day,
    a_press_release_by_its_day,
    a_stamped_post_without_a_day,
)
from netdir.extract.next_meeting import next_meeting_blocks
from netdir.extract.next_meeting_titles import name_the_next_meetings
from netdir.extract.night_rows import past_midnight
from netdir.extract.notices import heads_past_events, only_opens_or_closes
from netdir.extract.numbered_day_boxes import write_run_months
from netdir.extract.numbered_houses import houses_after_the_clock
from netdir.extract.ordered_days import number_month_items
from netdir.extract.organised_group_rows import name_rows_by_their_group
from netdir.extract.other_sections import dated_sections, in_another_section
from netdir.extract.paired_sides import name_both_sides
from netdir.extract.past_minutes_rows import is_yearless_minutes_of_the_past
from netdir.extract.past_section_years import years_of_a_past_section
from netdir.extract.performance_lines import performances_under_the_heading
from netdir.extract.person_rows import name_rows_led_by_people
from netdir.extract.place_before_the_day_cells import places_before_the_days
from netdir.extract.place_box_cards import cards_over_their_place_boxes
from netdir.extract.place_column_lines import places_on_the_rows_line
from netdir.extract.place_for_each import places_by_the_note
from netdir.extract.place_named_rows import names_from_the_place_column
from netdir.extract.placeholder_bylines import name_placeholders_by_bylines, without_open_slots
from netdir.extract.plural_name_hours import hours_of_the_named_rows
from netdir.extract.plural_weekdays import only_a_plural_weekday
from netdir.extract.prose_announcements import announces_a_day
from netdir.extract.prose_link_rows import labelled_place_row, undated_prose_row
from netdir.extract.prose_posts import posts_dated_in_prose
from netdir.extract.quote_sources import dated_by_its_quote_source
from netdir.extract.read_more_teasers import a_teaser_by_its_post_day
from netdir.extract.reading_sentences import name_readings
from netdir.extract.regional_tabs import name_by_the_heading_over_the_tabs
from netdir.extract.related_posts import under_related_posts
from netdir.extract.repeated_days import details_of_the_items, repeats_the_days
from netdir.extract.reported_headlines import heads_news, reports_what_happened
from netdir.extract.restated_posts import restates
from netdir.extract.room_columns import sessions_in_room_columns
from netdir.extract.roster_topic_lines import split_roster_topics
from netdir.extract.round_rows import name_rounds_by_their_championship
from netdir.extract.row_fields import whole_rows_first
from netdir.extract.row_name_lines import events_of_the_name_lines
from netdir.extract.row_sessions import sessions_in_a_row
from netdir.extract.rows_above_names import names_from_rows_above
from netdir.extract.rows_below_names import names_from_rows_below
from netdir.extract.rule_dates import (
    RECURRENCE_BOX_SOURCE,
    RECURRENCE_LINE_SOURCE,
    RULE_HEADING_SOURCE,
    WEEKDAY_CARD_SOURCE,
    WEEKDAY_LABELS_SOURCE,
    WEEKDAY_LINE_SOURCE,
)
from netdir.extract.rule_times import times_of_the_standing_rule
from netdir.extract.ruled_entries import ruled_entries
from netdir.extract.running_years import years_along_the_list
from netdir.extract.same_day_parts import restates_the_block
from netdir.extract.saved_minutes import lists_saved_minutes
from netdir.extract.schedule_meetings import name_schedule_rows
from netdir.extract.season_years import years_across_the_season
from netdir.extract.section_day_lines import day_lines_of_the_section
from netdir.extract.section_years import years_from_the_section
from netdir.extract.sentence_places import place_of_the_visit
from netdir.extract.series_places import name_rows_by_their_series
from netdir.extract.service_slots import marked_as_service
from netdir.extract.shared_venues import places_from_other_rows
from netdir.extract.showing_clocks import key_of_the_showing
from netdir.extract.sibling_cells import cell_like_the_chosen_cells
from netdir.extract.sibling_lists import item_like_the_chosen_boxes, item_like_the_chosen_items
from netdir.extract.sibling_sections import SOURCE as SIBLING_SECTION_SOURCE
from netdir.extract.sibling_sections import (
    heading_of_a_sibling_section,
    headings_naming_the_rows,
)
from netdir.extract.sibling_tables import (
    built_like_a_chosen_table,
    join_tables_like_the_chosen,
    row_like_the_chosen_rows,
)
from netdir.extract.since_dates import dated_only_since
from netdir.extract.site_name_tags import site_name_tag
from netdir.extract.spanning_rows import heads_the_rows_below
from netdir.extract.speaker_cells import talks_in_speaker_cells
from netdir.extract.speaker_italic_talks import talks_after_speakers_in_italics
from netdir.extract.speaker_lines import talks_after_their_speakers
from netdir.extract.split_ranges import join_month_split_ranges
from netdir.extract.stamp_years import STAMP_FOR_THE_YEAR
from netdir.extract.status_badge import SOURCE as STATUS_BADGE
from netdir.extract.status_badge import status_badge
from netdir.extract.sub_items import (
    date_led_lines,
    day_only_lines,
    events_listed_under_the_day,
    listed_occurrences,
    numbered_date_lines,
    placed_choices,
    timed_entries,
    titled_date_lines,
    titled_sections,
)
from netdir.extract.summary_entries import posts_beside_a_summary, run_together_entries
from netdir.extract.talk_bylines import talks_over_their_bylines
from netdir.extract.talk_columns import talks_in_columns
from netdir.extract.talk_title_labels import name_talks
from netdir.extract.tally_rows import name_tally_rows
from netdir.extract.taxonomy_links import named_by_a_tag
from netdir.extract.themed_titles import places_before_the_themes
from netdir.extract.this_month_days import mark_this_month_days
from netdir.extract.timed_list_after import timed_list_after
from netdir.extract.title_places import (
    move_bracketed_places,
    move_bracketed_when_and_where,
    move_dashed_attendance,
    move_labelled_brackets,
    move_prepositioned_brackets,
    move_slashed_town,
    move_trailing_towns,
    move_venue_parts,
    place_after_a_quoted_name,
    place_in_a_street_ending,
    places_in_a_shared_town,
)
from netdir.extract.title_text import (
    is_address_heading,
    is_document_link,
    is_job_ads_heading,
    is_junk_title,
    is_sign_up_heading,
)
from netdir.extract.title_venues import (
    move_venues_out_of_titles,
    rows_named_by_their_venue,
    venues_after_the_names,
)
from netdir.extract.title_years import years_named_by_the_titles
from netdir.extract.titled_twins import untitled_twins_of
from netdir.extract.told_again import hours_and_venues_told_again
from netdir.extract.town_before_bracket_days import towns_before_bracketed_days
from netdir.extract.town_named_rows import name_rows_by_their_town
from netdir.extract.track_header_rooms import room_of_the_track_header
from netdir.extract.trailing_hours import hours_after_the_lines
from netdir.extract.translated_rows import without_translated_rows
from netdir.extract.upcoming_years import years_of_a_coming_list
from netdir.extract.venue_column import places_from_the_venue_column
from netdir.extract.venue_link_rows import name_venue_link_rows
from netdir.extract.venue_section import places_from_the_venue_section
from netdir.extract.week_cells import week_cell_entries
from netdir.extract.weekday_lines import weekly_rule
from netdir.extract.weekday_month import page_month_of_weekdays
from netdir.extract.weekday_run_days import date_weekdays_by_the_run
from netdir.extract.weekday_years import years_the_weekdays_name
from netdir.extract.weekly_slot import slot_from_the_lead
from netdir.extract.when_where_statement import places_from_the_where_label
from netdir.extract.wrapping_blocks import without_wrapping_blocks
from netdir.extract.year_host_rows import name_year_host_rows
from netdir.extract.year_lines import rows_under_year_lines, years_from_year_lines
from netdir.extract.year_only_slots import blocks_dated_by_a_year_alone
from netdir.extract.year_rows import year_row_above
from netdir.normalize.when import parse_when
from netdir.normalize.when_lists import occurrences
from netdir.records import RawRecord

EXTRACTOR = "listing"
MIN_SCORE = 0.4
# „Kommende Veranstaltung“, „Nächste Termine“, „Upcoming events“: a section of coming events.
_COMING_HEADING = lazy_re.compile(
    r"^(?:kommende|nächste|naechste|anstehende|aktuelle|upcoming|next)\s+"
    # („Upcoming Seminars“, „Next Talk“: a series' coming talks)
    r"(?:veranstaltung|termin|event|treffen|konzert|aufführung|seminar|talk|lecture|colloqui"
    r"|meeting|webinar|session)",
    re.I,
)
# „event-list__item“, „termine-event-item“: a block (or list) its page builds for an event
# („termine-info-block“ only stands on a dates page).
_EVENT_CLASS = lazy_re.compile(r"(?<![a-z])(?:event|veranstaltung)", re.I)
_UNREADABLE_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "select"]
# A class a site builder sets on what its conditional visibility hides for good ("w-condition-
# invisible" beside the shown copy of a card's name and day). Not "hidden" (toggled by scripts:
# accordions, tabs) nor "visually-hidden" (read aloud, and it may name the show).
_NEVER_SHOWN_CLASS = lazy_re.compile(r"^(?:[\w-]+-)?invisible$")
_SHOWN_ELSEWHERE = ("visible-", "d-", "show")  # a breakpoint's or a script's own display
_SECOND_GROUP_SHARE = 0.6  # another group is kept when it scores at least this share of the best
# ... and this share of its items is dated: a month grid's week rows beside the list (only the
# weeks with a day header read as dated) are another view of the same meetings, not a list
_SECOND_GROUP_DATED = 0.75
# The first detection of the page being read, while ``remembering_the_first_detection`` asks.
_FIRST_DETECTION: ContextVar[list[Detection] | None] = ContextVar("first_detection", default=None)


def extract_listing(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """Records of the listings on the page; [] when nothing looks like one."""
    with reading_one_document():
        records = records_of(detect_listings(tree, context), context)
    date_weekdays_by_the_run(records, tree, context.fetched_at.date())
    return records


def extract_listing_and_lists(
    tree: LexborHTMLParser, context: PageContext, *, beside_an_event: bool = False
) -> tuple[list[RawRecord], list[list[RawRecord]]]:
    """``extract_listing``'s records, and the records of each list element a pooled group
    spans, one list at a time (see ``lists_of_pooled_groups``). ``beside_an_event``: the lists
    beside an event page's own event — only what is shown (``_drop_hidden``), and also the
    lists whose every item is dated, however low the furniture they stand in scores them."""
    with reading_one_document():
        if beside_an_event and tree.body is not None:
            _drop_hidden(tree.body)
        detection = detect_listings(tree, context)
        parts = list(lists_of_pooled_groups(detection, context.base_url, beside_an_event))
        if beside_an_event:
            parts.extend(_dated_lists_left_out(detection))
            if len(detection.chosen) > 1:
                # Each chosen group alone too: a festival's concerts beside its news posts.
                parts.extend(detection.chosen)
        lists = [
            records_of(Detection([part], outline=detection.outline), context) for part in parts
        ]
        records = records_of(detection, context)
    for found in (records, *lists):
        date_weekdays_by_the_run(found, tree, context.fetched_at.date())
    return records, lists


def _dated_lists_left_out(detection: Detection) -> Iterator[Candidate]:
    """The single lists the detector considered and did not choose whose every item is dated:
    beside an event page's own event, a sidebar widget of the site's next two events
    („27. November 2016 15:00“ / „kleiner Weihnachtsmarkt“) scores below the threshold as
    furniture (see ``lists_of_pooled_groups`` for pooled ones)."""
    chosen = {id(candidate) for candidate in detection.chosen}
    for candidate in detection.considered:
        if (
            id(candidate) not in chosen
            and len(candidate.containers) == 1
            and len(candidate.segments) >= MIN_ITEMS
            and candidate.dated_share == 1.0
        ):
            yield candidate


def lists_of_pooled_groups(
    detection: Detection, base_url: str, beside_an_event: bool = False
) -> Iterator[Candidate]:
    """The list elements of the considered groups that pool several, each scored on its own.

    Pooling reads one listing split under month headings as one; a page whose tabs share their
    markup ("ul.tab_link_entries" for its events and for its blog posts) pools two lists, and
    the dated one is read only as part of the mixed pool. A reader of the page that looks for
    one such list (an event page's list of the site's other events) asks for them here."""
    for candidate in detection.considered:
        if len(candidate.containers) < 2:
            continue
        for part in parts_by_container(candidate):
            score = group_score(part, base_url, detection.outline)
            # A footer's widget of the site's next nights ("30.07.26, 18:00 - Soda Social
            # Club" beside the footer's menus) scores low as furniture, yet every item is dated.
            if score >= MIN_SCORE or (beside_an_event and part.dated_share == 1.0):
                yield part


@dataclass(slots=True)
class Detection:
    """What the detector considered on one page and what it chose (``netdir inspect`` shows it)."""

    chosen: list[Candidate] = field(default_factory=list)
    considered: list[Candidate] = field(default_factory=list)  # scored > 0, best first
    outline: Outline | None = None

    @property
    def unsure(self) -> bool:
        """No group, or the best is weak or barely ahead of a different one."""
        if not self.chosen:
            return bool(self.considered)
        best = self.chosen[0].score
        chosen = {id(c) for c in self.chosen}
        rivals = [c for c in self.considered if id(c) not in chosen]
        return best < 0.55 or any(rival.score >= best - 0.05 for rival in rivals)


def _drop_never_shown(body: LexborNode) -> None:
    """Remove the elements a page marks as never shown: a hidden duplicate of a card's name and
    day would otherwise split one card into two blocks of the same show."""
    for node in body.css('[class*="invisible"]'):
        classes = (node.attributes.get("class") or "").split()
        if any(_NEVER_SHOWN_CLASS.match(name) for name in classes):
            node.decompose()


def _drop_hidden(body: LexborNode) -> None:
    """Remove the elements hidden by Bootstrap 3's "hidden" (display: none on every screen;
    Tailwind's "hidden md:block" is shown on wider screens). Only for a list read beside an
    event page's own event: a tab a script shows is read by the detector, but a shop's list of
    its next dates that no reader sees ("<ul class="hidden">", for search engines) is no
    sidebar of the site's other events."""
    for node in body.css('[class~="hidden"]'):
        classes = (node.attributes.get("class") or "").split()
        if not any(":" in name or name.startswith(_SHOWN_ELSEWHERE) for name in classes):
            node.decompose()


def detect_listings(tree: LexborHTMLParser, context: PageContext) -> Detection:
    """Score every candidate group; choose the best one and every other good dated group that
    does not overlap a chosen one (one list per committee, tab, year, or upcoming and past)."""
    body = tree.body
    if body is None:
        return Detection()
    tree_changing()  # until the tree is prepared below
    outline = Outline()
    outline.dated_choices = dated_choices(body)
    tree.strip_tags(_UNREADABLE_TAGS)
    _drop_never_shown(body)
    drop_translations(tree)
    mark_icon_ligatures(body)
    flatten_nested_definition_lists(body)
    lift_grouped_list_items(body)  # meetings nested under their book's name, in one list
    number_month_items(body)
    write_label_months(body)
    write_heading_months_after_ordinals(body)  # „<h2>October</h2><p><b>10th</b> …“
    write_heading_months_into_day_badges(body)
    write_run_months(body)
    split_roster_topics(body)
    mark_this_month_days(tree.root or body)
    tree_settled()  # (the groups are read from here on: each block's texts are asked for often)
    candidates = find_candidates(body, outline)
    title = tree.css_first("title")
    outline.month = page_month(
        outline.captions + ([title] if title is not None else []), context.page_url
    ) or page_month_of_weekdays(body, outline.nodes)
    outline.document_title = node_text(title) if title is not None else None
    outline.page_name = page_name(outline.document_title)
    outline.site_name = site_name_tag(tree)
    if outline.page_name is not None and " " not in outline.page_name:
        # „PyStaDa“ titles a page that says „Python Stammtisch Darmstadt“: the name in full.
        outline.page_name = spelt_out(outline.page_name, node_text(body) or "")
    # „Repaircafé Bochum“ in the title, „Repair Café Bochum“ on the page: as the page writes it.
    outline.page_name = spelt_apart(outline.page_name, node_text(body) or "")
    for candidate in candidates:
        group_score(candidate, context.base_url, outline)
    candidates.extend(dated_lists_of_mixed_pools(candidates, context.base_url, outline))
    considered = sorted(
        (c for c in candidates if c.score > 0),
        key=lambda c: (c.score, len(c.segments)),
        reverse=True,
    )
    considered = dated_reading_first(whole_boxes_first(finer_first(considered)), MIN_SCORE)
    considered = whole_blocks_first(considered)
    considered = whole_cards_first(considered, MIN_SCORE)
    considered = named_cards_over_dated_faces(considered, MIN_SCORE)
    considered = dated_cards_over_their_bodies(considered, MIN_SCORE)
    considered = cards_over_their_place_boxes(considered, MIN_SCORE)
    considered = whole_rows_first(considered, MIN_SCORE)
    chosen: list[Candidate] = []
    for candidate in considered:
        if candidate.score < MIN_SCORE:
            break
        if chosen and (
            candidate.score < _SECOND_GROUP_SHARE * chosen[0].score
            or candidate.dated_share < _SECOND_GROUP_DATED
        ):
            continue
        if chosen and repeats_the_days(candidate, chosen[0], context.fetched_at.date()):
            continue  # a card's modal box repeating its day and place below the cards
        if twins := untitled_twins_of(candidate, chosen):
            # the posts' title rows beside their excerpts, chosen first: the titles name them
            chosen[chosen.index(twins[0])] = candidate
            chosen[:] = [group for group in chosen if group not in twins]
            continue
        if chosen and details_of_the_items(candidate, chosen[0], context.fetched_at.date()):
            continue  # an accordion's panels below the buttons that name its meetings
        if any(overlaps_the_items(candidate, other) for other in chosen):
            rest = _outside_chosen(candidate, chosen, context.base_url, outline)
            if rest is not None and rest.score >= MIN_SCORE:
                chosen.append(rest)
            continue
        chosen.append(candidate)
    # „RELATED MEETINGS“: one meeting in a table built like the chosen one, in the same box
    join_tables_like_the_chosen(candidates, chosen)
    chosen.extend(_lone_listed(outline, chosen, context.base_url))
    chosen.extend(next_meeting_blocks(outline, chosen, context.base_url, MIN_SCORE))
    chosen.extend(featured_event_blocks(outline, chosen, context.base_url, MIN_SCORE))
    detection = Detection(chosen, considered, outline)
    if (kept := _FIRST_DETECTION.get()) is not None and not kept:
        kept.append(detection)
    return detection


def _lone_listed(outline: Outline, chosen: list[Candidate], base_url: str) -> list[Candidate]:
    """An events list that holds one event today: „Kommende Veranstaltung“ over one
    ``article.event-list__item`` (a day, a name, hours and place) beside the archive's six
    ``article.archive-entry``. A group needs two blocks to be a list, so the one upcoming event
    was no record. A lone classed block is an item when the heading of its section names coming
    events, or its class or its list's names an event, and it reads as an item named by its
    heading and dated by a day."""
    found: list[Candidate] = []
    rows = {id(lone) for lone in outline.lone_rows}
    items = {id(lone) for lone in outline.lone_items}
    # The headings that name the chosen rows („<h3>Course</h3> … <table>“ of its dates).
    naming = [
        heading
        for group in chosen
        for heading in headings_naming_the_rows(group.segments, group.readings, outline)
    ]
    for lone in outline.lone + outline.lone_rows + outline.lone_items:
        block = lone.segments[0][0]
        # A list beside a chosen list's section stands where that list does: on a page whose
        # body is classed as furniture („nav-fixed“) both are „in furniture“.
        # (A one-item list in a classed box is pooled by the box's class: „<section class="box">
        # <h2>Future meetings</h2><ul><li>…</li></ul>“ beside the past meetings' section.)
        sibling_item = (
            id(lone) in items or (id(lone) not in rows and lone.containers[0].tag in ("ul", "ol"))
        ) and item_like_the_chosen_items(lone, chosen)
        # („<div class="quarto-container … page-navbar">“ around the whole content: the one
        # upcoming seminar's section built as the chosen previous ones, in the same furniture.)
        twin = twin_in_the_same_furniture(lone, chosen)
        if (lone.in_furniture and not (sibling_item or twin)) or is_furniture(block):
            continue  # a calendar's header with its date picker
        if any(overlaps(lone, other) for other in chosen + found):
            continue
        heading = outline.section_heading(block) or (heading_over_the_twin(block) if twin else "")
        names = f"{block.attributes.get('class') or ''} {lone.containers[0].attributes.get('class') or ''}"
        # „<h3>Visualisierung …</h3> … <li>Termin: Freitag, 11.09.2026 …</li>“ in a section built as
        # the listed courses' sections: one more course of the list, named by its heading.
        sibling = None if id(lone) in rows else heading_of_a_sibling_section(block, naming, outline)
        # „Besondere Termine“: a table of one row beside the chosen tables, built as they are.
        if id(lone) in rows:  # „24. April | Mitgliederversammlung“ beside the chosen tables
            table = row_like_the_chosen_rows(lone, chosen)
            if not table:
                continue
        elif id(lone) in items:  # „#### Vergangen“ over one gig beside the chosen list's section
            table = sibling_item or sibling is not None
            if not table:
                continue
        else:
            # („Die Sitzung … fällt aus.“ in a ``td.tename`` among the ``td.silink`` meetings)
            table = (
                built_like_a_chosen_table(lone, chosen)
                or cell_like_the_chosen_cells(lone, chosen)
                # „<h2>Kommende</h2><a>4. Mai: …</a>“ beside the box of past links
                or item_like_the_chosen_boxes(lone, chosen)
                or sibling_item
                or sibling is not None
            )
        if not (table or _COMING_HEADING.search(heading) or _EVENT_CLASS.search(names)):
            continue
        reading = read_in_context(lone.segments[0], base_url, lone, outline)
        if sibling is not None and not reading.title_from_heading:
            reading.title = item_name(without_name_notes(node_text(sibling) or ""))
            reading.sources["title"] = SIBLING_SECTION_SOURCE
            reading.title_from_heading = True
        if not is_item(reading) or is_junk_title(reading.title):
            continue
        # Named by its heading and dated by a day of the calendar: not an event page's details
        # box („vCal“ beside „06.07.2013 20:00“), its main event („Joji“, „20:00 Uhr“) or a
        # weekly offer („Karaoke“, „Mondays, 10:00 PM“; „Jeden Dienstag ab 19:00 Uhr“).
        if not (reading.title_from_heading or table) or not DATE_LIKE.search(
            reading.date_text or ""
        ):
            continue
        if reading.sources.get("date_text") in (
            RECURRENCE_LINE_SOURCE,
            RECURRENCE_BOX_SOURCE,
            RULE_HEADING_SOURCE,
        ):
            continue
        lone.readings = [reading]
        lone.score = MIN_SCORE
        lone.dated_share = 1.0
        found.append(lone)
    return found


def _outside_chosen(
    candidate: Candidate, chosen: list[Candidate], base_url: str, outline: Outline
) -> Candidate | None:
    """A page whose newer events are ``<h3>`` blocks and whose older ones each have an ``<h2>``
    title above their ``<h3>`` day line: the ``h2`` runs win and hold the later ``h3``; the
    ``h3`` runs above the first ``h2`` are events too. Only heading runs of the chosen group's
    own container are split so; the blocks of ``candidate`` that share no element with a
    chosen group are scored as a group of their own (all dated, at least two)."""
    if not candidate.item_signature.endswith("+p"):
        return None
    containers = {id(node) for node in candidate.containers}
    taken: set[int] = set()
    for other in chosen:
        if not other.item_signature.endswith("+p"):
            continue
        if not {id(node) for node in other.containers} & containers:
            continue
        taken.update(node.mem_id for segment in other.segments for node in segment)
    if not taken:
        return None
    rest = [s for s in candidate.segments if not any(node.mem_id in taken for node in s)]
    if len(rest) == len(candidate.segments):
        return None
    # „<h1>17. Treffen</h1><ul>Datum: …</ul><h2>18. Treffen</h2>…“: one meeting's heading typed a
    # level higher than its neighbours' runs over the chosen runs that follow it; its own lines
    # before them are a dated block of its own (a heading alone, „Vergangene Treffen“, is not).
    rest += [
        head
        for s in candidate.segments
        if any(node.mem_id in taken for node in s)
        and len(head := list(takewhile(lambda node: node.mem_id not in taken, s))) > 1
    ]
    if len(rest) < MIN_ITEMS:
        return None
    part = Candidate(
        candidate.containers,
        rest,
        candidate.item_signature,
        candidate.column_labels,
        in_furniture=candidate.in_furniture,
    )
    group_score(part, base_url, outline)
    return part if part.dated_share == 1.0 else None


@contextmanager
def remembering_the_first_detection() -> Iterator[list[Detection]]:
    """While inside: the first ``detect_listings`` answer of the page being read is kept in the
    list yielded. ``netdir inspect`` describes the groups the extraction itself weighed instead of
    detecting a second time on a fresh tree (that had been a quarter of its time per page)."""
    kept: list[Detection] = []
    token = _FIRST_DETECTION.set(kept)
    try:
        yield kept
    finally:
        _FIRST_DETECTION.reset(token)


def describe_candidates(
    tree: LexborHTMLParser, context: PageContext, limit: int = 6
) -> tuple[bool, list[dict[str, object]]]:
    """Whether the detector is unsure on this page, and the groups it weighed (best first):
    signature, score, blocks, dated share, whether it was chosen and a sample title."""
    with reading_one_document():
        detection = detect_listings(tree, context)
    return describe_detection(detection, limit)


def describe_detection(
    detection: Detection, limit: int = 6
) -> tuple[bool, list[dict[str, object]]]:
    """``describe_candidates`` of a detection already made."""
    chosen = {id(candidate) for candidate in detection.chosen}
    rows: list[dict[str, object]] = []
    for candidate in detection.considered[:limit]:
        titles = [r.title for r in candidate.readings if r.title and is_item(r)]
        rows.append(
            {
                "group": candidate.item_signature,
                "score": candidate.score,
                "blocks": len(candidate.segments),
                "dated": round(candidate.dated_share, 2),
                "chosen": id(candidate) in chosen,
                "sample": titles[0] if titles else None,
            }
        )
    return detection.unsure, rows


def records_of(detection: Detection, context: PageContext) -> list[RawRecord]:
    records: list[RawRecord] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    earlier: set[tuple[str, str | None]] = set()  # (title, start) of the groups already read
    earlier_timed: set[tuple[str, str]] = set()  # (title, day) the groups read timed
    # „Programm 2024:“ … „Programm 2023:“ between the lists' rows: each row's year line
    firsts = (
        segment[0] for candidate in detection.chosen for segment in candidate.segments if segment
    )
    year_lines = rows_under_year_lines(firsts, detection.outline)
    for candidate in detection.chosen:
        read = _records(candidate, context, detection.outline, seen)
        group = [record for record, _block in read]
        # the block each record was read from, by the record's identity (``read`` keeps every
        # record alive, so no id is reused while this is looked up)
        block_of = {id(record): block for record, block in read}
        # „<div class="columns"><h2>Die bisherigen …</h2><div class="row"><div class="columns">…“:
        # the section read as one more block of its own columns' group
        group = without_wrapping_blocks(group, block_of)
        if lists_saved_minutes(group, context.fetched_at.date()):
            continue  # comments or news teasers stamped „14:52“, „11:03“: no offerings
        _name_address_rows(group, candidate, detection.outline)
        # „Zwickau“, „Vogtland“: one children's day per region's tab under „KiBiTa 2024“
        name_by_the_heading_over_the_tabs(group, block_of)
        # „<a>CH4</a> #367“ … „…?action=TEMPLATE&text=CH4 # 367 (Full Moon Hash)&dates=…“
        names_from_calendar_links(group, block_of, context.fetched_at.date())
        drop_file_brackets(group)  # „… in Heilbronn (Ausschreibung)“
        drop_access_brackets(group)  # „3. Eltern- und Freundeball (öffentlich)“
        name_readings(group)  # „Am 14. April 2016“ / „lesen Ginny von Bülow … im Logensaal …“
        drop_bracketed_tags(group)  # „One year later [Escapade]“: the word of the day
        name_talks(group)  # „Seminar Title: …“, „Title to be announced“ (the speaker names it)
        # „<h3>TBA</h3><p><strong>Sarisht Wadhwa</strong> — Duke University</p>“: the speaker
        name_placeholders_by_bylines(group, block_of)
        group = without_open_slots(group, block_of)  # „TBD“ over a speaker „TBD“: an open week
        # „Vincent Roulet, <em>UW</em><br/>Iterative Linearized Control: …“ among rows whose
        # third line, a link, names each talk: the third line names this one too
        titles_on_the_list_line(group, block_of)
        # „Council Meeting Agenda - 28 July 2026“, „Council Meeting Minutes - 28 July 2026“
        group = merge_meeting_documents(group, context.fetched_at.date())
        drop_credit_endings(group)  # „Persönliche Schutzausrüstung - H. Friebel“
        drop_moderation_credits(group)  # „… liest aus "Mogador" Moderation Manfred Stolpe“
        drop_later_notices(group)  # „Alternativtermin … Ort wird noch bekannt gegeben.“
        drop_host_credits(group)  # „Undetermined Farm Escapade Hosted by Westman Naturalists“
        move_labelled_brackets(group)
        move_prepositioned_brackets(group)  # „Offener Treffpunkt (in der Bücherhalle …)“
        move_bracketed_places(group)
        move_bracketed_when_and_where(group)
        move_slashed_town(group)
        move_dashed_attendance(group)  # „Design Thinking - Online oder Offline je nach …“
        name_rows_by_their_town(group)  # „28.07 Landshut 19:00 Uhr Zentrale zum Rieblwirt“
        # „PyHEP 2019 Workshop, U.K., October 16-18, 2019“ over each of the list's posts
        places_between_names_and_days(group, block_of)
        move_trailing_towns(group)
        move_leading_towns(group)  # „Straubing, "Tiefenrausch", live mit "Up To Vegas"“
        place_after_a_quoted_name(group)
        move_bar_venue_column(group)  # „Cafe Saite Dresden | Bethge/Luck Duo“
        move_dashed_venue_column(group)  # „Grandbrothers - Flex“, „Muff Potter - Flex“
        move_venue_parts(group)
        move_dashed_meeting_places(group)  # „… Meeting - Room 500“
        without_the_place_repeated(group)  # „Monthly Club Meeting - BEMC“ at „BEMC HQ, …“
        move_venues_out_of_titles(group)
        venues_after_the_names(group)  # „…: <a>Linux Presentation Day</a>, Stadtbibliothek …“
        places_before_their_days(group)  # „…, Universität Bonn, 4.-6.10.2006.“
        places_from_other_rows(group)
        place_in_a_street_ending(group)  # „Flohmarkt Hanns-Seidel-Platz“
        places_held_via_a_service(group)  # „Will be held on 10 March via Zoom.“
        places_held_at(group)  # „… took place at the David Attenborough Building in Cambridge.“
        towns_before_bracketed_days(group)  # „<a>Workshop I</a>: Heidelberg (21st - 23rd March …)“
        places_in_a_shared_town(group)  # „Weihnachtsmarkt in Illingen“
        # „Achtes … Kolloquium an der Martin-Luther-Universität Halle-Wittenberg: »Theme«“
        places_before_the_themes(group)
        # „Von Max Frisch 11. 06. 2019, 20:00“ among „Komödie von Ulrich Hub 14. 06. 2019, 10:00“:
        # the play's credit before the showing's day, not an article's byline and stamp
        cut_credits_before_days(group, context.fetched_at.date())
        # „Programm 2023:“ between the talks of 2024 and those of 2023: the rows below it
        years_from_year_lines(group, block_of, year_lines)
        # „30.Oktober“ in a cell titled „Landesverbandstagung Herbst 2017“: October 2017.
        years_named_by_the_titles(group, context.fetched_at.date())
        years_from_neighbours(group)  # "05.03.2026 | 12.03. | 20.03.2026": the middle row's year
        # „29.11“, „17.01“ under „Nächste Termine 2025/2026“: January in the season's second year
        years_across_the_season(group, context.fetched_at.date())
        # „30 Mai“ … „12 Sep“, „28 Dez“: a yearless list running forward stays in its year.
        years_along_the_list(group, context.fetched_at.date())
        # „ab 15.01.2023.“, „13.02.2023.“, „16 - 20. August“ saved in January: next August.
        years_of_a_coming_list(group, context.fetched_at.date())
        if candidate.segments and candidate.segments[0]:
            # „3. Oktober“ under „<h2>Vergangene</h2>“ saved in April: last October.
            years_of_a_past_section(
                group, candidate.segments[0][0], detection.outline, context.fetched_at.date()
            )
        # „Samstag 13.09.“, „Sonntag 14.09.“ saved years later: the year the weekdays fit.
        years_the_weekdays_name(group, context.fetched_at.date())
        # „Dienstag, 12. Februar“ in the panel „Choir Worldwide 2019“: 2019, where it is a Tuesday.
        years_the_names_and_weekdays_state(group, context.fetched_at.date())
        if candidate.containers:
            # „28.5.“ … „27.11.“ beside „am 21.Juni 2016“: the season the section dates.
            years_from_the_section(group, candidate.containers[0], context.fetched_at.date())
        if candidate.segments and candidate.segments[0]:
            # „Der Konzertbeginn ist um 19:00 Uhr.“ above a season of days without a time.
            first = _first_row_of(group, candidate)
            times_from_the_lead(group, first)
            # „Scheduled for 7.00pm Tuesday 18 August.“ above the row „18 August 2026“.
            time_of_the_day_in_the_lead(group, first, context.fetched_at.date())
            # „25.07.2024 - Bieranstich“ over the day's slide „… Beginn 19.30 Uhr“: its start.
            clocks_from_the_days_blocks(group, first)
            # „February 17, 2025 at 5:00 PM (IST)<br>Venue: GJ Hall …“ in a block of its own whose
            # heading is the bare card's title: the card's hour and venue.
            hours_and_venues_told_again(group, block_of, first, context.fetched_at.date())
            # „Wir treffen uns jeden 1. Donnerstag im Monat, 20.00 Uhr.“ above bare Thursdays.
            times_of_the_standing_rule(group, first, context.fetched_at.date())
            notes = texts_beside_the_list(first)  # read once for both readers of its notes
            # „All Planning meetings will take place at 7.15 p.m.“ beside the meeting table.
            hours_of_a_kind(group, notes)
            # „… finden unsere Treffen … im Library Lab der Stadtbibliothek … statt.“
            places_from_the_lead(group, first, candidate.segments[-1][-1])
            # „Geschossen wird … im Vereinsheim:“ / „Marktplatz 5, …“ above each card's table.
            places_over_each_table([(record, block_of.get(id(record))) for record in group])
            # „July 22-24, Ship Inn, South Bank, Brisbane“ in the banner over a workshop's talks.
            venue_of_the_banner(group, first, context.fetched_at.date())
            # „Time | Conference Room“ heading the schedule grid: the room of its one column.
            room_of_the_track_header(group, first)
            # „… Colloquium takes place on Tuesdays at 4:00-5:00 pm in Room 164 of …“
            slot_from_the_lead(group, first, context.fetched_at.date())
            # „Open Nights run from 7:30 p.m. to 9:00 p.m. …“ above the rows named „Open Night“
            hours_of_the_named_rows(group, first)
            # „* All meetings are held at 7:30pm at Pacifica Fire Station #72 …“ under the table
            # (after the lead: a place the lead names for all rows comes first).
            meetings_by_their_notes(group, block_of, first, notes)
            # „Die Radtouren des ADFC starten und enden jeweils am Rathausplatz in Hemmingen.“
            # under the last of the lists of rides.
            last = candidate.segments[-1][0]
            places_by_the_note(group, [*notes, *texts_beside_the_list(last)])
            # „<h2>Veranstaltungsort</h2><p>Der SCS Summit 2024 fand in der Villa Elisabeth, …
            # statt</p>“ on a timetable's page: the venue of each of its sessions
            places_from_the_venue_section(group, first)
            # „<p><b>Wann:</b><br>An jeweils einem Samstag im Monat</p><p><b>Wo:</b><br>Haus der
            # Begegnung<br>Karthaus 12, Xanten</p>“: where the regular dates are held
            places_from_the_where_label(group, first)
        # „17. August – Kurpark-Residenz Bellevue, Baden-Baden“: a row named by its venue alone
        # (last: a place the page states for the rows comes first).
        rows_named_by_their_venue(group)
        # „Evangelisation Waren (Müritz)“: a row named by its kind and its town is held there
        rows_held_in_their_town(group)
        # „Tues, Jan 16th at 7.30pm, 395“, „…, 397“, „…, 399“: the house each meeting is in
        houses_after_the_clock(group)
        # „***** English version *****“ over the post told again: its rows are the ones above.
        group = without_translated_rows(group, block_of, lambda text: _when_key(text, context))
        # A featured strip's "24 Jun, 22:00" repeats the list's "Wed 24 Jun, 22:00": one show.
        # (Within one group the same name twice on a day is left to the page: two sections.)
        keys = [(record.title or "", _when_key(record.date_text, context)) for record in group]
        group = [
            r
            for r, key in zip(group, keys, strict=True)
            if key[1] is None or (key not in earlier and not is_untimed_repeat(key, earlier_timed))
        ]
        earlier.update((title, when) for title, when in keys if when is not None)
        earlier_timed |= timed_days(keys)  # „Volkstrauertag“ at 8:45, then on its day alone
        records.extend(group)
    today = context.fetched_at.date()
    # „15.6.“ under a production's name and „Mo 15.6.26, 19:00“ in the calendar: one evening.
    records = without_untimed_repeats(without_same_day_twins(records), today)
    return join_month_split_ranges(records, today)


def _name_address_rows(
    group: list[RawRecord], candidate: Candidate, outline: Outline | None
) -> None:
    """Rows that only say where after their day are named by their list (address_rows)."""
    if outline is None:
        return
    first = candidate.segments[0][0] if candidate.segments and candidate.segments[0] else None
    heading = outline.section_heading(first) if first is not None else None
    name_address_rows(group, heading, outline.page_name)
    name_rows_under_a_kind_heading(group, outline.page_name)
    name_bracketed_place_rows(group, outline.page_name)  # „… ab 19 Uhr (Hövels Brauerei)“
    name_venue_link_rows(group, outline.page_name)  # „Am 07. Okt 2016 im <a>Labor e.V.</a>“
    name_the_next_meetings(group, outline.page_name)  # „Aktuelles - Nächstes vor Ort Treffen“
    # „Open for individuals and small groups“ in every row under „Open Night Calendar“
    name_rows_by_their_heading(group, heading)
    # „<a>1 September 2026</a> 7 motions · 10 ordinance lines …“ under „Meetings“
    name_tally_rows(group, heading, outline.document_title)
    if first is not None:
        # „Petruskirche, Brunnadernstrasse 40, Bern / Nur Abendkasse.“ under „Coro Flamenco“
        name_place_and_remark_rows(group, _name_over_its_subtitle(outline, first))


def _name_over_its_subtitle(outline: Outline, node: LexborNode) -> str | None:
    """The nearest heading above ``node``; when that is an ``<h2>`` right after an ``<h1>``
    („<h1>Coro Flamenco</h1><h2>Eine musikalische Reise nach Andalusien</h2>“), the h1: the
    h2 is the name's subtitle."""
    headings = outline.headings_before(node)[:1]
    if not headings:
        return None
    heading = headings[0]
    if heading.tag == "h2":
        before = heading.prev
        while before is not None and before.tag in ("-text", "-comment"):
            before = before.prev
        if before is not None and before.tag == "h1":
            heading = before
    return clean_text(visible_text(heading))


def _records(
    candidate: Candidate,
    context: PageContext,
    outline: Outline | None,
    seen: set[tuple[str, str | None, str | None]],
) -> list[tuple[RawRecord, list[LexborNode]]]:
    """One record per item, each with the block it was read from; the same title and date (or
    title and link, undated) seen before (a sidebar copy, a teaser repeated in two tabs) is one
    offering."""
    if kinds := _kinds_of(candidate):
        return _kind_records(candidate, kinds, context, outline, seen)
    records: list[tuple[RawRecord, list[LexborNode]]] = []
    readings = _readings_of(candidate, context, outline)
    if candidate.segments and under_related_posts(candidate.segments[0][0], outline):
        return []  # „You should also read:“ — other posts' teasers, dated by their stamps
    _mend_the_readings(candidate, readings, outline)
    headlines = headlines_naming_a_few_days(candidate)
    strays = undated_strays(candidate.segments, readings)
    # a card whose day a script fills in, shown with its day slot empty
    strays |= blocks_with_an_empty_day_slot(candidate.segments, [r.date_text for r in readings])
    # an exhibition card dated „2023“ beside those dated „24. April - 30. Juni 2025“: a past year
    strays |= blocks_dated_by_a_year_alone(candidate.segments, [r.date_text for r in readings])
    sections = dated_sections(candidate.segments, readings, outline)
    # (a blog's posts, dated in their prose or by a summary of dated entries: an undated post
    # is no offering)
    prose_posts = posts_dated_in_prose(readings) or posts_beside_a_summary(
        candidate.segments, readings
    )
    branches = branch_of_each_block(candidate, outline)
    above: list[RawRecord] = []  # the records of the block before
    clocks: dict[tuple[str, str | None, str | None], str | None] = {}  # each key's own clock
    for index, (segment, reading) in enumerate(zip(candidate.segments, readings, strict=True)):
        if index in strays:
            continue  # a notice card built like the dated cards, outside their row
        if reading.date_text is None and hours_after_the_lines(above, node_text(segment[0]) or ""):
            continue  # „jeweils von 12:00 – 16:00“ under the lines „14. Juli: …<br>15. Juli: …“
        above = []
        # A box dated by its month only may number its offerings with their days.
        numbered = numbered_date_lines(segment, reading) if not is_item(reading) else []
        if _no_offering(
            candidate, readings, index, outline, numbered, headlines, prose_posts, sections
        ):
            continue
        # The same title on the same day is one event even when its two blocks link to
        # different places (the event page and an "add to calendar" link); undated, the same
        # title linking the same page is one offering whatever the link's query adds (a
        # calendar's „Immer im Lenbachhaus“ card on each day it shows, „…?calDate=01092026“).
        branch = branches[index]
        if branch is not None and reading.location_text is None:
            reading.location_text = branch  # „<h3>Maple Library</h3>“ over the branch's rows
            reading.sources["location_text"] = BRANCH_SOURCE
        key = (
            reading.title or "",
            _page_of(reading.url) if not reading.date_text else branch,
            _date_key(reading.date_text, segment, outline),
        )
        # „Portland Cello Project … 5:00PM“ and the same name at „8:00PM“ in one day's cell
        key = key_of_the_showing(key, segment, reading.date_text, seen, clocks)
        if key not in seen and restates(reading.title, reading.url, reading.date_text, seen):
            continue  # „…: Programm“, a second post on the event a post above announced
        if key not in seen:
            seen.add(key)
            if reading.date_text is not None and len(segment) == 1:
                # Only for the chosen group's items: scoring needs neither time nor place.
                around = own_container(segment[0], candidate)
                if around is not None:
                    complete_from_surroundings(around, reading)
                    take_link_around(around, reading, context.base_url)
            place_ending_the_prose(segment, reading)
            place_of_the_visit(segment, reading)  # „besuchen wir den Erinnerungsort …“
            parts = _parts_of(segment, reading, numbered, context.base_url)
            for part in parts:
                part_key = (part.title or "", None, part.date_text)
                if (
                    part is not reading
                    and part_key in seen
                    and part_key != key
                    and not part.sources.get("date_text", "").endswith(ANOTHER_SHOWING)
                ):
                    continue  # (a day a card's list names twice is a second showing)
                if restates_the_block(part, reading) and any(p is reading for p in parts):
                    continue  # „Vernissage: 19.7.2016 um 19 Uhr.“ in the card „Vernissage“
                seen.add(part_key)
                above.extend(_one_per_listed_day(part, segment, candidate, context, outline))
            # „15.6. / 17.6. / 13.12. / … / 20.3.“ in a production's card: one run forward,
            # across New Year after December.
            listed = [r for r in above if LISTED_DAY in r.field_sources.get("date_text", "")]
            years_along_the_list(listed, context.fetched_at.date())
            if len(parts) == 1:
                _mark_the_status(above, segment, candidate)
            records.extend((record, segment) for record in above)
    return records


def _date_key(
    date_text: str | None, segment: list[LexborNode], outline: Outline | None
) -> str | None:
    """The date a block's key holds: a yearless date with the year its table row gives („2017 |
    November 17-18 | Sacred Heart University“ and, eleven years down, „2006 | November 17-18 |
    Sacred Heart University“ are two meetings, not one), else the year of the section heading
    it stands under („2023 Board Meetings“ over „October 10th“ and, a table further down,
    „2022 Board Meetings“ over „October 10th“: two board meetings a year apart)."""
    if date_text is None or has_year(date_text):
        return date_text
    year = year_row_above(segment[0])
    if year is None and outline is not None:
        found = year_heading_above(segment[0], outline)
        year = found[0] if found is not None else None
    return date_text if year is None else f"{date_text} {year}"


def _readings_of(
    candidate: Candidate, context: PageContext, outline: Outline | None
) -> list[BlockReading]:
    """Each block's reading: the one scoring made, else read now with its surroundings."""
    return [
        candidate.readings[index]
        if index < len(candidate.readings)
        else read_in_context(segment, context.base_url, candidate, outline)
        for index, segment in enumerate(candidate.segments)
    ]


def _mend_the_readings(
    candidate: Candidate, readings: list[BlockReading], outline: Outline | None
) -> None:
    """What the rows tell of each other: posts' stamps, nights past midnight, blank name
    cells, names and places from the rows' columns, rows named by who leads them."""
    undate_stamped_posts(readings, candidate.segments)
    _roll_past_midnight(readings)
    for reading in readings:  # „<h3>Andacht im Katharina-von-Bora-Haus, Wiesenstr. 18:</h3>“
        venue_of_the_heading_label(reading)
    continue_blank_name_cells(candidate.segments, readings)
    meeting_hours_from_rows_below(candidate.segments, readings)
    names_from_rows_below(candidate.segments, readings)
    names_from_rows_above(candidate.segments, readings)
    cut_genre_tags(readings)  # „THE STRAW THAT BROKE Science Fiction“: the film, not its genre
    places_from_the_venue_column(candidate.segments, readings)
    names_from_the_place_column(readings)
    # „Meeting 42 | <a>Utrecht, Netherlands, April 22-26, 2024</a>“: named by the first cell
    places_before_the_days(candidate.segments, readings)
    names_beside_the_day(
        readings
    )  # „<a>December 02, 2016</a> | M S Raghunathan, National Center …“
    places_on_the_rows_line(candidate.segments, readings)  # „CLZ Burgdorf“ below the name
    # „<time>Sa., 07.03.</time> um 19:30 Uhr<br>Kegelbahn“: the list's places below the date
    places_below_the_rows_date(candidate.segments, readings)
    # „<a href="https://www.google.de/maps/…">Pons<br>Salzstraße Am Wasser 1<br>21335 Lüneburg</a>“
    places_from_map_links(candidate.segments, readings)
    # „<a>20. November, Frank Bretz (Novartis Pharma AG, …)</a><br>Estimands: …“: the talk
    talks_after_their_speakers(candidate.segments, readings)
    # „<h5>FrOSCon 2024</h5><a>SCS: Projektvorstellung …</a><p>— Kurt Garloff</p>“: the talk
    talks_over_their_bylines(candidate.segments, readings)
    # „Vortrag [DE]<br>René Kost: RoboCup - Einführung und Überblick“: the talk, not its label
    talks_in_speaker_cells(candidate.segments, readings)
    # „June 27th: STOR-i boardroom <br> Speaker <br> <em>Title</em>“: the italic line names it
    talks_in_italics(candidate.segments, readings)
    # „01.04.2020 - Harvey/Heinz: <em>Shell-Health-Check</em> [Folien]“: the talk, not its speaker
    talks_after_speakers_in_italics(candidate.segments, readings)
    # „<strong>25/03/2026 Distinguished Seminar Series</strong> Oral Assessment …“ among rows
    # that bold their day alone: the series' label, not the talk's name
    labels_bold_with_the_day(candidate.segments, readings)
    # „211 | 16B | Cathkin Rookies | CNP Thunder | 13:00 - 14:30“: a game of two sides
    name_both_sides(candidate.segments, readings)
    courts_of_the_fixture(candidate.segments, readings)  # „… | 13:00 - 14:30 | UCT 1“
    if outline is not None:
        # „Bibelstunden (Mittwochs, 19:30 Uhr)“ over „09.09.2026 | Otto, Markus“: who leads each
        headings = [outline.section_heading(segment[0]) for segment in candidate.segments]
        name_rows_led_by_people(readings, headings)
        # „12 April 2022 - Kosciusko Chamber of Commerce“ under „Board of Directors Meeting
        # Minutes“: the board's meeting, at that place
        name_rows_at_their_places(candidate.segments, readings, headings)
        name_rows_by_their_series(readings, headings)  # „LUG-Camps:“ over „Alpsee (…)“
        # „Unsere Flohmärkte“ over „Sa., 11.04. | St.Lorenzen | Dorfzentrum“: „Flohmarkt St.Lorenzen“
        name_rows_by_their_kind(candidate.segments, readings, headings)
        # „Meetup“ (the h1 „Meetups“) over bare days, „HWC London is organised by …“ below
        name_rows_by_their_group(readings, outline)
        # „Annual Meetings“ over „2026: Cargill, Lewisburg, Ohio“: „2026 NCCC170 Annual Meeting“
        name_year_host_rows(readings, headings, outline.page_name)
        # „<a>April 18, 2020</a><p>Meeting document from 2020.</p>“ under „Meeting Minutes“
        name_rows_over_a_caption(candidate.segments, readings, outline)
        # „<p>Executive Committee</p><h3>September 18, 2026</h3>“ on a page of meetings
        name_body_rows(readings, headings[0] if headings else None, outline)
        # „WEDNESDAY WEEKLY MEETING SCHEDULE“ over rows, „The TSSG General Meeting is on
        # Wednesdays.“ above it: the meeting the prose names
        name_schedule_rows(readings, headings[0] if headings else None, outline)
        # „Planung der Stadtmeisterschaft 2018“ over „Runde | Datum“: „Stadtmeisterschaft 2018, Runde 3“
        name_rounds_by_their_championship(candidate.segments, readings, headings)
        # „Meeting Details“ over Date / Time / Location rows: the talk below it, or the group's
        name_details_tables(candidate.segments, readings, outline.site_name)


def _no_offering(
    candidate: Candidate,
    readings: list[BlockReading],
    index: int,
    outline: Outline | None,
    numbered: list[BlockReading],
    headlines: bool,
    prose_posts: bool,
    sections: set[str] | None,
) -> bool:
    """Whether block ``index`` is no offering of the list: no item, a heading of the rows
    below, a post's meta line, a deadline, or undated beside dated offerings (a news headline,
    a notice, a file, a past camp, the page's own heading …)."""
    segment, reading = candidate.segments[index], readings[index]
    if not (is_item(reading) or numbered) or is_junk_title(reading.title):
        return True
    if is_header_row(segment):
        return True  # „Run no. | Date and time | Location | <a>Public transport</a>“: the columns
    if is_day_switch(segment):
        return True  # „<button>Samstag, 20. Juni</button>“ over a festival's timeline: a control
    if heads_the_rows_below(candidate.segments, readings, index):
        return True  # „Sonntag, 6.01. Epiphanias“ across the table: the day of the rows below
    if _heads_its_timed_rows(candidate.segments, readings, index):
        return True  # „Donnerstag, 9. September 2021“ among „9:00 Uhr: Aktionstraining“ rows
    if reading.sources.get("title", "").endswith(">a") and named_by_a_tag(segment, reading.title):
        return True  # a post's meta line: its tag links beside the day it was written
    if reading.date_text is None and sized_as_a_file(reading.title or ""):
        return True  # „Da bekenne ich Farbe (83 KB)“: a download, no offering
    if names_a_deadline(reading.title):
        return True  # „Deadline 2. Runde Prototype Fund“ among the conferences: a closing day
    if names_a_fallback_day(reading.title):
        return True  # „Rain date for Annual Meeting“: the day the meeting moves to if it rains
    if names_a_guests_step(reading.title, reading.date_text):
        return True  # „Anmeldung“ / „27.11.2024“ under „FRISTEN“: the day to sign up by
    if only_opens_or_closes(reading.title):
        return True  # „08:00 | Öffnung des Veranstaltungsorts“: when the doors open, no point
    if names_an_issue(reading.title, reading.date_text):
        return True  # „InfoBrief 2023-3“ among the meeting posts: the day a newsletter came out
    if offered_for_booking(segment):
        return True  # „Für Veranstalter buchbar“, „Uhrzeit nach Vereinbarung“: a free date
    if is_yearless_minutes_of_the_past(segment[0], reading.date_text, outline):
        return True  # „Previous Minutes“: „Jan 11 · View minutes“, a past meeting's file
    if marked_as_service(segment):
        return True  # „<div class="slot service-slot">Morning Tea“: the schedule's break
    if dated_by_its_quote_source(segment, reading.date_text):
        return True  # „<blockquote>…</blockquote>“ / „Vortrag im Forum Peine, 13.05.2026 · PAZ …“
    if headlines and reading.date_text is None:
        return True  # a news headline beside the few that invite to a dated meeting
    if prose_posts and reading.date_text is None:
        return True  # a post that names no day beside those inviting in a sentence
    if reading.date_text is None and in_another_section(segment, sections, outline):
        return True  # a ticket card under „Karten kaufen“ beside the dated concert cards
    if links_to_an_article(segment) and not announces_a_day(reading.description):
        # „<a aria-label="Artikel lesen: Tirol radelt: Platz 1 …">“ with „01.11.2025“ in its
        # footer: a post's teaser, dated by its posting — unless its text announces a day
        return True
    if a_press_release_by_its_day(segment, reading):
        return True  # „<li class="schema_presse">12.05.2017<br><a>… stellt Aktionsplan vor</a>“
    if a_stamped_post_without_a_day(segment, reading):
        return True  # „(Eintrag vom 13.01.2024)“ under „Neue Webseite – neue Adresse“: a post
    if _under_news_heading(segment[0], outline) and a_post_by_its_day(
        segment, reading, outline.section_heading(segment[0]) if outline is not None else None
    ):
        return True  # „13.01.2024<br><a>Termine für Grünkohlessen …</a>“ under „Letzte Meldungen“
    if reports_what_happened(reading.title) and _list_under_a_news_section(candidate, outline):
        return True  # „22. April 2026“ / „Der Quartiersrat hat sich gegründet“ under „Aktuelles“
    if _list_under_news_heading(candidate, outline) and a_teaser_by_its_post_day(segment, reading):
        return True  # „<h4>Die 1J-Regel</h4><small>16.12.2021</small> … Weiterlesen“: a post
    if candidate.in_furniture and (
        _under_news_heading(segment[0], outline) or labelled_as_news(candidate.segments[0][0])
    ):
        # „Neueste Beiträge“ in a sidebar: posts — unless a post's title states the day and hour
        # of the meeting it announces („20.02.2020 20:00 Stammtisch“)
        return not link_states_when(reading, segment)
    if (
        reading.date_text is None
        and dated_only_by_stamp(reading.sources)
        and candidate.dated_share >= 0.5
    ):
        return True  # a file stamped "zuletzt verändert: …" beside dated offerings
    if (
        reading.date_text is None
        and (
            candidate.dated_share >= 0.5
            or (candidate.dated_share > 0 and not _tells_a_clock(reading))
        )
        and undated_prose_row(segment, reading.title, reading.sources.get("title", ""))
    ):
        # „… auf der <a>Mailing Liste</a> kund getan.“ beside the dated rows — also where the
        # dated rows are few among a post's paragraphs („Weitere Infos … findest du unter
        # <a>Aktionen</a>.“ below the one dated paragraph)
        return True
    if reading.date_text is None and in_a_closed_dialog(segment[0]):
        return True  # „Premium erforderlich“ in a dialog the page opens on demand: not shown
    if reading.date_text is None and labelled_place_row(segment, reading.title):
        return True  # „Location“ / „<a>B-Swingt Berlin</a>“: the place of the page's event
    if reading.date_text is None and candidate.dated_share >= 0.5 and is_furniture(segment[0]):
        # „<div class="row menu"><ul><li><a>Überblick</a> …“ among a programme's grid rows:
        # the site's menu, a block of the same grid as the rows, is no offering
        return True
    if reading.date_text is None and is_address_heading(reading.title):
        return True  # the venue's „Adresse“ section beside its dated events
    if reading.date_text is None and is_sign_up_heading(reading.title):
        return True  # „Anmeldung“: how to sign up for the group's meetings, beside them
    if dated_only_since(segment, reading.date_text):
        return True  # „… dass seit März 2022 … wieder vor Ort Termine …“: since when, no offering
    if reading.date_text is None and is_job_ads_heading(reading.title):
        return True  # „Aktuelle Stellenangebote …“ over a post's job ads beside its dated tips
    if (
        reading.date_text is None
        and candidate.dated_share >= 0.5
        and holds_the_pages_heading(segment, reading.title)
    ):
        return True  # the page's own <h1> column beside its dated cards
    if reading.date_text is None and _under_a_past_heading(segment[0], outline):
        return True  # „Bisherige Camps:“ — a past camp whose day the card does not know
    if reading.date_text is None and is_a_file(reading.url) and candidate.dated_share >= 0.5:
        # Beside dated news blocks, an undated one that only links a PDF („Präsentation zur
        # Nahwärme – Sachstand 01/2025“) is a document, not an offering. Undated blocks that
        # lead to a page stay: a course „Wann: Auf Anfrage“, an exhibition „Through April“.
        return True
    # A meeting page's "Tagesordnung" section beside its header block, dated only by
    # a minute it lists ("Protokoll Nr. 5/2026 vom 20.08.2026"): no meeting of its own.
    return reading.title_from_heading and is_document_link(reading.title or "")


def _tells_a_clock(reading: BlockReading) -> bool:
    """Whether a row's text gives a clock („Nächste Woche Donnerstag um 20:30 Uhr dürfen wir
    <a>Valentin Thurn</a> … begrüßen“): an announcement whose day the text tells in words."""
    return TIME_LIKE.search(f"{reading.title or ''} {reading.description or ''}") is not None


def _parts_of(
    segment: list[LexborNode], reading: BlockReading, numbered: list[BlockReading], base_url: str
) -> list[BlockReading]:
    """The offerings one block holds: its numbered date lines, the entries one of the readers
    of a block's inner list finds, else the block itself; and its titled date lines."""
    parts = numbered or (
        week_cell_entries(segment, reading, base_url)
        or events_listed_under_the_day(segment, reading)
        or timed_list_after(segment, reading)
        or linked_timed_entries(segment, reading, base_url)
        or timed_entries(segment, reading)
        or sessions_in_room_columns(segment, reading)  # „Time | Hollenfels | Schengen“: rooms
        or talks_in_columns(segment, reading, base_url)  # „Date | Practical Astronomy | Members …“
        or meetings_in_columns(segment, reading)
        or group_events_in_columns(segment, reading)  # a team's match in each team's column
        or sessions_in_a_row(segment, reading)
        or events_of_the_name_lines(segment, reading)  # „07.12. | Raum X | A - B<br>C - D“
        # „06.01.2019 | Epiphaniasfest | 9:30 Beichte <br>10:00 Hauptgottesdienst <br>anschl. …“
        or events_of_the_clocked_lines(segment, reading)
        or ruled_entries(segment, reading)
        or captioned_day_rows(segment, reading)
        or hour_cell_pairs(segment, reading)  # „09:00 | Talk A 09:40 | Talk B“ in one grid row
        or titled_sections(segment, reading)
        or placed_choices(segment, reading)  # a slot's excursions, each with its Treffpunkt
        or performances_under_the_heading(
            segment, reading
        )  # „<h2>Sonnwend</h2> … <li>20.06.26, 17 Uhr, Kirche</li>“
        or days_listed_in_the_card(segment, reading)  # „<ul><li>15.6. /</li><li>17.6.</li>“
        or listed_occurrences(segment, reading)
        or day_lines_of_the_section(segment, reading)  # „Sonntag, den 15.01. um 9 Uhr im …“ ×2
        or day_only_lines(segment, reading)
        or date_led_lines(segment, reading)
        or run_together_entries(segment, reading)  # a post list's summary of dated entries
        or talks_under_the_day(segment, reading)  # two „Speaker: … Title: …“ on a day
        or titles_joined_by_a_line(segment, reading)  # „Talk A<br>and<br>Talk B“
        or held_instead(segment, reading)  # „findet der X nicht statt, weil das Y … stattfindet“
        or invited_day(segment, reading)  # „Wir laden alle Mitglieder herzlich ein: Di, 24.03. …“
        or [reading]
    )
    parts += titled_date_lines(segment, reading) if not numbered else []
    return parts


def _mark_the_status(
    above: list[RawRecord], segment: list[LexborNode], candidate: Candidate
) -> None:
    """„<span class="badge cancelled">Cancelled</span>“ beside the row's date: the status of
    the row's records (``above``) that state none."""
    if (status := _status_of_the_row(segment, candidate)) is not None:
        for record in above:
            if not record.status_text:
                where = f"listing:{candidate.item_signature} {STATUS_BADGE}"
                set_field(record, "status_text", status, where)


def _page_of(url: str | None) -> str | None:
    """The link without its query and fragment: the page it opens."""
    if url is None:
        return None
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def _status_of_the_row(segment: list[LexborNode], candidate: Candidate) -> str | None:
    """The status a badge of the row says („Cancelled“), in the block or, for a date cell, in
    the row around it."""
    status = status_badge(segment)
    if status is None and len(segment) == 1:
        around = own_container(segment[0], candidate)
        if around is not None:
            status = status_badge([around])
    return status


# A row's day taken from a header or a day label outside it („listing:div above“).
_BORROWED = (" above", " before")


def _roll_past_midnight(readings: list[BlockReading]) -> None:
    """A night's rows dated by the day above them: those after midnight on the next day."""
    borrowing = [r for r in readings if r.sources.get("date_text", "").endswith(_BORROWED)]
    for reading, moved in zip(
        borrowing, past_midnight([r.date_text for r in borrowing]), strict=True
    ):
        reading.date_text = moved


def _first_row_of(group: list[RawRecord], candidate: Candidate) -> LexborNode:
    """The node of the block the group's first dated record was read from (blocks before it —
    the page's heading, a „Zeit und Ort“ section naming the days — may open the candidate),
    else the first block's."""
    first = next((record.date_text for record in group if record.date_text), None)
    for segment, reading in zip(candidate.segments, candidate.readings, strict=False):
        if segment and first is not None and reading.date_text == first:
            return segment[0]
    return candidate.segments[0][0]


def _when_key(date_text: str | None, context: PageContext) -> str | None:
    """The start a date text names, for telling repeats apart: a featured strip's "24 Jun,
    22:00" and the list's "Wed 24 Jun, 22:00" are one show. None for a text without a day of
    its own (a calendar cell's "8:00PM" takes its day from the grid later)."""
    if date_text is None or not names_a_day(date_text):
        return None
    return parse_when(date_text, today=context.fetched_at.date()).start


def _heads_its_timed_rows(
    segments: list[list[LexborNode]], readings: list[BlockReading], index: int
) -> bool:
    """Whether block ``index`` is a day line of the list whose next row took its day from it."""
    return (
        index + 1 < len(readings)
        and readings[index + 1].sources.get("date_text") == DAY_LINE_ROW_SOURCE
        and bool(segments[index])
        and is_a_day_row(segments[index][0])
    )


def _under_news_heading(block: LexborNode, outline: Outline | None) -> bool:
    """A sidebar (or footer) list headed as news: its dates say when each post was published,
    not when something takes place; the sidebar's dates list ("TERMINE") stays."""
    heading = outline.section_heading(block) if outline is not None else None
    return heading is not None and bool(NEWS_HEADING.match(heading.strip(" :")))


def _list_under_news_heading(candidate: Candidate, outline: Outline | None) -> bool:
    """Whether the list is headed as posts („Blog-Artikel“), also by a heading that stands
    beside its blocks in their one container (``heading_over_siblings``); asked of its first
    block, as the later ones stand under the first one's own title heading."""
    if outline is None or not candidate.segments or not candidate.segments[0]:
        return False
    block = candidate.segments[0][0]
    heading = outline.section_heading(block) or outline.heading_over_siblings(
        block, candidate.segments
    )
    return heading is not None and bool(NEWS_HEADING.match(heading.strip(" :")))


def _list_under_a_news_section(candidate: Candidate, outline: Outline | None) -> bool:
    """Whether the list stands under a section heading that names news („Aktuelles“,
    ``reported_headlines.NEWS_SECTION``), asked of its first block as ``_list_under_news_heading``
    asks: a teaser's own headline heads the teasers after it in the outline."""
    if outline is None or not candidate.segments or not candidate.segments[0]:
        return False
    block = candidate.segments[0][0]
    return heads_news(
        outline.section_heading(block) or outline.heading_over_siblings(block, candidate.segments)
    )


def _under_a_past_heading(block: LexborNode, outline: Outline | None) -> bool:
    headings = outline.headings_before(block)[:1] if outline is not None else []
    return bool(headings) and heads_past_events(node_text(headings[0]))


def _kinds_of(candidate: Candidate) -> list[Kind]:
    """The kind columns of a group of table rows ("Versammlungen … | Rennen …"), else []."""
    if not all(len(segment) == 1 and segment[0].tag == "tr" for segment in candidate.segments):
        return []
    return kind_columns([segment[0] for segment in candidate.segments])


def _kind_records(
    candidate: Candidate,
    kinds: list[Kind],
    context: PageContext,
    outline: Outline | None,
    seen: set[tuple[str, str | None, str | None]],
) -> list[tuple[RawRecord, list[LexborNode]]]:
    """A row of a table of kind columns holds one item per dated cell line."""
    records: list[tuple[RawRecord, list[LexborNode]]] = []
    for segment in candidate.segments:
        for reading in kind_readings(segment[0], kinds):
            key = (reading.title or "", None, reading.date_text)
            if key in seen:
                continue
            seen.add(key)
            records.extend(
                (record, segment)
                for record in _one_per_listed_day(reading, segment, candidate, context, outline)
            )
    return records


def _one_per_listed_day(
    reading: BlockReading,
    segment: list[LexborNode],
    candidate: Candidate,
    context: PageContext,
    outline: Outline | None,
) -> list[RawRecord]:
    """ "Datum: 31.10.2026 und 28.11.2026, jeweils 14–18 Uhr": the same offering on each listed
    day, one record per day with the block's title and place; "23. November 2013: 13 Uhr und
    15 Uhr", one per start time (``when_lists.occurrences``)."""
    days = occurrences(reading.date_text) if reading.start is None else None
    how = "listed"
    if days is None and outline is not None and len(segment) == 1:
        # The select may sit beside the block, in the card around it ("Details & Termine").
        around = own_container(segment[0], candidate) or segment[0]
        days = choices_of_block(outline.dated_choices, around, reading.date_text)
        how = "in its select"
    if days is None:
        return [_record(reading, segment, candidate, context, outline)]
    records: list[RawRecord] = []
    one = None
    if reading.title and reading.sources.get("title", "").endswith("heading above"):
        # "<h3>Vorstandssitzungen 2026</h3>" over "12.03. | 23.04. | …": the heading names the
        # series, each listed day is one of it — "Vorstandssitzung", without the section's year.
        one = one_of_series(reading.title)
    elif reading.title and reading.title_from_heading and len(days) > 1:
        # „<h3>2026 Board Meetings Schedule</h3><p>September 17<br>October 15 …“: the block's
        # own heading names the series; each day is one „Board Meeting“.
        one = item_name(reading.title)
    if (one is None or one == reading.title) and reading.title and len(days) > 1:
        # „Lesungen am 9. und 23.11.2013 bei Leo Luna“: each day one „Lesung bei Leo Luna“
        one = one_of_the_listed_days(reading.title) or one
    if reading.title and only_a_plural_weekday(reading.title) and outline and outline.page_name:
        # „When: Wednesdays (Jan. 24, Feb. 7, …) from 1pm to 2pm“ on a seminar's post: the
        # weekday names no session, the post's own name in the document title does
        one = outline.page_name
    if one is not None and one != reading.title:
        sources = dict(reading.sources)
        sources["title"] += " (one of the series)"
        reading = replace(reading, title=one, sources=sources)
    for number, day_text in enumerate(days, start=1):
        one_day = replace(reading, date_text=day_text, start=None, sources=dict(reading.sources))
        record = _record(one_day, segment, candidate, context, outline)
        record.field_sources["date_text"] += f" + day {number} of {len(days)} {how}"
        records.append(record)
    return records


def _record(
    reading: BlockReading,
    segment: list[LexborNode],
    candidate: Candidate,
    context: PageContext,
    outline: Outline | None,
) -> RawRecord:
    assert reading.title is not None
    record = context.new_record(EXTRACTOR, reading.title, confidence=candidate.score)
    prefix = f"listing:{candidate.item_signature} "
    for name in ("title", "url", "date_text", "start", "location_text", "description", "published"):
        where = reading.sources.get(name, "listing:")
        set_field(record, name, getattr(reading, name), prefix + where.removeprefix("listing:"))
    if reading.status_text:
        where = reading.sources.get("status_text", "listing:")
        set_field(
            record, "status_text", reading.status_text, prefix + where.removeprefix("listing:")
        )
    record.extra["listing_block"] = candidate.item_signature
    if reading.sources.get("date_text") in (
        WEEKDAY_LINE_SOURCE,
        WEEKDAY_CARD_SOURCE,
        WEEKDAY_LABELS_SOURCE,
    ) and (reading.date_text):
        set_field(record, "recurrence", weekly_rule(reading.date_text), prefix + "weekday line")
    if (
        record.date_text
        and not record.start
        and not has_year(record.date_text)
        and reading.sources.get("published") not in (STAMP_FOR_THE_YEAR, STAMP_SOURCE)
    ):
        # A post's yearless day („on December 3rd at 3pm“) lies near the day the post went up
        # (``stamp_years``), not in the year a heading above it names (another post's).
        add_page_year(record, segment, context, outline)
    return record
