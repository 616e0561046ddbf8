# Uncaught AssertionError without a message.
value = []
print("checking")
assert value
