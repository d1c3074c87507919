# repr/str/args of every builtin exception class with 0, 1, 2 and 3 arguments.
import builtins

names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
print(len(names))
arg_sets = [(), ("msg",), ("msg", 2), (5, "text", "file.txt")]
for name in names:
    cls = getattr(builtins, name)
    for args in arg_sets:
        try:
            e = cls(*args)
        except Exception as err:
            print(name, len(args), "->", type(err).__name__, err)
            continue
        print(name, len(args), type(e).__name__, repr(e), "|", str(e), "|", e.args)
