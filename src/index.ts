// lih-lint as a library: the file-system-free core for editors, CMS plug-ins and scripts.
export {lint, type LintMessage, type LintOptions, type LintResult} from './engine/lint.ts'
export {fix, editsOf, applyEdits, isAutoFixable, type Edit, type FixResult} from './engine/fix.ts'
export {ConfigFinder, type LoadOptions} from './config/load.ts'
export type {ResolvedConfig} from './config/types.ts'
export {loadFacts, parseFacts} from './facts/load.ts'
export type {Facts} from './facts/types.ts'
export {rules} from '../rules/index.ts'
export {defineRule, type Rule, type RuleDefinition} from './engine/rule.ts'
