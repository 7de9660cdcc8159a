// yaml for the CommonJS command line (scripts/build.mjs aliases it here): bundled, but evaluated on
// the first YAML a run reads (a config file, a registry of its own, front matter the plain reader
// declines), not at every start-up: its ~70 modules' set-up ran for runs that read no YAML at all,
// as most releases' front matter is read without it (src/model/simple-front-matter.ts) and the
// default registry is read from JSON.
import type * as Yaml from 'yaml'

const load = (): typeof Yaml => require('../../node_modules/yaml/dist/index.js')

export const parseDocument: typeof Yaml.parseDocument = (...args: Parameters<typeof Yaml.parseDocument>) => load().parseDocument(...args)
// (Generic type predicates: the casts restore what a wrapper's own signature cannot say.)
export const isMap = ((node: unknown) => load().isMap(node)) as typeof Yaml.isMap
export const isScalar = ((node: unknown) => load().isScalar(node)) as typeof Yaml.isScalar
// A class: `new LineCounter()` returns the object the constructor returns, an instance of yaml's own.
export const LineCounter = function LineCounter() {
  return new (load().LineCounter)()
} as unknown as typeof Yaml.LineCounter
