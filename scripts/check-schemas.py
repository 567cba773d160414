#!/usr/bin/env python3
"""Validates hep files against the JSON Schemas in data/schema with the `jsonschema` package.

Usage: check-schemas.py FILE...   (each file's "schema" field picks its schema)
Prints one line per file that does not conform and exits 1 if any; prints a count otherwise.
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

SCHEMAS = pathlib.Path(__file__).resolve().parent.parent / "data" / "schema"
KINDS = {"hep.exercise/1": "exercise", "hep.program/1": "program", "hep.log/1": "log"}


def validators():
    """A validator per schema id, the schemas checked first."""
    loaded = {name: json.loads((SCHEMAS / f"{name}.schema.json").read_text()) for name in KINDS.values()}
    for schema in loaded.values():
        Draft202012Validator.check_schema(schema)
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in loaded.values())
    return {k: Draft202012Validator(loaded[v], registry=registry) for k, v in KINDS.items()}


def main(paths):
    validators_by_id = validators()
    failed = 0
    for path in paths:
        document = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        validator = validators_by_id.get(document.get("schema"))
        if validator is None:
            print(f"{path}: no schema for {document.get('schema')!r}")
            failed += 1
            continue
        for error in validator.iter_errors(document):
            print(f"{path}: {error.json_path}: {error.message}")
            failed += 1
    if failed:
        return 1
    print(f"{len(paths)} files conform")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
