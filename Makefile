# libmssecref - one hand-written Makefile.  `make` builds the libraries and
# the example; `make check` runs every test; `make install` honours PREFIX,
# DESTDIR, LIBDIR, INCLUDEDIR, BINDIR, MANDIR, PYTHONDIR.

# The version is written once, in include/mssecref.h.
version_part = $(shell sed -n 's/^\#define MSSECREF_VERSION_$(1) \([0-9]*\)$$/\1/p' \
                 include/mssecref.h)
SOVERSION := $(call version_part,MAJOR)
VERSION   := $(SOVERSION).$(call version_part,MINOR).$(call version_part,PATCH)

PREFIX     ?= /usr/local
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
BINDIR     ?= $(PREFIX)/bin
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
MANDIR     ?= $(PREFIX)/share/man
# Where Debian's Python finds modules: /usr/lib/python3/dist-packages for
# PREFIX=/usr, $(PREFIX)/lib/python3.N/dist-packages elsewhere.
PYTHON     ?= python3
PYTHONDIR  ?= $(if $(filter /usr,$(PREFIX)),/usr/lib/python3/dist-packages,$(PREFIX)/lib/python$(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo 3)/dist-packages)

CC       ?= cc
CXX      ?= c++
BUILD_CC ?= $(CC)
AR       ?= ar
CFLAGS   ?= -O2 -g
LDFLAGS  ?=
B        := build

WARN = -std=c99 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wcast-qual -Wwrite-strings -Wformat=2 \
       -Wundef -Wvla -Wpointer-arith -Wold-style-definition
HARDEN = -fstack-protector-strong -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2
LIB_CFLAGS = $(WARN) $(HARDEN) -fPIC -fvisibility=hidden \
             -Iinclude -Ilib -I$(B)/gen $(CFLAGS)
LIB_LDFLAGS = -shared -Wl,-soname,libmssecref.so.$(SOVERSION) \
              -Wl,--version-script=lib/libmssecref.map \
              -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--no-undefined \
              $(LDFLAGS)
# Programs linked against the build tree find the library through rpath.
USE_LIB = -L$(B) -lmssecref -Wl,-rpath,$(CURDIR)/$(B)

LIB_SRC  = lib/version.c lib/names.c lib/incident.c lib/find.c lib/contact.c \
           lib/vocab.c lib/set.c lib/review.c \
           lib/lookup.c lib/host.c lib/suffix.c lib/observable.c lib/url.c \
           lib/refang.c lib/idna.c lib/idna_check.c lib/nfc.c lib/stack.c \
           lib/hostname.c
LIB_OBJ  = $(LIB_SRC:lib/%.c=$(B)/obj/%.o) $(B)/obj/tables.o \
           $(B)/obj/idna_tables.o $(B)/obj/ucd_tables.o
LIB_HDR  = include/mssecref.h lib/tables.h lib/internal.h lib/names.h \
           lib/date.h lib/fold.h lib/idna.h lib/observable.h lib/hostname.h \
           lib/ucd.h
IDNA_TABLE = lib/data/IdnaMappingTable-15.1.0.txt
# The generated Unicode tables, which the library and idna_test link.
IDNA_GEN = $(B)/gen/idna_tables.c $(B)/gen/ucd_tables.c
UCD_FILES = lib/data/UnicodeData-15.0.0.txt \
            lib/data/CompositionExclusions-15.0.0.txt \
            lib/data/DerivedJoiningType-15.0.0.txt
# The generator by stage (lib/gen/gen.h): reading and checking, which the
# catalogue fuzz harness links too, then emission.
GEN_CHECK_SRC = lib/gen/diag.c lib/gen/enums.c lib/gen/read.c lib/gen/utf8.c \
                lib/hostname.c \
                lib/gen/fields.c lib/gen/url.c lib/gen/check.c \
                lib/gen/meta.c lib/gen/incident.c lib/gen/aliases.c \
                lib/gen/contact.c lib/gen/suffix.c lib/gen/vocab.c \
                lib/gen/rules.c lib/gen/suffix_rules.c lib/gen/vocab_rules.c
GEN_EMIT_SRC  = lib/gen/emit.c lib/gen/keyset.c lib/gen/emit_suffix.c \
                lib/gen/vocab_emit.c
GEN_SRC  = lib/gen/main.c lib/gen/file.c $(GEN_CHECK_SRC) $(GEN_EMIT_SRC)
GEN_HDR  = lib/gen/gen.h lib/gen/psl.h lib/tables.h lib/names.h lib/fold.h \
           lib/hostname.h \
           include/mssecref.h lib/date.h $(B)/gen/psl_icann.h
# The Public Suffix List snapshot the catalogue matches (lib/psl/README.md):
# exactly one file, named by its date.
PSL_SNAPSHOT := $(wildcard lib/psl/public_suffix_list-*.dat)
# mssecref-psl: its commands, the PSL reader, and the generator's reader
# and diagnostics for the catalogue.
PSL_SRC  = lib/gen/psl_main.c lib/gen/psl_icann.c lib/gen/psl_diff.c \
           lib/gen/psl.c lib/gen/file.c lib/gen/read.c lib/gen/utf8.c \
           lib/gen/diag.c
# The Python binding as built and installed (see "the Python binding").
PY_DIR   = $(B)/python
PY_FILES = $(PY_DIR)/mssecref.py $(PY_DIR)/enrich.py $(PY_DIR)/pyproject.toml \
           $(PY_DIR)/_mssecref_h.py
SONAME   = $(B)/libmssecref.so.$(SOVERSION)
SHLIB    = $(B)/libmssecref.so.$(VERSION)

.PHONY: all demo check install uninstall clean
.DELETE_ON_ERROR:

all: $(SHLIB) $(SONAME) $(B)/libmssecref.so $(B)/libmssecref.a \
     $(B)/examples/route $(B)/mssecref $(PY_FILES)

# ---- the catalogue, compiled ------------------------------------------------

$(B)/gen/mssecref-gen: $(GEN_SRC) $(GEN_HDR)
	@mkdir -p $(@D)
	$(BUILD_CC) $(WARN) -O2 -g -Iinclude -Ilib -I$(B)/gen -o $@ $(GEN_SRC)

$(B)/gen/tables.c: lib/catalogue.txt $(B)/gen/mssecref-gen
	$(B)/gen/mssecref-gen lib/catalogue.txt $@

# mssecref-psl: the ICANN table the generator is built with, and psl-diff.
$(B)/gen/mssecref-psl: $(PSL_SRC) lib/gen/psl.h lib/gen/gen.h lib/tables.h
	@mkdir -p $(@D)
	$(BUILD_CC) $(WARN) -O2 -g -Iinclude -Ilib -o $@ $(PSL_SRC)

$(B)/gen/psl_icann.h: $(PSL_SNAPSHOT) $(B)/gen/mssecref-psl
	@test $(words $(PSL_SNAPSHOT)) = 1 || \
	  { echo "lib/psl/ must hold exactly one PSL snapshot"; exit 1; }
	$(B)/gen/mssecref-psl icann $(PSL_SNAPSHOT) $@

# Maintainers: which Microsoft entries of a PSL file the catalogue lacks,
# and which it has that the file dropped (exit 1 when they differ).
.PHONY: psl-diff
psl-diff: $(B)/gen/mssecref-psl
	@test -n "$(PSL)" || \
	  { echo "usage: make psl-diff PSL=/path/to/public_suffix_list.dat"; \
	    exit 2; }
	$(B)/gen/mssecref-psl diff "$(PSL)" lib/catalogue.txt

# UTS #46's mapping, compiled from Unicode's IdnaMappingTable (lib/data/).
UCDFILE = lib/gen/ucdfile.c lib/gen/ucdfile.h
$(B)/gen/mssecref-idna-gen: lib/gen/idna.c lib/idna.h lib/tables.h $(UCDFILE)
	@mkdir -p $(@D)
	$(BUILD_CC) $(WARN) -O2 -g -Iinclude -Ilib -o $@ lib/gen/idna.c \
	    lib/gen/ucdfile.c

$(B)/gen/idna_tables.c: $(IDNA_TABLE) $(B)/gen/mssecref-idna-gen
	$(B)/gen/mssecref-idna-gen $(IDNA_TABLE) $@

# The character properties NFC and UTS #46's checks need (lib/data/).
$(B)/gen/mssecref-ucd-gen: lib/gen/ucd.c lib/ucd.h lib/tables.h $(UCDFILE)
	@mkdir -p $(@D)
	$(BUILD_CC) $(WARN) -O2 -g -Iinclude -Ilib -o $@ lib/gen/ucd.c \
	    lib/gen/ucdfile.c

$(B)/gen/ucd_tables.c: $(UCD_FILES) $(IDNA_TABLE) $(B)/gen/mssecref-ucd-gen
	$(B)/gen/mssecref-ucd-gen $(UCD_FILES) $(IDNA_TABLE) $@

# ---- the library ----------------------------------------------------------

$(B)/obj/%.o: lib/%.c $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) -c -o $@ $<

$(B)/obj/tables.o: $(B)/gen/tables.c $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) -c -o $@ $<

$(B)/obj/idna_tables.o: $(B)/gen/idna_tables.c $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) -c -o $@ $<

$(B)/obj/ucd_tables.o: $(B)/gen/ucd_tables.c $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) -c -o $@ $<

$(SHLIB): $(LIB_OBJ) lib/libmssecref.map
	$(CC) $(CFLAGS) -o $@ $(LIB_OBJ) $(LIB_LDFLAGS)

$(SONAME): $(SHLIB)
	ln -sf libmssecref.so.$(VERSION) $@

$(B)/libmssecref.so: $(SONAME)
	ln -sf libmssecref.so.$(SOVERSION) $@

$(B)/libmssecref.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

# ---- examples ---------------------------------------------------------------

$(B)/examples/%: examples/%.c include/mssecref.h $(B)/libmssecref.so
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) -Iinclude -o $@ $< $(USE_LIB)

# The mssecref tool, linked against the shared library.
TOOL_SRC = examples/mssecref/main.c examples/mssecref/commands.c \
           examples/mssecref/export.c examples/mssecref/enrich.c \
           examples/mssecref/contact.c examples/mssecref/out.c \
           examples/mssecref/width.c examples/mssecref/csv.c \
           examples/mssecref/suggest.c examples/mssecref/json.c \
           examples/mssecref/enrich_json.c examples/mssecref/codeset.c
TOOL_HDR = examples/mssecref/tool.h examples/mssecref/out.h \
           examples/mssecref/csv.h examples/mssecref/json.h \
           examples/mssecref/enrich.h include/mssecref.h lib/fold.h

$(B)/mssecref: $(TOOL_SRC) $(TOOL_HDR) $(B)/libmssecref.so
	$(CC) $(WARN) $(HARDEN) $(CFLAGS) -D_POSIX_C_SOURCE=200809L -Iinclude \
	    -o $@ $(TOOL_SRC) $(USE_LIB)

# The installed tool carries no rpath into the build tree: it finds
# libmssecref.so.1 in LIBDIR like any program.
$(B)/install/mssecref: $(TOOL_SRC) $(TOOL_HDR) $(B)/libmssecref.so
	@mkdir -p $(@D)
	$(CC) $(WARN) $(HARDEN) $(CFLAGS) -D_POSIX_C_SOURCE=200809L -Iinclude \
	    -o $@ $(TOOL_SRC) -L$(B) -lmssecref $(LDFLAGS)

# For maintainers (needs curl and the network; not part of make check):
# every URL of the catalogue requested, redirects followed; exit 1 when a
# URL is dead or a current one moved, 3 when nothing could be reached (no
# network).  README.md, "How current is the data".
.PHONY: linkcheck
linkcheck:
	@sh tests/ensure-deps.sh curl
	sh lib/gen/linkcheck.sh lib/catalogue.txt

# ---- the Python binding ------------------------------------------------------

# $(B)/python/ is the binding as installed: mssecref.py, enrich.py and
# pyproject.toml, and _mssecref_h.py, the header's integer constants
# written by a program compiled against include/mssecref.h (the names by
# sed, the values by the compiler), so Python never copies one.

$(PY_DIR)/constants.inc: include/mssecref.h
	@mkdir -p $(@D)
	sed -n -e 's/^#define \(MSSECREF_[A-Z0-9_]*\)  *[-(0-9].*/C(\1)/p' \
	       -e 's/^ *\(MSSECREF_[A-Z0-9_]*\) = .*/C(\1)/p' $< > $@

$(PY_DIR)/mssecref_h: examples/python/mssecref_h.c include/mssecref.h \
                      $(PY_DIR)/constants.inc
	$(BUILD_CC) $(WARN) -O2 -Iinclude -I$(PY_DIR) -o $@ $<

$(PY_DIR)/_mssecref_h.py: $(PY_DIR)/mssecref_h
	$(PY_DIR)/mssecref_h > $@

$(PY_DIR)/%: examples/python/%
	@mkdir -p $(@D)
	cp $< $@

# Where does a home user report a phishing site, in Japanese?
demo: all
	$(B)/mssecref route phishing --lang ja --customer home

include tests/tests.mk
include tests/fuzz/fuzz.mk
include tests/sanitize.mk

# ---- install ----------------------------------------------------------------

install: all $(B)/install/mssecref
	install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) \
	           $(DESTDIR)$(PKGCONFIGDIR) $(DESTDIR)$(BINDIR) \
	           $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man3 \
	           $(DESTDIR)$(PYTHONDIR)
	install -m 644 $(PY_DIR)/mssecref.py $(PY_DIR)/_mssecref_h.py \
	        $(DESTDIR)$(PYTHONDIR)
	install -m 755 $(PY_DIR)/enrich.py $(DESTDIR)$(BINDIR)/mssecref-enrich
	install -m 755 $(B)/install/mssecref $(DESTDIR)$(BINDIR)/mssecref
	install -m 644 examples/mssecref.1 $(DESTDIR)$(MANDIR)/man1/mssecref.1
	install -m 644 lib/libmssecref.3 $(DESTDIR)$(MANDIR)/man3/libmssecref.3
	install -m 644 include/mssecref.h $(DESTDIR)$(INCLUDEDIR)/mssecref.h
	install -m 755 $(SHLIB) $(DESTDIR)$(LIBDIR)/libmssecref.so.$(VERSION)
	ln -sf libmssecref.so.$(VERSION) \
	       $(DESTDIR)$(LIBDIR)/libmssecref.so.$(SOVERSION)
	ln -sf libmssecref.so.$(SOVERSION) $(DESTDIR)$(LIBDIR)/libmssecref.so
	install -m 644 $(B)/libmssecref.a $(DESTDIR)$(LIBDIR)/libmssecref.a
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	    -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@VERSION@|$(VERSION)|' \
	    pkgconfig/libmssecref.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/libmssecref.pc
	chmod 644 $(DESTDIR)$(PKGCONFIGDIR)/libmssecref.pc

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/mssecref $(DESTDIR)$(BINDIR)/mssecref-enrich \
	      $(DESTDIR)$(PYTHONDIR)/mssecref.py \
	      $(DESTDIR)$(PYTHONDIR)/_mssecref_h.py \
	      $(DESTDIR)$(MANDIR)/man1/mssecref.1 \
	      $(DESTDIR)$(MANDIR)/man3/libmssecref.3 \
	      $(DESTDIR)$(INCLUDEDIR)/mssecref.h \
	      $(DESTDIR)$(LIBDIR)/libmssecref.so.$(VERSION) \
	      $(DESTDIR)$(LIBDIR)/libmssecref.so.$(SOVERSION) \
	      $(DESTDIR)$(LIBDIR)/libmssecref.so \
	      $(DESTDIR)$(LIBDIR)/libmssecref.a \
	      $(DESTDIR)$(PKGCONFIGDIR)/libmssecref.pc

clean:
	rm -rf $(B)
