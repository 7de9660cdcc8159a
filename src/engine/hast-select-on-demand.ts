// hast-util-select for the CommonJS command line (scripts/build.mjs aliases it here): bundled, but
// evaluated on the first selector a config or page asks for, not at every start-up, where its
// dependencies' tables (property-information's schemas) cost ~4 ms. esbuild evaluates a module that
// is require()d on the first call, and one that is imported at start-up.
import type * as HastSelect from 'hast-util-select'

const load = (): typeof HastSelect => require('../../node_modules/hast-util-select/index.js')

export const select: typeof HastSelect.select = (...args) => load().select(...args)
