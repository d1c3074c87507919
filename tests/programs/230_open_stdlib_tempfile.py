import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.txt")
    with open(path, "w", encoding="utf-8") as f:
        print(type(f).__name__, f.mode, f.closed, f.writable(), f.readable())
        n = f.write("line one\nline two\n")
        f.write("é€😀\n")
        print("wrote", n)
    print(f.closed)
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(path, encoding="utf-8") as f:
        print([line for line in f])
    with open(path, encoding="utf-8") as f:
        print(repr(f.readline()), repr(f.readline()), f.readlines())
    with open(path, "a", encoding="utf-8") as f:
        f.writelines(["appended\n", "more\n"])
    with open(path, "rb") as f:
        data = f.read()
        print(type(data).__name__, len(data), data[:8], data[-5:])
        f.seek(5)
        print(f.read(3), f.tell())
    with open(path, "r+b") as f:
        f.write(b"LINE")
    with open(path, encoding="utf-8") as f:
        print(f.readline().rstrip("\n"))
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    with open(path, "w", newline="") as f:
        f.write("a\r\nb\n")
    with open(path, newline=None) as f:
        print(repr(f.read()))
    with open(path, "rb") as f:
        print(f.read())
    try:
        with open(path) as f:
            f.write("x")
    except Exception as e:
        print(type(e).__name__, e)
    try:
        open(path, "rw")
    except ValueError as e:
        print(type(e).__name__, e)
print("temp dir removed:", not os.path.exists(d))
