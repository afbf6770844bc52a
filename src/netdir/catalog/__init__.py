"""Catalog stage: which sources exist and how to crawl and read them."""

from netdir.catalog.exceptions import CatalogError
from netdir.catalog.loader import default_catalog_path, load_catalog, parse_catalog
from netdir.catalog.model import Catalog, CrawlSettings, Detail, FieldRule, Follow, Rules, Source

__all__ = [
    "Catalog",
    "CatalogError",
    "CrawlSettings",
    "Detail",
    "FieldRule",
    "Follow",
    "Rules",
    "Source",
    "default_catalog_path",
    "load_catalog",
    "parse_catalog",
]
