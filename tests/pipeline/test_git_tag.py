"""`strikes release --tag`: the release's files are committed and the commit is tagged."""

from __future__ import annotations

import subprocess

import pytest

from pipelines.cli import main
from tests.conftest import write_corpus

pytestmark = pytest.mark.slow


def git(root, *args):
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_release_tag_commits_and_tags_the_release(tmp_path, capsys):
    git(tmp_path, "init", "--quiet")
    git(tmp_path, "config", "user.email", "ci@example.org")
    git(tmp_path, "config", "user.name", "CI")
    raw = write_corpus(tmp_path / "data" / "sample")
    assert main(["run", "--home", str(tmp_path), "--raw-dir", str(raw)]) == 0
    assert main(["release", "--home", str(tmp_path), "--tag"]) == 0
    assert "tagged v1.0.0" in capsys.readouterr().out
    assert git(tmp_path, "tag", "--list") == "v1.0.0"
    assert git(tmp_path, "cat-file", "-t", "v1.0.0") == "tag"
    files = git(tmp_path, "show", "--name-only", "--format=", "v1.0.0").splitlines()
    assert "releases/v1.0.0/SHA256SUMS" in files
    assert "datapackage.json" in files
    # A second tag of the same version is refused with a clear message.
    assert main(["release", "--home", str(tmp_path), "--tag"]) == 2
    assert "exists already" in capsys.readouterr().err
