"""Benchmarks: a synthetic corpus generator and a runner that times every stage."""
