"""Fonts, icons, translations and licence texts; installed as ``fieldsales_resources``.

Code finds this folder through ``app.resources.resource_root()``, never by its
position relative to a module, so a checkout, a wheel and a PyInstaller build agree.
"""
