"""A plain `pip install .` must carry every subpackage and data file, or the quick start breaks."""

from __future__ import annotations

import tomllib

from conftest import ROOT


def _setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_subpackage_is_listed() -> None:
    listed = set(_setuptools_config()["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "b1docs").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_every_data_file_is_covered_by_package_data() -> None:
    config = _setuptools_config()
    patterns = config["package-data"]
    folders = {package: ROOT.joinpath(*package.split(".")) for package in config["packages"]}
    folders["b1docs.templates"] = ROOT / "templates"
    missing = []
    for package, folder in folders.items():
        for path in folder.iterdir():
            is_data = path.is_file() and path.suffix not in {".py", ".pyc"}
            if is_data and not any(path.match(pattern) for pattern in patterns.get(package, [])):
                missing.append(str(path.relative_to(ROOT)))
    assert missing == [], "add these to [tool.setuptools.package-data] in pyproject.toml"
