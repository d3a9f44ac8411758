# Shared by demo.sh and test.sh.
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NX_SKIP_NX_CACHE_WARNING=true
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
say() { printf '\033[1;36m==> %s\033[0m\n' "$*"; }

# Installs dependencies when node_modules is missing or older than the lockfile.
ensure_dependencies() {
  if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing dependencies (npm install)"
    # npm ci refuses this lockfile here (other-platform optional packages are absent); npm install keeps it as is.
    npm install --no-audit --no-fund --loglevel=error
  fi
}
