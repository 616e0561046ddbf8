"""Subprocesses are not provided by rspy: each API raises
NotImplementedError naming itself. CPython: Lib/asyncio/subprocess.py."""

__all__ = 'create_subprocess_exec', 'create_subprocess_shell'

from .events import _unsupported

PIPE = -1
STDOUT = -2
DEVNULL = -3

create_subprocess_exec = _unsupported('asyncio.create_subprocess_exec()')
create_subprocess_shell = _unsupported('asyncio.create_subprocess_shell()')
