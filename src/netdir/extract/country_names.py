"""The countries a German or English page names after a town: „Bern, Schweiz“, „Rom / Italien“.

One list for every reader that tells a town-and-country line from a title: three readers kept
lists of their own that had drifted apart (one knew Russland, one Portugal, one neither), so a
line one of them read as a place another read as a name. German names and the English ones
pages in the corpus use; a town that is also a country's name („Luxemburg“) stays a place.
"""

from __future__ import annotations

#: Alternation of country names for use inside a regular expression group.
COUNTRY_NAMES = (
    r"Deutschland|Schweiz|Österreich|Frankreich|Italien|Spanien|Portugal|Niederlande|Holland|"
    r"Belgien|Luxemburg|Liechtenstein|Dänemark|Schweden|Norwegen|Finnland|Polen|Tschechien|"
    r"Ungarn|Kroatien|Slowenien|Griechenland|Irland|England|Schottland|Großbritannien|"
    r"Grossbritannien|Russland|USA|Kanada|Germany|Switzerland|Austria|France|Italy|"
    # the Baltic and south-eastern states a mission's or a choir's tour names („Priekule, Lettland“)
    r"Lettland|Litauen|Estland|Slowakei|Rumänien|Bulgarien|Serbien|Ukraine|Latvia|Lithuania|"
    r"Estonia|Slovakia|Romania|Bulgaria|Serbia|Poland|Netherlands|Belgium|Denmark|Sweden|Norway|"
    # the countries a chorus's tours name in English („Budapest, Hungary“, „Taipei, Taiwan“)
    r"Hungary|Canada|China|Taiwan|Japan|Spain|Ireland|Scotland|Mexico|Australia"
)
