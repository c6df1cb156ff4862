"""The PySide6 desktop client, one subpackage per area of the app.

The top level holds the shell: start-up (``app_main``), the main window and its
page list (``main_window``, ``pages``), the Today page, and the screenshot and
translation tools. Each area (accounts, pipeline, visits, documents, products,
sync, team, settings) keeps its screens together; ``shared`` holds what they
all build on.
"""
