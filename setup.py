"""Package layout that pyproject.toml alone cannot say.

The top-level ``resources/`` folder (fonts, icons, translations, licences) ships
inside the wheel as the ``fieldsales_resources`` package, and the Alembic folders,
which have no ``__init__.py``, are found as namespace packages so that their
migration scripts are installed too. Everything else lives in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(
            include=["app", "app.*", "server", "server.*", "protocol", "protocol.*"],
            exclude=["*.__pycache__"],
        ),
        "fieldsales_resources",
    ],
    package_dir={"fieldsales_resources": "resources"},
)
