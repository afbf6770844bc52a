"""A US state split between two time zones: the ZIP code says which part an address lies in.

``when_zone`` gives each state the zone most of its people live in — South Dakota Central
(Sioux Falls), Florida Eastern, Kentucky Eastern, Tennessee Central. The smaller part keeps the
other zone's clock: Spearfish, Rapid City and Belle Fourche west of the Missouri are on Mountain
time, Pensacola and Panama City on Central, Bowling Green and Paducah on Central, Knoxville and
Chattanooga on Eastern. A town aggregator of the Black Hills („Spearfish, SD 57783“) shows its
7 pm concert at 19:00 Mountain time; read by the state it moved an hour.

A ZIP code's first three digits name the postal area, and these areas lie wholly (or all but a
few rural offices) in the smaller zone, so the address's ZIP, which US addresses always give,
decides before the state does.
"""

from __future__ import annotations

_MOUNTAIN, _CENTRAL, _EASTERN = "America/Denver", "America/Chicago", "America/New_York"
_PACIFIC = "America/Los_Angeles"

# (state, three-digit ZIP prefix) → the zone of that area where it differs from the state's.
_AREAS: dict[tuple[str, str], str] = {
    ("SD", "577"): _MOUNTAIN,  # Rapid City, Spearfish, Sturgis, Belle Fourche, Custer
    ("NE", "693"): _MOUNTAIN,  # Scottsbluff, Alliance, Chadron
    ("ND", "586"): _MOUNTAIN,  # Dickinson, Bowman
    ("TX", "798"): _MOUNTAIN,  # El Paso
    ("TX", "799"): _MOUNTAIN,
    ("TX", "885"): _MOUNTAIN,
    ("FL", "324"): _CENTRAL,  # Panama City
    ("FL", "325"): _CENTRAL,  # Pensacola, Fort Walton Beach
    ("ID", "835"): _PACIFIC,  # Lewiston
    ("ID", "838"): _PACIFIC,  # Coeur d'Alene, Moscow, Sandpoint
    ("IN", "463"): _CENTRAL,  # Gary, Hammond, Valparaiso
    ("IN", "464"): _CENTRAL,
    ("IN", "476"): _CENTRAL,  # Evansville
    ("IN", "477"): _CENTRAL,
    ("KY", "420"): _CENTRAL,  # Paducah
    ("KY", "421"): _CENTRAL,  # Bowling Green
    ("KY", "422"): _CENTRAL,  # Hopkinsville
    ("KY", "423"): _CENTRAL,  # Owensboro
    ("KY", "424"): _CENTRAL,  # Henderson
    ("TN", "373"): _EASTERN,  # Chattanooga
    ("TN", "374"): _EASTERN,
    ("TN", "376"): _EASTERN,  # Johnson City, Kingsport, Bristol
    ("TN", "377"): _EASTERN,  # Knoxville
    ("TN", "378"): _EASTERN,
    ("TN", "379"): _EASTERN,
}


def zone_of_zip(state: str, zip_code: str) -> str | None:
    """The zone of a ``state``'s area whose ZIP begins so, where it is not the state's zone
    („SD“, „57783“ → America/Denver); None for an area in the state's own zone."""
    return _AREAS.get((state, zip_code[:3]))
