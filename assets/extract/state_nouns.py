"""Nouns that make a place's possessive stand for its state: "Russia's forces", "Kyiv's arsenal".

Two rules read them: `context.is_target` (1.19.0) drops a place whose "'s" is followed right away
by one of `NOT_A_SITE` ("reducing Moscow's ability to fund its war"), and
`capital_state.of_the_state` (1.29.0) drops Kyiv or Moscow followed by "'s", up to four words and
one of `A_SITE_BUT_NOT_IN_A_CAPITAL` ("hitting Moscow's lucrative liquefied natural gas
business"). The two groups share no noun, and must not: a noun of the first read four words on,
or after a mention that ends before its "'s", would drop places 1.19.0 keeps; a noun of the second
read after any place would drop a provincial depot or firm that was hit. A new noun goes into the
one group whose reason fits. Items are regular-expression fragments, in the order the patterns
have always tried them.

`STATE_VERBS` are the state's words and dealings after a capital or a country ("Moscow quit the
grain deal", "a claim Kyiv dismissed"): `context.is_target` (`_AGENT_AFTER`, 1.17.0-1.23.0) and
`state_acts.acts_as_state` (1.40.0) both build their patterns from it.
"""

from __future__ import annotations

from collections.abc import Iterable

# The state's conduct, rule and people: no strike hits them, whichever place owns them
NOT_A_SITE = (
    "so-called", "fleet", "shadow fleet", "ability", "war", "war effort", "forces", "troops",
    "army", "military", "government", "aggression", "invasion", "economy", r"efforts?",
    r"claims?", r"plans?", "decision", r"demands?", "allies", "strategy", "budget", "capacity",
    "willingness", r"attempts?", r"ambitions?", "refusal", "position", "leadership",
)
# Services, weapons and trade: a province's are a building or a depot that can be hit
# ("Bryansk's arsenal"), a capital's are its state's ("Kyiv's arsenal")
A_SITE_BUT_NOT_IN_A_CAPITAL = (
    "arsenal", r"stockpiles?", r"security\s+services?", "SBU", "FSB", "intelligence",
    "business", r"exports?", r"imports?", r"revenues?", "coffers",
)

# The state speaks or deals: "Moscow said", "since Moscow pulled out of the deal"
STATE_VERBS = (
    "said", "says", "accused", "announced", "denied", "blamed", "annexed", "rejected", "quit",
    "withdrew", r"pulled\s+out", "dismissed",
)


def alternation(nouns: Iterable[str]) -> str:
    """A non-capturing group trying the nouns in their order."""
    return "(?:" + "|".join(nouns) + ")"
