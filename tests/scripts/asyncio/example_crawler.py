# Runs examples/crawler.py: Queue + TaskGroup workers + timeout + Semaphore.
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, 'examples')
import crawler
print("module name:", crawler.__name__)
crawler.main()
