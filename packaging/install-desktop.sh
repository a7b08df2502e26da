#!/bin/sh
# Put spacesgui in the desktop's application menu and make it open s3:// links, for this user:
#   sh packaging/install-desktop.sh [--exec COMMAND]   install (COMMAND defaults to the
#                                                        `spacesgui` on PATH, else a build in dist/)
#   sh packaging/install-desktop.sh --uninstall         remove what install put there
# Installs the icon into the hicolor theme and the desktop entry into $XDG_DATA_HOME
# (default ~/.local/share), then refreshes the menu and MIME caches when their tools exist.
set -eu
cd "$(dirname "$0")/.."

APP_ID=io.github.spacesgui.spacesgui
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor"
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$APPS/$APP_ID.desktop" "$ICONS/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$ICONS/${size}x${size}/apps/$APP_ID.png"
    done
    refresh
    echo "install-desktop: removed spacesgui's desktop entry and icons from $DATA"
    exit 0
fi

exec_cmd=""
if [ "${1:-}" = "--exec" ]; then
    exec_cmd=${2:?--exec needs a command}
elif command -v spacesgui >/dev/null 2>&1; then
    exec_cmd=$(command -v spacesgui)
elif [ -x dist/spacesgui/spacesgui ]; then
    exec_cmd="$(pwd)/dist/spacesgui/spacesgui"
else
    echo "install-desktop: no spacesgui found; install it, run packaging/build.sh, or pass" \
         "--exec COMMAND" >&2
    exit 1
fi
case $exec_cmd in
    *" "*) exec_cmd="\"$exec_cmd\"" ;;  # the Exec key quotes a path with spaces
esac

mkdir -p "$APPS" "$ICONS/scalable/apps"
for size in $SIZES; do
    mkdir -p "$ICONS/${size}x${size}/apps"
    cp "resources/icons/app/$APP_ID-$size.png" "$ICONS/${size}x${size}/apps/$APP_ID.png"
done
cp "resources/icons/app/$APP_ID.svg" "$ICONS/scalable/apps/$APP_ID.svg"
sed "s|^Exec=spacesgui |Exec=$exec_cmd |" "resources/$APP_ID.desktop" > "$APPS/$APP_ID.desktop"
refresh
echo "install-desktop: installed $APPS/$APP_ID.desktop (Exec=$exec_cmd) and icons in $ICONS"
