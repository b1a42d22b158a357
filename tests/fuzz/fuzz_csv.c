/* fuzz_csv.c - the CSV path of `mssecref enrich`: any bytes are read as
 * records without loss, every field is routed, and writing the records back
 * and reading them again gives the same fields (RFC 4180 round trip). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>

#include <mssecref.h>

#include "../../examples/mssecref/csv.h"
#include "../../examples/mssecref/out.h"
#include "fuzz.h"

const char *progname = "fuzz";

/* Reads every record of `data`; writes them as CSV to *out. */
static size_t read_all(const uint8_t *data, size_t size, char **out,
                       size_t *outlen, int *status) {
  FILE *in = fmemopen((void *)(uintptr_t)data, size, "rb");
  FILE *w = open_memstream(out, outlen);
  struct csv_row row;
  size_t rows = 0, i;
  int rc;

  FUZZ_ASSERT(w != NULL);
  csv_row_init(&row);
  *status = CSV_EOF;
  if (in != NULL) {
    while ((rc = csv_read(in, &row)) == CSV_ROW || rc == CSV_EQUOTE) {
      const mssecref_contact *c = NULL;
      for (i = 0; i < row.n; i++) {
        FUZZ_ASSERT(row.f[i].s[row.f[i].n] == '\0');
        (void)mssecref_route_names(row.f[i].s, "ja", NULL, &c, NULL);
        if (i)
          fputc(',', w);
        out_csv_field(w, row.f[i].s, row.f[i].n);
      }
      fputs("\r\n", w);
      rows++;
      *status = rc;
      if (rc == CSV_EQUOTE)
        break;
    }
    FUZZ_ASSERT(rc != CSV_ENOMEM && rc != CSV_EIO);
    fclose(in);
  }
  csv_row_free(&row);
  fclose(w);
  return rows;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *first = NULL, *second = NULL;
  size_t len1 = 0, len2 = 0, rows1, rows2;
  int st1, st2;

  if (size == 0)
    return 0; /* fmemopen of an empty buffer is not portable */
  rows1 = read_all(data, size, &first, &len1, &st1);
  if (len1 > 0) {
    /* what enrich writes reads back as the same records, every one */
    rows2 = read_all((const uint8_t *)first, len1, &second, &len2, &st2);
    FUZZ_ASSERT(rows2 == rows1);
    FUZZ_ASSERT(len2 == len1 && memcmp(first, second, len1) == 0);
  }
  free(first);
  free(second);
  return 0;
}
