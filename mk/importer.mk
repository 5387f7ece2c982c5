# The report importer's targets, included by the top-level Makefile.
#
#   make eval-importer          precision / recall / F1 per field over every golden case (and the
#                               held-out cases, reported apart); fails below F1 0.98 on the golden corpus
#   make fuzz [FUZZ_SECONDS=N]  each libFuzzer target for N seconds (default 600)
#   make fuzz-smoke             each libFuzzer target for 20 seconds, side by side (part of `make test`)
#   make bench-importer         time per report, 20 MB throughput, peak memory
#
# The fuzzers need clang-19 (the only clang here whose libstdc++ pairing has std::expected); they
# are built in their own build directory with only the domain and importer layers.

IMPORTER_BUILD ?= build/importer
FUZZ_BUILD ?= build/fuzz
FUZZ_SECONDS ?= 600
FUZZ_CORPUS ?= fuzz-corpus
# The importer's readers, the JSON input layer and the multipart parser of every request, and the
# deadline reader (issue 9, item 8).
IMPORTER_FUZZERS := text_pipeline docx_reader json_input multipart deadline_reader
IMPORTER_GOLDEN := backend/src/imports/reader/testdata/golden
IMPORTER_HOLDOUT := backend/src/imports/reader/testdata/holdout

.PHONY: eval-importer fuzz fuzz-smoke fuzz-build bench-importer

$(IMPORTER_BUILD)/build.ninja:
	cmake -S . -B $(IMPORTER_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DENLACE_SANITIZE=ON

eval-importer: $(IMPORTER_BUILD)/build.ninja
	cmake --build $(IMPORTER_BUILD) --target enlace_eval_importer
	@echo "== golden corpus ($(IMPORTER_GOLDEN)) =="
	$(IMPORTER_BUILD)/bin/enlace_eval_importer --golden $(IMPORTER_GOLDEN) --min-f1 0.98
	@echo
	@echo "== held-out cases ($(IMPORTER_HOLDOUT)): written before the importer read them =="
	$(IMPORTER_BUILD)/bin/enlace_eval_importer --golden $(IMPORTER_HOLDOUT)

$(FUZZ_BUILD)/build.ninja:
	CC=clang-19 CXX=clang++-19 cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Fuzz \
	  -DCMAKE_CXX_FLAGS_FUZZ="-O1 -gline-tables-only" -DCMAKE_C_FLAGS_FUZZ="-O1 -gline-tables-only" \
	  -DENLACE_FUZZ=ON -DENLACE_TESTS=OFF -DCMAKE_UNITY_BUILD=ON

fuzz-build: $(FUZZ_BUILD)/build.ninja
	cmake --build $(FUZZ_BUILD) --target $(foreach f,$(IMPORTER_FUZZERS),enlace_$(f)_fuzz)

# The targets run side by side (scripts/fuzz.sh), each with a writable corpus in
# $(FUZZ_CORPUS)/<target> (ignored by git) seeded from the golden inputs, which libFuzzer reads but
# never writes. FUZZ_RESULTS=DIR also writes DIR/fuzz.xml (one JUnit case per target) for the summary.
fuzz: fuzz-build
	@scripts/fuzz.sh $(FUZZ_BUILD) $(FUZZ_CORPUS) $(FUZZ_SECONDS) $(if $(FUZZ_RESULTS),$(FUZZ_RESULTS)/fuzz.xml,-) \
	  $(IMPORTER_FUZZERS) -- $(IMPORTER_GOLDEN) $(IMPORTER_HOLDOUT)

fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=20

bench-importer:
	bench/importer/run.sh
