#!/usr/bin/env bash
# Rust core → build/pkg/{faultline,faultline_view,faultline_view_ext}{.js,_bg.wasm} (wasm-bindgen --target web, then wasm-opt).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

# Three modules from the same crate (DEVELOPERS.md "Three wasm modules"):
#   build/pkg/faultline{.js,_bg.wasm}           the full core: drawing + bindings + analysis (feature `bindings`);
#   build/pkg/faultline_view{.js,_bg.wasm}      the common drawing code, what a plain panel loads (--no-default-features);
#   build/pkg/faultline_view_ext{.js,_bg.wasm}  all of the drawing code, for plain panels whose page needs
#                                               mockups, ported library shapes or sketch (feature `extended`).
# All in target/wasm/, each in its own cargo profile (release, wasm-view, wasm-view-ext: same settings), so
# that each build leaves the others' output alone and a rebuild only happens when the sources change.
export CARGO_TARGET_DIR=target/wasm

# build_lib <profile> <raw copy> [cargo args]: one cargo build, its .wasm kept under its own name (mtime
# kept: the wasm-bindgen step below runs only when it changed).
build_lib() {
  local profile=$1 keep=$2; shift 2
  if wasm_target_installed; then
    cargo build -q --lib --profile "$profile" --target wasm32-unknown-unknown "$@" \
      || die "cargo build for wasm32 failed (see above)"
  else
    [ -d /usr/lib/rustlib/src/rust/library ] || die "no wasm32 target: run 'rustup target add wasm32-unknown-unknown', or install Debian's rustc-web rust-web-src lld-22 (npm start/test does this)"
    [ -x /usr/lib/llvm-22/bin/wasm-ld ] || die "wasm-ld missing: apt-get install lld-22"
    # Debian's rustc-web with its std source, built for wasm32 by cargo's build-std. std built with
    # panic=immediate-abort: a panic traps at once, as panic=abort already did in the browser (there
    # is no stderr to print to), without the panic-message formatting code (smaller wasm).
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-22/bin/wasm-ld \
      cargo build -q --lib --profile "$profile" --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort "$@" \
      || die "cargo build-std for wasm32 with Debian rustc-web failed (see above)"
  fi
  cp -p "$CARGO_TARGET_DIR/wasm32-unknown-unknown/$profile/faultline.wasm" "$keep"
}

# bindgen <raw> <out name>: wasm-bindgen glue + wasm-opt, when the raw module is newer. Both are made in a
# scratch directory and moved into build/pkg only when both succeeded: an interrupted build must not leave
# an unoptimized module whose time stamp then says it is up to date.
bindgen() {
  local raw=$1 name=$2 out=build/pkg
  if [ "$raw" -nt "$out/${name}_bg.wasm" ] || [ ! -e "$out/$name.js" ]; then
    step "wasm-bindgen + wasm-opt ($name)"
    mkdir -p "$out"
    local tmp="$out/.tmp-$name"
    rm -rf "$tmp" && mkdir -p "$tmp"
    wasm-bindgen --target web --no-typescript --out-dir "$tmp" --out-name "$name" "$raw" \
      || die "wasm-bindgen failed: its version must equal the wasm-bindgen crate ($(wasm_bindgen_version))"
    local opt=node_modules/.bin/wasm-opt
    [ -x "$opt" ] || die "wasm-opt missing: run npm install (package binaryen)"
    # -O3, not -Oz: the dependency analysis per refresh runs about a quarter faster in Chromium for
    # 0.7% more bytes (BENCHMARKS.md, "Live analysis in the panel").
    "$opt" -O3 --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
      --enable-multivalue --enable-reference-types \
      "$tmp/${name}_bg.wasm" -o "$tmp/${name}_bg.wasm.opt" || die "wasm-opt failed"
    # The module last: its time stamp is what says this step is done.
    mv "$tmp/$name.js" "$out/$name.js"
    mv "$tmp/${name}_bg.wasm.opt" "$out/${name}_bg.wasm"
    rm -rf "$tmp"
  fi
}

build_lib release "$CARGO_TARGET_DIR/faultline-full.wasm"
build_lib wasm-view "$CARGO_TARGET_DIR/faultline-view.wasm" --no-default-features
build_lib wasm-view-ext "$CARGO_TARGET_DIR/faultline-view-ext.wasm" --no-default-features --features extended
bindgen "$CARGO_TARGET_DIR/faultline-full.wasm" faultline
bindgen "$CARGO_TARGET_DIR/faultline-view.wasm" faultline_view
bindgen "$CARGO_TARGET_DIR/faultline-view-ext.wasm" faultline_view_ext
