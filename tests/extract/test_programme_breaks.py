"""A timetable's breaks and meals are no offering; a session named beside them is."""

from __future__ import annotations

from netdir.extract.notices import is_break


def test_a_code_camps_snack_break() -> None:
    # Vermont Code Camp's Sessionize service session.
    assert is_break("Break and Afternoon Snacks", "2018-09-15T14:45:00")
    assert is_break("Pause & Snacks", "15:00")
    assert is_break("Break & Refreshments", "10:30")


def test_a_session_named_with_them_stays() -> None:
    assert not is_break("Welcome", "2018-09-15T08:45:00")
    assert not is_break("Break dance workshop", "18:00")
    # A camp's registration afternoon is a point of its programme (batch AQ's camp calendar),
    # and so is a registration for something named.
    assert not is_break("Registration", "2015-07-06T14:00:00")
    assert not is_break("Registration for the Workshop", "09:00")
    assert not is_break("Registration and Keynote", "09:00")
    assert not is_break("Break and Afternoon Snacks", "2018-09-15")  # untimed: a notice


def test_a_check_in_named_by_what_it_serves_is_a_break() -> None:
    # Vermont Code Camp's service session „Registration (& Coffee, Tea, Juice, Pastries)“: the
    # morning's arrival with refreshments, like „Break and Afternoon Snacks“.
    assert is_break("Registration (& Coffee, Tea,  Juice, Pastries)", "2018-09-15T08:00:00")
    assert is_break("Registration and Breakfast", "08:00")
    assert is_break("Check-in & Coffee", "08:30")
    assert is_break("Anmeldung und Kaffee", "9:00 Uhr")
    assert not is_break("Anmeldung und Kaffee", None)  # untimed: no timetable's slot


def test_a_check_in_with_lunch_and_a_meal_on_your_own_are_breaks() -> None:
    # ISWAMP-4's „12:00 – Registration & Lunch“; Agile Open Northwest's „Registration and
    # continental breakfast“ and „Dinner on your own“ (English listing batch AV).
    assert is_break("Registration & Lunch", "12:00")
    assert is_break("Registration and continental breakfast", "8:00 am - 8:30 am")
    assert is_break("Dinner on your own", "5:30 pm - 7:15 pm")
    assert is_break("Lunch on your own", "12:00")
    assert not is_break("Conference Dinner and Social", "5:30 pm - 7:15 pm")
    assert not is_break("Registration and Lunch Talk: Open Data", "12:00")
