#!/usr/bin/env bash
# Runs every test: Rust (unit + integration), CLI, and browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

step "Rust tests"
cargo test -q --release 2>&1 | grep -vE '^(running 0 tests|test result: ok. 0 passed.*)$|^$' || die "Rust tests failed"

step "CLI, plugin and browser tests"
node --test --test-concurrency=1 tests/
