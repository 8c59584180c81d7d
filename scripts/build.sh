#!/usr/bin/env bash
# Builds everything: the wasm core, the plugin (dist/), the playground host, and the native CLI.
# Each step skips itself when its output is newer than its inputs.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

# draw.io's stencil library → build/stencils/*.pack; the wasm core learns which packs exist and
# the CLI embeds them through build.rs, which reads FAULTLINE_STENCILS.
step "stencil packs"
node scripts/build-stencils.mjs || die "building the stencil packs failed (see above)"
export FAULTLINE_STENCILS="$PWD/build/stencils"

step "core → wasm"
bash scripts/build-wasm.sh

if [ -f scripts/build-plugin.mjs ]; then
  step "plugin and playground"
  node scripts/build-plugin.mjs
fi

step "native CLI"
cargo build -q --release --bin faultline || die "cargo build of the CLI failed (see above)"
