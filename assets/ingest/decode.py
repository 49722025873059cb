"""Raw bytes -> text: UTF-8 first, a detected encoding when UTF-8 fails and detection is sure.

Detection (charset_normalizer) is limited to the legacy encodings our sources use: Western
European (cp1252, a superset of latin-1's printable characters) and Cyrillic (cp1251, koi8-r).
Left free to choose among every code page it picks Baltic or Central European pages for short
French or German text and garbles it. UTF-16 is read when the file says so with a byte order
mark. Bytes that are UTF-8 with a few bad sequences are quarantined, never guessed.
"""

from __future__ import annotations

import codecs

from assets.ingest.records import Rejected

# charset_normalizer's "chaos" is the share of the decoded text that looks like mojibake; above
# this we do not trust the guess and quarantine rather than store garbled text.
MAX_CHAOS = 0.1
LEGACY_ENCODINGS = ["cp1252", "cp1251", "koi8_r"]


def _broken_utf8(data: bytes) -> bool:
    """True when the bytes are mostly valid multi-byte UTF-8 with some invalid sequences
    (random bytes and legacy encodings give far more invalid sequences than valid ones)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 0x7F) - bad
    return good > 2 * bad


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
    except UnicodeDecodeError as err:
        if _broken_utf8(data):
            raise Rejected(f"invalid UTF-8 at byte {err.start} (the rest looks like "
                           "UTF-8)") from err
    import charset_normalizer

    best = charset_normalizer.from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    # No language recognized in text that also looks garbled: random bytes, not an encoding.
    if best is None or best.chaos > MAX_CHAOS or (best.chaos > 0 and best.coherence == 0):
        raise Rejected("not valid UTF-8 and encoding could not be detected")
    return str(best)
