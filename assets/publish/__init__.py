"""Publish stage: versioned, immutable, checksummed releases of the published tables."""
