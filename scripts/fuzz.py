#!/usr/bin/env python3
"""A seeded mutation fuzzer for hep's readers.

usage: fuzz.py HEP WORKDIR [CASES] [SEED]

Mutates the bundled program and exercises and day logs written by hep, and runs each
case through `hep validate`, `hep report` (text, json, csv, html), `hep export --format fhir`
and `hep today`, and a program also through `hep program history` and `hep program handout`.
A case fails
when hep dies of a signal, runs past the time limit, exits with a status hep does not
document, prints a problem line that does not name the file, or calls valid a file the
JSON Schemas in data/schema refuse (hep reads and checks a file in one pass; the schemas
describe the same contract for other tools, and this keeps the two from parting). Failed
cases are kept in Tests/Fuzz/regressions/ (and every file there is run first, every time).
Needs Python's jsonschema (scripts/test installs it).
Prints "fuzz: N passed, M failed".
"""
import glob
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
REGRESSIONS = os.path.join(ROOT, "Tests", "Fuzz", "regressions")
DOCUMENTED = {0, 64, 65, 66, 73, 74}
LIMIT = 10  # seconds for one command


def load_schemas():
    spec = importlib.util.spec_from_file_location("check_schemas", os.path.join(ROOT, "scripts", "check-schemas.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.validators()


SCHEMAS = load_schemas()


def mutate(data: bytes, rnd: random.Random) -> bytes:
    """One to three mutations, byte-level or of the JSON tree."""
    for _ in range(rnd.randint(1, 3)):
        kind = rnd.randrange(9)
        if kind == 0 and data:  # flip a byte
            i = rnd.randrange(len(data))
            data = data[:i] + bytes([rnd.randrange(256)]) + data[i + 1:]
        elif kind == 1 and data:  # cut short
            data = data[:rnd.randrange(len(data))]
        elif kind == 2:  # insert control characters, odd UTF-8 or a terminal escape
            i = rnd.randrange(len(data) + 1)
            junk = rnd.choice([b"\x1b[2J", b"\x00", b"\xff\xfe", b"\xc3", b"\\u0000", b"\\ud800", b"\n", b"\x07", b"\xe2\x80\xae"])
            data = data[:i] + junk + data[i:]
        elif kind == 3 and data:  # duplicate a stretch
            i = rnd.randrange(len(data))
            j = min(len(data), i + rnd.randrange(1, 200))
            data = data[:j] + data[i:j] + data[j:]
        else:
            try:
                tree = mutate_tree(json.loads(data), rnd, kind)
                data = json.dumps(tree, ensure_ascii=rnd.random() < 0.5).encode()
            except (ValueError, RecursionError):
                continue
    return data


SURPRISES = [None, True, 0, -1, 1.5, 1e400, 10 ** 30, "", "x" * 5000, [], {}, "2026-02-30", "2026-11-29T25:00:00+01:00",
             "../../etc", "a\u0000b", "\u001b]0;PWNED\u0007", "2026-11-29T08:00:00Z", [[[[[]]]]]]


def mutate_tree(tree, rnd, kind):
    """Replace, drop or add one value somewhere in the document."""
    paths = []

    def walk(node, path):
        paths.append(path)
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, path + [k])
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, path + [i])
    walk(tree, [])
    path = rnd.choice(paths)
    if not path:
        return tree
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if kind in (4, 5):
        parent[last] = rnd.choice(SURPRISES)
    elif kind == 6:
        del parent[last]
    elif kind == 7 and isinstance(parent, list):
        parent.insert(last, parent[last])
    else:
        nested = parent[last]
        for _ in range(rnd.randint(1, 700)):
            nested = [nested]
        parent[last] = nested
    return tree


def run(hep, args):
    """What went wrong (or None), what hep printed, and its exit status."""
    try:
        p = subprocess.run([hep] + args, capture_output=True, timeout=LIMIT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return "ran past %d s" % LIMIT, "", None
    if p.returncode < 0:
        return "killed by signal %d" % -p.returncode, "", None
    if p.returncode not in DOCUMENTED:
        return "exit status %d is not documented" % p.returncode, "", None
    return None, (p.stdout + p.stderr).decode("utf-8", "replace"), p.returncode


def schema_refuses(data):
    """The first thing the JSON Schemas refuse in a document, or None."""
    document = json.loads(data)
    validator = SCHEMAS.get(document.get("schema")) if isinstance(document, dict) else None
    if validator is None:
        return "no schema for it"
    error = next(validator.iter_errors(document), None)
    return error and "%s: %s" % (error.json_path, error.message[:100])


def check_case(hep, work, kind, data):
    """Runs one case; returns what went wrong, or None."""
    folder = os.path.join(work, "case")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "log"))
    example = os.path.join(ROOT, "data", "programs", "example-knee.json")
    if kind == "program":
        target = os.path.join(folder, "program.json")
    else:
        shutil.copy(example, os.path.join(folder, "program.json"))
        target = os.path.join(folder, "log", "2026-11-25.json") if kind == "log" else os.path.join(folder, "exercise.json")
    with open(target, "wb") as f:
        f.write(data)
    commands = [["validate", target]]
    if kind != "exercise":
        commands += [["validate", "--data", folder], ["today", "--data", folder, "--date", "2026-11-25"]]
        commands += [["report", "--data", folder, "--from", "2026-11-20", "--to", "2026-11-28", "--today", "2026-11-29",
                      "--format", f] for f in ("text", "json", "csv", "html")]
        commands += [["export", "--format", "fhir", "--data", folder, "--from", "2026-11-20", "--to", "2026-11-28",
                      "--out", os.path.join(work, "bundle.json")]]
    if kind == "program":
        commands += [["program", "history", "--data", folder], ["program", "handout", "--data", folder, "--format", "html"]]
    for args in commands:
        wrong, output, status = run(hep, args)
        if wrong:
            return "hep %s: %s" % (" ".join(args[:1]), wrong)
        if args == ["validate", target] and status == 0:
            refused = schema_refuses(data)
            if refused:
                return "hep validate calls valid what the JSON Schema refuses: %s" % refused
        if "\x1b" in output:
            return "hep %s: an escape character reached the terminal" % args[0]
        if args[0] == "validate":
            for line in output.splitlines():
                if line and not line.startswith(target) and "checked" not in line and not line.startswith(folder):
                    return "hep validate: a line that names no file: %r" % line[:120]
    return None


def main():
    sys.setrecursionlimit(20000)
    hep, work = sys.argv[1], sys.argv[2]
    cases = int(sys.argv[3]) if len(sys.argv) > 3 else 1500
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    rnd = random.Random(seed)
    # Seeds: the bundled program and exercises, and day logs hep itself wrote.
    history = os.path.join(work, "history")
    shutil.rmtree(history, ignore_errors=True)
    subprocess.run([hep, "demo-history", "--years", "1", "--seed", str(seed), "--today", "2026-11-29", "--data", history],
                   check=True, capture_output=True)
    seeds = [("program", open(os.path.join(ROOT, "data", "programs", "example-knee.json"), "rb").read())]
    seeds += [("exercise", open(p, "rb").read()) for p in sorted(glob.glob(os.path.join(ROOT, "data", "exercises", "*.json")))[:8]]
    logs = sorted(glob.glob(os.path.join(history, "log", "*.json")))
    for p in rnd.sample(logs, min(20, len(logs))):
        text = open(p, "rb").read()
        # Every seed log is moved to the date the case runs on.
        tree = json.loads(text)
        tree["date"] = "2026-11-25"
        for s in tree["sessions"]:
            s["started"] = "2026-11-25" + s["started"][10:]
        seeds.append(("log", json.dumps(tree).encode()))

    passed = failed = 0
    os.makedirs(REGRESSIONS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(REGRESSIONS, "*"))):
        kind = os.path.basename(path).split("-")[0]
        wrong = check_case(hep, work, kind, open(path, "rb").read())
        if wrong:
            failed += 1
            print("FAIL  regression %s: %s" % (os.path.basename(path), wrong))
        else:
            passed += 1
    for n in range(cases):
        kind, base = rnd.choice(seeds)
        data = mutate(base, rnd)
        wrong = check_case(hep, work, kind, data)
        if wrong:
            failed += 1
            name = "%s-seed%d-case%d.json" % (kind, seed, n)
            with open(os.path.join(REGRESSIONS, name), "wb") as f:
                f.write(data)
            print("FAIL  case %d (%s, kept as Tests/Fuzz/regressions/%s): %s" % (n, kind, name, wrong))
        else:
            passed += 1
    print("fuzz: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
