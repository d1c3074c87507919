def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator broke")
key = lambda item: item["k"]
print(sorted([{"k": 2}, {"k": 1}], key=key))
for n in numbers():
    print("got", n)
