"""Streams need sockets, which rspy does not provide: each API raises
NotImplementedError naming itself. CPython: Lib/asyncio/streams.py."""

__all__ = (
    'StreamReader', 'StreamWriter', 'StreamReaderProtocol',
    'open_connection', 'start_server',
    'open_unix_connection', 'start_unix_server',
)

from .events import _unsupported

open_connection = _unsupported('asyncio.open_connection()')
start_server = _unsupported('asyncio.start_server()')
open_unix_connection = _unsupported('asyncio.open_unix_connection()')
start_unix_server = _unsupported('asyncio.start_unix_server()')


class StreamReader:
    __init__ = _unsupported('asyncio.StreamReader')


class StreamWriter:
    __init__ = _unsupported('asyncio.StreamWriter')


class StreamReaderProtocol:
    __init__ = _unsupported('asyncio.StreamReaderProtocol')
