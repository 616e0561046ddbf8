# Uncaught TypeError from calling a method with the wrong arguments.
class Greeter:
    def greet(self, name):
        return "hello " + name
g = Greeter()
print(g.greet("x"))
print(g.greet())
