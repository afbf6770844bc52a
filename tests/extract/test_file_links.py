"""Links that lead to files, not pages (extract.file_links)."""

from __future__ import annotations

import pytest

from netdir.extract.file_links import is_a_file, is_notice_file, only_documents


@pytest.mark.parametrize(
    ("url", "file"),
    [
        ("agendasandminutes/agendas/Agenda Board Meeting 2020 07 15.pdf", True),
        ("https://example.org/files/Minutes.DOCX?download=1", True),
        ("https://example.org/meetings/2020-07-15/", False),
        ("https://example.org/pdf-archive", False),
        (None, False),
    ],
)
def test_a_link_leads_to_a_file(url: str | None, file: bool) -> None:
    assert is_a_file(url) is file


def test_a_row_of_two_or_more_file_links_links_only_its_documents() -> None:
    assert only_documents(["a/Agenda.pdf", "a/InfoPacket.pdf", "a/Minutes.pdf"])
    assert not only_documents(["a/Flyer.pdf"])  # one file may be the event's flyer
    assert not only_documents(["a/Agenda.pdf", "/meetings/42"])  # a page among them
    assert not only_documents([])


def test_a_file_its_link_calls_a_notice_is_a_document_about_the_meeting() -> None:
    notice = "agendas/Public Notice Cancellation of Meeting 2019 12 18.pdf"
    assert is_notice_file("Public Notice: Meeting Cancelled", notice)
    assert is_notice_file("Notice of Cancellation", "a/notice.pdf")
    assert is_notice_file("Bekanntmachung der Sitzung", "a/bekanntmachung.pdf")
    assert not is_notice_file("Public Notice: Meeting Cancelled", "/meetings/2019-12-18")
    assert not is_notice_file("Noticeably Loud: a concert", "a/flyer.pdf")
    assert not is_notice_file("Regular Board Meeting", notice)
