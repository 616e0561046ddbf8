# Uncaught NameError for a name close to an existing one.
counter = 10
print("counter is", counter)
print(countr)
