"""The URL Standard's own conformance data (tests/data/wpt-urltestdata.json):
for every case with a special scheme and no base URL, the host
mssecref_observable_host() judges must equal the case's expected hostname,
or both must fail.  Prints the count and every known exception with its
reason; fails on any other disagreement and on an exception that no longer
disagrees.

Usage: python3 wpt_hosts.py LIBRARY DATA.json"""
import ctypes
import json
import sys

SPECIAL = {"http", "https", "ws", "wss", "ftp", "file"}
URL = 1

# Inputs the C API cannot be given as the URL Standard sees them.
EXCEPTIONS = {
    # A C string ends at its first NUL: the library reads the URL up to it.
}
NUL_REASON = ("contains U+0000: a C string ends at its first NUL byte, so "
              "the library is given only the part before it")


def to_utf8(s):
    """A JavaScript string as the URL parser sees it (lone surrogates become
    U+FFFD), in UTF-8."""
    s = s.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return s.encode("utf-8")


def scheme_of(s):
    s = s.strip("".join(chr(c) for c in range(0x21)))
    s = s.replace("\t", "").replace("\n", "").replace("\r", "")
    i = 0
    if not s or not s[0].isascii() or not s[0].isalpha():
        return None
    while i < len(s) and s[i].isascii() and (s[i].isalnum() or s[i] in "+-."):
        i += 1
    return s[:i].lower() if i < len(s) and s[i] == ":" else None


def main():
    lib = ctypes.CDLL(sys.argv[1])
    f = lib.mssecref_observable_host
    f.restype = ctypes.c_int
    f.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                  ctypes.c_size_t, ctypes.POINTER(ctypes.c_uint)]
    with open(sys.argv[2], encoding="utf-8") as fh:
        cases = json.load(fh)
    total = passed = 0
    excepted, bad = [], []
    for case in cases:
        if not isinstance(case, dict) or case.get("base") is not None:
            continue
        if scheme_of(case["input"]) not in SPECIAL:
            continue
        total += 1
        want = None if case.get("failure") else case["hostname"]
        buf = ctypes.create_string_buffer(2048)
        rc = f(to_utf8(case["input"]), URL, buf, len(buf), None)
        got = None if rc < 0 else buf.value.decode("ascii")
        reason = EXCEPTIONS.get(case["input"])
        if reason is None and "\0" in case["input"]:
            reason = NUL_REASON
        if got == want:
            if reason is not None and case["input"] in EXCEPTIONS:
                bad.append((case["input"], want, got, "listed as an "
                            "exception but agrees: remove it"))
            passed += 1
        elif reason is not None:
            excepted.append((case["input"], want, got, reason))
        else:
            bad.append((case["input"], want, got, rc))
    print("wpt-urltestdata: %d of %d special-scheme cases without a base "
          "agree, %d known exceptions, %d disagreements"
          % (passed, total, len(excepted), len(bad)))
    for inp, want, got, why in excepted:
        print("  exception %r: expected %r, library %r: %s"
              % (inp, want, got, why))
    for inp, want, got, rc in bad:
        print("  DISAGREES %r: expected %r, library %r (%s)"
              % (inp, want, got, rc))
    return 1 if bad or total < 300 else 0


if __name__ == "__main__":
    sys.exit(main())
