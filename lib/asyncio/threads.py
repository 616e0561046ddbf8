"""asyncio.to_thread. rspy runs one thread. CPython: Lib/asyncio/threads.py."""

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Run func in a separate thread: not supported by rspy."""
    raise NotImplementedError('asyncio.to_thread() (threads) is not supported by rspy')
