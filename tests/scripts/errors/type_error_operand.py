# Uncaught TypeError from bad operand types.
total = 1
print("total", total)
total = total + "a"
print("never")
