"""Package layout that pyproject.toml alone cannot say.

The top-level ``resources/`` folder (fonts, icons, translations, licences) ships
inside the wheel as the ``fieldsales_resources`` package, and the Alembic folders,
which have no ``__init__.py``, are found as namespace packages so that their
migration scripts are installed too. Everything else lives in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

RESOURCE_FOLDERS = ("fonts", "icons", "licenses", "translations")

setup(
    packages=[
        *find_namespace_packages(
            include=["app", "app.*", "server", "server.*", "protocol", "protocol.*"],
            exclude=["*.__pycache__"],
        ),
        "fieldsales_resources",
        # Data folders, listed so that setuptools does not warn that these
        # importable (namespace) folders would be left out: their files are
        # package data of fieldsales_resources (pyproject.toml).
        *(f"fieldsales_resources.{folder}" for folder in RESOURCE_FOLDERS),
    ],
    package_dir={"fieldsales_resources": "resources"},
)
