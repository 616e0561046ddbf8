# A syntax error: nothing runs, not even this print.
print("never printed")
def broken(:
    pass
