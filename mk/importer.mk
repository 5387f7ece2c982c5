# The report importer's targets, included by the top-level Makefile.
#
#   make eval-importer          precision / recall / F1 per field and a per-document table, in three
#                               groups: the cases written here (golden), the development set of real
#                               reports worked on (dev/worked) and the third kept aside (dev/kept_aside);
#                               fails when a field of a group scores below its floor (testdata/floors.json)
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
IMPORTER_DEV := backend/src/imports/reader/testdata/dev
IMPORTER_FLOORS := backend/src/imports/reader/testdata/floors.json
# Real reports are of other processes: their reference data (world countries, their bodies) is an
# overlay on the RCM's.
IMPORTER_DEV_REFERENCE := --reference data/reference/rcm --reference $(IMPORTER_DEV)/reference

.PHONY: eval-importer fuzz fuzz-smoke fuzz-build bench-importer

$(IMPORTER_BUILD)/build.ninja:
	cmake -S . -B $(IMPORTER_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DENLACE_SANITIZE=ON

eval-importer: $(IMPORTER_BUILD)/build.ninja
	cmake --build $(IMPORTER_BUILD) --target enlace_eval_importer
	@status=0; \
	$(IMPORTER_BUILD)/bin/enlace_eval_importer --golden $(IMPORTER_GOLDEN) --floors $(IMPORTER_FLOORS) --group golden \
	  --title "cases written here ($(IMPORTER_GOLDEN))" || status=1; echo; \
	$(IMPORTER_BUILD)/bin/enlace_eval_importer --golden $(IMPORTER_DEV)/worked $(IMPORTER_DEV_REFERENCE) \
	  --floors $(IMPORTER_FLOORS) --group dev_worked --title "development set, worked on ($(IMPORTER_DEV)/worked)" || status=1; echo; \
	$(IMPORTER_BUILD)/bin/enlace_eval_importer --golden $(IMPORTER_DEV)/kept_aside $(IMPORTER_DEV_REFERENCE) \
	  --floors $(IMPORTER_FLOORS) --group dev_kept_aside \
	  --title "development set, third kept aside ($(IMPORTER_DEV)/kept_aside)" || status=1; \
	exit $$status

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
	  $(IMPORTER_FUZZERS) -- $(IMPORTER_GOLDEN) $(IMPORTER_DEV)/worked

fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=20

bench-importer:
	bench/importer/run.sh
