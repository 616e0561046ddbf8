import sys
print("explicit success")
sys.exit(0)
print("never")
