# The signal module's SIGINT handling without outside signals:
# raise_signal runs the Python handler, SIG_IGN ignores, the default raises
# KeyboardInterrupt; argument errors.
import signal

print(signal.SIGINT, repr(signal.SIGINT), repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.Signals(15).name, signal.Signals.SIGCLD is signal.SIGCHLD)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.default_int_handler)

seen = []


def handler(signum, frame):
    seen.append(signum)


old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
signal.raise_signal(signal.SIGINT)
print("handler saw", seen)

print(repr(signal.signal(signal.SIGINT, signal.SIG_IGN)) == repr(handler))
print(repr(signal.getsignal(signal.SIGINT)))
signal.raise_signal(signal.SIGINT)
print("ignored")

print(repr(signal.signal(signal.SIGINT, signal.default_int_handler)))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")

try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default_int_handler raises", type(e).__name__, e.args)


def raising(signum, frame):
    raise RuntimeError(f"handler for {signum}")


signal.signal(signal.SIGINT, raising)
try:
    signal.raise_signal(signal.SIGINT)
except RuntimeError as e:
    print("handler error:", e)
signal.signal(signal.SIGINT, signal.default_int_handler)

for args in [(0, signal.SIG_IGN), (99, signal.SIG_IGN), (signal.SIGINT, 5), (signal.SIGINT, "x")]:
    try:
        signal.signal(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(100)
except ValueError as e:
    print("getsignal:", e)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
