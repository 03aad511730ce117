#!/usr/bin/env bash
# Installs what the tests need beyond node_modules; `npm test` runs it first (npm's `pretest`), and so does .ci/run:
#   - the Debian packages: chromium (the browser and integration suites drive it headless) and what code-server's
#     native modules are built with (build-essential python3 libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev),
#     with apt-get, as root or through sudo when it needs no password;
#   - Node 24 and code-server, into ${XDG_CACHE_HOME:-~/.cache}/agenda-author (test/integration/installCodeServer.sh).
# Whatever is there already is left alone. What it cannot install, it names with the command that would, and stops
# (exit 1) before any test runs.
#
#   CHROMIUM=<path>                 a Chromium of your own: no chromium package needed
#   AGENDA_TEST_HOST=electron       desktop VS Code (downloaded by the suite) instead of code-server: none installed
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "[setup] $*" >&2; }
stop() {
  say "$@"
  exit 1
}

major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || stop "the tests need Node 20 or later, not $(node --version)"
[ -f node_modules/.package-lock.json ] || stop "node_modules is missing: run \`npm ci\` first"

packages=(build-essential python3 libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev)
if [ -n "${CHROMIUM:-}" ]; then
  [ -x "$CHROMIUM" ] || stop "CHROMIUM names $CHROMIUM, which is not a program"
else
  packages=(chromium "${packages[@]}")
fi

if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    command=(apt-get install -y -qq --no-install-recommends "${missing[@]}")
    if [ "$(id -u)" = 0 ]; then
      sudo=()
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    else
      stop "the tests need these Debian packages, and installing them takes root: ${missing[*]}. Install them with:
  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    fi
    say "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq && "${sudo[@]}" "${command[@]}" \
      || stop "apt-get could not install ${missing[*]} (above); once it can, run: ${sudo[*]:+${sudo[*]} }apt-get update && ${sudo[*]:+${sudo[*]} }apt-get install -y --no-install-recommends ${missing[*]}"
  fi
elif [ -z "${CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  stop "not a Debian or Ubuntu machine (no apt-get): install Chromium and set CHROMIUM=<its path>, and a C/C++ compiler, make, python3 and the headers of Kerberos, libsecret, X11 and xkbfile for code-server's native modules"
fi

if [ "${AGENDA_TEST_HOST:-code-server}" = code-server ]; then
  bash test/integration/installCodeServer.sh >/dev/null \
    || stop "code-server could not be installed (above); once it can, run: bash test/integration/installCodeServer.sh"
fi
