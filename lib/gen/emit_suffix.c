/* emit_suffix.c - the host suffixes as C tables: each suffix with its
 * source, and the tree of their labels read from the right (struct
 * msr_edge in lib/tables.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* ---- host suffixes: a tree of labels from the right ---- */

#define MAX_NODES 1024

struct node {
  const char *label; /* points into a suffix key; not NUL-terminated */
  size_t len;
  int parent, suffix; /* suffix: index + 1, or 0 */
};

static struct node nodes[MAX_NODES];
static int nnodes;

static int child(int parent, const char *label, size_t len) {
  int i;
  for (i = 1; i < nnodes; i++)
    if (nodes[i].parent == parent && nodes[i].len == len &&
        memcmp(nodes[i].label, label, len) == 0)
      return i;
  if (nnodes == MAX_NODES) {
    fprintf(stderr, "mssecref-gen: more than %d suffix labels\n", MAX_NODES);
    exit(1);
  }
  nodes[nnodes].label = label;
  nodes[nnodes].len = len;
  nodes[nnodes].parent = parent;
  nodes[nnodes].suffix = 0;
  return nnodes++;
}

static void build_tree(const struct gen_catalogue *cat) {
  int i;
  nnodes = 1; /* the root */
  nodes[0].parent = -1;
  for (i = 0; i < cat->nsuffixes; i++) {
    const char *key = cat->suffixes[i].key;
    size_t end = strlen(key);
    int at = 0;
    for (;;) {
      size_t start = end;
      while (start > 0 && key[start - 1] != '.')
        start--;
      at = child(at, key + start, end - start);
      if (start == 0)
        break;
      end = start - 1;
    }
    nodes[at].suffix = i + 1;
  }
}

/* Every edge at the slot its hash names, or the next free one. */
static void emit_edges(FILE *f, const struct gen_catalogue *cat) {
  static struct msr_edge slots[4 * MAX_NODES];
  uint32_t size = 16, i;
  int k;
  build_tree(cat);
  while (size < 2u * (uint32_t)nnodes)
    size *= 2;
  memset(slots, 0, sizeof slots);
  for (k = 1; k < nnodes; k++) {
    const struct node *x = &nodes[k];
    char label[64];
    uint32_t at = msr_edge_slot((uint32_t)x->parent, (uint32_t)x->len,
                                (unsigned char)x->label[0],
                                (unsigned char)x->label[x->len - 1], size - 1);
    for (; slots[at].node != 0; at = (at + 1) & (size - 1))
      ;
    snprintf(label, sizeof label, "%.*s", (int)x->len, x->label);
    slots[at].label = gen_intern(label);
    slots[at].parent = (uint16_t)x->parent;
    slots[at].node = (uint16_t)k;
    slots[at].suffix = (uint16_t)x->suffix;
    slots[at].len = (uint8_t)x->len;
  }
  fprintf(f, "MSR_HIDDEN const uint32_t msr_edge_mask = %u;\n", size - 1);
  fprintf(f, "MSR_HIDDEN const struct msr_edge msr_edges[] = {\n");
  for (i = 0; i < size; i++)
    fprintf(f,
            "  { .label = %u, .parent = %u, .node = %u, .suffix = %u,"
            " .len = %u },\n",
            slots[i].label, slots[i].parent, slots[i].node, slots[i].suffix,
            slots[i].len);
  fprintf(f, "};\n\n");
}

/* The source's text, and the line's detail after "; ". */
static uint32_t source_text(const struct gen_catalogue *cat,
                            const struct gen_suffix *x) {
  static char buf[2 * GEN_MAX_VALUE + 4];
  const char *text = cat->sources[x->src].text;
  if (x->detail == NULL)
    return gen_intern(text);
  snprintf(buf, sizeof buf, "%s; %s", text, x->detail);
  return gen_intern(buf);
}

void gen_emit_suffixes(FILE *f, const struct gen_catalogue *cat) {
  int i;
  fprintf(f, "MSR_HIDDEN const struct msr_suffix msr_suffixes[] = {\n");
  for (i = 0; i < cat->nsuffixes; i++) {
    const struct gen_suffix *x = &cat->suffixes[i];
    uint32_t text = source_text(cat, x); /* first: see emit_contact() */
    fprintf(f,
            "  { .name = %u, .text = %u, .source = %d, .hosting = %d,"
            " .wildcard = %d },\n",
            gen_intern(x->name), text, x->source, x->hosting, x->wildcard);
  }
  if (cat->nsuffixes == 0)
    fprintf(f, "  { .name = 0 },\n");
  fprintf(f, "};\n\nMSR_HIDDEN const size_t msr_suffix_count = %d;\n\n",
          cat->nsuffixes);
  emit_edges(f, cat);
}
