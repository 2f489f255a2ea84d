# Common Ground. `make run` builds the app and serves it; `make test` runs every
# check. Both install what is missing first (scripts/ensure-tools.sh).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
# node_modules/.bin first: Trunk must find binaryen's wasm-opt there, not Debian's.
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

PORT ?= 8080
APP_SOURCES := $(shell find src style public -type f) index.html Cargo.toml Cargo.lock \
	Trunk.toml scripts/externalize-loader.mjs scripts/service-worker.mjs

.PHONY: help run test bench screenshots build-tools test-tools

help:
	@echo "make run    build the release (if anything changed) and serve it at http://127.0.0.1:$(PORT)/"
	@echo "make test   format check, clippy, native tests, release build and its size budget, browser tests in Chromium, Firefox and WebKit"
	@echo "make bench  download size, startup, typing and storage at 1 and 1,000 partners in headless Chromium"
	@echo "make screenshots  the README's screenshots, taken from the demo workspace"

run: dist/index.html
	node scripts/serve.mjs --dir dist --port $(PORT)

dist/index.html: $(APP_SOURCES) | build-tools
	trunk build --release

build-tools:
	@scripts/ensure-tools.sh build

test-tools:
	@scripts/ensure-tools.sh test

test: test-tools
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings
	cargo test --locked
	trunk build --release
	node bench/check-size.mjs
	trunk build --release --features crash-test --dist dist-trap
	rm -f test-results/chromium-summary.json
	playwright test
	node tests/engines/run.mjs --after-chromium test-results/chromium-summary.json

bench: test-tools dist/index.html
	node bench/app.bench.mjs

screenshots: test-tools dist/index.html
	node scripts/screenshots.mjs
