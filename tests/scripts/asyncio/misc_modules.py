# asyncio submodules and identity of the public names.
import asyncio
import asyncio.events, asyncio.futures, asyncio.tasks, asyncio.locks, asyncio.queues
import asyncio.exceptions, asyncio.timeouts, asyncio.taskgroups, asyncio.runners

def mro(cls):
    return [c.__name__ for c in cls.__mro__]

print(asyncio.Future is asyncio.futures.Future)
print(asyncio.Task is asyncio.tasks.Task)
print(asyncio.Queue is asyncio.queues.Queue, asyncio.Lock is asyncio.locks.Lock)
print(asyncio.TaskGroup is asyncio.taskgroups.TaskGroup)
print(asyncio.Timeout is asyncio.timeouts.Timeout, asyncio.timeout is asyncio.timeouts.timeout)
print(asyncio.Runner is asyncio.runners.Runner, asyncio.run is asyncio.runners.run)
print(asyncio.get_running_loop is asyncio.events.get_running_loop)
print(asyncio.CancelledError is asyncio.exceptions.CancelledError)
print(asyncio.Handle is asyncio.events.Handle, asyncio.TimerHandle is asyncio.events.TimerHandle)
print(asyncio.sleep is asyncio.tasks.sleep, asyncio.gather is asyncio.tasks.gather)
print("CancelledError:", mro(asyncio.CancelledError))
print("issubclass BaseException:", issubclass(asyncio.CancelledError, BaseException),
      "Exception:", issubclass(asyncio.CancelledError, Exception))
print("TimeoutError is builtin:", asyncio.TimeoutError is TimeoutError,
      asyncio.exceptions.TimeoutError is TimeoutError)
print("InvalidStateError:", mro(asyncio.InvalidStateError))
print("IncompleteReadError:", mro(asyncio.IncompleteReadError))
print("LimitOverrunError:", mro(asyncio.LimitOverrunError))
print("SendfileNotAvailableError:", mro(asyncio.SendfileNotAvailableError))
print("BrokenBarrierError:", mro(asyncio.BrokenBarrierError))
print("QueueEmpty:", mro(asyncio.QueueEmpty), "QueueFull:", mro(asyncio.QueueFull))
print("Task:", mro(asyncio.Task))
print("TimerHandle:", mro(asyncio.TimerHandle))
print("module names:", asyncio.Queue.__module__, asyncio.TaskGroup.__module__, asyncio.Runner.__module__)
print("CancelledError module:", asyncio.CancelledError.__module__)
for name in ["run", "sleep", "gather", "wait", "wait_for", "shield", "as_completed",
             "create_task", "ensure_future", "current_task", "all_tasks", "timeout",
             "timeout_at", "get_running_loop", "new_event_loop", "iscoroutine", "isfuture",
             "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier",
             "PriorityQueue", "LifoQueue", "QueueShutDown", "run_coroutine_threadsafe",
             "to_thread", "wrap_future", "FIRST_COMPLETED", "eager_task_factory"]:
    print(name, hasattr(asyncio, name))
print("asyncio.__name__:", asyncio.__name__, asyncio.tasks.__name__)
e = asyncio.InvalidStateError("bad state")
print(repr(e), str(e))
c = asyncio.CancelledError("why")
print(repr(c), c.args)
