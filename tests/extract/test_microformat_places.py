"""A microformat event's location card read as a Place with its address."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.microformat_places import card_place


def _card(markup: str):
    return LexborHTMLParser(markup).css_first(".vcard, .h-card, .h-adr")


def test_a_card_with_an_address_is_a_place_with_its_parts() -> None:
    card = _card(
        '<div class="venue location vcard"><span class="fn org"><a href="/venue/3804/">Calvin'
        ' College: Fine Arts Centre</a></span><div class="address adr"><span class="street-address">'
        '3210 Burton SE</span><br><span class="locality">Grand Rapids</span>, <span class="region">'
        'Michigan</span> <span class="postal-code">49546</span></div></div>'
    )
    assert card_place(card) == {
        "@type": "Place",
        "name": "Calvin College: Fine Arts Centre",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "3210 Burton SE",
            "addressLocality": "Grand Rapids",
            "addressRegion": "Michigan",
            "postalCode": "49546",
        },
    }


def test_an_address_card_without_a_name_is_its_text() -> None:
    card = _card(
        '<span class="p-location h-adr"><span class="p-locality">Reykjavík</span>, '
        '<span class="p-country-name">Iceland</span></span>'
    )
    assert card_place(card) == "Reykjavík , Iceland"  # as the card reads (inline parts spaced)


def test_a_microformats2_card_reads_its_p_classes() -> None:
    card = _card(
        '<span class="p-location h-card"><span class="p-name">Kulturhaus</span>'
        '<span class="p-locality">Neugraben</span></span>'
    )
    assert card_place(card) == {
        "@type": "Place",
        "name": "Kulturhaus",
        "address": {"@type": "PostalAddress", "addressLocality": "Neugraben"},
    }


def test_a_card_without_an_address_is_its_name_or_its_text() -> None:
    assert card_place(
        _card('<p class="vcard"><span class="fn">Stadthalle</span> (Saal 2)</p>')
    ) == ("Stadthalle")
    assert card_place(_card('<p class="vcard">Stadthalle, Saal 2</p>')) == "Stadthalle, Saal 2"
