#!/usr/bin/env python3
"""Validates bundles written by `hep export --format fhir`.

First with the FHIR models of the `fhir.resources` package (version 8, its R4B models: the
package has no R4 ones, and R4B changed none of the elements hep writes), then with the checks
those models leave out: every reference resolves inside the bundle, every status and code is
from its FHIR value set, pain and effort are whole numbers 0..10, ids are unique version-5
UUIDs matching their fullUrl, no element is empty, and a transaction's every entry is a PUT
to ResourceType/id.

Usage: check-fhir.py FILE...
Prints one line per problem and exits 1 if any; otherwise one line per bundle with its counts.
"""
import collections
import json
import pathlib
import re
import sys
from datetime import datetime

from fhir.resources.R4B.bundle import Bundle

# The required value sets of R4 for the codes hep writes.
VALUE_SETS = {
    ("Bundle", "type"): {"document", "message", "transaction", "transaction-response", "batch", "batch-response",
                         "history", "searchset", "collection"},
    ("CarePlan", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    ("CarePlan", "intent"): {"proposal", "plan", "order", "option"},
    ("CarePlan.activity.detail", "status"): {"not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled",
                                             "stopped", "unknown", "entered-in-error"},
    ("CarePlan.activity.detail", "kind"): {"Appointment", "CommunicationRequest", "DeviceRequest", "MedicationRequest",
                                           "NutritionOrder", "Task", "ServiceRequest", "VisionPrescription"},
    ("Timing.repeat", "periodUnit"): {"s", "min", "h", "d", "wk", "mo", "a"},
    ("Timing.repeat", "dayOfWeek"): {"mon", "tue", "wed", "thu", "fri", "sat", "sun"},
    ("Procedure", "status"): {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                              "entered-in-error", "unknown"},
    ("Observation", "status"): {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                                "entered-in-error", "unknown"},
}
SCORES = {"72514-3", "82289-0"}  # LOINC: pain 0-10, perceived exertion 0-10
UUID5 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def code_problems(bundle):
    """Codes outside their value set, as (where, value) pairs."""
    def check(kind, field, value, where):
        allowed = VALUE_SETS[(kind, field)]
        for v in value if isinstance(value, list) else [value]:
            if v not in allowed:
                yield f"{where}.{field}: {v!r} is not in the value set"

    yield from check("Bundle", "type", bundle.get("type"), "Bundle")
    for i, entry in enumerate(bundle.get("entry", [])):
        resource, where = entry.get("resource", {}), f"entry[{i}]"
        kind = resource.get("resourceType")
        if kind == "CarePlan":
            yield from check("CarePlan", "status", resource.get("status"), where)
            yield from check("CarePlan", "intent", resource.get("intent"), where)
            for j, activity in enumerate(resource.get("activity", [])):
                detail, at = activity.get("detail", {}), f"{where}.activity[{j}].detail"
                yield from check("CarePlan.activity.detail", "status", detail.get("status"), at)
                yield from check("CarePlan.activity.detail", "kind", detail.get("kind"), at)
                repeat = detail.get("scheduledTiming", {}).get("repeat", {})
                yield from check("Timing.repeat", "periodUnit", repeat.get("periodUnit"), at)
                yield from check("Timing.repeat", "dayOfWeek", repeat.get("dayOfWeek", []), at)
        elif kind in ("Procedure", "Observation"):
            yield from check(kind, "status", resource.get("status"), where)


def empty_elements(value, where):
    """FHIR's JSON has no empty strings, arrays or objects, and no nulls."""
    if value is None or value == "" or value == [] or value == {}:
        yield f"{where}: empty element"
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from empty_elements(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from empty_elements(item, f"{where}[{i}]")


def references(value):
    """Every Reference.reference below `value`."""
    if isinstance(value, dict):
        if isinstance(value.get("reference"), str):
            yield value["reference"]
        for item in value.values():
            yield from references(item)
    elif isinstance(value, list):
        for item in value:
            yield from references(item)


def problems(bundle):
    try:
        Bundle.model_validate(bundle, strict=True)
    except Exception as error:  # pydantic's ValidationError, one line per field
        yield from (f"fhir.resources: {line}" for line in str(error).splitlines())
    yield from code_problems(bundle)
    yield from empty_elements(bundle, "Bundle")
    entries = bundle.get("entry", [])
    full_urls = {e.get("fullUrl") for e in entries}
    ids = [e.get("resource", {}).get("id") for e in entries]
    for duplicate in sorted(i for i, n in collections.Counter(ids).items() if n > 1):
        yield f"id {duplicate} is used more than once"
    for i, entry in enumerate(entries):
        resource, where = entry.get("resource", {}), f"entry[{i}]"
        kind, rid = resource.get("resourceType"), resource.get("id")
        if not UUID5.match(rid or ""):
            yield f"{where}: id {rid!r} is not a version-5 UUID"
        if entry.get("fullUrl") != f"urn:uuid:{rid}":
            yield f"{where}: fullUrl {entry.get('fullUrl')!r} does not match id {rid!r}"
        for target in references(resource):
            if target not in full_urls:
                yield f"{where}: reference {target} resolves to no entry of the bundle"
        request = entry.get("request")
        if bundle.get("type") == "transaction":
            if request != {"method": "PUT", "url": f"{kind}/{rid}"}:
                yield f"{where}: a transaction entry needs request PUT {kind}/{rid}, has {request!r}"
        elif request is not None:
            yield f"{where}: a {bundle.get('type')} entry has a request"
        if kind == "Observation":
            codes = {c.get("code") for c in resource.get("code", {}).get("coding", [])}
            value = resource.get("valueInteger")
            if codes & SCORES and not (type(value) is int and 0 <= value <= 10):
                yield f"{where}: score {value!r} is not a whole number 0..10"
        period = resource.get("performedPeriod", {})
        if "end" in period and datetime.fromisoformat(period["end"]) < datetime.fromisoformat(period["start"]):
            yield f"{where}: performedPeriod ends before it starts"


def main(paths):
    failed = 0
    for path in paths:
        bundle = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        found = list(problems(bundle))
        for problem in found:
            print(f"{path}: {problem}")
        failed += len(found)
        if not found:
            counts = collections.Counter(e["resource"]["resourceType"] for e in bundle["entry"])
            listed = ", ".join(f"{counts[k]} {k}" for k in ("Patient", "CarePlan", "Procedure", "Observation"))
            print(f"{path}: valid FHIR {bundle['type']} bundle: {listed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
