def validate(record):
    if "id" not in record:
        err = KeyError("id")
        err.add_note(f"while validating record {record!r}")
        err.add_note("records need an id field")
        raise err
validate({"id": 1})
print("first record ok")
validate({"name": "x"})
