"""The benchmark's memory sampler: the peak is caught, and PSS is read only when it may move."""

from __future__ import annotations

import time

import pytest

from benchmarks import measure as meter


def test_measure_catches_a_short_allocation_peak() -> None:
    with meter.measure("flat") as flat:
        time.sleep(0.2)
    with meter.measure("spike") as spike:
        block = b"\x01" * (120 * 2**20)  # every page written, so resident
        time.sleep(0.2)
        del block
    assert spike.peak_rss_mb - flat.peak_rss_mb > 100


def test_sampler_reads_pss_only_when_the_tree_may_have_grown(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Flat memory for 0.6 s: the first read and the closing one (12 ticks of 50 ms before)."""
    reads: list[int] = []
    real = meter._pss
    monkeypatch.setattr(meter, "_pss", lambda pid: reads.append(pid) or real(pid))
    with meter.measure("idle") as m:
        time.sleep(0.6)
    assert len(reads) <= 3
    assert m.peak_rss_mb > 10 and m.sampler_cpu_s < 0.1
