"""Event loop classes and the current loop. The loop itself is native
(_asyncio._NativeEventLoop); APIs needing threads, sockets, pipes or
subprocesses raise NotImplementedError. CPython: Lib/asyncio/events.py,
base_events.py, unix_events.py."""

__all__ = (
    'AbstractEventLoop',
    'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)

import _asyncio
from _asyncio import (Handle, TimerHandle, get_running_loop,
                      _get_running_loop, get_event_loop, set_event_loop,
                      _NativeEventLoop)


class AbstractEventLoop:
    """Abstract event loop."""


def _unsupported(what):
    """A function (or method) standing for an API rspy does not provide."""
    def unsupported(*args, **kwargs):
        raise NotImplementedError(f'{what} is not supported by rspy')
    unsupported.__name__ = what.split('.')[-1].rstrip('()')
    return unsupported


class BaseEventLoop(_NativeEventLoop, AbstractEventLoop):

    def __init__(self):
        # In debug mode, callbacks slower than this many seconds would be
        # logged (rspy does not time callbacks).
        self.slow_callback_duration = 0.1

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        closing_agens = _asyncio._take_asyncgens(self)
        if not closing_agens:
            return
        from . import tasks
        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self, timeout=None):
        """Schedule the shutdown of the default executor."""

    run_in_executor = _unsupported('loop.run_in_executor()')
    set_default_executor = _unsupported('loop.set_default_executor()')
    getaddrinfo = _unsupported('loop.getaddrinfo()')
    getnameinfo = _unsupported('loop.getnameinfo()')
    create_connection = _unsupported('loop.create_connection()')
    create_server = _unsupported('loop.create_server()')
    create_unix_connection = _unsupported('loop.create_unix_connection()')
    create_unix_server = _unsupported('loop.create_unix_server()')
    create_datagram_endpoint = _unsupported('loop.create_datagram_endpoint()')
    connect_read_pipe = _unsupported('loop.connect_read_pipe()')
    connect_write_pipe = _unsupported('loop.connect_write_pipe()')
    subprocess_exec = _unsupported('loop.subprocess_exec()')
    subprocess_shell = _unsupported('loop.subprocess_shell()')
    add_reader = _unsupported('loop.add_reader()')
    add_writer = _unsupported('loop.add_writer()')
    remove_reader = _unsupported('loop.remove_reader()')
    remove_writer = _unsupported('loop.remove_writer()')
    sock_recv = _unsupported('loop.sock_recv()')
    sock_sendall = _unsupported('loop.sock_sendall()')
    sock_connect = _unsupported('loop.sock_connect()')
    sock_accept = _unsupported('loop.sock_accept()')
    add_signal_handler = _unsupported('loop.add_signal_handler()')
    remove_signal_handler = _unsupported('loop.remove_signal_handler()')
    call_soon_threadsafe = _unsupported('loop.call_soon_threadsafe()')


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop asyncio uses on Linux."""


_UnixSelectorEventLoop.__module__ = 'asyncio.unix_events'


def new_event_loop():
    """Create and return a new event loop object."""
    return _UnixSelectorEventLoop()


def _set_running_loop(loop):
    raise NotImplementedError('asyncio.events._set_running_loop() is not supported by rspy')


get_event_loop_policy = _unsupported('asyncio.get_event_loop_policy()')
set_event_loop_policy = _unsupported('asyncio.set_event_loop_policy()')
