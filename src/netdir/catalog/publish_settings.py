"""The catalog's ``publish:`` block: who publishes the overview, where, and under which licence.

Every path that publishes (refresh, demo, ``make run``, a Prefect deployment, ``netdir export``)
reads it, so the open-data metadata and the page's footer name the same publisher and URL.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

#: DCAT-AP.de licence ids (http://dcat-ap.de/def/licenses/<id>) → Data Package name, licence page.
LICENCES: dict[str, tuple[str, str, str]] = {
    "dl-by-de/2.0": (
        "dl-de-by-2.0",
        "https://www.govdata.de/dl-de/by-2-0",
        "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    ),
    "dl-zero-de/2.0": (
        "dl-de-zero-2.0",
        "https://www.govdata.de/dl-de/zero-2-0",
        "Datenlizenz Deutschland – Zero – Version 2.0",
    ),
    "cc-by/4.0": (
        "CC-BY-4.0",
        "https://creativecommons.org/licenses/by/4.0/",
        "Creative Commons Namensnennung 4.0 International",
    ),
    "cc-zero": (
        "CC0-1.0",
        "https://creativecommons.org/publicdomain/zero/1.0/",
        "Creative Commons Zero 1.0 Universal",
    ),
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Publisher(_Strict):
    name: str = "netdir"
    url: str | None = None  # the publisher's homepage
    email: str | None = None  # a functional contact address, never a person's

    @field_validator("url")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        return _http_url(value)


class PublishSettings(_Strict):
    """Where the published files are downloadable and who stands behind them."""

    #: Public base URL of the publish directory (``https://daten.example.de/netdir/``). Without
    #: it the metadata uses ids relative to dcat.jsonld itself, never the build machine's path.
    public_url: str | None = None
    publisher: Publisher = Field(default_factory=Publisher)
    #: DCAT-AP.de licence id: one of LICENCES.
    licence: str = "dl-by-de/2.0"
    attribution: str | None = None  # "Quelle: …" text; default: publisher + licence title
    #: GovData contributor id (dcatde:contributorID), assigned on registration with GovData.
    contributor_id: str | None = None
    impressum_url: str | None = None  # linked from index.html
    accessibility_url: str | None = None  # Barrierefreiheitserklärung, linked from index.html

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, value: str | None) -> str | None:
        value = _http_url(value)
        return None if value is None else value.rstrip("/") + "/"

    @field_validator("impressum_url", "accessibility_url", "contributor_id")
    @classmethod
    def _urls(cls, value: str | None) -> str | None:
        return _http_url(value)

    @field_validator("licence")
    @classmethod
    def _known_licence(cls, value: str) -> str:
        if value not in LICENCES:
            raise ValueError(f"unknown licence {value!r}; expected one of {', '.join(LICENCES)}")
        return value

    @property
    def licence_uri(self) -> str:
        return f"http://dcat-ap.de/def/licenses/{self.licence}"

    @property
    def licence_page(self) -> str:
        return LICENCES[self.licence][1]

    @property
    def licence_title(self) -> str:
        return LICENCES[self.licence][2]

    @property
    def licence_name(self) -> str:
        """The licence's Data Package / SPDX-style name."""
        return LICENCES[self.licence][0]

    @property
    def attribution_text(self) -> str:
        return self.attribution or f"{self.publisher.name}, {self.licence_title}"


def _http_url(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not value.startswith(("https://", "http://")):
        raise ValueError(f"expected an http(s) URL, got {value!r}")
    return value
