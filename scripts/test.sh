#!/usr/bin/env bash
# Runs every test: Rust (unit + integration), CLI, and browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

step "Rust tests"
cargo test -q || die "Rust tests failed"

step "CLI, plugin and browser tests"
node --test --test-concurrency=1 tests/
