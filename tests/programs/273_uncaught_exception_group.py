def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    raise TypeError(f"task {n} wrong type")
errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
print(len(errors), "errors")
raise ExceptionGroup("several tasks failed", [errors[0], ExceptionGroup("inner", errors[1:])])
