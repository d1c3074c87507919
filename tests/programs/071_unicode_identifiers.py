π = 3.14159
größe = 10
名前 = "name"
def fünf():
    return 5
class Ωmega:
    λ = "lambda"
print(π, größe, 名前, fünf(), Ωmega.λ, Ωmega.__name__)
ﬁ = "ligature normalised"
print(fi)
print("名前" in globals(), "fünf".isidentifier(), "1abc".isidentifier(), "_x".isidentifier())
print(len("größe"), "größe".upper(), "ß".upper(), "İ".lower(), len("İ".lower()))
