#!/usr/bin/env bash
# Sourced by install-host.sh. When the installer is started from inside an npm
# script (npm test → test:integration → run.js), the outer npm, running on the
# machine's Node 20, has exported variables that describe itself: its user
# agent ("npm/… node/v20…"), its exec path, the package and lifecycle it runs.
# The host's inner npm reads npm_config_* as its own configuration, so it would
# announce Node 20 as its user agent, and code-server's postinstall, which takes
# the Node version from that agent, refuses to build. This removes everything the
# outer npm describes about itself and keeps only settings a user may have
# exported on purpose (registry, cache, proxies, certificates, config files).
clean_outer_npm_env() {
  local name lower
  while IFS= read -r name; do
    lower="${name,,}"
    case "$lower" in
      npm_config_registry | npm_config_cache | npm_config_userconfig | npm_config_globalconfig | \
        npm_config_proxy | npm_config_https_proxy | npm_config_noproxy | npm_config_no_proxy | \
        npm_config_cafile | npm_config_ca | npm_config_strict_ssl | npm_config_loglevel | \
        npm_config_fetch_retries | npm_config_fetch_timeout | npm_config_prefer_offline | npm_config_offline)
        ;;
      npm_* | init_cwd | node | npm_execpath | npm_node_execpath)
        unset "$name"
        ;;
    esac
  done < <(compgen -e)
}
