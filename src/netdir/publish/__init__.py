"""Publish stage: the only code that writes published files."""
