# enlace — thin targets over CMake presets and npm. See README.md.
#   make run      install what is missing, build, create data/enlace.db with demo data, serve :8080
#   make test     install, build, run every test (unit, integration on SQLite and PostgreSQL,
#                 browser, fuzz smoke); ends with "N passed, M failed"
#   make build    release build: build/release/bin/enlace and frontend/dist
#   make test-fast unit tests only, in under a minute after a build (dev preset)
#   make test-asan every C++ test under AddressSanitizer, LeakSanitizer and UBSan (preset asan)
#   make security  attack a local server (issue 9's probes) and print a table of what held
#   make install  PREFIX=/opt/enlace: the binary, the reference data and the web app
#   make format / make lint / make bench

SHELL := /bin/bash
JOBS ?= $(shell nproc)
DATABASE ?= sqlite:data/enlace.db
LISTEN ?= 127.0.0.1:8080

.PHONY: all deps build build-backend build-frontend run test test-fast test-asan security install format lint bench clean

all: build

deps:
	@scripts/install-deps.sh

build-backend: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release -j $(JOBS)

build-frontend: deps
	@cd frontend && npm run --silent build

build: build-backend build-frontend

run: build
	@scripts/run.sh "$(DATABASE)" "$(LISTEN)"

test: deps
	@scripts/test.sh

# The unit tests of the kernel and of every capability: no database server, no HTTP, no browser.
test-fast: deps
	@cmake --preset dev >/dev/null
	@cmake --build --preset dev -j $(JOBS)
	@ctest --preset dev -L unit --output-on-failure

test-asan:
	@scripts/test-asan.sh

# Attacks a local server as issue 9's tester did (deep bodies, descriptor exhaustion, large bodies,
# forwarded-for rotation, log injection, sessions, content types, sqlmap) and prints what held.
security: build-backend
	@python3 scripts/security.py --bin build/release/bin/enlace

PREFIX ?= /usr/local
install: build
	@cmake --install build/release --prefix "$(PREFIX)"
	@echo "enlace installed in $(PREFIX): run $(PREFIX)/bin/enlace serve --demo"

format: deps
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i
	@cd frontend && npx --no-install eslint --fix . >/dev/null || true

lint: deps
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
	@cd frontend && npm run --silent lint && npm run --silent typecheck

bench: build
	@bench/run.sh

clean:
	rm -rf build frontend/dist

-include mk/*.mk
