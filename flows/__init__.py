"""Prefect flows: orchestration only; every step is a function of the ``netdir`` package."""
