"""Network settings for sync from the installer's preset (proxy, CA bundle).

A preset written for fifty laptops names the company proxy and the bundle of
certificates its TLS inspection uses; without them requests uses the system's
proxy variables and the bundled public roots.
"""

from __future__ import annotations

from app.preset import Preset, load_preset, network_settings
from app.sync.transport import NetworkSettings


def network_from_preset(preset: Preset | None = None) -> NetworkSettings:
    chosen = network_settings(preset if preset is not None else load_preset())
    return NetworkSettings(proxy=chosen.proxy, ca_bundle=chosen.ca_bundle)
