# sys: argv, path, modules caching, version_info, stdout/stderr write and
# flush return values.
import sys

print(sys.argv, type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_attributes.py"))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
print(sys.path[0].endswith("tests/scripts/modules"))
sys.path.append("/nonexistent/rspy-test-dir")
print(sys.path[-1], sys.path.pop())

print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print("__main__" in sys.modules, sys.modules["__main__"].__name__, __name__)
import json
print(sys.modules["json"] is json, "json" in sys.modules)
import json as json2
print(json2 is json)
sys.modules["fake_mod_xyz"] = "I am a string"
import fake_mod_xyz
print(fake_mod_xyz, type(fake_mod_xyz).__name__)
del sys.modules["fake_mod_xyz"]
try:
    import fake_mod_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.modules["none_mod_xyz"] = None
try:
    import none_mod_xyz
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["none_mod_xyz"]

vi = sys.version_info
print(vi[:2], vi.major, vi.minor, type(vi.micro).__name__, vi.releaselevel in ("alpha", "beta", "candidate", "final"))
print(vi >= (3, 14), vi < (3, 15), vi[:2] == (3, 14), vi[0] == vi.major, len(vi), type(vi.serial).__name__)
print(isinstance(vi, tuple), sys.version.startswith("3.14"), type(sys.version).__name__)
print(sys.hexversion >> 16 == 0x030E, type(sys.platform).__name__, sys.byteorder in ("little", "big"))

r = sys.stdout.write("hello\n")
print("write returned", r)
r = sys.stdout.write("")
print("empty write returned", r)
r = sys.stdout.write("héllo wörld ✓\n")
print("unicode write returned", r)
print("flush returned", sys.stdout.flush())
r = sys.stderr.write("to stderr\n")
print("stderr write returned", r, sys.stderr.flush())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
print("end")
