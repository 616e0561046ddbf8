# Uncaught user-defined exception without arguments.
class Boom(Exception):
    pass
print("about to explode")
raise Boom
