// A worker thread of the pool (./pool.ts): checks the files it is sent, one at a time, and answers
// with its packed report (one string crosses the thread boundary cheaply). It keeps its config
// finder, registry and parsers warm between files.
//
// The command line starts its workers on its own bin script with `workerFlag` (the bundle's entry
// then serves files instead of running the command line), so that a worker compiles the bundle from
// the same V8 code cache as a run does, instead of compiling a second bundle from source.
import {ConfigFinder, type LoadOptions} from '../config/load.ts'
import {loadWorkerThreads} from './builtins.ts'
import {checkFile} from './check-file.ts'
import {pack} from './serialize.ts'

/** A worker's first message: it has compiled the bundle. */
export interface WorkerReady {
  ready: true
}

/** The argument that makes the bin script a worker of the pool. */
export const workerFlag = '--lih-lint-worker'

/** Serves the pool from this worker thread; false (and nothing done) on the main thread. */
export function serveFiles(): boolean {
  const {parentPort, workerData} = loadWorkerThreads()
  if (!parentPort) return false
  const {finderOptions, cwd} = workerData as {finderOptions: LoadOptions; cwd: string}
  const finder = new ConfigFinder(finderOptions)
  // The bundle is compiled: the pool may now set the run's V8 flags (./pool.ts).
  parentPort.postMessage({ready: true} satisfies WorkerReady)
  // One file at a time, in the order sent: the pool sends the next before this one is done.
  let last: Promise<void> = Promise.resolve()
  parentPort.on('message', (task: {id: number; path: string}) => {
    last = last.then(async () => {
      const file = await checkFile(task.path, finder, cwd)
      parentPort.postMessage({id: task.id, file: pack(file)})
    })
  })
  return true
}
