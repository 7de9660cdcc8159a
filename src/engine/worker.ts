// A worker thread of the pool (./pool.ts): checks the files it is sent, one at a time, and answers
// with its packed report (one string crosses the thread boundary cheaply). It keeps its config
// finder, registry and parsers warm between files.
import {parentPort, workerData} from 'node:worker_threads'
import {ConfigFinder, type LoadOptions} from '../config/load.ts'
import {checkFile} from './check-file.ts'
import {pack} from './serialize.ts'

const {finderOptions, cwd} = workerData as {finderOptions: LoadOptions; cwd: string}
const finder = new ConfigFinder(finderOptions)

// One file at a time, in the order sent: the pool sends the next before this one is done.
let last: Promise<void> = Promise.resolve()
parentPort!.on('message', (task: {id: number; path: string}) => {
  last = last.then(async () => {
    const file = await checkFile(task.path, finder, cwd)
    parentPort!.postMessage({id: task.id, file: pack(file)})
  })
})
