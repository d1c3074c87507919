print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (int,))), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(object, int), issubclass(type, object))
print(isinstance(int, type), isinstance(type, type), isinstance([], (list, tuple)), isinstance(1, int | str), issubclass(bool, int | None))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance(5, Magic), issubclass(str, Magic), issubclass(int, Magic))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1)) and isinstance(1, (str, 1))):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (A,)), isinstance(A(), B), issubclass(A, B), B.__subclasscheck__ if False else "")
