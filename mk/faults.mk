# Faults (issue 9, item 7), included by the top-level Makefile; not part of `make test` (it takes
# minutes: see docs/decisions/0072-faults-and-backup.md).
#
#   make test-faults [FAULT_ROUNDS=N]   kill -9 at random moments, N rounds on SQLite and N on
#                                       PostgreSQL (default 20): prints writes acknowledged and lost

FAULT_ROUNDS ?= 20

.PHONY: test-faults

test-faults:
	@cmake --preset dev >/dev/null
	@cmake --build --preset dev -j $(JOBS) --target enlace
	@ROUNDS=$(FAULT_ROUNDS) ENLACE=build/dev/bin/enlace scripts/test-faults.sh both
