"""Build ``dist/fieldsales_VERSION_ARCH.deb`` from the one-folder build in ``dist/fieldsales``.

    .venv/bin/python packaging/linux/build_deb.py [--preset path/to/preset.json]

Layout: the program in ``/opt/fieldsales`` (PyInstaller's folder, untouched),
``/usr/bin/fieldsales`` linking to it, a ``.desktop`` entry and hicolor icons
rendered here from the SVG. With ``--preset``, the installer's preset (checked
first: a mistake stops the build naming the line and key) and its logo go to
``/etc/xdg/Fieldsales/``, the machine-wide place the app reads, as conffiles, so
an upgrade keeps a preset the administrator edited. Removing the package never
touches a user's workspace in their home folder.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))  # PyPI's `packaging` owns that name

from render_icon import write_pngs  # noqa: E402

from app.version import app_version  # noqa: E402

ICON_SIZES = (32, 48, 64, 128, 256)
PRESET_DIR = Path("etc/xdg/Fieldsales")
# What Qt's xcb platform plugin loads from the system; everything else is inside.
DEPENDS = ", ".join(
    [
        "libc6 (>= 2.31)",
        "libegl1",
        "libgl1",
        "libfontconfig1",
        "libfreetype6",
        "libdbus-1-3",
        "libxkbcommon0",
        "libxkbcommon-x11-0",
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-image0",
        "libxcb-keysyms1",
        "libxcb-randr0",
        "libxcb-render-util0",
        "libxcb-shape0",
        "libxcb-xinerama0",
        "libxcb-xkb1",
        "libx11-xcb1",
    ]
)


def deb_architecture() -> str:
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def add_preset(preset: Path, root: Path) -> list[str]:
    """Copy a checked preset and its logo; returns the conffiles."""
    from app.errors import FieldsalesError
    from app.preset import read_preset

    try:
        checked = read_preset(preset)
    except FieldsalesError as error:
        raise SystemExit(f"build_deb: {error}") from error
    folder = root / PRESET_DIR
    folder.mkdir(parents=True, exist_ok=True)
    data = json.loads(preset.read_text(encoding="utf-8"))
    conffiles = [f"/{PRESET_DIR}/preset.json"]
    if checked.company.logo_path:
        logo = Path(checked.company.logo_path)
        shutil.copy2(logo, folder / logo.name)
        data["company"]["logo_path"] = logo.name  # relative to the preset's folder
        conffiles.append(f"/{PRESET_DIR}/{logo.name}")
    (folder / "preset.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return conffiles


def control_text(*, version: str, installed_kib: int) -> str:
    return (
        f"Package: fieldsales\nVersion: {version}\nArchitecture: {deb_architecture()}\n"
        "Maintainer: Fieldsales packaging <packaging@example.com>\n"
        f"Installed-Size: {installed_kib}\nSection: misc\nPriority: optional\n"
        f"Depends: {DEPENDS}\nHomepage: https://www.example.com/fieldsales\n"
        "Description: offline-first CRM for field sales teams\n"
        " Accounts, contacts, visits, quotes, orders and contracts in an encrypted\n"
        " local workspace that syncs with the company's Fieldsales server.\n"
        " Works in English, Arabic, Persian and Russian.\n"
    )


def build_deb(*, dist: Path, out_dir: Path, preset: Path | None) -> Path:
    program = dist / "fieldsales"
    if not (program / "fieldsales").is_file():
        raise SystemExit(f"build_deb: no build in {program}: run `make package` first")
    version = app_version()
    with tempfile.TemporaryDirectory(prefix="fieldsales-deb-") as scratch:
        root = Path(scratch) / "root"
        shutil.copytree(program, root / "opt" / "fieldsales", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "fieldsales").symlink_to("/opt/fieldsales/fieldsales")
        applications = root / "usr" / "share" / "applications"
        applications.mkdir(parents=True)
        shutil.copy2(ROOT / "packaging" / "linux" / "fieldsales.desktop", applications)
        write_pngs(root / "usr" / "share" / "icons" / "hicolor", ICON_SIZES)
        docs = root / "usr" / "share" / "doc" / "fieldsales"
        docs.mkdir(parents=True)
        shutil.copy2(ROOT / "packaging" / "linux" / "copyright", docs / "copyright")
        conffiles = add_preset(preset, root) if preset else []
        debian = root / "DEBIAN"
        debian.mkdir()
        size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink())
        (debian / "control").write_text(control_text(version=version, installed_kib=size // 1024))
        if conffiles:
            (debian / "conffiles").write_text("\n".join(conffiles) + "\n")
        for script in ("postinst", "postrm"):
            target = debian / script
            shutil.copy2(ROOT / "packaging" / "linux" / script, target)
            target.chmod(0o755)
        out_dir.mkdir(parents=True, exist_ok=True)
        deb = out_dir / f"fieldsales_{version}_{deb_architecture()}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--preset", type=Path, help="an installer preset to ship in the package")
    args = parser.parse_args()
    deb = build_deb(dist=args.dist, out_dir=args.out, preset=args.preset)
    sys.stdout.write(f"{deb}\n")


if __name__ == "__main__":
    main()
