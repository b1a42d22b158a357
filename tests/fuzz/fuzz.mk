# tests/fuzz/fuzz.mk - fuzz harnesses: replayed over the committed corpus by
# `make check` (any compiler), run under libFuzzer by `make fuzz` (clang).

FUZZ_TARGETS  = incident lang id names enums catalogue csv observable vocab \
                review psl json idna
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_LIB_SRC  = $(LIB_SRC) $(B)/gen/tables.c $(IDNA_GEN)
# the generator's reader, checks and diagnostics, without its main() and
# emitter
FUZZ_SRC_catalogue = $(GEN_CHECK_SRC)
# the Public Suffix List reader of `make psl-diff`
FUZZ_SRC_psl = lib/gen/psl.c
# the tool's CSV reader and writer, over the library
FUZZ_SRC_csv = examples/mssecref/csv.c examples/mssecref/out.c \
               examples/mssecref/width.c $(FUZZ_LIB_SRC)
# the tool's JSON reader and the JSON Lines enricher, over the library
FUZZ_SRC_json = examples/mssecref/json.c examples/mssecref/enrich_json.c \
                examples/mssecref/enrich.c examples/mssecref/csv.c \
                examples/mssecref/out.c examples/mssecref/width.c \
                examples/mssecref/suggest.c examples/mssecref/contact.c \
                $(FUZZ_LIB_SRC)
FUZZ_SRC = $(or $(FUZZ_SRC_$*),$(FUZZ_LIB_SRC))
FUZZ_INC = -Iinclude -Ilib -I$(B)/gen

.PHONY: fuzz check-fuzz-replay
.SECONDEXPANSION:

$(B)/fuzz/replay-%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h \
                    $$(FUZZ_SRC) $(LIB_HDR) $(GEN_HDR)
	@mkdir -p $(@D)
	$(CC) -std=c99 -Wall -Wextra $(CFLAGS) $(FUZZ_INC) -o $@ \
	    tests/fuzz/fuzz_$*.c tests/fuzz/replay.c $(FUZZ_SRC)

check-fuzz-replay: $(FUZZ_TARGETS:%=$(B)/fuzz/replay-%)
	@for t in $(FUZZ_TARGETS); do \
	  printf '%s: ' $$t; \
	  $(B)/fuzz/replay-$$t tests/fuzz/corpus/$$t/* || exit 1; \
	done

$(B)/fuzz/fuzz-%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $$(FUZZ_SRC) \
                  $(LIB_HDR) $(GEN_HDR)
	@mkdir -p $(@D)
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer,address,undefined \
	    -fno-sanitize-recover=all $(FUZZ_INC) -o $@ tests/fuzz/fuzz_$*.c \
	    $(FUZZ_SRC)

# New inputs go to build/fuzz/corpus-TARGET; a crash is saved as
# build/fuzz/TARGET-crash-* and fails the run.  Keep it as a regression
# input: copy it into tests/fuzz/corpus/TARGET/ with the fix.
fuzz:
	@sh tests/ensure-deps.sh fuzz
	$(MAKE) $(FUZZ_TARGETS:%=$(B)/fuzz/fuzz-%)
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(B)/fuzz/corpus-$$t; \
	  echo "fuzz $$t for $(FUZZ_SECONDS)s"; \
	  $(B)/fuzz/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) \
	      -artifact_prefix=$(B)/fuzz/$$t- -print_final_stats=1 \
	      $(B)/fuzz/corpus-$$t tests/fuzz/corpus/$$t 2>$(B)/fuzz/$$t.log \
	    || { tail -40 $(B)/fuzz/$$t.log; echo "fuzz: $$t failed"; exit 1; }; \
	  grep -E 'stat::number_of_executed_units|stat::peak_rss' $(B)/fuzz/$$t.log; \
	done
