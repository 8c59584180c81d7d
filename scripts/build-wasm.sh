#!/usr/bin/env bash
# Rust core → build/pkg/{faultline.js, faultline_bg.wasm} (wasm-bindgen --target web, then wasm-opt).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

export CARGO_TARGET_DIR=target/wasm
raw=$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/faultline.wasm
if wasm_target_installed; then
  cargo build -q --lib --release --target wasm32-unknown-unknown \
    || die "cargo build for wasm32 failed (see above)"
else
  [ -d /usr/lib/rustlib/src/rust/library ] || die "no wasm32 target: run 'rustup target add wasm32-unknown-unknown', or install Debian's rustc-web rust-web-src lld-22 (npm start/test does this)"
  [ -x /usr/lib/llvm-22/bin/wasm-ld ] || die "wasm-ld missing: apt-get install lld-22"
  # Debian's rustc-web with its std source, built for wasm32 by cargo's build-std. std built with
  # panic=immediate-abort: a panic traps at once, as panic=abort already did in the browser (there
  # is no stderr to print to), without the panic-message formatting code (smaller wasm).
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
  RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-22/bin/wasm-ld \
    cargo build -q --lib --release --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort \
    || die "cargo build-std for wasm32 with Debian rustc-web failed (see above)"
fi

out=build/pkg
if [ "$raw" -nt "$out/faultline_bg.wasm" ] || [ ! -e "$out/faultline.js" ]; then
  step "wasm-bindgen + wasm-opt"
  mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name faultline "$raw" \
    || die "wasm-bindgen failed: its version must equal the wasm-bindgen crate ($(wasm_bindgen_version))"
  opt=node_modules/.bin/wasm-opt
  [ -x "$opt" ] || die "wasm-opt missing: run npm install (package binaryen)"
  # -O3, not -Oz: the dependency analysis per refresh runs about a quarter faster in Chromium for
  # 0.7% more bytes (BENCHMARKS.md, "Live analysis in the panel").
  "$opt" -O3 --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-multivalue --enable-reference-types \
    "$out/faultline_bg.wasm" -o "$out/faultline_bg.wasm.opt" || die "wasm-opt failed"
  mv "$out/faultline_bg.wasm.opt" "$out/faultline_bg.wasm"
fi
