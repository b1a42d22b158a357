"""The binding and include/mssecref.h agree: every integer constant of the
header reaches Python through _mssecref_h with the header's value, and the
binding keeps no number of its own that the header defines."""
import ast
import os
import re
import unittest

import common
import _mssecref_h
import mssecref

HEADER = os.path.join(common.ROOT, "include", "mssecref.h")


def header_constants():
    """NAME -> value for each `#define MSSECREF_X <integer>` and each
    `MSSECREF_X = <integer>` enumerator, read from the header's text."""
    with open(HEADER) as f:
        text = f.read()
    found = {}
    for m in re.finditer(r"^#define (MSSECREF_\w+) +(-?(?:0x[0-9a-fA-F]+|\d+))"
                         r"\b", text, re.M):
        found[m.group(1)] = int(m.group(2), 0)
    for m in re.finditer(r"^ *(MSSECREF_\w+) = (-?\d+)\b", text, re.M):
        found[m.group(1)] = int(m.group(2))
    return found


def module_constants():
    return {k: v for k, v in vars(_mssecref_h).items()
            if k.startswith("MSSECREF_") and isinstance(v, int)}


def numbers_kept(path, allowed):
    """Module-level names the file binds to a number, a tuple of numbers or
    a dict holding numbers, apart from `allowed`."""
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    kept = []
    for node in tree.body:
        if not isinstance(node, ast.Assign):
            continue
        literals = [n for n in ast.walk(node.value)
                    if isinstance(n, ast.Constant) and
                    type(n.value) is int]
        names = [t.id for t in ast.walk(node) if isinstance(t, ast.Name)
                 and isinstance(t.ctx, ast.Store)]
        if literals and not set(names) <= allowed:
            kept.append((node.lineno, names))
    return kept


def negative_numbers(path):
    """Lines of the file with a negative integer literal outside a slice
    ("line[:-1]"): the header's status codes are negative, and the binding
    names them."""
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    in_slice = {id(n) for s in ast.walk(tree) if isinstance(s, ast.Slice)
                for n in ast.walk(s)}
    return [n.lineno for n in ast.walk(tree)
            if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub)
            and isinstance(n.operand, ast.Constant)
            and type(n.operand.value) is int and id(n) not in in_slice]


class TestHeader(unittest.TestCase):
    def test_every_constant_with_the_headers_value(self):
        header = header_constants()
        self.assertGreater(len(header), 50)  # the reader found them
        self.assertEqual(module_constants(), header)

    def test_host_kind_macro(self):
        for kind in (_mssecref_h.MSSECREF_OBSERVABLE_URL,
                     _mssecref_h.MSSECREF_OBSERVABLE_HOST,
                     _mssecref_h.MSSECREF_OBSERVABLE_EMAIL):
            flags = (kind << _mssecref_h.MSSECREF_HOST_KIND_SHIFT) | 0x3f
            self.assertEqual(_mssecref_h.MSSECREF_HOST_KIND(flags), kind)

    def test_enum_names_from_the_library(self):
        h = header_constants()
        self.assertEqual(mssecref._LANGS, {"ja": h["MSSECREF_LANG_JA"],
                                           "en": h["MSSECREF_LANG_EN"]})
        self.assertEqual(mssecref._CUSTOMERS, {
            "home": h["MSSECREF_CUSTOMER_HOME"],
            "enterprise": h["MSSECREF_CUSTOMER_ENTERPRISE"],
            "developer": h["MSSECREF_CUSTOMER_DEVELOPER"]})
        self.assertEqual(mssecref._KINDS, {
            None: h["MSSECREF_OBSERVABLE_ANY"],
            "url": h["MSSECREF_OBSERVABLE_URL"],
            "host": h["MSSECREF_OBSERVABLE_HOST"],
            "email": h["MSSECREF_OBSERVABLE_EMAIL"]})

    def test_binding_copies_no_number(self):
        # The binding's own: its cache's limit and the bytes it holds.
        self.assertEqual(numbers_kept(os.path.join(common.PYDIR,
                                                   "mssecref.py"),
                                      {"CACHE_BYTES", "_cache_used"}), [])
        self.assertEqual(numbers_kept(os.path.join(common.PYDIR,
                                                   "enrich.py"),
                                      {"_NAME_MAX"}), [])

    def test_binding_names_every_status(self):
        for name in ("mssecref.py", "enrich.py"):
            self.assertEqual(negative_numbers(os.path.join(common.PYDIR,
                                                           name)), [], name)


if __name__ == "__main__":
    unittest.main()
