def greet(name):
    message = "hello " + name
    return mesage
print("calling")
greet("ann")
