"""A programme line „Speaker (Institution) “Title”“ names the talk by its quoted title."""

from __future__ import annotations

from netdir.extract.quoted_talks import quoted_talk_title


def test_the_quoted_title_after_the_speaker_and_institution_names_the_talk() -> None:
    line = (
        "Alexandra Landsman (MPI-PKS Dresden, Germany) “Tracing attosecond electron dynamics in "
        "ionization of atoms and molecules with EUV light.”"
    )
    assert quoted_talk_title(line) == (
        "Tracing attosecond electron dynamics in ionization of atoms and molecules with EUV light"
    )
    plenary = (
        "Plenary lecture: Kiyoshi Ueda (Tohoku University, Japan) “Probing ultrafast dynamics”"
    )
    assert quoted_talk_title(plenary) == "Probing ultrafast dynamics"
    # a full stop after the closing quote, a colon before the opening one, German quotes
    assert (
        quoted_talk_title('M. Ilchen (European XFEL) "Circular dichroism".') == "Circular dichroism"
    )
    assert (
        quoted_talk_title("Prof. Dr. A. Beck (Uni Kiel): „Wasser im Wandel“") == "Wasser im Wandel"
    )


def test_an_inner_quote_stays_inside_the_title() -> None:
    line = "Timur Osipov (SLAC-LCLS, USA) “First Instrument for the First “CW” X-ray FEL”"
    assert quoted_talk_title(line) == "First Instrument for the First “CW” X-ray FEL"


def test_other_lines_name_no_talk() -> None:
    # an act with a show title (no institution in brackets), a bare name, a one-word quote,
    # a quote that does not end the line
    assert quoted_talk_title("Melissa Brewer Quintet “Jazz Night”") is None
    assert quoted_talk_title("Kiyoshi Ueda (Tohoku University, Japan)") is None
    assert quoted_talk_title("Ueda (Tohoku University) “Welcome”") is None
    assert quoted_talk_title("Ueda (Tohoku) “Probing dynamics” and a discussion after") is None
    assert quoted_talk_title("") is None


def test_a_long_line_is_read_in_linear_time() -> None:
    assert quoted_talk_title("A (" + "b" * 5000 + ") “" + "c d " * 5000) is None
    assert quoted_talk_title("A " * 5000 + "(B) “x y") is None
