"""Paths the tests use, from the environment make check sets."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
TOOL = os.environ.get("MSSECREF_TOOL", os.path.join(ROOT, "build", "mssecref"))
# The binding as the build writes it: examples/python/ and _mssecref_h.py,
# the header's constants.
PYDIR = os.environ.get("MSSECREF_PYDIR", os.path.join(ROOT, "build", "python"))
os.environ.setdefault("MSSECREF_LIBRARY",
                      os.path.join(ROOT, "build", "libmssecref.so.1"))
sys.path.insert(0, PYDIR)


def _header_version():
    """MAJOR.MINOR.PATCH as include/mssecref.h writes it, the one source."""
    parts = {}
    with open(os.path.join(ROOT, "include", "mssecref.h")) as f:
        for line in f:
            w = line.split()
            if len(w) == 3 and w[0] == "#define" and \
                    w[1].startswith("MSSECREF_VERSION_") and w[2].isdigit():
                parts[w[1][len("MSSECREF_VERSION_"):]] = w[2]
    return "%s.%s.%s" % (parts["MAJOR"], parts["MINOR"], parts["PATCH"])


VERSION = _header_version()

INCIDENTS = ["malware-sample", "unsafe-website", "tech-support-scam",
             "cloud-abuse", "vulnerability", "definition-update",
             "threat-information", "product-support"]

# What the post answers, by incident: the contact to use.
POST_ANSWERS = {
    "malware-sample": "file-submission",
    "unsafe-website": "report-unsafe-site",
    "tech-support-scam": "tech-support-scam",
    "cloud-abuse": "report-abuse",
    "vulnerability": "msrc-vulnerability-report",
    "definition-update": "security-intelligence-updates",
    "threat-information": "threat-encyclopedia",
    "product-support": "microsoft-support",
}
