"""Regression: the extractor stays above its floors on every evaluation set it was tuned on.

dev is the shared development set (issue 3's bar: F1 0.90; killed/injured 0.95; event_date,
attacker, launched, intercepted 0.90; weapon 0.85). extra and extra2 were written for the
project and used for tuning (extra2 was the holdout: unseen F1 0.871 at 1.3.0, 0.875 at 1.4.0;
extra3, the former data/eval/unseen, measured unseen F1 0.863 at 1.5.0, then tuned on for 1.6.0;
unseen2 measured unseen F1 0.783 at 1.6.0, then tuned on for 1.7.0; unseen3 measured unseen F1
0.846 at 1.7.0, then tuned on for 1.8.0; unseen4 measured unseen F1 0.904 at 1.8.0, then tuned on
for 1.9.0; unseen5 measured unseen F1 0.938 at 1.9.0, then tuned on for 1.10.0; unseen6 measured
unseen F1 0.901 at 1.11.0, then tuned on for 1.12.0; unseen7 measured unseen F1 0.863 at
1.12.0, then tuned on for 1.13.0; unseen8 measured unseen F1 0.894 at 1.13.0, then tuned on for
1.14.0; unseen9 measured unseen F1 0.922 at 1.14.0, then tuned on for 1.15.0; unseen10 measured
unseen F1 0.917 at 1.15.0, then tuned on for 1.16.0; unseen11 measured unseen F1 0.884 at
1.16.0, then tuned on for 1.17.0; unseen12 measured unseen F1 0.940 at 1.17.0, then tuned on
for 1.18.0; unseen13 measured unseen F1 0.893 at 1.17.0 and 1.18.0, then tuned on for 1.19.0;
unseen14 (100 articles) measured unseen F1 0.886 at 1.18.0 and 0.894 at 1.19.0, then tuned on
for 1.20.0; unseen15 (100 articles) measured unseen F1 0.910 at 1.18.0/1.19.0 and 0.913 at
1.20.0, then tuned on for 1.21.0; unseen16 (100 articles) measured unseen F1 0.877 at 1.18.0,
0.880 at 1.20.0 and 0.883 at 1.21.0, then tuned on for 1.22.0; unseen17 (100 articles) measured
unseen F1 0.861 at 1.18.0, 0.872 at 1.21.0 and 0.882 at 1.22.0, then tuned on for 1.23.0;
1.24.0 fixed two mechanisms found across unseen14-17: a report's list of places hit, and a
counted claim over the place the drones approached; unseen18 and unseen19 (100 articles each,
eight blind authors) measured unseen F1 0.888 and 0.876 at 1.24.0, then were pooled for 1.25.0's
row-level mechanisms; unseen20 (100 articles, four more authors) measured unseen F1 0.929 at
1.24.0 and 0.937 at 1.25.0, then was pooled with them for 1.26.0's row and field rules; unseen21
(100 articles, four more authors) measured unseen F1 0.912 at 1.26.0, then was pooled with them
for 1.27.0's tally rules and its casualty and place rules; unseen22 (100 articles, four more
authors) measured unseen F1 0.934 at 1.27.0, then was pooled with them for 1.28.0's casualty and
date mechanisms; unseen23 (100 articles, four more authors) measured unseen F1 0.930 at 1.28.0 and
1.29.x, then was pooled with unseen20-22 for 1.30.0's tally and casualty mechanisms; unseen24
(100 articles, four more authors) measured unseen F1 0.907 at 1.27.0-1.30.0, then was pooled with
unseen21-23 for 1.31.0's tally and casualty mechanisms; unseen25 (100 articles, four more
authors) measured unseen F1 0.924 at 1.29.1-1.31.0, then was pooled with unseen22-24 for 1.32.0's
tally and casualty mechanisms; unseen26 (100 articles, four more authors) measured unseen F1
0.912 at 1.31.0-1.32.0 and 0.919 at 1.33.0-1.34.0, then was released for tuning; unseen27
(100 articles, four more authors) measured unseen F1 0.924 at 1.33.0-1.35.0 and 0.927 at 1.36.0,
then was released for tuning; unseen28 (100 articles, four more authors) measured unseen F1 0.927
at 1.33.0-1.35.0 and 0.932 at 1.36.0, then was released for tuning; unseen29 (100 articles, four
more authors) measured unseen F1 0.934 at 1.36.0 and 1.37.0, then was released for tuning; unseen30
(100 articles, four more authors) measured unseen F1 0.933 at 1.37.0 and 0.937 at 1.38.0, then was
released for tuning; unseen31 (100 articles, four more authors) measured unseen F1 0.928 at 1.38.0
and 0.935 at 1.39.0, then was released for tuning).
Each floor sits
just under what the extractor reaches (1.10.0), so a change that loses
accuracy fails here. dev launched
is 0.893 since 1.7.0 counts glide bombs for the place they hit (GUIDELINES 2; dev d007's gold
leaves "struck ... by at least three glide bombs" at null, the later sets count them).
"""

import json
from pathlib import Path

import pytest

from assets.extract.evaluate import evaluate
from assets.extract.extractor import extract_mentions

ROOT = Path(__file__).resolve().parents[2]
SETS = {
    "dev": [ROOT / ".." / "shared" / "eval" / "dev", ROOT / "data" / "eval" / "dev"],
    "extra": [ROOT / "data" / "eval" / "extra"],
    "extra2": [ROOT / "data" / "eval" / "extra2"],
    "extra3": [ROOT / "data" / "eval" / "extra3"],
    "unseen2": [ROOT / "data" / "eval" / "unseen2"],
    "unseen3": [ROOT / "data" / "eval" / "unseen3"],
    "unseen4": [ROOT / "data" / "eval" / "unseen4"],
    "unseen5": [ROOT / "data" / "eval" / "unseen5"],
    "unseen6": [ROOT / "data" / "eval" / "unseen6"],
    "unseen7": [ROOT / "data" / "eval" / "unseen7"],
    "unseen8": [ROOT / "data" / "eval" / "unseen8"],
    "unseen9": [ROOT / "data" / "eval" / "unseen9"],
    "unseen10": [ROOT / "data" / "eval" / "unseen10"],
    "unseen11": [ROOT / "data" / "eval" / "unseen11"],
    "unseen12": [ROOT / "data" / "eval" / "unseen12"],
    "unseen13": [ROOT / "data" / "eval" / "unseen13"],
    "unseen14": [ROOT / "data" / "eval" / "unseen14"],
    "unseen15": [ROOT / "data" / "eval" / "unseen15"],
    "unseen16": [ROOT / "data" / "eval" / "unseen16"],
    "unseen17": [ROOT / "data" / "eval" / "unseen17"],
    "unseen18": [ROOT / "data" / "eval" / "unseen18"],
    "unseen19": [ROOT / "data" / "eval" / "unseen19"],
    "unseen20": [ROOT / "data" / "eval" / "unseen20"],
    "unseen21": [ROOT / "data" / "eval" / "unseen21"],
    "unseen22": [ROOT / "data" / "eval" / "unseen22"],
    "unseen23": [ROOT / "data" / "eval" / "unseen23"],
    "unseen24": [ROOT / "data" / "eval" / "unseen24"],
    "unseen25": [ROOT / "data" / "eval" / "unseen25"],
    "unseen26": [ROOT / "data" / "eval" / "unseen26"],
    "unseen27": [ROOT / "data" / "eval" / "unseen27"],
    "unseen28": [ROOT / "data" / "eval" / "unseen28"],
    "unseen29": [ROOT / "data" / "eval" / "unseen29"],
    "unseen30": [ROOT / "data" / "eval" / "unseen30"],
    "unseen31": [ROOT / "data" / "eval" / "unseen31"],
}
FLOORS = {  # 1.13.0 reaches: dev F1 0.963, extra 0.995, extra2 0.976, extra3 0.963, unseen2 1.0,
    # unseen3 0.977, unseen4 0.96, unseen5 0.984, unseen6 0.97, unseen7 0.917 (all unchanged at
    # 1.14.0); unseen8 0.922 at 1.14.0 (all unchanged at 1.15.0); unseen9 0.922 at 1.15.0.
    # 1.16.0 reaches: dev 0.968 (launched 0.929, event_date 0.99), extra 1.0, extra3 0.974,
    # unseen3 0.983, unseen4 0.971, unseen6 0.985, unseen7 0.924, unseen8 0.938, unseen9 0.978,
    # unseen10 1.0 (extra2, unseen2, unseen5 keep their F1; extra2 event_date 1.0)
    # 1.17.0 reaches: extra3 0.979, unseen6 1.0, unseen7 0.945, unseen8 0.984, unseen11 1.0 (the
    # rest keep their scores)
    # 1.18.0 reaches: unseen11 weapon 0.94, unseen12 0.976 (killed, injured, launched,
    # intercepted, attacker, event_date 1.0; weapon 0.94); the rest keep their scores
    # 1.19.0 reaches: unseen13 0.976 (P 0.971, R 0.981; killed 0.984, injured, launched,
    # intercepted, attacker, event_date 1.0; weapon 0.951); event_date unseen8 1.0, unseen9 0.97,
    # unseen10 1.0 (a day-dated lead dates the later paragraphs); the rest keep their scores
    # 1.20.0 reaches: unseen14 0.939 (P 0.937, R 0.941; killed 0.958, injured 0.922, launched
    # 0.742, intercepted 0.926, attacker 0.997, weapon 0.921, event_date 0.992); extra2 0.981
    # (R 0.972), unseen8 attacker 1.0, unseen9 weapon 0.97, unseen11 weapon 0.952; the rest keep
    # their scores
    # 1.21.0 reaches: unseen15 0.929 (P 0.932, R 0.925; killed 0.939, injured 0.963, launched
    # 0.687, intercepted 0.909, attacker 0.994, weapon 0.91, event_date 0.971); unseen14 0.94
    # (R 0.944, weapon 0.922); the rest keep their scores
    # 1.22.0 reaches: unseen16 0.893 (P 0.887, R 0.899; killed 0.912, injured 0.938, launched
    # 0.645, intercepted 0.825, attacker 1.0, weapon 0.908, event_date 0.947); unseen15
    # event_date 0.974; the rest keep their scores
    # 1.23.0 reaches: unseen17 0.944 (P 0.964, R 0.925; killed 0.933, injured 0.935, launched
    # 0.702, intercepted 0.887, attacker 0.994, weapon 0.853, event_date 0.974); unseen16 0.907
    # (P 0.9, R 0.915; intercepted 0.841, event_date 0.952); unseen15 0.937
    # (P 0.941, R 0.933; launched 0.681, intercepted 0.911, weapon 0.911, event_date 0.985);
    # unseen14 0.941 (P 0.939; launched 0.758); the rest keep their scores
    # 1.24.0 reaches: unseen17 0.953 (R 0.941, weapon 0.856), unseen16 0.911 (P 0.901, R 0.921,
    # weapon 0.911), unseen15 0.944 (R 0.946, intercepted 0.914, weapon 0.912, event_date 0.986),
    # unseen14 0.943 (R 0.946, intercepted 0.928): a report's list of places hit gets its rows, a
    # mayor's counted claim over the capital its row; the rest keep their scores
    "dev": {"f1": 0.963, "precision": 0.975, "attacker": 0.99, "event_date": 0.985,
            "weapon": 0.905, "killed": 0.99, "injured": 0.98, "launched": 0.92,
            "intercepted": 0.99},
    "extra": {"f1": 0.995, "precision": 0.995, "recall": 0.99, "attacker": 0.99,
              "event_date": 0.99, "weapon": 0.955, "killed": 0.99, "injured": 0.99,
              "launched": 0.99, "intercepted": 0.99},
    "extra2": {"f1": 0.975, "precision": 0.985, "recall": 0.965, "attacker": 0.985,
               "event_date": 0.995, "weapon": 0.975, "killed": 0.99, "injured": 0.99,
               "launched": 0.99, "intercepted": 0.99},
    "extra3": {"f1": 0.975, "precision": 0.955, "recall": 0.995, "attacker": 0.99,
               "event_date": 0.99, "weapon": 0.96, "killed": 0.99, "injured": 0.975,
               "launched": 0.93, "intercepted": 0.99},
    "unseen2": {"f1": 0.99, "precision": 0.99, "recall": 0.99, "attacker": 0.99,
                "event_date": 0.99, "weapon": 0.98, "killed": 0.99, "injured": 0.99,
                "launched": 0.99, "intercepted": 0.99},
    "unseen3": {"f1": 0.978, "precision": 0.97, "recall": 0.98, "attacker": 0.99,
                "event_date": 0.98, "weapon": 0.96, "killed": 0.99, "injured": 0.99,
                "launched": 0.99, "intercepted": 0.99},
    # weapon 0.95 (1.36.0, places struck): y018's Ocheretyne row ("a deployment point near X")
    # now matches and shares Kremenchuk's "missile troops" reading (gold unknown)
    "unseen4": {"f1": 0.965, "precision": 0.97, "recall": 0.96, "attacker": 0.99,
                "event_date": 0.99, "weapon": 0.95, "killed": 0.99, "injured": 0.99,
                "launched": 0.99, "intercepted": 0.99},
    "unseen5": {"f1": 0.98, "precision": 0.98, "recall": 0.975, "attacker": 0.99,
                "event_date": 0.99, "weapon": 0.96, "killed": 0.96, "injured": 0.97,
                "launched": 0.99, "intercepted": 0.99},
    "unseen6": {"f1": 0.99, "precision": 0.99, "recall": 0.99, "attacker": 0.99,
                "event_date": 0.99, "weapon": 0.95, "killed": 0.99, "injured": 0.99,
                "launched": 0.99, "intercepted": 0.99},
    "unseen7": {"f1": 0.94, "precision": 0.93, "recall": 0.955, "attacker": 0.99,
                "event_date": 0.965, "weapon": 0.95, "killed": 0.925, "injured": 0.945,
                "launched": 0.99, "intercepted": 0.99},
    "unseen8": {"f1": 0.98, "precision": 0.98, "recall": 0.98, "attacker": 0.99,
                "event_date": 0.99, "weapon": 0.945, "killed": 0.96, "injured": 0.975,
                "launched": 0.99, "intercepted": 0.99},
    "unseen9": {"f1": 0.97, "precision": 0.98, "recall": 0.965, "attacker": 0.99,
                "event_date": 0.965, "weapon": 0.965, "killed": 0.99, "injured": 0.99,
                "launched": 0.79, "intercepted": 0.94},
    "unseen10": {"f1": 0.99, "precision": 0.99, "recall": 0.99, "attacker": 0.99,
                 "event_date": 0.99, "weapon": 0.96, "killed": 0.99, "injured": 0.99,
                 "launched": 0.89, "intercepted": 0.99},
    "unseen11": {"f1": 0.99, "precision": 0.99, "recall": 0.99, "attacker": 0.99,
                 "event_date": 0.98, "weapon": 0.945, "killed": 0.99, "injured": 0.99,
                 "launched": 0.93, "intercepted": 0.99},
    "unseen12": {"f1": 0.97, "precision": 0.97, "recall": 0.97, "attacker": 0.99,
                 "event_date": 0.99, "weapon": 0.935, "killed": 0.99, "injured": 0.99,
                 "launched": 0.99, "intercepted": 0.99},
    "unseen13": {"f1": 0.97, "precision": 0.965, "recall": 0.975, "attacker": 0.99,
                 "event_date": 0.99, "weapon": 0.945, "killed": 0.98, "injured": 0.99,
                 "launched": 0.99, "intercepted": 0.99},
    "unseen14": {"f1": 0.94, "precision": 0.935, "recall": 0.945, "attacker": 0.99,
                 "event_date": 0.985, "weapon": 0.915, "killed": 0.95, "injured": 0.915,
                 "launched": 0.75, "intercepted": 0.925},
    "unseen15": {"f1": 0.94, "precision": 0.935, "recall": 0.945, "attacker": 0.99,
                 "event_date": 0.985, "weapon": 0.91, "killed": 0.935, "injured": 0.96,
                 "launched": 0.68, "intercepted": 0.91},
    # 1.23.0's full Russian region table matches unseen16 o82's Irkutsk and Amur rows (F1
    # 0.893 -> 0.904); killed/injured 0.912/0.938 -> 0.887/0.915 only because those newly
    # matched rows miss the ministry's "no casualties" zeros (no row lost a correct value)
    "unseen16": {"f1": 0.91, "precision": 0.9, "recall": 0.92, "attacker": 0.99,
                 "event_date": 0.95, "weapon": 0.91, "killed": 0.885, "injured": 0.91,
                 "launched": 0.64, "intercepted": 0.84},
    "unseen17": {"f1": 0.95, "precision": 0.96, "recall": 0.94, "attacker": 0.99,
                 "event_date": 0.97, "weapon": 0.855, "killed": 0.93, "injured": 0.93,
                 "launched": 0.7, "intercepted": 0.885},
    # 1.25.0 (row and field rounds merged) reaches: unseen18 0.917 (killed 0.933, injured
    # 0.928, launched 0.818, intercepted 0.912, attacker 1.0, weapon 0.917, event_date 0.934);
    # unseen19 0.92 (killed 0.872, injured 0.912, launched 0.654, intercepted 0.837, attacker
    # 0.997, weapon 0.883, event_date 0.978); unseen16 0.912; the rest keep their scores
    # 1.26.0 (row and field rounds pooled over unseen18-20, merged) reaches: unseen18 0.928
    # (P 0.914, R 0.942; killed 0.951, injured 0.933, launched 0.821, intercepted 0.955,
    # attacker 1.0, weapon 0.918, event_date 0.938); unseen19 0.928 (P 0.928, R 0.928; killed
    # 0.901, injured 0.926, launched 0.667, intercepted 0.867, attacker 0.997, weapon 0.899,
    # event_date 0.987); unseen14 0.947, unseen15 killed 0.945, intercepted 0.925 and weapon
    # 0.932, unseen16 0.918, unseen17 injured 0.94 and intercepted 0.902
    "unseen18": {"f1": 0.92, "precision": 0.905, "recall": 0.935, "attacker": 0.99,
                 "event_date": 0.93, "weapon": 0.91, "killed": 0.945, "injured": 0.925,
                 "launched": 0.815, "intercepted": 0.945},
    "unseen19": {"f1": 0.92, "precision": 0.92, "recall": 0.92, "attacker": 0.99,
                 "event_date": 0.98, "weapon": 0.89, "killed": 0.895, "injured": 0.92,
                 "launched": 0.66, "intercepted": 0.86},
    # unseen20 (four blind authors) measured unseen F1 0.929 at 1.24.0 and 0.937 at 1.25.0, then
    # was pooled with unseen18/19 for 1.26.0: 0.956 (P 0.957, R 0.954; killed 0.981, injured
    # 0.976, launched 0.889, intercepted 0.973, attacker 0.997, weapon 0.933, event_date 0.994)
    "unseen20": {"f1": 0.95, "precision": 0.95, "recall": 0.945, "attacker": 0.99,
                 "event_date": 0.99, "weapon": 0.925, "killed": 0.97, "injured": 0.97,
                 "launched": 0.88, "intercepted": 0.965},
    # unseen21 (four blind authors) measured unseen F1 0.913 at 1.24.0, 0.914 at 1.25.0 and 0.912
    # at 1.26.0, then was pooled with unseen18-20 for 1.27.0's tally rules and its casualty and
    # place rules, merged: 0.917 (P 0.903, R 0.932; killed 0.944, injured 0.96, launched 0.814,
    # intercepted 0.892, attacker 1.0, weapon 0.895, event_date 0.988); 1.27.0 also lifts
    # unseen18 to 0.933 (killed 0.957, injured 0.947, intercepted 0.971), unseen19 to 0.931
    # (launched 0.691, intercepted 0.88), unseen20 to 0.958, unseen15 to 0.948
    "unseen21": {"f1": 0.91, "precision": 0.895, "recall": 0.925, "attacker": 0.99,
                 "event_date": 0.98, "weapon": 0.885, "killed": 0.935, "injured": 0.95,
                 "launched": 0.805, "intercepted": 0.885},
    # unseen22 (four blind authors) measured unseen F1 0.931 at 1.25.0/1.26.0 and 0.934 at
    # 1.27.0, then was pooled with unseen19-21 for 1.28.0's casualty and date mechanisms: 0.938
    # (P 0.925, R 0.952; killed 0.964, injured 0.943, launched 0.692, intercepted 0.878, attacker
    # 1.0, weapon 0.907, event_date 0.98)
    "unseen22": {"f1": 0.93, "precision": 0.915, "recall": 0.945, "attacker": 0.99,
                 "event_date": 0.97, "weapon": 0.9, "killed": 0.955, "injured": 0.935,
                 "launched": 0.68, "intercepted": 0.87},
    # unseen23 (four blind authors) measured unseen F1 0.927 at 1.27.0 and 0.930 at 1.28.0-1.29.1,
    # then was pooled with unseen20-22 for 1.30.0's tally and casualty mechanisms: 0.937 (P 0.923,
    # R 0.952; killed 0.929, injured 0.92, launched 0.738, intercepted 0.91, attacker 0.997, weapon
    # 0.888, event_date 0.972)
    "unseen23": {"f1": 0.93, "precision": 0.915, "recall": 0.945, "attacker": 0.99,
                 "event_date": 0.965, "weapon": 0.88, "killed": 0.92, "injured": 0.91,
                 "launched": 0.73, "intercepted": 0.90},
    # unseen24 (four blind authors) measured unseen F1 0.907 at 1.27.0-1.30.0, then was pooled
    # with unseen21-23 for 1.31.0's tally and casualty mechanisms: 0.920 (P 0.906, R 0.935;
    # killed 0.904, injured 0.911, launched 0.796, intercepted 0.848, attacker 0.997, weapon
    # 0.891, event_date 0.941)
    "unseen24": {"f1": 0.91, "precision": 0.895, "recall": 0.925, "attacker": 0.99,
                 "event_date": 0.935, "weapon": 0.88, "killed": 0.895, "injured": 0.90,
                 "launched": 0.78, "intercepted": 0.84},
    # unseen25 (four blind authors) measured unseen F1 0.924 at 1.29.1-1.31.0, then was pooled
    # with unseen22-24 for 1.32.0's tally and casualty mechanisms: 0.929 (P 0.950, R 0.910;
    # killed 0.931, injured 0.927, launched 0.678, intercepted 0.926, attacker 0.997, weapon
    # 0.930, event_date 0.970)
    "unseen25": {"f1": 0.92, "precision": 0.94, "recall": 0.90, "attacker": 0.99,
                 "event_date": 0.965, "weapon": 0.92, "killed": 0.92, "injured": 0.92,
                 "launched": 0.67, "intercepted": 0.92},
    # unseen26 (four blind authors) measured unseen F1 0.912 at 1.31.0 and 1.32.0 and 0.919 at
    # 1.33.0 and 1.34.0 (the place rounds; P 0.911, R 0.926; killed 0.945, injured 0.955,
    # launched 0.797, intercepted 0.917, attacker 0.996, weapon 0.906, event_date 0.975), then
    # was released for tuning; these floors guard what it measured
    "unseen26": {"f1": 0.91, "precision": 0.90, "recall": 0.915, "attacker": 0.99,
                 "event_date": 0.965, "weapon": 0.895, "killed": 0.935, "injured": 0.945,
                 "launched": 0.78, "intercepted": 0.90},
    # unseen27 (four blind authors; part c many-place reports) measured unseen F1 0.924 at
    # 1.33.0-1.35.0 and 0.927 at 1.36.0 (P 0.928, R 0.925; killed 0.914, injured 0.938,
    # launched 0.788, intercepted 0.948, attacker 0.994, weapon 0.926, event_date 0.971), then
    # was released for tuning; these floors guard what it measured
    "unseen27": {"f1": 0.92, "precision": 0.92, "recall": 0.915, "attacker": 0.99,
                 "event_date": 0.965, "weapon": 0.92, "killed": 0.905, "injured": 0.93,
                 "launched": 0.78, "intercepted": 0.94},
    # unseen28 (four blind authors; part c front-line reports from the south and east) measured
    # unseen F1 0.927 at 1.33.0-1.35.0 and 0.932 at 1.36.0 (P 0.924, R 0.941; killed 0.894,
    # injured 0.890, launched 0.574, intercepted 0.962, attacker 0.994, weapon 0.858,
    # event_date 0.978), then was released for tuning; 1.37.0 reaches F1 0.941 (killed 0.936,
    # injured 0.944, weapon 0.874); these floors sit just under it
    "unseen28": {"f1": 0.935, "precision": 0.935, "recall": 0.935, "attacker": 0.99,
                 "event_date": 0.97, "weapon": 0.87, "killed": 0.93, "injured": 0.94,
                 "launched": 0.58, "intercepted": 0.975},
    # unseen29 (four blind authors; part c Russian-side and occupied-area reporting) measured
    # unseen F1 0.930 at 1.35.0 and 0.934 at 1.36.0 and 1.37.0 (P 0.928, R 0.940; killed 0.941,
    # injured 0.957, launched 0.772, intercepted 0.898, attacker 1.0, weapon 0.919, event_date
    # 0.980), then was released for tuning; 1.38.0 reaches F1 0.941 (killed 0.970, injured
    # 0.963, launched 0.821, intercepted 0.949, weapon 0.929, event_date 0.990); these floors
    # sit just under it
    "unseen29": {"f1": 0.935, "precision": 0.935, "recall": 0.935, "attacker": 0.99,
                 "event_date": 0.985, "weapon": 0.925, "killed": 0.965, "injured": 0.955,
                 "launched": 0.815, "intercepted": 0.94},
    # unseen30 (four blind authors; part c frontline regions' daily roundups) measured unseen F1
    # 0.933 at 1.37.0 and 0.937 at 1.38.0 (P 0.954, R 0.920; killed 0.901, injured 0.908,
    # launched 0.600, intercepted 0.922, attacker 0.991, weapon 0.808, event_date 0.982), then
    # was released for tuning; 1.39.0 reaches F1 0.950 (P 0.963, R 0.936; killed 0.922, injured
    # 0.934, launched 0.606, intercepted 0.923, weapon 0.835, event_date 0.985); these floors
    # sit just under it
    "unseen30": {"f1": 0.945, "precision": 0.955, "recall": 0.93, "attacker": 0.985,
                 "event_date": 0.98, "weapon": 0.83, "killed": 0.915, "injured": 0.93,
                 "launched": 0.6, "intercepted": 0.915},
    # unseen31 (four blind authors; part c large combined missile-and-drone attacks on cities and
    # the energy grid) measured unseen F1 0.928 at 1.38.0 and 0.935 at 1.39.0 (P 0.930, R 0.940;
    # killed 0.964, injured 0.944, launched 0.628, intercepted 0.902, attacker 1.0, weapon 0.836,
    # event_date 0.964), then was released for tuning; 1.40.0 reaches F1 0.975 (P 0.967, R 0.983;
    # killed 0.972, injured 0.952, launched 0.644, intercepted 0.940, weapon 0.840, event_date
    # 0.973); these floors sit just under it
    "unseen31": {"f1": 0.97, "precision": 0.96, "recall": 0.975, "attacker": 0.995,
                 "event_date": 0.97, "weapon": 0.835, "killed": 0.965, "injured": 0.945,
                 "launched": 0.64, "intercepted": 0.935},
}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("name", sorted(SETS))
def test_eval_set_meets_its_floors(name):
    folder = next((p for p in SETS[name] if (p / "gold.jsonl").exists()), None)
    if folder is None:
        pytest.skip(f"no {name} evaluation set")
    preds = []
    for a in _jsonl(folder / "articles.jsonl"):
        preds += extract_mentions({"article_id": a["id"], "text": a["text"],
                                   "published_at": a["published_at"], "title": a.get("title")})
    res = evaluate(_jsonl(folder / "gold.jsonl"), preds)
    scores = {**{k: v["accuracy"] for k, v in res["fields"].items()},
              "f1": res["f1"], "precision": res["precision"], "recall": res["recall"]}
    low = {k: (scores[k], floor) for k, floor in FLOORS[name].items() if scores[k] < floor}
    assert not low, f"{name}: below floor (score, floor): {low}"
