"""Network settings for sync from the installer's preset (proxy, CA bundle).

A preset written for fifty laptops names the company proxy and the bundle of
certificates its TLS inspection uses; without them requests uses the system's
proxy variables and the bundled public roots.
"""

from __future__ import annotations

from app.sync.transport import NetworkSettings


def network_from_preset(preset: object | None = None) -> NetworkSettings:
    if preset is None:
        from app.preset import load_preset

        preset = load_preset()
    proxy = getattr(preset, "proxy", None)
    ca_bundle = getattr(preset, "ca_bundle", None)
    return NetworkSettings(
        proxy=str(proxy) if proxy else None, ca_bundle=str(ca_bundle) if ca_bundle else None
    )
