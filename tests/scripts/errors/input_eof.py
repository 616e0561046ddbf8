# input() with empty stdin raises EOFError.
print("asking")
answer = input("your answer: ")
print("never", answer)
