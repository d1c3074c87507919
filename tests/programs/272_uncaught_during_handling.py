data = {"a": 1}
def lookup(key):
    try:
        return data[key]
    except KeyError:
        return data["default"] + undefined_helper(key)
print(lookup("a"))
lookup("b")
