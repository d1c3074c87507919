words = ["banana", "apple", "Cherry", "apple pie", "Apple", "äpfel", "zebra", "", "a", "A", "_x", "1"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words), "a" < "b" < "c", "abc" > "ab", "abc" == "abc", "ABC" != "abc")
print("\U0001F600" > "\uffff", "\x00" < "\x01", sorted(["😀", "\uffff", "a"]))
print([ord(c) for c in sorted("The Quick Brown")])
