"""The one compiled part of Mamori: the int8 first pass of the in-process FAQ copy
(``retrieval/_int8_scan.c``). Everything else is in pyproject.toml.

``optional=True``: without a C compiler the install still succeeds and the copy searches
with its numpy float32 scans (same rankings, more CPU)."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "retrieval._int8_scan",
            sources=["retrieval/_int8_scan.c"],
            extra_compile_args=["-O3"],
            optional=True,
        )
    ]
)
