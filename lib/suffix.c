/* suffix.c - the catalogue's host suffixes: matching a host name against
 * them, and what the catalogue says of each (source, kind of hosting). */
#include "internal.h"
#include "names.h"

static const char source_names[MSSECREF_SOURCE_MAX + 1][MSR_NAME_W] = {
    MSR_SOURCE_NAMES(MSR_NAME_ENTRY)};

const char *mssecref_source_name(int source) {
  return (unsigned)source <= MSSECREF_SOURCE_MAX && source_names[source][0]
             ? source_names[source]
             : NULL;
}

size_t mssecref_suffix_count(void) { return msr_suffix_count; }

int mssecref_suffix_at(size_t index, const char **suffix) {
  if (index >= msr_suffix_count)
    return MSSECREF_EINVAL;
  if (suffix != NULL)
    *suffix = msr_str(msr_suffixes[index].name);
  return msr_suffixes[index].source;
}

int mssecref_suffix_hosting(size_t index) {
  return index < msr_suffix_count ? msr_suffixes[index].hosting
                                  : MSSECREF_EINVAL;
}

const char *mssecref_suffix_source_text(size_t index) {
  return index < msr_suffix_count ? msr_str(msr_suffixes[index].text) : NULL;
}

const char *mssecref_catalogue_psl_version(void) {
  return msr_str(msr_meta_psl_version);
}

/* The edge from `parent` labelled label[0..len), len >= 1: its slot, or
 * NULL. */
static const struct msr_edge *edge(uint32_t parent, const char *label,
                                   size_t len) {
  uint32_t at = msr_edge_slot(
      parent, (uint32_t)len, msr_lower_table[(unsigned char)label[0]],
      msr_lower_table[(unsigned char)label[len - 1]], msr_edge_mask);
  for (;; at = (at + 1) & msr_edge_mask) {
    const struct msr_edge *e = &msr_edges[at];
    const char *s;
    size_t k;
    if (e->node == 0)
      return NULL;
    if (e->parent != parent || e->len != len)
      continue;
    s = msr_str(e->label);
    for (k = 0; k < len &&
                msr_lower_table[(unsigned char)label[k]] == (unsigned char)s[k];
         k++)
      ;
    if (k == len)
      return e;
  }
}

/* Label by label from the right, down the tree of suffixes; the deepest
 * node that is a suffix wins ("*.x" needs one more label to its left).
 * h[0..n) is a checked host without a trailing dot: no empty label.
 * Returns the suffix's index + 1, or 0. */
int msr_suffix_match(const char *h, size_t n, const uint16_t *dots,
                     size_t ndots) {
  uint32_t node = 0;
  size_t end = n;
  int best = 0;
  for (;;) {
    size_t start = end;
    const struct msr_edge *e;
    if (dots != NULL) {
      while (ndots > 0 && dots[ndots - 1] >= end)
        ndots--;
      start = ndots > 0 ? (size_t)dots[ndots - 1] + 1 : 0;
    } else {
      while (start > 0 && h[start - 1] != '.')
        start--;
    }
    if (end == start || end - start > 255 ||
        (e = edge(node, h + start, end - start)) == NULL)
      break;
    if (e->suffix != 0 && (!msr_suffixes[e->suffix - 1].wildcard || start > 0))
      best = e->suffix;
    if (start == 0)
      break;
    node = e->node;
    end = start - 1;
  }
  return best;
}
