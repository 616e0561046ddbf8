import sys
class W:
    def __init__(self): self.p = []
    def write(self, s): self.p.append(s)
w, o = W(), sys.stdout; sys.stdout = w; print("x", 1, sep="-"); sys.stdout = o; print(w.p)
print("back")
