# int(), float() and complex() on Unicode text: decimal digits of any script (astral too) and
# Unicode whitespace around the number; other characters are errors with the original text in the message.
samples = ["𝟏𝟐", "١٢", " ١٢\u3000", "1\u200b", "𝟏.𝟓", "१२३", "\u2003-7\u2003", "߁߂", "٣e٢", "1\u00bd", "²", "Ⅻ",
           "𝟏𝟐j", "١+٢j", "\u30001_2\u3000", "0x𝟏𝟐", "٠b١"]
for s in samples:
    for f in (int, float, complex):
        try:
            print(repr(s), f.__name__, repr(f(s)))
        except Exception as e:
            print(repr(s), f.__name__, type(e).__name__, e)
for s in ["0x𝟏𝟐", "٠b١", "𝟏𝟐"]:
    for base in (0, 16):
        try:
            print(repr(s), base, int(s, base))
        except Exception as e:
            print(repr(s), base, type(e).__name__, e)
