# tests/sanitize.mk - the suite under sanitizers and valgrind, and the ABI
# check.  Included by Makefile.

ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
             -fno-sanitize-recover=all
TSAN_FLAGS = -O1 -g -fsanitize=thread
VALGRIND   = valgrind -q --error-exitcode=1 --leak-check=full \
             --show-leak-kinds=all --errors-for-leak-kinds=all

.PHONY: sanitize valgrind abi-check abi-dump

# The whole Check suite, the fuzz corpus and the tool's tests with ASan and
# UBSan, then the thread test with TSan; each in a build tree of its own.
# (The ctypes binding is left out: Python cannot load an ASan library.)
sanitize: check-deps
	$(MAKE) B=$(B)/asan CFLAGS="$(ASAN_FLAGS)" check-suite check-fuzz-replay \
	    check-python-tool
	CK_RUN_SUITE=threads $(MAKE) B=$(B)/tsan CFLAGS="$(TSAN_FLAGS)" \
	    check-suite

# The suite in one process (CK_FORK=no), the example program and the
# tool's main commands under memcheck: zero errors, zero leaks of any kind.
valgrind: check-deps $(B)/tests/check_mssecref $(B)/examples/route \
          $(B)/mssecref
	@sh tests/ensure-deps.sh valgrind
	CK_FORK=no $(VALGRIND) $(B)/tests/check_mssecref
	$(VALGRIND) $(B)/examples/route phishing ja_JP.UTF-8 home >/dev/null
	$(VALGRIND) $(B)/examples/route unknown-thing ja home 2>/dev/null; \
	    test $$? = 1
	sh tests/valgrind-tool.sh $(B)/mssecref

# libmssecref.so.1's ABI, recorded with abidw; any incompatible change,
# or a change to a released version node, fails (tests/abi-check.sh).
ABI_REF = tests/abi/libmssecref.so.1.abi

abi-check: $(SHLIB)
	@sh tests/ensure-deps.sh abigail
	sh tests/abi-check.sh $(ABI_REF) $(SHLIB) lib/libmssecref.map

# After adding functions in a new version node: record the new ABI.
abi-dump: $(SHLIB)
	@sh tests/ensure-deps.sh abigail
	@mkdir -p $(dir $(ABI_REF))
	abidw --headers-dir include --no-corpus-path --out-file $(ABI_REF) \
	    $(SHLIB)
