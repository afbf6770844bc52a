"""Default locations, relative to the working directory (the checkout)."""

from pathlib import Path

#: The working warehouse; git-ignored. Analysts open the published snapshot instead.
DEFAULT_DB = Path("warehouse/netdir.duckdb")
#: Where refresh and export publish the overview files.
DEFAULT_OUT = Path("warehouse/publish")
