def get(d, *keys):
    for k in keys:
        d = d[k]
    return d
config = {"db": {"host": "localhost", "port": None}}
print(get(config, "db", "host"))
port = (config["db"]["port"]
        + 1)
