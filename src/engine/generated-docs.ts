// Files generated from the code that people and editors read: rules/README.md and the JSON Schemas.
// `npm run docs` writes them; test/generated-docs.test.ts fails when one is stale.
import {join} from 'node:path'
import {configShape} from '../config/load.ts'
import {factsShape} from '../facts/schema.ts'
import {renderRulesReadme} from './docs.ts'
import {loadFsPromises} from './builtins.ts'
import {configJsonSchema, factsJsonSchema, stringifySchema} from './json-schema.ts'
import type {Rule} from './rule.ts'

export function generatedDocs(rules: readonly Rule[]): Record<string, string> {
  return {
    'rules/README.md': renderRulesReadme(rules) + '\n',
    'src/facts/facts.schema.json': stringifySchema(factsJsonSchema(factsShape)),
    'src/config/config.schema.json': stringifySchema(configJsonSchema(configShape, rules))
  }
}

export async function writeGeneratedDocs(root: string, rules: readonly Rule[]): Promise<void> {
  for (const [path, text] of Object.entries(generatedDocs(rules))) await loadFsPromises().writeFile(join(root, path), text)
}
