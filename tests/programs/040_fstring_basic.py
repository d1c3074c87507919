name, n = "world", 42
print(f"hello {name}! n={n} n*2={n * 2}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:x}|{n:#b}")
print(f"{3.14159:.2f} {1234567.891:,.2f} {0.25:%} {1e6:.3e}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|")
print(f"{n=}", f"{name = }", f"{n * 2 =:>6}", f"{name=!s}")
print(f"{{literal braces}} {{{n}}}")
d = {"key": "v"}
print(f"{d['key']} {d['key']!r:>5}")
print(f"{'nested {}'.format(1)}", f"{f'{n}'}")
print(f"""multi
{n}line""")
print(f"{n:{'>'}{w}}", f"{[1, 2][1]}", f"{(lambda x: x * 2)(3)}")
print(F"upper F {n}", rf"raw \n {n}", fr"{n}\t")
print(f"{'a' if n else 'b'}", f"{n:+}", f"{-n:+}", f"{n: }")
class Obj:
    def __format__(self, spec):
        return f"<Obj spec={spec!r}>"
print(f"{Obj()}", f"{Obj():xyz}", format(Obj(), "abc"))
