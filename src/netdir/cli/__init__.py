"""The ``netdir`` command line."""
