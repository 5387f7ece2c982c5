# Legislation matrices (issue 12): `make bench-matrices` prints the figures of bench/matrices/run.sh.
.PHONY: bench-matrices
bench-matrices:
	bench/matrices/run.sh
