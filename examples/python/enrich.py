#!/usr/bin/env python3
"""Add the Microsoft contact to each JSON Lines event on stdin.

Reads one JSON event per line (IntelMQ, ECS, Microsoft Graph alerts, ...),
takes the incident from a field (dotted path; an array means "the first
routable value"), and writes the event back with a "mssecref" object: id,
incident, title, url, sign_in, results_returned, lang, lang_fallback,
review_by, review_overdue (past review_by on MSSECREF_TODAY or today: also
one warning per contact on stderr, never a failure).  An
event that cannot be routed passes through unchanged but for
"mssecref": {"error": ...}; a line that is not a JSON object passes through
verbatim, reported on stderr, and the exit status is then 3.

    enrich.py --field classification.type < intelmq.jsonl     # IntelMQ
    enrich.py --field event.category --lang ja < ecs.jsonl     # ECS
    enrich.py --field determination < graph-alerts.jsonl       # MS Graph
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mssecref  # noqa: E402


def get_path(event, path):
    """The value at a dotted path ("event.category"), or None.

    ECS documents may also hold the dotted name as one key."""
    if isinstance(event, dict) and path in event:
        return event[path]
    value = event
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


_warned = set()


def contact_fields(c):
    overdue = c.review_overdue
    if overdue and c.id not in _warned:
        _warned.add(c.id)
        sys.stderr.write("enrich.py: warning: contact '%s' was due for review"
                         " by %s: its facts may be out of date\n"
                         % (c.id, c.review_by))
    return {"id": c.id, "incident": c.incident, "title": c.title,
            "url": c.url, "sign_in": list(c.sign_in),
            "results_returned": c.results_returned, "lang": c.lang,
            "lang_fallback": c.lang_fallback,
            "alternatives": list(c.alternatives),
            "review_by": c.review_by, "review_overdue": overdue}


def route_event(event, args):
    """The "mssecref" object for one event."""
    values = get_path(event, args.field)
    lang = get_path(event, args.lang_field) if args.lang_field else args.lang
    customer = (get_path(event, args.customer_field) if args.customer_field
                else args.customer)
    if not isinstance(values, list):
        values = [values]
    if not isinstance(lang, (str, type(None))) or not isinstance(
            customer, (str, type(None))):
        return {"error": "language or customer field is not a string"}
    error = "no '%s' field" % args.field
    for value in values:
        if not isinstance(value, str):
            continue
        try:
            return contact_fields(mssecref.route(value, lang, customer or None))
        except mssecref.MssecrefError as e:
            error = "%s: %s" % (value[:64], e)
    return {"error": error}


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
    args = p.parse_args(argv)
    status = 0
    out = sys.stdout
    for number, line in enumerate(sys.stdin, 1):
        try:
            event = json.loads(line)
        except ValueError:
            event = None
        if not isinstance(event, dict):
            sys.stderr.write("enrich.py: line %d is not a JSON object; passed"
                             " through\n" % number)
            out.write(line)
            status = 3
            continue
        event["mssecref"] = route_event(event, args)
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
    try:
        out.flush()
    except OSError as e:
        sys.stderr.write("enrich.py: write error: %s\n" % e)
        return 3
    return status


if __name__ == "__main__":
    sys.exit(main())
