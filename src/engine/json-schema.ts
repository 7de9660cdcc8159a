// JSON Schemas for editors (completion and checks while typing), generated from the same shape
// descriptions lih-lint checks files with, so the two cannot disagree.
import type {Rule} from './rule.ts'
import type {Shape} from './data-file.ts'

type JsonSchema = Record<string, unknown>

export function toJsonSchema(shape: Shape): JsonSchema {
  switch (shape.kind) {
    case 'any':
      return {}
    case 'string':
      return shape.nonEmpty ? {type: 'string', minLength: 1} : {type: 'string'}
    case 'boolean':
      return {type: 'boolean'}
    case 'number':
      return {type: 'number'}
    case 'date':
      return {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'An ISO date, YYYY-MM-DD'}
    case 'enum':
      return {enum: [...shape.values]}
    case 'array':
      return {type: 'array', items: toJsonSchema(shape.of)}
    case 'record':
      return {type: 'object', additionalProperties: toJsonSchema(shape.of)}
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(shape.fields).map(([key, field]) => [key, toJsonSchema(field)])),
        ...(shape.required && shape.required.length > 0 ? {required: [...shape.required]} : {}),
        additionalProperties: false
      }
  }
}

export function factsJsonSchema(shape: Shape): JsonSchema {
  return {$schema: 'http://json-schema.org/draft-07/schema#', title: 'lih-lint facts registry', ...toJsonSchema(shape)}
}

/** The config schema lists every rule, so editors complete rule ids and levels. */
export function configJsonSchema(shape: Shape, rules: readonly Rule[]): JsonSchema {
  const base = toJsonSchema(shape) as {properties: Record<string, JsonSchema>}
  const level = {enum: ['off', 'info', 'warn', 'error']}
  const ruleSchema = (rule: Rule): JsonSchema => ({
    description: rule.summary,
    oneOf: [
      level,
      {
        type: 'array',
        items: [level, {type: 'object', properties: Object.fromEntries(Object.keys(rule.defaults ?? {}).map((key) => [key, {}])), additionalProperties: false}],
        minItems: 1,
        maxItems: 2
      }
    ]
  })
  base.properties.rules = {type: 'object', properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSchema(rule)])), additionalProperties: false}
  return {$schema: 'http://json-schema.org/draft-07/schema#', title: 'lih-lint config (.lihlintrc.yaml / .lihlintrc.json)', ...base}
}

export function stringifySchema(schema: JsonSchema): string {
  return JSON.stringify(schema, null, 2) + '\n'
}
