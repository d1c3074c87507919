class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
print(Circle(2).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
class Template:
    def run(self):
        return [self.step1(), self.step2()]
    def step1(self):
        return "default step1"
    def step2(self):
        return "default step2"
class Custom(Template):
    def step2(self):
        return "custom step2 after " + super().step2()
print(Custom().run())
class Mixin:
    def greet(self):
        return f"hi from {self.name}"
class Named:
    def __init__(self, name):
        self.name = name
class Both(Mixin, Named):
    pass
print(Both("mixed").greet(), [k.__name__ for k in Both.__mro__])
