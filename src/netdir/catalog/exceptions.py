"""Errors of the catalog stage."""


class CatalogError(ValueError):
    """The catalog file cannot be used; the message names the file, the source and the field."""
