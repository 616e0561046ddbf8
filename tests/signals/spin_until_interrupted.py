# Ctrl-C in a busy loop: KeyboardInterrupt at the loop, finally runs.
print("ready", flush=True)
try:
    while True:
        pass
finally:
    print("finally ran", flush=True)
