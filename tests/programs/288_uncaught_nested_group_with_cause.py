try:
    1 / 0
except ZeroDivisionError as e:
    cause = e
eg = ExceptionGroup("outer", [ValueError("plain"), ExceptionGroup("inner", [KeyError("deep")])])
eg.add_note("group note")
raise eg from cause
