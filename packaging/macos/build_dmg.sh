#!/usr/bin/env bash
# Build, sign, notarize and package Fieldsales.app into a .dmg (packaging/README.md).
# Run on macOS 12+ with Xcode command-line tools, from the repository root:
#   packaging/macos/build_dmg.sh                                   # unsigned, for testing
#   SIGN_IDENTITY="Developer ID Application: Example Ltd (TEAMID)" \
#   NOTARY_PROFILE=fieldsales-notary packaging/macos/build_dmg.sh  # signed and notarized
# (NOTARY_PROFILE is a keychain profile made once with
#  `xcrun notarytool store-credentials fieldsales-notary --apple-id ... --team-id ...`.)
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=.venv/bin/python
VERSION=$($PY -c 'from app.version import app_version; print(app_version())')
APP=dist/Fieldsales.app
DMG=dist/Fieldsales-$VERSION.dmg

# packaging/macos/fieldsales.icns is committed (packaging/render_icon.py redraws it).
rm -rf dist/fieldsales "$APP"
# With SIGN_IDENTITY set, PyInstaller signs the libraries, the program and the bundle
# (hardened runtime, packaging/macos/entitlements.plist).
FIELDSALES_CODESIGN_IDENTITY="${SIGN_IDENTITY:-}" .venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/fieldsales.spec

# The build must work before it is signed and shipped.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/fieldsales" self-test

if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

rm -f "$DMG"
STAGE=build/dmg && rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Fieldsales $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --timestamp --sign "$SIGN_IDENTITY" "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose "$DMG"
    fi
fi
echo "$DMG"
