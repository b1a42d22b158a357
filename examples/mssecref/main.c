/* main.c - mssecref(1): where to report a security incident to Microsoft,
 * from the command line.  Options, the language from the environment, and
 * the exit codes; the commands live in commands.c, export.c, enrich.c. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tool.h"

const char *progname = "mssecref";

static const struct command {
  const char *name;
  int (*run)(struct options *);
  int arg; /* 0: none, 1: optional, 2: required */
  const char *usage;
  const char *help;
} commands[] = {
    {"route", cmd_route, 2,
     "route INCIDENT [--lang TAG] [--customer home|enterprise|developer]\n"
     "       [--vocabulary V] [--url URL | --host HOST | --email ADDRESS]\n"
     "       [--format F]",
     "The one contact to use for INCIDENT (a name or any alias, or a\n"
     "vocabulary's value: ms-graph:unknown, rsit:fraud=\"phishing\"): title,\n"
     "summary, URL, sign-in options, whether results come back, related\n"
     "contacts, a successor address, the review date (a warning past it).\n"
     "With --url, --host or --email, where the thing is hosted\n"
     "counts: phishing or malware on a Microsoft-managed domain goes to the\n"
     "abuse report.  A value known to have no Microsoft contact prints its\n"
     "reason and exits 4."},
    {"hosted", cmd_hosted, 2, "hosted HOST|URL|ADDRESS [--format F]",
     "Whether a host name, a URL's host or an e-mail address's domain is\n"
     "Microsoft-managed: the suffix it is under, the kind of hosting\n"
     "(customer-content, first-party, mail, subsidiary) and the source.\n"
     "Exit status 0 when it is, 1 when it is not (a subsidiary such as\n"
     "GitHub is shown, and exits 1: it runs its own abuse process)."},
    {"suffixes", cmd_suffixes, 0, "suffixes [--format F]",
     "Every host suffix of the catalogue: its kind of hosting, its source\n"
     "type and (json, jsonl, csv) its source text."},
    {"lookup", cmd_lookup, 1,
     "lookup [INCIDENT] [--lang TAG] [--customer C] [--vocabulary V]\n"
     "       [--format F]",
     "Every contact that serves INCIDENT (all contacts without it), in\n"
     "priority order."},
    {"list", cmd_list, 0, "list [--lang TAG] [--customer C] [--format F]",
     "Every contact point in the catalogue."},
    {"show", cmd_show, 2, "show ID [--lang TAG] [--customer C] [--format F]",
     "One contact point by its id, every field."},
    {"incidents", cmd_incidents, 0,
     "incidents [--vocabulary V] [--lang TAG] [--customer C] [--format F]",
     "Incident types and every alias, with the vocabularies they come from\n"
     "(RSIT, IntelMQ, ECS, Microsoft) and the other meanings of ambiguous "
     "ones.\n"
     "With --vocabulary, every value of that vocabulary with its answer: the\n"
     "incident and its contact, or why there is no Microsoft contact."},
    {"export", cmd_export, 0,
     "export --format csv|json|jsonl|rsyslog|syslog-ng [--columns A,B,...]\n"
     "       [--no-header] [--vocabulary V]",
     "The whole routing dictionary: one row per (incident name or alias,\n"
     "customer type, language), keyed \"name|customer|lang\" with the name\n"
     "folded (lower case, '-' for '_' and space), and a last row keyed\n"
     "\"no-contact\".  JSON is one object keyed that way; CSV and JSON Lines\n"
     "one row per line; rsyslog a lookup table; syslog-ng an\n"
     "add-contextual-data file.  With --vocabulary, that vocabulary's\n"
     "values, keyed \"vocabulary:value|customer|lang\"."},
    {"enrich", cmd_enrich, 0,
     "enrich [--format csv|jsonl|mmexternal] --field COLUMN\n"
     "       [--lang-field COLUMN] [--customer-field COLUMN]\n"
     "       [--url-field COLUMN] [--lang TAG] [--customer C] [--vocabulary V]",
     "Reads CSV with a header on standard input and writes every row, in\n"
     "order, with mssecref_* contact columns added; a row that cannot be\n"
     "routed keeps them empty and says why in mssecref_error.  With\n"
     "--url-field, the URL, host or address in that column decides whether\n"
     "the thing is hosted at Microsoft (columns mssecref_hosted and\n"
     "mssecref_hosting, the kind of hosting).  With --format jsonl, one\n"
     "JSON event per line: fields are dotted paths, an array is a set, the\n"
     "contact is added under \"mssecref\"; with --format mmexternal,\n"
     "rsyslog's reply {\"$!\":{\"mssecref\":...}}."},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *f) {
  size_t i;
  fprintf(f, "usage: %s COMMAND [ARGS] [OPTIONS]\n\n", progname);
  for (i = 0; i < NCOMMANDS; i++)
    fprintf(f, "  %s %s\n", progname, commands[i].usage);
  fprintf(f,
          "\nOptions:\n"
          "  --lang TAG       language: ja, en, ja_JP.UTF-8, ... (default: "
          "LC_ALL,\n"
          "                   LC_MESSAGES, LANG; others fall back to English)\n"
          "  --customer C     home, enterprise or developer (default: any)\n"
          "  --format F       text, json, jsonl or csv (default: text)\n"
          "  --vocabulary V   read names as V's values: rsit, intelmq, ecs,\n"
          "                   ms-graph, ms-defender, msrc-abuse, ...\n"
          "  --today DATE     the day (YYYY-MM-DD) answers are checked "
          "against their\n"
          "                   review dates (default: MSSECREF_TODAY, else "
          "the clock)\n"
          "  --help           this text; COMMAND --help for one command\n"
          "  --version        tool, library and catalogue versions\n"
          "\nExit status: 0 answered, 1 nothing found or an unknown name,\n"
          "2 usage error, 3 input or output error, 4 known, no Microsoft\n"
          "contact.  See mssecref(1).\n");
}

static void command_help(const struct command *c) {
  printf("usage: %s %s\n\n%s\n", progname, c->usage, c->help);
}

/* stdout must reach its destination: a closed pipe or a full disk is an
 * error, never silently truncated output. */
int finish_output(void) {
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "%s: write error: %s\n", progname, strerror(errno));
    return EXIT_IO;
  }
  return EXIT_ANSWERED;
}

static int parse_format(const char *s, enum out_format *f) {
  static const char *const names[] = {
      "text", "json", "jsonl", "csv", "mmexternal", "rsyslog", "syslog-ng"};
  int i;
  for (i = 0; i < 7; i++)
    if (strcmp(s, names[i]) == 0) {
      *f = (enum out_format)i;
      return 0;
    }
  return -1;
}

/* The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty, as
 * POSIX tools do. */
static const char *env_lang(void) {
  static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
  size_t i;
  for (i = 0; i < 3; i++) {
    const char *v = getenv(vars[i]);
    if (v != NULL && *v != '\0')
      return v;
  }
  return "";
}

/* "--name VALUE" or "--name=VALUE"; advances *i over a separate value. */
static const char *option_value(int argc, char **argv, int *i,
                                const char *name) {
  size_t n = strlen(name);
  if (strncmp(argv[*i], name, n) == 0 && argv[*i][n] == '=')
    return argv[*i] + n + 1;
  if (strcmp(argv[*i], name) == 0 && *i + 1 < argc)
    return argv[++*i];
  return NULL;
}

static int bad_usage(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

static int bad_usage(const char *fmt, ...) {
  char msg[1200];
  va_list ap;
  fprintf(stderr, "%s: ", progname);
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  put_untrusted(stderr, msg, sizeof msg - 1);
  fprintf(stderr, "\nTry '%s --help'.\n", progname);
  return EXIT_USAGE;
}

static int set_observable(struct options *o, const char *v, int kind) {
  if (o->observable != NULL)
    return bad_usage("%s", "give one of --url, --host and --email");
  o->observable = v;
  o->observable_kind = kind;
  return EXIT_ANSWERED;
}

static int parse_option(struct options *o, int argc, char **argv, int *i) {
  const char *v;
  if ((v = option_value(argc, argv, i, "--lang")) != NULL)
    o->lang_tag = v;
  else if ((v = option_value(argc, argv, i, "--customer")) != NULL)
    o->customer = v;
  else if ((v = option_value(argc, argv, i, "--format")) != NULL) {
    if (parse_format(v, &o->format) != 0)
      return bad_usage("unknown format '%s' (text, json, jsonl, csv; "
                       "export: rsyslog, syslog-ng; enrich: mmexternal)",
                       v);
    o->format_given = 1;
  } else if ((v = option_value(argc, argv, i, "--field")) != NULL)
    o->field = v;
  else if ((v = option_value(argc, argv, i, "--lang-field")) != NULL)
    o->lang_field = v;
  else if ((v = option_value(argc, argv, i, "--customer-field")) != NULL)
    o->customer_field = v;
  else if ((v = option_value(argc, argv, i, "--columns")) != NULL)
    o->columns = v;
  else if ((v = option_value(argc, argv, i, "--vocabulary")) != NULL)
    o->vocabulary = v;
  else if ((v = option_value(argc, argv, i, "--url-field")) != NULL)
    o->url_field = v;
  else if ((v = option_value(argc, argv, i, "--url")) != NULL)
    return set_observable(o, v, MSSECREF_OBSERVABLE_URL);
  else if ((v = option_value(argc, argv, i, "--host")) != NULL)
    return set_observable(o, v, MSSECREF_OBSERVABLE_HOST);
  else if ((v = option_value(argc, argv, i, "--email")) != NULL)
    return set_observable(o, v, MSSECREF_OBSERVABLE_EMAIL);
  else if ((v = option_value(argc, argv, i, "--today")) != NULL)
    o->today = v;
  else if (strcmp(argv[*i], "--no-header") == 0)
    o->no_header = 1;
  else
    return bad_usage("unknown option or missing value: '%s'", argv[*i]);
  return EXIT_ANSWERED;
}

/* The day review dates are checked against: --today, MSSECREF_TODAY, or
 * the clock (UTC).  A date given on the command line must be one; the
 * environment is set once for many commands, so a bad or empty value there
 * is a warning and the clock decides: the review date never stops an
 * answer. */
static int resolve_today(const char *given) {
  static char clock_day[16];
  const char *env = getenv("MSSECREF_TODAY");
  time_t now;
  struct tm tm;
  if (given != NULL) {
    if (mssecref_catalogue_review_overdue(given) < 0)
      return bad_usage("--today: not a date (YYYY-MM-DD): '%s'", given);
    review_today = given;
    return EXIT_ANSWERED;
  }
  now = time(NULL);
  if (now != (time_t)-1 && gmtime_r(&now, &tm) != NULL &&
      strftime(clock_day, sizeof clock_day, "%Y-%m-%d", &tm) == 10)
    review_today = clock_day;
  if (env != NULL && mssecref_catalogue_review_overdue(env) >= 0)
    review_today = env;
  else if (env != NULL)
    fprintf(stderr,
            "%s: warning: MSSECREF_TODAY is not a date (YYYY-MM-DD): '%s'; "
            "review dates are checked against %s\n",
            progname, env, *review_today ? review_today : "no date");
  return EXIT_ANSWERED; /* no clock: no warnings rather than no answers */
}

static int resolve(struct options *o) {
  int fallback = 0;
  if (resolve_today(o->today) != EXIT_ANSWERED)
    return EXIT_USAGE;
  if (o->lang_tag == NULL)
    o->lang_tag = env_lang();
  o->lang = mssecref_lang_parse(o->lang_tag, &fallback);
  if (o->lang < 0) {
    if (o->lang_tag != NULL && strcmp(o->lang_tag, env_lang()) != 0)
      return bad_usage("--lang: not a language tag: '%s'", o->lang_tag);
    o->lang = MSSECREF_LANG_EN; /* an odd locale in the environment */
    fallback = 1;
  }
  o->lang_other = fallback;
  if (o->customer != NULL) {
    o->customer_id = mssecref_customer_parse(o->customer);
    if (o->customer_id < 0)
      return bad_usage("--customer: '%s' is not home, enterprise or developer",
                       o->customer);
  }
  if (o->vocabulary != NULL &&
      (o->vocabulary_id = mssecref_vocabulary_parse(o->vocabulary)) < 0)
    return bad_usage("--vocabulary: unknown vocabulary '%s' (rsit, intelmq, "
                     "ecs, ms-graph, ms-defender, msrc-abuse, mssecref, "
                     "common)",
                     o->vocabulary);
  return EXIT_ANSWERED;
}

/* --version with --today DATE before or after it: the catalogue's age,
 * and a warning past its review date. */
static int print_version(int argc, char **argv) {
  const char *today = NULL, *v;
  int i, seen = 0;
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--version") == 0 && !seen)
      seen = 1;
    else if ((v = option_value(argc, argv, &i, "--today")) != NULL)
      today = v;
    else
      return bad_usage("unexpected argument '%s'", argv[i]);
  }
  if (!seen)
    return bad_usage("%s", "--today takes a date before --version");
  if (resolve_today(today) != EXIT_ANSWERED)
    return EXIT_USAGE;
  printf("mssecref %s\nlibmssecref %s\ncatalogue %s (confirmed %s, review "
         "by %s)\npublic suffix list %s\n",
         MSSECREF_VERSION_STRING, mssecref_version(),
         mssecref_catalogue_version(), mssecref_catalogue_date(),
         mssecref_catalogue_review_by(), mssecref_catalogue_psl_version());
  if (mssecref_catalogue_review_overdue(review_today) == 1)
    fprintf(stderr,
            "%s: warning: the catalogue was due for review by %s (today is "
            "%s): its facts may be out of date\n",
            progname, mssecref_catalogue_review_by(), review_today);
  return finish_output();
}

static int check_command(const struct command *c, struct options *o) {
  if (c->arg == 2 && o->arg == NULL)
    return bad_usage("%s needs an argument", c->name);
  if (c->run == cmd_export && !o->format_given)
    return bad_usage("%s needs --format csv|json|jsonl", c->name);
  if (c->run == cmd_export &&
      (o->format == FMT_TEXT || o->format == FMT_MMEXTERNAL))
    return bad_usage("%s writes csv, json, jsonl, rsyslog or syslog-ng",
                     c->name);
  if (c->run == cmd_enrich && !o->format_given)
    o->format = FMT_CSV;
  if (c->run == cmd_enrich && o->format != FMT_CSV && o->format != FMT_JSONL &&
      o->format != FMT_MMEXTERNAL)
    return bad_usage("%s reads and writes csv, jsonl or mmexternal", c->name);
  if (c->run != cmd_enrich && c->run != cmd_export && o->format > FMT_CSV)
    return bad_usage("%s writes text, json, jsonl or csv", c->name);
  if (c->run == cmd_enrich && o->field == NULL)
    return bad_usage("%s needs --field COLUMN", c->name);
  if (o->vocabulary != NULL && c->run != cmd_route && c->run != cmd_lookup &&
      c->run != cmd_incidents && c->run != cmd_enrich && c->run != cmd_export)
    return bad_usage("%s takes no --vocabulary", c->name);
  if (o->observable != NULL && c->run != cmd_route)
    return bad_usage("%s takes no --url, --host or --email", c->name);
  return EXIT_ANSWERED;
}

int main(int argc, char **argv) {
  struct options o;
  const struct command *c = NULL;
  int i, rc;
  size_t k;

  memset(&o, 0, sizeof o);
  if (argc < 2)
    return bad_usage("%s", "missing COMMAND");
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    usage(stdout);
    return finish_output();
  }
  if (strcmp(argv[1], "--version") == 0 ||
      (strncmp(argv[1], "--today", 7) == 0 && argc > 2 &&
       strcmp(argv[argc - 1], "--version") == 0))
    return print_version(argc, argv);
  for (k = 0; k < NCOMMANDS; k++)
    if (strcmp(argv[1], commands[k].name) == 0)
      c = &commands[k];
  if (c == NULL)
    return bad_usage("unknown command '%s'", argv[1]);
  for (i = 2; i < argc; i++) {
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      command_help(c);
      return finish_output();
    }
    if (strncmp(argv[i], "--", 2) == 0 && argv[i][2] != '\0') {
      if ((rc = parse_option(&o, argc, argv, &i)) != EXIT_ANSWERED)
        return rc;
    } else if (o.arg == NULL && c->arg > 0) {
      o.arg = argv[i];
    } else {
      return bad_usage("unexpected argument '%s'", argv[i]);
    }
  }
  if ((rc = check_command(c, &o)) != EXIT_ANSWERED ||
      (rc = resolve(&o)) != EXIT_ANSWERED)
    return rc;
  codeset_begin(&o);
  return codeset_end(c->run(&o));
}
