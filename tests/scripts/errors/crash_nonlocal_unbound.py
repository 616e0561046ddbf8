# `nonlocal x` where no enclosing function binds `x` is a compile-time
# SyntaxError, so nothing runs (not even the print below).
# rspy crash: panicked at vm/src/eval.rs (Instr::LoadClosure indexes the
# module frame's empty cell list): "index out of bounds: the len is 0".
print("never printed")
def outer():
    def inner():
        nonlocal x
        x = 1
    inner()
outer()
