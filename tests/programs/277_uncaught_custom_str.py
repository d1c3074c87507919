class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
def check(age):
    if age < 0:
        raise ValidationError("age", "must be non-negative")
    return age
print(check(5))
check(-1)
