"""What one block of a listing says, field by field, and where each field came from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class BlockReading:
    """One block's fields and where each came from (``listing:h3>a``)."""

    title: str | None = None
    url: str | None = None
    date_text: str | None = None
    start: str | None = None
    location_text: str | None = None
    description: str | None = None
    published: str | None = None
    status_text: str | None = None  # a remark beside the day („fällt leider aus!“)
    title_from_heading: bool = False
    date_leads: bool = False  # the date opens the block (or the block is short): a dated row
    holds_several: bool = False  # several dated lines, each naming something: a box of items
    lists_its_days: bool = False  # lines that are only days, under the block's own heading
    text_length: int = 0
    link_text_length: int = 0
    link_count: int = 0
    sources: dict[str, str] = field(default_factory=dict)

    def titled_by_its_own_line(self) -> bool:
        """The title is the row's own text line (not a heading's, a link's or a column's)."""
        source = self.sources.get("title", "")
        return source == "listing:text" or source.endswith(" text")
