#!/bin/sh
# Takes docs/screenshot.png: the window holding the seed meeting, under a private X
# server.  Needs xvfb-run, xwininfo (x11-utils) and ImageMagick's `import`.
#   xvfb-run -a -s "-screen 0 1400x900x24" docs/screenshot.sh
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MTGDESK_CONFIG_DIR="$work/config"  # default window size, no saved layout
unset QT_QPA_PLATFORM
mtgdesk --db "$work/shot.sqlite3" import "$here/tests/fixtures/human-security-2007.json"
mtgdesk --db "$work/shot.sqlite3" &
pid=$!
for _ in $(seq 1 100); do
    xwininfo -root -tree | grep -q '"[^"]*— mtgdesk"' && break
    sleep 0.2
done
sleep 2  # let the first paint finish
import -window root -crop 1280x800+0+0 +repage "$here/docs/screenshot.png"
kill "$pid"
