/*
 * psl.h - reading the Public Suffix List (publicsuffix.org) as the
 * catalogue's upkeep needs it: every rule with the section it is in (ICANN
 * or private) and the heading of its PSL section, the comment that opens
 * it ("azure : Microsoft Corporation", "Microsoft Corporation :
 * http://microsoft.com", "GitHub, Inc.").  A section opens with a comment
 * block after a blank line whose first line is "Name : URL" or is followed
 * by "// Submitted by"; other blocks after a blank line ("// Microsoft
 * Fabric", plain rules) belong to the section before them, and a section
 * that says its sub-sections run until a "concludes" tag (Amazon's) keeps
 * them until "// concludes Name".  Used by mssecref-psl (psl_main.c)
 * to derive the generator's ICANN table (psl_icann.c) and to compare a PSL
 * file with the catalogue (psl_diff.c, `make psl-diff`).
 */
#ifndef MSSECREF_GEN_PSL_H
#define MSSECREF_GEN_PSL_H

#include <stddef.h>

#define GEN_PSL_ICANN 0
#define GEN_PSL_PRIVATE 1

/* The registry that may own top-level domains in the catalogue: the PSL
 * names it after " : " in a TLD's heading. */
#define GEN_MICROSOFT_REGISTRY "Microsoft Corporation"

struct gen_psl_rule {
  int section;         /* GEN_PSL_ICANN or GEN_PSL_PRIVATE */
  const char *heading; /* the block's heading, "" when it has none */
  size_t heading_len;
  const char *rule; /* "com", "*.ck", "!www.ck" */
  size_t rule_len;
  int line;
};

typedef void (*gen_psl_fn)(void *ctx, const struct gen_psl_rule *rule);

/* Calls fn for every rule between the ===BEGIN/END ICANN DOMAINS=== and
 * ===BEGIN/END PRIVATE DOMAINS=== markers of text[0..len) (which need not
 * be NUL-terminated).  A rule is the line up to its first space or tab, as
 * the PSL defines.  Returns the number of rules, or -1 when the text has
 * neither marker (not a PSL file). */
long gen_psl_read(const char *text, size_t len, gen_psl_fn fn, void *ctx);

/* The name part of a heading (before " : "), or its registry part (after
 * " : " and the "YYYY-MM-DD " date older lists put first; "" when there is
 * none), as pointer and length. */
void gen_psl_heading_name(const char *h, size_t n, const char **out,
                          size_t *out_len);
void gen_psl_heading_registry(const char *h, size_t n, const char **out,
                              size_t *out_len);

/* mssecref-psl's commands, each returning its exit status:
 * psl_icann.c writes the ICANN rules of the snapshot `psl` as the C table
 * out_path; psl_diff.c compares a PSL file with the catalogue.
 * gen_psl_fail_errno() (psl_main.c) reports errno for `path`, returns 2. */
int gen_psl_icann(const char *psl, const char *out_path);
int gen_psl_diff(const char *psl, const char *catalogue);
int gen_psl_fail_errno(const char *path);

#endif
