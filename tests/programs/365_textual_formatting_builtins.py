words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w.capitalize() for w in words))
print("|".join(w.center(7, ".") for w in words[:4]))
print("\n".join(f"{i:>2}. {w}" for i, w in enumerate(words, 1)))
line = ""
out = []
for w in words:
    if len(line) + len(w) + 1 > 15:
        out.append(line)
        line = w
    else:
        line = (line + " " + w).strip()
out.append(line)
print(out)
print("".join(reversed("stressed")), "racecar" == "racecar"[::-1], " ".join(w[::-1] for w in words[:3]))
print("{:-^30}".format(" centered "), "x".join("abc"), "CamelCaseString".swapcase())
vowels = sum(1 for c in " ".join(words) if c in "aeiou")
print(vowels, sorted(set("".join(words)) - set("aeiou "))[:5], max(words, key=len), sorted(words, key=lambda w: (-len(w), w))[:3])
