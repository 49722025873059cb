"""GE is imported with altair and scipy.stats put off (assets/validate/suites.py `import_gx`):
the stand-ins must turn into the real modules on first use, in a fresh interpreter."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from assets.validate.suites import DEFERRED_IMPORTS, _Deferred, import_gx
gx = import_gx()
assert hasattr(gx, "get_context")
print("stand-ins", sorted(n for n in DEFERRED_IMPORTS if isinstance(sys.modules.get(n), _Deferred)))
import scipy.stats
print("norm", round(scipy.stats.norm.cdf(0.0), 3))
from scipy import stats
print("same", stats.norm is scipy.stats.norm)
print("real", type(sys.modules["scipy.stats"]).__name__)
import altair
print("altair", hasattr(altair, "Chart"), type(sys.modules["altair"]).__name__)
"""


def test_deferred_modules_become_the_real_ones_on_first_use():
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["stand-ins ['altair', 'scipy.stats']", "norm 0.5", "same True",
                   "real module", "altair True module"]
