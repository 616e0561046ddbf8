# Uncaught exception with an explicit cause (raise ... from ...).
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError("parse failed for %r" % text) from e
print(parse("10"))
parse("ten")
