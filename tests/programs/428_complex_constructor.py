# complex(): every argument form, strings, __complex__, __float__, __index__, subclasses, messages.
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

strings = ["1+2j", "(1+2j)", " ( 1-2J ) ", "j", "-j", "+j", "J", "1j", "-1.5j", "+1.5e3-2.5e-3j", "1e5", "-0", "0j",
           "-0j", "1-0j", "inf", "infj", "-inf+nanj", "nan-infj", "INFINITYj", "1+infj", "1e500j", "1e500+1e500j",
           ".5j", "5.j", ".j", "1_0j", "1__0j", "_1", "1_", "1_0.5+2_0j", "1e1_0", "1+", "1+j", "1-j", "1+2", "1e",
           "1 +2j", "1+ 2j", "(1+2j", "1+2j)", "((1+2j))", "()", "( )", "(j)", "", " ", "1\x00", "1 j", "1jj", "j1",
           "١+٢j", "١٢٫٥j", "1\u00a0", "\u20031j\u2003", "1+2k", "+", "-", "--1", "1+-2j", "1e+5+1e-5j", "0x10",
           "1.5e", "nanj", "-nanj", "infinityj", "infj+1"]
for s in strings:
    show(repr(s), lambda: complex(s))

show("no args", lambda: complex())
show("int", lambda: complex(5))
show("float", lambda: complex(2.5))
show("bool", lambda: complex(True))
show("two ints", lambda: complex(1, 2))
show("two floats", lambda: complex(-0.0, -0.0))
show("complex complex", lambda: complex(1j, 1j))
show("int complex", lambda: complex(2, 1j))
show("complex int", lambda: complex(1j, 2))
show("complex complex 2", lambda: complex(1 + 2j, 3 + 4j))
show("kw", lambda: complex(real=1, imag=2))
show("kw imag", lambda: complex(imag=2))
show("kw real str", lambda: complex(real="1+1j"))
show("str + imag", lambda: complex("1", 2))
show("imag str", lambda: complex(1, "2"))
show("None", lambda: complex(None))
show("list", lambda: complex([]))
show("imag list", lambda: complex(1, []))
show("imag None", lambda: complex(1, None))
show("three", lambda: complex(1, 2, 3))
show("three kw", lambda: complex(real=1, imag=2, x=3))
show("bad kw", lambda: complex(x=1))
show("big int", lambda: complex(10**400))
show("big imag", lambda: complex(1, 10**400))
show("exact identity", lambda: (lambda z: complex(z) is z)(1 + 2j))

class WithComplex:
    def __complex__(self):
        return 3 + 4j
class BadComplex:
    def __complex__(self):
        return 1.5
class WithFloat:
    def __float__(self):
        return 1.25
class WithIndex:
    def __index__(self):
        return 7
class ComplexAndFloat:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 9.0
for obj in [WithComplex(), BadComplex(), WithFloat(), WithIndex(), ComplexAndFloat()]:
    show(type(obj).__name__, lambda: complex(obj))
    show(type(obj).__name__ + " imag", lambda: complex(1, obj))
show("complex imag obj", lambda: complex(WithComplex(), WithFloat()))

class C(complex):
    pass
c = C(1, 2)
c.tag = "t"
print(type(c).__name__, c, repr(c), c.tag, c + 1, type(c + 1).__name__, C("3j"), C(), type(C()).__name__)
print(complex(c), type(complex(c)).__name__, c == 1 + 2j, hash(c) == hash(1 + 2j), isinstance(c, complex), type(-c).__name__)
print(c.real, c.imag, c.conjugate(), type(c.conjugate()).__name__, c.__getnewargs__(), type(c.__complex__()).__name__)
