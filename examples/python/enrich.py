#!/usr/bin/env python3
"""Add the Microsoft contact to each JSON Lines event on stdin.

Reads one JSON event per line (IntelMQ, ECS, Microsoft Graph alerts, ...)
as UTF-8 bytes whatever the locale, takes the incident from a field (a
dotted path: IntelMQ's flat "classification.type" and ECS's nested
"event.category" both work; an array is a set of names, its order does
not count, as mssecref_route_set() answers it), and writes the event
back, its own bytes kept, with one
member added: "mssecref": {id, incident, title, url, sign_in,
results_returned, lang, lang_fallback, review_by, review_overdue[,
hosted]}, or {"error": ...} when it cannot be routed (a contact past its
review_by on MSSECREF_TODAY or today also gets one warning on stderr,
never a failure).  A line that is not a JSON object in UTF-8 passes
through unchanged, reported on stderr, and the exit status is then 3; a
blank line passes through.  With --mmexternal each line is answered with
rsyslog's reply, {"$!": {"mssecref": {...}}}.  Output is flushed line by
line when stdin or stdout is a pipe, a socket or a terminal.

    enrich.py --field classification.type < intelmq.jsonl     # IntelMQ
    enrich.py --field event.category --lang ja < ecs.jsonl     # ECS
    enrich.py --field determination < graph-alerts.jsonl       # MS Graph
    enrich.py --field url.domain --url-field url.full ...      # hosted at?
"""

import argparse
import json
import os
import stat
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mssecref  # noqa: E402
from _mssecref_h import MSSECREF_ENOTFOUND, MSSECREF_NAME_MAX  # noqa: E402

if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)  # a long number is JSON, as for the tool
_MISSING = object()
# The longest string the C tool reads as a name: one byte past the
# library's limit, so the library, not the reader, says it is too long.
_NAME_MAX = MSSECREF_NAME_MAX + 1


def get_path(event, path):
    """The value at a dotted path, or _MISSING: at each level a key equal
    to the whole rest of the path wins (IntelMQ's flat keys); otherwise
    the longest key that is a dotted prefix of it, when its value is an
    object (ECS's nesting).  The same rule as `mssecref enrich`."""
    value = event
    while True:
        if not isinstance(value, dict):
            return _MISSING
        if path in value:
            return value[path]
        best = None
        for key in value:
            if (len(key) < len(path) and path[len(key)] == "."
                    and path.startswith(key)
                    and isinstance(value[key], dict)
                    and (best is None or len(key) > len(best))):
                best = key
        if best is None:
            return _MISSING
        value, path = value[best], path[len(best) + 1:]


def set_names(values):
    """An array as the set the library reads: strings it could read as
    names, others as None (skipped, as the tool leaves them out)."""
    return [v if isinstance(v, str) and "\0" not in v and
            len(v.encode("utf-8", "surrogatepass")) <= _NAME_MAX else None
            for v in values]


_answers = {}


def answer_json(c, hosted):
    """The "mssecref" object as JSON bytes, made once per answer."""
    key = (c.id, c.incident, c.lang, c.customer, c.lang_fallback,
           c.other_lang, hosted, c.hosting)
    try:
        return _answers[key]
    except KeyError:
        pass
    overdue = c.review_overdue
    if overdue and c.id not in _warned:
        _warned.add(c.id)
        sys.stderr.write("enrich.py: warning: contact '%s' was due for review"
                         " by %s: its facts may be out of date\n"
                         % (c.id, c.review_by))
    obj = {"id": c.id, "incident": c.incident, "title": c.title,
           "url": c.url, "sign_in": list(c.sign_in),
           "results_returned": c.results_returned, "lang": c.lang,
           "lang_fallback": bool(c.lang_fallback or c.other_lang),
           "review_by": c.review_by, "review_overdue": overdue}
    if hosted is not None:
        obj["hosted"] = hosted
        obj["hosting"] = (c.hosting or "") if hosted is not None else ""
    data = json.dumps(obj, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")
    if len(_answers) < 4096:  # few distinct answers: bounded by the catalogue
        _answers[key] = data
    return data


def error_json(why):
    return json.dumps({"error": why}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8", "replace")


def string_field(event, path, default):
    if path is None:
        return default
    value = get_path(event, path)
    if value is _MISSING:
        return default
    if not isinstance(value, str):
        raise ValueError("field '%s': not a string" % path[:64])
    if "\0" in value:
        raise ValueError("field '%s': NUL character" % path[:64])
    return value


_warned = set()


def route_event(event, args):
    """The "mssecref" object for one event, as JSON bytes."""
    values = get_path(event, args.field)
    if values is _MISSING:
        return error_json("no '%s' field" % args.field[:64])
    try:
        lang = string_field(event, args.lang_field, args.lang)
        customer = string_field(event, args.customer_field, args.customer)
        url = string_field(event, args.url_field,
                           "" if args.url_field else None)
    except ValueError as e:
        return error_json(str(e))
    if isinstance(values, list):
        if not values:
            return error_json("empty set of incident names")
        names = set_names(values)
        if all(n is None for n in names):
            return error_json("none of the names is an incident name")
    elif isinstance(values, str):
        names = values
    else:
        return error_json("field '%s': not a string" % args.field[:64])
    try:
        c = mssecref.route(names, lang, customer or None, args.vocabulary)
        if url:  # where it is hosted decides, for the incident the set chose
            c = mssecref.route_observable(c.incident, url, lang,
                                          customer or None)
            return answer_json(c, c.hosted)
        return answer_json(c, False if url is not None else None)
    except mssecref.MssecrefError as e:
        if isinstance(names, list):
            return error_json("none of the names is an incident name"
                              if e.status == MSSECREF_ENOTFOUND else str(e))
        return error_json("%s: %s" % (names[:64], e))
    except (TypeError, ValueError) as e:
        return error_json(str(e))


def enrich_line(raw, args):
    """One line (without its newline) out; None when it is not an event."""
    try:
        event = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(event, dict):
        return None
    answer = route_event(event, args)
    if args.mmexternal:
        return b'{"$!":{"mssecref":' + answer + b"}}"
    if "mssecref" in event:  # replaced, never duplicated
        del event["mssecref"]
        body = json.dumps(event, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        return body[:-1] + (b',' if event else b"") + b'"mssecref":' + \
            answer + b"}"
    close = raw.rstrip(b" \t\r").rfind(b"}")
    return raw[:close] + (b"," if event else b"") + b'"mssecref":' + \
        answer + raw[close:]


def _is_stream(f):
    try:
        mode = os.fstat(f.fileno()).st_mode
    except (OSError, ValueError):
        return False
    return f.isatty() or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--field", default="classification.type",
                   help="dotted path of the incident (default: %(default)s)")
    p.add_argument("--lang", default=None,
                   help="language tag for every event (default: English)")
    p.add_argument("--lang-field", help="dotted path of a per-event language")
    p.add_argument("--customer", default=None,
                   help="home, enterprise or developer (default: any)")
    p.add_argument("--customer-field",
                   help="dotted path of a per-event customer type")
    p.add_argument("--url-field",
                   help="dotted path of a URL, host or e-mail address: "
                   "hosted at Microsoft goes to the abuse report")
    p.add_argument("--vocabulary",
                   help="read names as this vocabulary's values: rsit, "
                   "intelmq, ecs, ms-graph, ms-defender, msrc-abuse")
    p.add_argument("--mmexternal", action="store_true",
                   help="answer each line as an rsyslog mmexternal plugin")
    args = p.parse_args(argv)
    status = 0
    reported = 0
    # 64 KiB reads: the default 8 KiB costs a system call per 25 events
    inp = open(sys.stdin.fileno(), "rb", buffering=1 << 16, closefd=False)
    out = sys.stdout.buffer
    stream = _is_stream(sys.stdin) or _is_stream(sys.stdout)
    pending = []  # lines not yet written, when not streaming
    number = 0
    try:
        for line in inp:
            number += 1
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]  # a byte-order mark is not part of the event
            raw = line[:-1] if line[-1:] == b"\n" else line
            enriched = enrich_line(raw, args) if raw.strip(b" \t\r") else (
                b"{}" if args.mmexternal else raw)
            if enriched is None:
                status = 3
                reported += 1
                if reported <= 10:
                    sys.stderr.write("enrich.py: line %d is not a JSON "
                                     "object in UTF-8; passed through\n"
                                     % number)
                enriched = (b'{"$!":{"mssecref":' + error_json(
                    "input is not a JSON object") + b"}}"
                    if args.mmexternal else raw)
            if stream:
                out.write(enriched + b"\n")
                out.flush()
            else:
                pending.append(enriched)
                if len(pending) >= 4096:
                    pending.append(b"")
                    out.write(b"\n".join(pending))
                    pending = []
        if pending:
            pending.append(b"")
            out.write(b"\n".join(pending))
        out.flush()
    except OSError as e:
        sys.stderr.write("enrich.py: write error: %s\n" % e)
        return 3
    if reported > 10:
        sys.stderr.write("enrich.py: %d lines passed through unread in all\n"
                         % reported)
    return status


if __name__ == "__main__":
    sys.exit(main())
