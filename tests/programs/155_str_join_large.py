parts = [str(i) for i in range(1000)]
s = ",".join(parts)
print(len(s), s[:30], s[-20:], s.count(","), s.split(",")[500])
t = "ab" * 5000
print(len(t), t.count("ab"), t.find("ba", 9990), t.rfind("ab"), t[4999:5003], t.replace("ab", "c")[:10], len(t.replace("ab", "c")))
u = "x" * 100 + "y"
print(u.find("xy"), u.rfind("xx"), ("x" * 1000).count("xx"), "y" * 3 in u)
lines = "\n".join(f"line {i}" for i in range(200))
print(len(lines.splitlines()), lines.splitlines()[199], lines.upper()[-8:])
