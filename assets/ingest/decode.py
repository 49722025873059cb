"""Raw bytes -> text: UTF-8 first, a detected encoding when UTF-8 fails and detection is sure."""

from __future__ import annotations

import codecs

from assets.ingest.records import Rejected

# charset_normalizer's "chaos" is the share of the decoded text that looks like mojibake; above
# this we do not trust the guess and quarantine rather than store garbled text.
MAX_CHAOS = 0.1


def decode_bytes(data: bytes) -> str:
    """Decode raw bytes; raises `Rejected` for empty, binary or undecodable input."""
    if not data.strip():
        raise Rejected("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise Rejected("UTF-16 byte order mark but invalid UTF-16") from err
    if b"\x00" in data:
        raise Rejected("binary content (contains NUL bytes), not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise Rejected("not valid UTF-8 and encoding could not be detected")
    return str(best)
