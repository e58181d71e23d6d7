# Kintsugi: the two commands a person needs are `make run` and `make test`.
# Every target installs what is missing first and skips what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# cargo installs its tools (wasm-bindgen-cli) into $CARGO_HOME/bin, ~/.cargo/bin by default;
# a fresh shell may not have that on PATH yet.
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(CURDIR)/node_modules/.bin:$(PATH)

CHROMIUM_PATH ?= /usr/bin/chromium
export CHROMIUM_PATH
HOST ?= 127.0.0.1
PORT ?= 4173

WASM_TARGET := wasm32-unknown-unknown
WASM_OUT := web/src/wasm/pkg

.PHONY: help run dist test setup setup-rust setup-node setup-chromium wasm web \
	test-setup fmt-check lint clippy docs-check test-core test-wasm typecheck test-unit test-e2e clean fuzz cli ts

help:
	@echo "make run   set up what is missing, build, and serve the app at http://$(HOST):$(PORT)/"
	@echo "make test  set up what is missing and run every suite"
	@echo "make dist  build the static app into web/dist/ (put it on any HTTPS host)"
	@echo "make bench run the benchmarks and write docs/benchmarks.md (about 10 minutes)"

# ---------------------------------------------------------------- set-up

setup: setup-rust setup-node

# tools/setup.sh installs each piece only when it is missing, and says what failed and what
# to do when an install does not work.
setup-rust:
	@tools/setup.sh rust

# npm ci only when the lockfile changed since the last install.
setup-node: node_modules/.package-lock.json
node_modules/.package-lock.json: package-lock.json package.json web/package.json tests/package.json
	@tools/setup.sh node
	@touch $@

setup-chromium:
	@tools/setup.sh chromium

# ---------------------------------------------------------------- build

wasm: setup-rust
	cargo build --locked -p kintsugi-wasm --target $(WASM_TARGET) --release
	wasm-bindgen --target web --out-dir $(WASM_OUT) \
		--remove-name-section --remove-producers-section \
		target/$(WASM_TARGET)/release/kintsugi_wasm.wasm

web: wasm setup-node
	npm run build -w web

# The backup CLI; the end-to-end suite drives it through KINTSUGI_CLI.
cli:
	cargo build --locked -p kintsugi-cli

dist: web
	@echo
	@echo "The static app is in web/dist/. Copy that folder to any HTTPS host (see README.md)."

run: web
	@echo
	@echo "Kintsugi is served at http://$(HOST):$(PORT)/  (Ctrl-C stops it)"
	@echo
	cd web && vite preview --host $(HOST) --port $(PORT) --strictPort

# ---------------------------------------------------------------- test

SUITES := test-setup fmt-check lint clippy docs-check test-core test-wasm typecheck test-unit test-e2e

# Runs every suite even when one fails, so one run shows everything that is red.
test: setup setup-chromium
	@passed=0; failed=0; failures=""; \
	for suite in $(SUITES); do \
		echo; echo "==== $$suite"; \
		if $(MAKE) --no-print-directory $$suite; then passed=$$((passed + 1)); \
		else failed=$$((failed + 1)); failures="$$failures $$suite"; fi; \
	done; \
	echo; echo "suites: $$passed passed, $$failed failed"; \
	if [ $$failed -ne 0 ]; then echo "failed:$$failures"; exit 1; fi

# tools/setup.sh against stand-in tools: each failed install names itself and what to do.
test-setup:
	tools/setup.test.sh

fmt-check: setup-rust
	cargo fmt --all -- --check

# The TypeScript's format and lint rules (biome.jsonc); `biome check --write .` applies them.
lint: setup-node
	biome ci --colors=off .

clippy: setup-rust
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cargo clippy --locked -p kintsugi-model --all-targets --features ts -- -D warnings
	cargo clippy --locked -p kintsugi-wasm --target $(WASM_TARGET) --all-targets -- -D warnings
	cargo clippy --locked -p kintsugi-wasm --target $(WASM_TARGET) --all-targets --features bench -- -D warnings

docs-check:
	RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps -p kintsugi-primitives -p kintsugi-vault -p kintsugi-model -p kintsugi-wasm -p kintsugi-cli

# The model's tests run with `ts`, so a stale web/src/worker/generated/model.ts fails here.
test-core:
	cargo test --locked -p kintsugi-vault
	cargo test --locked -p kintsugi-model --features ts
	cargo test --locked -p kintsugi-cli

# Rewrites web/src/worker/generated/model.ts from the Rust types (ts-rs behind the model's
# `ts` feature; the wasm build never enables it).
ts:
	KINTSUGI_WRITE_TS=1 cargo test --locked -p kintsugi-model --features ts --test generated_ts

# Release: Argon2 in a debug wasm build is about fifteen times slower.
test-wasm: setup-rust
	cargo test --locked -p kintsugi-wasm --target $(WASM_TARGET) --release

typecheck: wasm setup-node
	npm run typecheck -w web
	tsc -p tests --noEmit
	tsc -p tests/bench
	tsc -p tests/bench/tsconfig.report.json --noEmit

test-unit: wasm setup-node
	npm test -w web

test-e2e: web cli setup-chromium
	cd tests && KINTSUGI_CLI="$(CURDIR)/target/debug/kintsugi" playwright test

# Every cargo-fuzz target for FUZZ_SECONDS each (nightly; not part of `make test`).
FUZZ_SECONDS ?= 20
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	@grep -q '^nightly' <<<"$$(rustup toolchain list)" || rustup toolchain install nightly --profile minimal
	cd fuzz && for target in $$(cargo +nightly fuzz list); do \
		echo "==== fuzz $$target ($(FUZZ_SECONDS) s)"; \
		cargo +nightly fuzz run "$$target" -- -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048; \
	done

clean:
	cargo clean
	rm -rf web/dist $(WASM_OUT) tests/test-results node_modules/.package-lock.json \
		$(BENCH_PKG) $(BENCH_SIMD_PKG) tests/bench/dist

# ---------------------------------------------------------------- bench

# Benchmarks, not part of `make test`: native criterion benches, the browser benchmark
# page against libsodium.js and hash-wasm, cold start and sizes; writes
# docs/benchmarks.md and docs/benchmarks.json and prints PASS or MISS per target (a MISS
# does not fail the run: figures are reported, never asserted). BENCH_PORT (default 4176)
# and BENCH_PORT+1 serve the benchmark page and the built app.
.PHONY: bench bench-native bench-wasm bench-browser bench-report

BENCH_PKG := tests/bench/pkg
BENCH_SIMD_PKG := tests/bench/pkg-simd

bench: setup setup-chromium
	$(MAKE) --no-print-directory bench-wasm
	$(MAKE) --no-print-directory web
	$(MAKE) --no-print-directory bench-native
	@status=0; $(MAKE) --no-print-directory bench-browser || status=$$?; \
	$(MAKE) --no-print-directory bench-report; exit $$status

bench-native:
	cargo bench --locked -p kintsugi-model --bench core

# The core with the raw-primitive exports (the `bench` feature), without and with
# +simd128 (its own target directory, so the app's build is left alone).
bench-wasm: setup-rust
	cargo build --locked -p kintsugi-wasm --target $(WASM_TARGET) --release --features bench
	wasm-bindgen --target web --out-dir $(BENCH_PKG) --remove-name-section --remove-producers-section \
		target/$(WASM_TARGET)/release/kintsugi_wasm.wasm
	RUSTFLAGS="-C target-feature=+simd128" cargo build --locked -p kintsugi-wasm --target $(WASM_TARGET) \
		--release --features bench --target-dir target/bench-simd
	wasm-bindgen --target web --out-dir $(BENCH_SIMD_PKG) --remove-name-section --remove-producers-section \
		target/bench-simd/$(WASM_TARGET)/release/kintsugi_wasm.wasm

bench-browser: setup-node setup-chromium
	vite build --logLevel warn -c tests/bench/vite.config.ts
	cd tests && playwright test -c bench/playwright.config.ts

bench-report: setup-node
	tsc -p tests/bench/tsconfig.report.json
	node target/bench/js/report.mjs "$(CURDIR)"
