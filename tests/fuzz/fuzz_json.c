/* fuzz_json.c - `mssecref enrich --format jsonl` and its JSON reader on
 * any bytes: every input line gives exactly one output line, in order; a
 * line that is not a JSON object comes out unchanged; an object comes out
 * as an object that starts with the event's own bytes (or, when it already
 * had "mssecref", still checks as JSON) and has a "mssecref" member. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>

#include <mssecref.h>

#include "../../examples/mssecref/enrich.h"
#include "../../examples/mssecref/json.h"
#include "fuzz.h"

const char *progname = "fuzz";

int finish_output(void) { return EXIT_ANSWERED; }

/* The next line of buf[*pos..n) without its newline; 0 at the end. */
static int next_line(const char *buf, size_t n, size_t *pos, size_t *start,
                     size_t *len) {
  const char *nl;
  if (*pos >= n)
    return 0;
  *start = *pos;
  nl = memchr(buf + *pos, '\n', n - *pos);
  *len = nl ? (size_t)(nl - (buf + *pos)) : n - *pos;
  *pos += *len + (nl != NULL);
  return 1;
}

static int blank(const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
      return 0;
  return 1;
}

/* One input line against its output line. */
static void check_line(const char *in, size_t n, const char *outl,
                       size_t mlen) {
  struct json_span top, out_top, v;
  struct json_member m[8];
  size_t count, k;
  static const char *const paths[] = {"a", "a.b", "a.b.c", "mssecref", "l"};
  if (json_check(in, n, &top, m, 8, &count) != NULL ||
      top.type != JSON_OBJECT) {
    FUZZ_ASSERT(mlen == n && memcmp(in, outl, n) == 0);
    return;
  }
  /* the listed members find what a walk finds */
  for (k = 0; count <= 8 && k < sizeof paths / sizeof paths[0]; k++) {
    struct json_span a, b;
    int fa = json_find(in, top, paths[k], strlen(paths[k]), &a);
    int fb =
        json_find_listed(in, top, m, count, paths[k], strlen(paths[k]), &b);
    FUZZ_ASSERT(fa == fb && (!fa || (a.start == b.start && a.end == b.end)));
  }
  FUZZ_ASSERT(json_check(outl, mlen, &out_top, NULL, 0, NULL) == NULL);
  FUZZ_ASSERT(out_top.type == JSON_OBJECT);
  FUZZ_ASSERT(json_find(outl, out_top, "mssecref", 8, &v));
  FUZZ_ASSERT(v.type == JSON_OBJECT);
  if (!json_find(in, top, "mssecref", 8, &v)) {
    /* every byte before the closing brace kept, in order, except where
     * event.reference was inserted */
    size_t k = 0;
    k = 0;
    while (k < top.end - 1 && k < mlen && in[k] == outl[k])
      k++;
    FUZZ_ASSERT(
        k == top.end - 1 ||
        (mlen - k > 13 && memcmp(outl + k, ",\"reference\":", 13) == 0) ||
        (mlen - k > 12 && memcmp(outl + k, "\"reference\":", 12) == 0));
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  struct options o;
  FILE *in, *w;
  char *outbuf = NULL;
  size_t outlen = 0, ip = 0, op = 0, is, il, os, ol;
  const char *buf = (const char *)data;

  if (size == 0)
    return 0; /* fmemopen of an empty buffer is not portable */
  memset(&o, 0, sizeof o);
  o.field = "a.b";
  o.lang_field = "l";
  o.customer_field = "c";
  o.url_field = "u";
  o.format = FMT_JSONL;
  in = fmemopen((void *)(uintptr_t)data, size, "rb");
  w = open_memstream(&outbuf, &outlen);
  FUZZ_ASSERT(in != NULL && w != NULL);
  (void)enrich_jsonl_stream(&o, in, w);
  fclose(in);
  FUZZ_ASSERT(fclose(w) == 0);
  if (size >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
    ip = 3;
  while (next_line(buf, size, &ip, &is, &il)) {
    FUZZ_ASSERT(next_line(outbuf, outlen, &op, &os, &ol));
    if (blank(buf + is, il))
      FUZZ_ASSERT(ol == il && memcmp(buf + is, outbuf + os, il) == 0);
    else
      check_line(buf + is, il, outbuf + os, ol);
  }
  FUZZ_ASSERT(op == outlen); /* no extra line */
  free(outbuf);
  return 0;
}
