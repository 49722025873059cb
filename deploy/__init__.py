"""Deployment: Dagster instance and run configs, an executor-switching code location, staging."""
