# Uncaught exception raised "from None" (context suppressed).
try:
    [][0]
except IndexError:
    raise LookupError("nothing to see") from None
