# raise SystemExit with no argument exits with status 0.
print("raising SystemExit")
try:
    pass
finally:
    print("finally before exit")
raise SystemExit
