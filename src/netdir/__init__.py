"""netdir."""
