def stub():
    pass
def stub2():
    ...
class K:
    pass
print(stub(), stub2(), K.__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(repr(NotImplemented), type(NotImplemented).__name__)
for _ in range(2):
    pass
if True:
    pass
print(bool(...), str(...))
x = [1, 2, 3]
print(x[...] if False else "skip")
