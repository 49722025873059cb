"""The town where rescuers work is the town struck (1.39.0).

"Rescuers in Dnipro said on Monday they were winding down the search of a nine-storey apartment
block torn apart by a Russian missile on Saturday", "Rescue workers in Dnipro said on Monday
that 40 people ... are now known to have died after a Russian missile tore through a building",
"Emergency crews in Poltava ended their search of a partly collapsed apartment building": a
toll-update lead names its town only as where the rescue crews are. `context.is_target` read
"Dnipro said" as a speaker (the town as the state or its government), so the lead had no target
and the article's main row was lost or went to another town. `rescuers_in` reads a place right
after "rescuers / rescue workers / rescue crews / emergency crews / firefighters in" as struck,
behind the literals "escue", "crews" and "irefighters".
"""

from __future__ import annotations

import re

from .places import Mention

_RESCUERS_IN = re.compile(r"\b(?:[Rr]escuers|[Rr]escue\s+(?:workers|crews|teams)|"
                          r"[Ee]mergency\s+(?:crews|workers|services)|[Ff]irefighters)\s+in\s+"
                          r"(?:the\s+(?:city|town)\s+of\s+)?$")


def rescuers_in(text: str, m: Mention) -> bool:
    """m is the place the sentence's rescue crews work in."""
    if "escue" not in text and "crews" not in text and "irefighters" not in text:
        return False
    return bool(_RESCUERS_IN.search(text, max(0, m.start - 50), m.start))
