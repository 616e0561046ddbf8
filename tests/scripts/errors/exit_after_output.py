# Lots of output followed by an exception: stdout must be complete.
for i in range(50):
    print("line", i, "x" * i)
raise RuntimeError("after 50 lines")
