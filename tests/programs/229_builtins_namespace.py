import builtins
names = [n for n in dir(builtins) if not n.startswith("_") and not n[0].isupper()]
print(names)
excs = [n for n in dir(builtins) if n[0].isupper()]
print(excs)
print(builtins.len is len, builtins.__name__, type(builtins).__name__)
builtins.my_new_builtin = "visible everywhere"
print(my_new_builtin)
del builtins.my_new_builtin
try:
    my_new_builtin
except NameError as e:
    print(type(e).__name__, e)
