class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
class Model:
    registry = []
    def __init_subclass__(cls, /, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower()
        Model.registry.append((cls.__name__, cls.table))
        print("__init_subclass__", cls.__name__, table, kw)
class User(Model, table="users"):
    id = Field()
    email = Field()
class Admin(User):
    pass
print(Model.registry, User.id.name, User.email.owner, Admin.table)
try:
    class Bad(Model, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        if name:
            Plugin.plugins[name] = cls
class A(Plugin, name="a"): pass
class B(Plugin, name="b"): pass
class C(Plugin): pass
print({k: v.__name__ for k, v in Plugin.plugins.items()})
class Late:
    pass
f = Field()
Late.attr = f
print(hasattr(f, "name"))
class Raising:
    def __set_name__(self, owner, name):
        raise ValueError(f"refuse {name}")
try:
    class Host:
        x = Raising()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else "")
