"""A pytest plugin: each test case as one TAP line, for Automake's TAP
driver (tests/pytest-tap.sh), written at the end of the session to the
file named by SDKERR_TAP_FILE.

A case fails if any of its phases (setup, call, teardown) failed; a case
pytest skipped is reported as a TAP skip, which CI counts against the
suite; a module that cannot be collected is a failed line of its own.
"""

import os

_cases = {}


def _record(nodeid, outcome, reason=""):
    previous = _cases.get(nodeid)
    if previous is None or previous[0] == "passed":
        _cases[nodeid] = (outcome, reason)


def pytest_runtest_logreport(report):
    if report.failed:
        _record(report.nodeid, "failed")
    elif report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
        _record(report.nodeid, "skipped", reason)
    elif report.when == "call":
        _record(report.nodeid, "passed")


def pytest_collectreport(report):
    if report.failed:
        _record("collecting " + (report.nodeid or "the tests"), "failed")


def _line(number, nodeid, outcome, reason):
    name = nodeid.split("::", 1)[-1].replace("#", "\\#")
    if outcome == "passed":
        return "ok %d - %s" % (number, name)
    if outcome == "skipped":
        return "ok %d - %s # SKIP %s" % (number, name, reason.replace("\n", " "))
    return "not ok %d - %s" % (number, name)


def pytest_sessionfinish(session, exitstatus):
    lines = [_line(n, nodeid, outcome, reason)
             for n, (nodeid, (outcome, reason)) in enumerate(_cases.items(), 1)]
    with open(os.environ["SDKERR_TAP_FILE"], "w", encoding="utf-8") as tap:
        tap.write("1..%d\n" % len(lines))
        for line in lines:
            tap.write(line + "\n")
