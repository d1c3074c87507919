# An uncaught group with notes on members, a cause, and a member with its own context.
def failing(n):
    try:
        {}[n]
    except KeyError as e:
        raise ValueError(f"bad {n}") from None if n == 0 else ValueError(f"wrapped {n}")
errors = []
for n in range(2):
    try:
        failing(n)
    except ValueError as e:
        e.add_note(f"note for {n}")
        errors.append(e)
eg = ExceptionGroup("batch", errors)
eg.add_note("group note 1")
eg.add_note("group note 2")
try:
    raise eg
except ExceptionGroup as g:
    raise RuntimeError("final") from g
