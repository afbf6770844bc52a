"""Catalog stage: which sources exist and how to crawl and read them."""

from netdir.catalog.exceptions import CatalogError
from netdir.catalog.loader import default_catalog_path, load_catalog, parse_catalog
from netdir.catalog.model import Catalog, CrawlSettings, Detail, FieldRule, Follow, Rules, Source
from netdir.catalog.publish_settings import Publisher, PublishSettings

__all__ = [
    "Catalog",
    "CatalogError",
    "CrawlSettings",
    "Detail",
    "FieldRule",
    "Follow",
    "PublishSettings",
    "Publisher",
    "Rules",
    "Source",
    "default_catalog_path",
    "load_catalog",
    "parse_catalog",
]
