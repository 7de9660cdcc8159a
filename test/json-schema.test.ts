// The published JSON Schemas accept what lih-lint accepts and reject what it rejects.
import {Ajv} from 'ajv'
import {readdirSync, readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.ts'

const ajv = new Ajv({strict: false, allErrors: true})
const factsSchema = ajv.compile(JSON.parse(readFileSync(`${root}src/facts/facts.schema.json`, 'utf8')))
const configSchema = ajv.compile(JSON.parse(readFileSync(`${root}src/config/config.schema.json`, 'utf8')))

describe('JSON Schemas for editors', () => {
  it('accept the shipped LIH registry and every corpus house registry', () => {
    const registries = ['src/facts/lih.yaml', ...readdirSync(`${root}fixtures/registries`).filter((name) => name.endsWith('.yaml')).map((name) => `fixtures/registries/${name}`)]
    for (const path of registries) {
      expect(factsSchema(parse(readFileSync(`${root}${path}`, 'utf8'))), `${path}: ${ajv.errorsText(factsSchema.errors)}`).toBe(true)
    }
  })

  it('reject a registry with an unknown key or a wrong date', () => {
    expect(factsSchema({people: [{name: 'Ann Lee', roles: [{title: 'CEO', from: 'last year'}]}]})).toBe(false)
    expect(factsSchema({organisation: []})).toBe(false)
  })

  it('complete rule ids and levels in config, and reject unknown rules', () => {
    expect(configSchema({preset: 'recommended', rules: {'require-about': 'off', 'space-after-full-stop': ['error']}})).toBe(true)
    expect(configSchema({rules: {'require-abuot': 'off'}})).toBe(false)
    expect(configSchema({rules: {'require-about': 'loud'}})).toBe(false)
  })
})
