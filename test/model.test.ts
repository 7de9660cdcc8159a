// The press-release model on the real seed release (plain text scraped from lih.lu) and on a Markdown fixture.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ConfigFinder} from '../src/config/load.ts'
import {lint} from '../src/engine/lint.ts'
import type {Release} from '../src/model/release.ts'
import {givenTitles} from '../src/model/titles.ts'
import {loadFacts} from '../src/facts/load.ts'
import {hasShared, root, seedPath} from './helpers.ts'

async function model(path: string, text = readFileSync(path, 'utf8')): Promise<Release> {
  const config = new ConfigFinder().forFile(path)
  const {release} = await lint(text, {path, config, rules: []})
  return release!
}

describe.skipIf(!hasShared)('model of the seed release (plain text)', () => {
  it('finds the top matter, skipping breadcrumbs and the “Press Release” label', async () => {
    const release = await model(seedPath)
    expect(release.headline?.text).toMatch(/^LIH Unveils Its 2023 Annual Report/)
    expect(release.date).toMatchObject({iso: '2024-06-18', from: 'date line'})
    expect(release.lead?.text).toMatch(/^The Luxembourg Institute of Health \(LIH\) has published/)
    // No block of prose comes from the navigation crumbs.
    expect(release.blocks.some((block) => block.text.includes('»'))).toBe(false)
  })

  it('finds the About section and the bulleted press contact', async () => {
    const release = await model(seedPath)
    expect(release.about?.heading.text).toBe('About the Luxembourg Institute of Health (LIH)')
    expect(release.about?.blocks).toHaveLength(3)
    expect(release.contact?.heading?.text).toBe('Press Contact')
    expect(release.contact?.blocks.map((block) => block.text)).toContain('Arnaud\n    Head of Marketing and Communication')
  })

  it('understands quotes that lost their marks, followed by “said NAME, TITLE.”', async () => {
    const release = await model(seedPath)
    const speakers = release.quotes.map((quote) => [quote.form, quote.speaker?.person?.name, quote.speaker?.verb?.text, quote.speaker?.role?.text])
    expect(speakers).toEqual([
      ['scraped', 'Ulf Nehrbass', 'said', 'CEO of LIH'],
      ['scraped', 'Gregor Baertz', 'stated', 'Chairman of the Board of Directors of LIH']
    ])
  })

  it('maps every sentence and mention to its exact place in the source', async () => {
    const release = await model(seedPath)
    expect(release.sentences.length).toBeGreaterThan(25)
    for (const sentence of release.sentences) expect(release.source.slice(sentence.start, sentence.end)).toBe(sentence.text)
    for (const mention of [...release.orgMentions, ...release.personMentions]) expect(release.source.slice(mention.start, mention.end)).toBe(mention.text)
    expect(release.personMentions.find((mention) => mention.person.name === 'Johannes Meiser')).toMatchObject({kind: 'short', text: 'Dr Meiser'})
  })
})

describe('model of a Markdown release', () => {
  it('reads front matter, headline, date line, quotes and sections', async () => {
    const release = await model(`${root}fixtures/sample-release.md`)
    expect(release.frontMatter?.data.title).toBe('LIH researchers map how immune cells reach brain tumours')
    expect(release.date).toMatchObject({iso: '2025-03-12', from: 'front matter'})
    expect(release.dateLine?.date.text).toBe('12 March 2025')
    expect(release.headline?.kind).toBe('heading')
    expect(release.quotes).toHaveLength(1)
    expect(release.quotes[0].speaker).toMatchObject({name: 'Prof Simone Niclou', role: {text: 'head of the NorLux Neuro-Oncology Laboratory'}})
    expect(release.about?.heading.text).toBe('About the Luxembourg Institute of Health (LIH)')
    expect(release.contact?.blocks.at(-1)?.text).toBe('Arnaud\nHead of Marketing and Communication')
  })

  it('masks code, URLs and e-mail addresses out of the prose but keeps exact offsets', async () => {
    const text = '# Title\n\nWrite to press@lih.lu or see https://www.lih.lu/news and run `npm test` now, said the team in **bold** today.\n'
    const release = await model('x.md', text)
    const block = release.blocks[1]
    expect(block.prose).not.toContain('press@lih.lu')
    expect(block.prose).not.toContain('https://')
    expect(block.prose).not.toContain('npm test')
    expect(block.prose).toHaveLength(block.text.length)
    const bold = block.text.indexOf('bold')
    expect(text.slice(block.offsets[bold], block.offsets[bold] + 4)).toBe('bold')
  })

  it('reads front matter after blank lines, as Hugo does, with positions in the file as written', async () => {
    const text = '\n\n---\ntitle: Example opens a laboratory\ndate: 2025-03-12\n---\n\nThe laboratory opened today in Strassen after two years of building work.\n'
    const release = await model('x.md', text)
    expect(release.date).toMatchObject({iso: '2025-03-12', from: 'front matter'})
    expect(text.slice(release.frontMatter!.start, release.frontMatter!.end)).toMatch(/^---\n[^]*\n---$/)
    expect(release.blocks.map((block) => block.text)).toEqual(['The laboratory opened today in Strassen after two years of building work.'])
    expect(text.slice(release.blocks[0].start, release.blocks[0].end)).toBe(release.blocks[0].text)
    for (const sentence of release.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  })

  it('reads the next person of a list as a person, not as a title of the one before', async () => {
    const release = await model('x.md', '# News\n\nThe guests were Prof Ulf Nehrbass, President of the Board of Directors Dr Gregor Baertz, and others.\n')
    const titles = givenTitles(release, loadFacts()).map((title) => `${title.mention.person.name}: ${title.text}`)
    expect(titles).toEqual(['Gregor Baertz: President of the Board of Directors'])
  })

  it('keeps exact offsets past the spaces the parser drops at line ends and indents', async () => {
    const text = '# Title\n\nThe board met today \n  and then  it voted.\n'
    const release = await model('x.md', text)
    const block = release.blocks[1]
    expect(block.text).toBe('The board met today\nand then  it voted.')
    for (let index = 0; index < block.text.length; index++) expect(text[block.offsets[index]]).toBe(block.text[index])
  })

  it('treats a first line “About …” followed by text as the About section', async () => {
    const release = await model('x.md', '# Title\n\nThe foundation today announced new members joining its growing community.\n\nAbout the Example Foundation\nThe Example Foundation supports open source.\n')
    expect(release.about?.heading.text).toMatch(/^About the Example Foundation/)
  })

  it('takes an end mark indented into a code block as the end mark, but not one in fenced code', async () => {
    const lead = '# Title\n\nThe laboratory opened today in Strassen after two years of building work.\n\n'
    const boilerplate = '\n\nThe Luxembourg Institute of Health is a public biomedical research organisation.\n'
    const indented = await model('x.md', `${lead}        ###${boilerplate}`)
    expect(indented.about?.heading.text).toMatch(/^The Luxembourg Institute of Health is/)
    const fenced = await model('x.md', `${lead}\`\`\`\n###\n\`\`\`${boilerplate}`)
    expect(fenced.about).toBeUndefined()
  })
})
