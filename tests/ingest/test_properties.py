"""Property: no bytes in a raw file make a reader raise."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assets.ingest.readers import Quarantined, RawArticle, iter_file

_PREFIXES = st.sampled_from([b"", b"---\npublished_at: 2024-01-01\n---\n", b"<html><body><p>",
                             b'{"text": "x", "published_at": "2024-01-01"}\n', b"\xef\xbb\xbf"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(suffix=st.sampled_from([".jsonl", ".md", ".txt", ".html", ".htm"]), prefix=_PREFIXES,
       data=st.binary(max_size=600))
def test_iter_file_never_raises_on_arbitrary_bytes(suffix: str, prefix: bytes,
                                                   data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        raw_dir = Path(tmp)
        path = raw_dir / f"f{suffix}"
        path.write_bytes(prefix + data)
        records = list(iter_file(path, raw_dir))
    assert all(isinstance(r, RawArticle | Quarantined) for r in records)
    assert all(isinstance(r.text, str) and r.text.strip() for r in records
               if isinstance(r, RawArticle))
