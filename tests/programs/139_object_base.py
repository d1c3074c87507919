o = object()
print(type(o).__name__, o == o, o != object(), hash(o) == hash(o), bool(o), o.__class__ is object)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p.__eq__(q), p.__ne__(p), p.__lt__(q), type(p.__hash__()).__name__)
print(Plain.__eq__ is object.__eq__, Plain.__init__ is object.__init__, Plain.__hash__ is object.__hash__)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__, EqOnly() == 5, EqOnly() != 5)
class EqHash(EqOnly):
    __hash__ = object.__hash__
print(EqHash.__hash__ is object.__hash__)
print(sorted(n for n in dir(object) if not n.startswith("__i"))[:12])
print(object.__name__, object.__doc__[:30])
print(format(o, "") == str(o), o.__sizeof__() > 0, object.__subclasshook__() is NotImplemented)
