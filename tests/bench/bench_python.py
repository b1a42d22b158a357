"""make bench-python: mssecref.route() through the binding against what a
Python user would otherwise write, a plain function returning the URL from
a dict keyed by the exact (incident, lang, customer) strings it is given.

Same inputs (every alias as catalogued, lower case, upper case and with '_'
for '-'; locale forms; customer types), all of them keys of that dict; same
run, alternating; medians of 7 repetitions.  The binding computes each
answer through the library once and keeps it, so one untimed pass comes
first, as a long-running pipeline's first events would.

Output: "python-route BINDING_NS DICT_NS RATIOx" and '#' comment lines."""
import os
import platform
import random
import statistics
import sys
import time

# The binding as the build writes it (MSSECREF_PYDIR: make bench-python).
sys.path.insert(0, os.environ.get("MSSECREF_PYDIR", os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "build",
    "python")))
import mssecref  # noqa: E402

TAGS = [None, "ja", "en", "ja_JP.UTF-8", "en_US.UTF-8", "JA_jp", "C",
        "de-DE"]
CUSTOMERS = [None, "home", "enterprise", "Home", "ENTERPRISE"]
REPS = int(os.environ.get("BENCH_REPS", "7"))
CALLS = int(os.environ.get("BENCH_CALLS", "1000000"))


def variants(name):
    return {name, name.lower(), name.upper(), name.replace("-", "_")}


def make_inputs():
    names = sorted({v for i in mssecref.incidents() for v in variants(i.name)})
    rng = random.Random(20261129)
    inputs = [(n, rng.choice(TAGS), rng.choice(CUSTOMERS)) for n in names
              for _ in range(4)]
    rng.shuffle(inputs)
    return inputs


def time_calls(fn, inputs, calls):
    rounds = max(1, calls // len(inputs))
    t0 = time.perf_counter_ns()
    for _ in range(rounds):
        for incident, lang, customer in inputs:
            fn(incident, lang, customer)
    return (time.perf_counter_ns() - t0) / (rounds * len(inputs))


def main():
    inputs = make_inputs()
    table = {}
    for key in inputs:
        table[key] = mssecref.route(*key).url  # also the untimed first pass

    def dict_route(incident, lang=None, customer=None):
        return table[(incident, lang, customer)]

    for key in inputs:  # both give the same answers
        assert mssecref.route(*key).url == dict_route(*key)
    binding, plain = [], []
    for _ in range(REPS):
        binding.append(time_calls(mssecref.route, inputs, CALLS))
        plain.append(time_calls(dict_route, inputs, CALLS))
    b, d = statistics.median(binding), statistics.median(plain)
    print("# python %s on %s, %d distinct inputs, %d repetitions of %d calls"
          % (platform.python_version(), platform.machine(), len(inputs),
             REPS, CALLS))
    print("# operation    binding_ns dict_ns ratio")
    print("python-route %.1f %.1f %.2fx" % (b, d, b / d))


if __name__ == "__main__":
    main()
