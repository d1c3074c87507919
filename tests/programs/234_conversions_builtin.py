vals = [0, 1, -7, 2.5, -0.0, "12", "3.5", "1e3", True, None, [1], (1, 2), {"a": 1}, b"x", 1j]
for v in vals:
    row = []
    for conv in (int, float, complex, str, bool, list, tuple):
        try:
            row.append(repr(conv(v)))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(v), " | ".join(row))
