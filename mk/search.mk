# Search (issue 13): `make bench-search` prints the figures of bench/search/run.sh.
.PHONY: bench-search
bench-search:
	bench/search/run.sh
