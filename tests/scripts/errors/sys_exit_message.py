import sys
print("exiting with a message")
sys.exit("fatal: something went wrong")
