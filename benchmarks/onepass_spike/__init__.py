"""Feasibility spike: casualty figures from one token pass per article (docs/onepass.md)."""
