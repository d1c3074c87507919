def load(key):
    try:
        return {}[key]
    except KeyError:
        raise LookupError(f"no setting {key!r}") from None
load("timeout")
