"""A town of two or three words named in prose or a title („in Bad Kreuznach“, „in St. Pölten“,
„in Sankt Augustin“): ``place.city_in_prose`` read only the first word, so „Bad“ (a common word)
or „St.“ named nothing. Batch 172's start page of the Magento Meetup Austria lists past meetups
as „37. Magento-Meetup am 25.09.2023 in St. Pölten: …“."""

from __future__ import annotations

import pytest

from netdir.normalize.place import city_in_prose, town_in_title


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Das Treffen findet in Bad Kreuznach statt.", "Bad Kreuznach"),
        ("Markt in St. Ingbert", "Sankt Ingbert"),
        ("Sommerfest in Sankt Augustin am Rathaus", "Sankt Augustin"),
        ("Wir sehen uns in Bad Homburg!", "Bad Homburg vor der Höhe"),
        # the first word still names the town when the words after it name none
        ("Treffen in Berlin Mitte", "Berlin"),
        ("Meetup in Wien Building Dev Teams", "Wien"),
        ("nach Frankfurt am Main", "Frankfurt am Main"),
        ("Konzert in Halle (Saale)", "Halle (Saale)"),
    ],
)
def test_a_town_of_several_words_in_prose(text: str, city: str) -> None:
    entry = city_in_prose(text)
    assert entry is not None and entry.city == city


def test_a_common_word_after_in_still_names_no_town() -> None:
    assert city_in_prose("Mehr dazu in Kürze") is None


def test_a_listed_meetups_title_names_its_town() -> None:
    # jekyll-mage-meetup-austria-start-2026-02: a past meetup's link
    entry = town_in_title("37. Magento-Meetup am 25.09.2023 in St. Pölten: Hyvä & Magento")
    assert entry is not None and entry.city == "Sankt Pölten"
