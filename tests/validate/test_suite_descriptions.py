"""The check descriptions the Dagster UI shows say what each range check allows."""

from __future__ import annotations

import pytest

from assets.schema import PUBLISHED_TABLES
from assets.validate.suites import expectation_specs

RANGE_TYPE = "expect_column_values_to_be_between"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _range_specs() -> list:
    return [s for t in PUBLISHED_TABLES for s in expectation_specs(t.name) if s.type == RANGE_TYPE]


def test_suites_have_range_checks():
    checks = {s.check for s in _range_specs()}
    assert {"incidents_killed_in_range", "mentions_confidence_in_range",
            "claims_value_in_range"} <= checks


@pytest.mark.parametrize("spec", _range_specs(), ids=lambda s: s.check)
def test_range_check_description_names_its_bounds(spec):
    bounds = [spec.kwargs[k] for k in ("min_value", "max_value") if spec.kwargs.get(k) is not None]
    assert bounds, spec.check
    assert spec.description.startswith(spec.kwargs["column"]), spec.description
    for bound in bounds:
        assert _number(bound) in spec.description, (spec.check, spec.description)
    assert "allowed range" not in spec.description


def test_confidence_check_description():
    specs = expectation_specs("mentions")
    spec = next(s for s in specs if s.check == "mentions_confidence_in_range")
    assert spec.description == "confidence lies between 0 and 1."
