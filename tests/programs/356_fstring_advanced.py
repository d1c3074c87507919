x, y = 10, 3.14159
items = ["a", "b"]
d = {"k": [1, 2]}
print(f"{x!r:>5}|{y:.2f}|{y:10.3e}|{x:#x}|{x:08b}|{-x:+}")
print(f"{items[0]}{items[-1]} {d['k'][1]} {len(items)} {x if x > 5 else 0} {[i * 2 for i in range(3)]}")
print(f"{x=} {y=:.1f} {items=!s} {x + 1 = }", f"{ x = }")
width, prec = 12, 3
print(f"[{y:{width}.{prec}f}] [{y:<{width}}] [{'s':{'^'}{width}}]")
print(f"{'quoted'!r} {f'{x}'}", f'''{f"{x:>3}"}''')
print(f"{x:{'>'}{4}}", f"{'{'}", f"{'}'}", f"{{}}", f"{3:{'0'}{4}}")
print(f"{(lambda v: v * 2)(x)}", f"{x:,}", f"{1_000_000:_}", f"{dict(a=1)}", f"{ {'set'} }")
n = None
print(f"{n}", f"{n!r}", f"{n!s:>6}", f"{True:}", f"{1e-7}", f"{1e16}", f"{2**64:e}")
print(f"""{'multi'
      }""", f"a" f"b{x}" "c", rf"\d{x}", f"\t{x}\n".strip())
custom = type("T", (), {"__format__": lambda self, spec: f"<{spec}>"})()
print(f"{custom:%Y-%m-%d}", f"{custom}", f"{custom:{x}}")
