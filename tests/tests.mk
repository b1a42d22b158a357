# tests/tests.mk - `make check` and what it runs.  Included by Makefile.

# No test leaves compiled Python (__pycache__) in the tree.
export PYTHONDONTWRITEBYTECODE = 1

CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   := $(shell pkg-config --libs check 2>/dev/null)
TEST_SRC  = tests/check_main.c tests/check_names.c tests/check_lookup.c \
            tests/check_roundtrip.c tests/check_gen.c tests/check_hostile.c \
            tests/check_threads.c tests/check_host.c tests/check_find.c \
            tests/check_vocab.c tests/check_suffix.c tests/check_url.c
TEST_DEFS = -DCATALOGUE_PATH='"$(CURDIR)/lib/catalogue.txt"' \
            -DGEN_PATH='"$(CURDIR)/$(B)/gen/mssecref-gen"' \
            -DVOCAB_DATA_PATH='"$(CURDIR)/tests/data/vocab-values.tsv"'

.PHONY: check-format
# Every C source and header of the project in .clang-format's style.
FORMAT_FILES ?= $(wildcard lib/*.[ch] lib/gen/*.[ch] include/*.h examples/*.c \
                           examples/*/*.[ch] tests/*.[ch] tests/*/*.[ch])
check-format:
	@sh tests/ensure-deps.sh format
	clang-format --dry-run -Werror $(FORMAT_FILES)

.PHONY: check-conformance check-url-diff
# The URL Standard's conformance cases (special schemes, no base) and
# Unicode's UTS #46 conformance lines, against what the library computes;
# Unicode's normalization tests against the NFC step; all print their
# counts and known exceptions (tests/conformance/).
IDNA_TEST_SRC = tests/conformance/idna_test.c lib/idna.c lib/idna_check.c \
                lib/nfc.c $(IDNA_GEN)
$(B)/tests/idna_test: $(IDNA_TEST_SRC) $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) -std=c99 -Wall -Wextra $(CFLAGS) -Iinclude -Ilib -I$(B)/gen -o $@ \
	    $(IDNA_TEST_SRC)

NFC_TEST_SRC = tests/conformance/nfc_test.c lib/nfc.c $(B)/gen/ucd_tables.c
$(B)/tests/nfc_test: $(NFC_TEST_SRC) $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) -std=c99 -Wall -Wextra $(CFLAGS) -Iinclude -Ilib -I$(B)/gen -o $@ \
	    $(NFC_TEST_SRC)

check-conformance: $(SHLIB) $(SONAME) $(B)/tests/idna_test $(B)/tests/nfc_test
	python3 tests/conformance/wpt_hosts.py $(CURDIR)/$(SONAME) \
	    tests/data/wpt-urltestdata.json
	$(B)/tests/idna_test tests/data/IdnaTestV2-15.1.0.txt \
	    tests/conformance/idna-exceptions.txt
	$(B)/tests/nfc_test tests/data/NormalizationTest-15.0.0.txt

# The library against the URL Standard on generated URLs: whatwg-url (the
# Standard's reference implementation, pinned by
# tests/conformance/package-lock.json and installed into $(B)/npm from the
# npm registry by ensure-deps.sh) is the oracle, Node's own URL parser the
# second one; any disagreement with whatwg-url on the verdict or the host,
# and any difference between the two parsers the script cannot explain,
# fails (tests/conformance/url_diff.js).  Run by CI (.ci/run).
$(B)/tests/url_driver: tests/conformance/url_driver.c include/mssecref.h \
                       $(B)/libmssecref.so
	@mkdir -p $(@D)
	$(CC) -std=c99 -Wall -Wextra $(CFLAGS) -Iinclude -o $@ $< $(USE_LIB)

check-url-diff: $(B)/tests/url_driver
	@sh tests/ensure-deps.sh whatwg-url $(B)/npm
	NODE_PATH=$(CURDIR)/$(B)/npm/node_modules node tests/conformance/url_diff.js \
	    $(B)/tests/url_driver $${URL_DIFF_COUNT:-120000}

.PHONY: check check-deps check-suite check-portable check-chain check-header check-exports \
        check-install check-examples check-noalloc check-properties \
        check-python check-python-tool check-man check-readme check-psl

check: check-deps
	$(MAKE) all check-suite check-noalloc check-properties check-header \
	        check-exports check-examples check-install check-fuzz-replay \
	        check-python check-python-tool check-man check-readme \
	        check-linkcheck check-psl \
	        check-conformance
	$(MAKE) check-portable check-chain
	$(MAKE) sanitize
	$(MAKE) valgrind
	@echo "make check: all tests passed"

# What the tests need (Check, pkg-config, Python, valgrind, groff, man);
# installed where we may.
check-deps:
	@sh tests/ensure-deps.sh check

$(B)/tests/check_mssecref: $(TEST_SRC) tests/suites.h include/mssecref.h \
                           tests/data/vocab-values.tsv \
                           $(B)/libmssecref.so $(B)/gen/mssecref-gen
	@mkdir -p $(@D)
	$(CC) $(filter-out -Wmissing-prototypes,$(WARN)) -D_POSIX_C_SOURCE=200809L \
	    $(CFLAGS) -Iinclude $(CHECK_CFLAGS) $(TEST_DEFS) -o $@ $(TEST_SRC) \
	    $(USE_LIB) $(CHECK_LIBS)

check-suite: $(B)/tests/check_mssecref
	$(B)/tests/check_mssecref

# A catalogue with keys the hash cannot tell apart: they are chained, and a
# library built from it finds every name (tests/chain.sh).
check-chain: $(B)/gen/mssecref-gen $(IDNA_GEN)
	sh tests/chain.sh $(B)/gen/mssecref-gen "$(CC)" $(B)/chain $(LIB_SRC) \
	    $(IDNA_GEN)

# The suite against the library built as compilers without GCC's vector
# extensions build it: lib/find.c folds through msr_fold_table.
check-portable: check-deps
	$(MAKE) B=$(B)/portable CFLAGS="$(CFLAGS) -DMSR_NO_VECTOR" check-suite

# The header alone, as C99 and as C++, with every warning an error.
check-header:
	@mkdir -p $(B)/tests
	$(CC) -std=c99 -Wall -Wextra -Wpedantic -Werror -Iinclude \
	    -c -o $(B)/tests/header_c99.o tests/header.c
	$(CXX) -std=c++98 -Wall -Wextra -Wpedantic -Werror -Iinclude \
	    -c -o $(B)/tests/header_cxx.o tests/header.cc
	$(CXX) -std=c++17 -Wall -Wextra -Wpedantic -Werror -Iinclude \
	    -o $(B)/tests/header_cxx tests/header.cc $(USE_LIB)
	$(B)/tests/header_cxx

check-exports: $(SHLIB)
	sh tests/exports.sh $(SHLIB) lib/libmssecref.map

check-examples: $(B)/examples/route
	sh tests/examples.sh $(B)/examples/route

check-install: all
	sh tests/install.sh "$(MAKE)" $(VERSION)

# No API function allocates: the test interposes malloc and friends, and
# must name every function of the version script.
$(B)/tests/check_noalloc: tests/check_noalloc.c include/mssecref.h \
                          $(B)/libmssecref.so
	@mkdir -p $(@D)
	$(CC) -std=c99 -Wall -Wextra $(CFLAGS) -Iinclude $(CHECK_CFLAGS) \
	    -o $@ $< $(USE_LIB) $(CHECK_LIBS)

check-noalloc: $(B)/tests/check_noalloc
	@for f in $$(sed -n 's/^ *\(mssecref_[a-z0-9_]*\);$$/\1/p' \
	             lib/libmssecref.map); do \
	  grep -q "$$f(" tests/check_noalloc.c || \
	    { echo "check_noalloc.c does not call $$f"; exit 1; }; \
	done
	$(B)/tests/check_noalloc

# The same flags as the library, nothing in it: the baseline for
# relocations, writable data and constructors.
$(B)/tests/libempty.so: tests/empty.c lib/libmssecref.map
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) -c -o $(B)/tests/empty.o tests/empty.c
	$(CC) $(CFLAGS) -o $@ $(B)/tests/empty.o \
	    $(subst libmssecref.so.$(SOVERSION),libempty.so,$(LIB_LDFLAGS))

check-properties: $(SHLIB) $(B)/tests/libempty.so
	sh tests/properties.sh $(SHLIB) $(B)/tests/libempty.so

# ---- benchmarks (never part of make check: timings are not assertions) ----

BENCH_SRC = tests/bench/bench.c tests/bench/baseline.c tests/bench/inputs.c

.PHONY: bench
$(B)/bench/bench: $(BENCH_SRC) tests/bench/baseline.h tests/bench/inputs.h \
                  tests/bench/timing.h \
                  include/mssecref.h $(B)/libmssecref.so
	@mkdir -p $(@D)
	$(CC) $(WARN) $(HARDEN) $(CFLAGS) -Iinclude -o $@ $(BENCH_SRC) $(USE_LIB)

bench: $(B)/bench/bench
	$(B)/bench/bench
	@$(MAKE) --no-print-directory bench-versions

# This library against the 1.1.0 release on the same inputs in the same run
# (tests/bench/versions.c).  1.1.0 is built from this clone's history; a
# clone without it (shallow, or a tarball) skips the comparison.
BENCH_OLD_COMMIT = d3dcee08556ff2d8c42dab2d7bba82a87f9ecc11
BENCH_OLD = $(B)/v1.1/build/libmssecref.so.1.1.0

.PHONY: bench-versions
$(B)/bench/versions: tests/bench/versions.c tests/bench/inputs.c \
                     tests/bench/baseline.c tests/bench/inputs.h \
                     tests/bench/timing.h \
                     include/mssecref.h $(B)/libmssecref.so
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) -Iinclude -o $@ tests/bench/versions.c \
	    tests/bench/inputs.c tests/bench/baseline.c $(USE_LIB) -ldl

bench-versions: $(B)/bench/versions
	@if ! git cat-file -e $(BENCH_OLD_COMMIT) 2>/dev/null; then \
	  echo "bench-versions: 1.1.0 ($(BENCH_OLD_COMMIT)) is not in this clone's history: skipped"; \
	  exit 0; \
	fi; \
	if [ ! -f $(BENCH_OLD) ]; then \
	  rm -rf $(B)/v1.1 && mkdir -p $(B)/v1.1 && \
	  git archive $(BENCH_OLD_COMMIT) | tar -x -C $(B)/v1.1 && \
	  env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS $(MAKE) -s -C $(B)/v1.1 \
	      CFLAGS="$(CFLAGS)" build/libmssecref.so.1.1.0 >/dev/null || exit 1; \
	fi; \
	$(B)/bench/versions $(CURDIR)/$(BENCH_OLD) $(CURDIR)/$(SHLIB)

# The tool, the Python binding and enrich.py, with Python's unittest.
check-python: all
	cd tests/python && MSSECREF_LIBRARY=$(CURDIR)/$(SONAME) \
	    MSSECREF_TOOL=$(CURDIR)/$(B)/mssecref \
	    MSSECREF_PYDIR=$(CURDIR)/$(PY_DIR) python3 -m unittest

check-python-tool: $(B)/mssecref
	cd tests/python && MSSECREF_TOOL=$(CURDIR)/$(B)/mssecref \
	    python3 -m unittest test_tool

# The man pages render without warnings, carry the header's version and
# name every function and command.
check-man:
	sh tests/man.sh lib/libmssecref.3 examples/mssecref.1 lib/libmssecref.map \
	    $(VERSION)

# README's C and Python examples are extracted, built and run.
check-readme: all
	sh tests/readme.sh README.md $(B) "$(CC)"

.PHONY: bench-python
bench-python: all
	MSSECREF_LIBRARY=$(CURDIR)/$(SONAME) MSSECREF_PYDIR=$(CURDIR)/$(PY_DIR) \
	    python3 tests/bench/bench_python.py

# README's syslog-ng, rsyslog and Splunk external_cmd recipes against the
# real daemons (CI runs it; not part of make check).  syslog-ng is
# installed from Debian when allowed; rsyslog, which conflicts with it as a
# package, is fetched and unpacked into the build tree.
.PHONY: check-pipelines
check-pipelines: all
	@sh tests/ensure-deps.sh syslog-ng
	rsyslogd=$$(sh tests/pipelines/fetch-rsyslog.sh $(CURDIR)/$(B)/pipelines/rsyslog) && \
	  python3 tests/pipelines/pipelines.py README.md $(B) "$$rsyslogd"

# Events per second of `mssecref enrich` (CSV, JSON Lines) and enrich.py
# beside cat of the same file; the input is generated in $(B)/bench.
BENCH_EVENTS ?= 1000000
BENCH_ENRICH_REPS ?= 3
.PHONY: bench-enrich
bench-enrich: all
	MSSECREF_LIBRARY=$(CURDIR)/$(SONAME) python3 tests/bench/bench_enrich.py \
	    $(B)/mssecref $(PY_DIR)/enrich.py $(BENCH_EVENTS) $(BENCH_ENRICH_REPS)

# `make linkcheck` offline: against a server of the test's own on 127.0.0.1
# serving a live page, a redirect chain and a 404.
.PHONY: check-linkcheck
check-linkcheck:
	@sh tests/ensure-deps.sh curl
	sh tests/linkcheck.sh lib/gen/linkcheck.sh lib/catalogue.txt

# The catalogue's Microsoft entries match the PSL snapshot it records, and
# `make psl-diff` names what a changed PSL adds and drops (tests/psl.sh).
check-psl: $(B)/gen/mssecref-psl
	sh tests/psl.sh "$(MAKE)" $(B)/gen/mssecref-psl
