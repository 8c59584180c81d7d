#!/usr/bin/env bash
# Installs what the build and tests need on a fresh Debian machine, skipping what is already there.
# Every failure prints what to install and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

need_apt=()
have_cmd chromium || need_apt+=(chromium)
[ -e /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || need_apt+=(fonts-liberation)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_apt+=(fonts-dejavu-core)

if ! have_cmd cargo; then
  die "cargo not found. Install Rust with rustup (https://rustup.rs), then rerun."
fi
if ! wasm_target_installed; then
  # No wasm32 std from rustup: use Debian's rustc-web with its std source and build-std.
  [ -x /usr/bin/rustc ] && /usr/bin/rustc --version 2>/dev/null | grep -q . && [ -d /usr/lib/rustlib/src/rust/library ] \
    || need_apt+=(rustc-web rust-web-src)
  [ -x /usr/lib/llvm-22/bin/wasm-ld ] || need_apt+=(lld-22)
fi

if [ ${#need_apt[@]} -gt 0 ]; then
  step "installing Debian packages: ${need_apt[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}"; } >.setup-apt.log 2>&1; then
    tail -5 .setup-apt.log >&2 || true
    die "apt-get could not install: ${need_apt[*]}. Install them (as root: apt-get install ${need_apt[*]}), then rerun."
  fi
  rm -f .setup-apt.log
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate version exactly.
want=$(wasm_bindgen_version)
[ -n "$want" ] || die "cannot read the wasm-bindgen version from Cargo.lock"
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $want"; then
  step "installing wasm-bindgen-cli $want (a few minutes, once)"
  # Not --locked: the registry here lacks one of its locked dependencies.
  cargo install -q wasm-bindgen-cli --version "$want" --force \
    || die "cargo install wasm-bindgen-cli --version $want failed. Install it by hand, then rerun."
fi

# npm packages: install when node_modules is missing or older than the manifest/lockfile.
if [ ! -d node_modules ] || [ package.json -nt node_modules/.faultline-installed ] || [ package-lock.json -nt node_modules/.faultline-installed ]; then
  have_cmd npm || die "npm not found. Install Node.js 20 or newer, then rerun."
  step "installing npm packages"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
  touch node_modules/.faultline-installed
fi
