"""Source tooling: scout an unknown page, check catalog sources, save their pages as fixtures.

This is the network side of the catalog (``netdir sources add/check`` and ``make recapture``): it
fetches through the crawl stage and reads through the extract stage. The catalog package itself
stays data and validation that every stage may read, and fetches nothing.
"""
