x = "global"
def f():
    print(x)
def g():
    x = "local g"
    def h():
        print(x)
    h()
def builtin_lookup():
    print(len("four"))
f(); g(); builtin_lookup()
def unbound_then_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
unbound_then_assign()
class A:
    x = "class A"
    def m(self):
        return x
print(A().m())
def param_shadow(len):
    return len
print(param_shadow(5))
def comp_sees_enclosing():
    y = 3
    return [y for _ in range(2)]
print(comp_sees_enclosing())
def free_after_def():
    def inner():
        return z
    z = "assigned after def"
    return inner()
print(free_after_def())
