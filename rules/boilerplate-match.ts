import {defineRule} from '../src/engine/rule.ts'
import {inPeriod} from '../src/model/dates.ts'
import {spanOfBlocks} from '../src/model/query.ts'
import {headingLine, type Block} from '../src/model/release.ts'
import {sourceSpan} from '../src/model/text-view.ts'
import {changesSummary, normalise} from '../src/model/word-diff.ts'


export default defineRule({
  id: 'boilerplate-match',
  category: 'sections',
  severity: 'error',
  fix: 'suggestion',
  summary: 'The house’s About section says exactly what the registry’s canonical boilerplate says.',
  why: 'The boilerplate is the institute’s legal and public self-description; a reworded copy spreads from one release to the next and into the press.',
  messages: {
    drift: 'The About section differs from the canonical boilerplate (facts registry): {changes}; use the registry text'
  },
  examples: [
    {
      title: 'A reworded boilerplate',
      input:
        '---\ndate: 2025-01-10\n---\n\n# News\n\nThe laboratory opened today in Strassen after two years of building work.\n\n## About the Luxembourg Institute of Health (LIH)\n\nThe Luxembourg Institute of Health (LIH) is a private biomedical research company focused on precision health.\n',
      messages: ['11:1-11:111: The About section differs from the canonical boilerplate (facts registry): “public biomedical research organisation” became “private biomedical research company”, and 1 more change; use the registry text'],
      output:
        '---\ndate: 2025-01-10\n---\n\n# News\n\nThe laboratory opened today in Strassen after two years of building work.\n\n## About the Luxembourg Institute of Health (LIH)\n\nThe Luxembourg Institute of Health (LIH) is a public biomedical research organisation focused on precision health and invested in becoming a leading reference in Europe for the translation of scientific excellence into meaningful benefits for patients.\n\nThe LIH places the patient at the heart of all its activities, driven by a collective obligation towards society to use knowledge and technology arising from research on patient derived data to have a direct impact on people’s health. Its dedicated teams of multidisciplinary researchers strive for excellence, generating relevant knowledge linked to immune related diseases and cancer.\n\nThe institute embraces collaborations, disruptive technology and process innovation as unique opportunities to improve the application of diagnostics and therapeutics with the long-term goal of preventing disease.\n'
    },
    {
      title: 'The canonical text, with other line breaks and straight quotes, and another organisation’s About section',
      input:
        '# News\n\nThe laboratory opened today in Strassen after two years of building work.\n\n## About the Luxembourg Institute of Health (LIH)\n\nThe Luxembourg Institute of Health (LIH) is a public biomedical research organisation focused on precision health and invested in becoming a leading reference in Europe for the translation of scientific excellence into meaningful benefits for patients.\n\nThe LIH places the patient at the heart of all its activities, driven by a collective obligation towards society to use knowledge and technology arising from research on patient derived data to have a direct impact on people\'s health. Its dedicated teams of multidisciplinary researchers strive for excellence, generating relevant knowledge linked to immune related diseases and cancer.\n\nThe institute embraces collaborations, disruptive technology and process innovation as unique opportunities to improve the application of diagnostics and therapeutics with the long-term goal of preventing disease.\n\n## About the University of Luxembourg\n\nThe university is a research university.\n',
      messages: []
    },
    {
      title: 'A full stop lost under an About title on the first line of its paragraph, after another organisation’s About section',
      input: '# News\n\nThe laboratory opened today in Strassen after two years of building work.\n\n## About the study\n\nThe study followed four hundred patients for two years.\n\nAbout the Luxembourg Institute of Health (LIH)\nThe Luxembourg Institute of Health (LIH) is a public biomedical research organisation focused on precision health and invested in becoming a leading reference in Europe for the translation of scientific excellence into meaningful benefits for patients\n\nThe LIH places the patient at the heart of all its activities, driven by a collective obligation towards society to use knowledge and technology arising from research on patient derived data to have a direct impact on people’s health. Its dedicated teams of multidisciplinary researchers strive for excellence, generating relevant knowledge linked to immune related diseases and cancer.\n\nThe institute embraces collaborations, disruptive technology and process innovation as unique opportunities to improve the application of diagnostics and therapeutics with the long-term goal of preventing disease.\n',
      messages: ['10:1-14:214: The About section differs from the canonical boilerplate (facts registry): “patients.” became “patients”; use the registry text'],
      output: '# News\n\nThe laboratory opened today in Strassen after two years of building work.\n\n## About the study\n\nThe study followed four hundred patients for two years.\n\nAbout the Luxembourg Institute of Health (LIH)\nThe Luxembourg Institute of Health (LIH) is a public biomedical research organisation focused on precision health and invested in becoming a leading reference in Europe for the translation of scientific excellence into meaningful benefits for patients.\n\nThe LIH places the patient at the heart of all its activities, driven by a collective obligation towards society to use knowledge and technology arising from research on patient derived data to have a direct impact on people’s health. Its dedicated teams of multidisciplinary researchers strive for excellence, generating relevant knowledge linked to immune related diseases and cancer.\n\nThe institute embraces collaborations, disruptive technology and process innovation as unique opportunities to improve the application of diagnostics and therapeutics with the long-term goal of preventing disease.\n'
    },
    {
      title: 'A sentence added to an About section whose title runs into the text: the change is named by its first and last words',
      input: '# News\n\nThe laboratory opened today in Strassen after two years of building work.\n\nAbout the Luxembourg Institute of Health (LIH) The Luxembourg Institute of Health (LIH) is a public biomedical research organisation focused on precision health and invested in becoming a leading reference in Europe for the translation of scientific excellence into meaningful benefits for patients. It was founded in 2015 from the merger of two older public research centres in Luxembourg.\n\nThe LIH places the patient at the heart of all its activities, driven by a collective obligation towards society to use knowledge and technology arising from research on patient derived data to have a direct impact on people’s health. Its dedicated teams of multidisciplinary researchers strive for excellence, generating relevant knowledge linked to immune related diseases and cancer.\n\nThe institute embraces collaborations, disruptive technology and process innovation as unique opportunities to improve the application of diagnostics and therapeutics with the long-term goal of preventing disease.\n',
      messages: ['5:48-9:214: The About section differs from the canonical boilerplate (facts registry): “It was founded in 2015 from … research centres in Luxembourg.” was added; use the registry text'],
      output: '# News\n\nThe laboratory opened today in Strassen after two years of building work.\n\nAbout the Luxembourg Institute of Health (LIH) The Luxembourg Institute of Health (LIH) is a public biomedical research organisation focused on precision health and invested in becoming a leading reference in Europe for the translation of scientific excellence into meaningful benefits for patients.\n\nThe LIH places the patient at the heart of all its activities, driven by a collective obligation towards society to use knowledge and technology arising from research on patient derived data to have a direct impact on people’s health. Its dedicated teams of multidisciplinary researchers strive for excellence, generating relevant knowledge linked to immune related diseases and cancer.\n\nThe institute embraces collaborations, disruptive technology and process innovation as unique opportunities to improve the application of diagnostics and therapeutics with the long-term goal of preventing disease.\n'
    },
    {
      title: 'The house’s About section after another one, followed by a notice set apart as a quotation',
      input: '# News\n\nThe laboratory opened today in Strassen after two years of building work.\n\n## About the study\n\nThe study followed four hundred patients for two years.\n\n**About the Luxembourg Institute of Health (LIH)**\n\nThe Luxembourg Institute of Health (LIH) is a public biomedical research organisation focused on precision health and invested in becoming a leading reference in Europe for the translation of scientific excellence into meaningful benefits for patients.\n\nThe LIH places the patient at the heart of all its activities, driven by a collective obligation towards society to use knowledge and technology arising from research on patient derived data to have a direct impact on people’s health. Its dedicated teams of multidisciplinary researchers strive for excellence, generating relevant knowledge linked to immune related diseases and cancer.\n\nThe institute embraces collaborations, disruptive technology and process innovation as unique opportunities to improve the application of diagnostics and therapeutics with the long-term goal of preventing disease.\n\n> LIH is a registered name of the Luxembourg Institute of Health.\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    const boilerplate = facts.boilerplate
    if (!boilerplate) return
    const names = [boilerplate.heading, facts.house.name, facts.organisations[0]?.name].filter((name): name is string => Boolean(name))
    const parts = houseAboutText(release.blocks, names)
    if (parts.length === 0) return
    const written = parts.map((part) => part.text).join('\n\n')
    const versions = boilerplate.versions.filter((version) => inPeriod(version, release.date?.iso))
    if (versions.length === 0 || versions.some((version) => normalise(version.text) === normalise(written))) return
    const canonical = versions[0].text
    // Paragraphs in the registry are separated by a line break; in a release, by a blank line.
    const expected = canonical.split(/\n+/).join('\n\n')
    report('drift', {place: spanOfBlocks(parts), data: {changes: changesSummary(normalise(canonical), normalise(written))}, expected: [expected], fix: 'suggestion'})
  }
})

interface Part {
  text: string
  /** Source offsets. */
  start: number
  end: number
}

/**
 * The paragraphs of the house's own About section: after the first “About …” title that names the
 * house (a heading, or the first line of a paragraph: “About Acme⏎Acme is …”), up to the next title,
 * the end of the section, or a quoted block (a notice set apart, not part of the boilerplate).
 */
function houseAboutText(blocks: Block[], names: string[]): Part[] {
  const opening = blocks.findIndex((block) => block.section === 'about' && titleOf(block, names) !== undefined)
  if (opening === -1) return []
  const title = titleOf(blocks[opening], names)!
  const parts: Part[] = []
  const rest = restAfterTitle(blocks[opening], title)
  if (rest) parts.push(rest)
  for (const block of blocks.slice(opening + 1)) {
    if (block.section !== 'about' || block.kind === 'heading' || block.quoted || /^about\b/i.test(block.text.trim())) break
    parts.push({text: block.text, start: block.start, end: block.end})
  }
  return parts
}

/** The About title a block opens with, when it names the house: the whole heading, or the title line of a paragraph. */
function titleOf(block: Block, names: string[]): string | undefined {
  const text = block.text.trim()
  if (!/^about\b/i.test(text)) return undefined
  const title = block.kind === 'heading' ? text : titleLine(text, names)
  return title !== undefined && names.some((name) => title.includes(name)) ? title : undefined
}

/** “About Acme” on a line of its own (ended by a newline or a Unicode line separator), or run into the text: “About Acme Acme is …”. */
function titleLine(text: string, names: string[]): string | undefined {
  const line = headingLine(text)
  if (line !== undefined) return line
  // Run into the text: the name, and its acronym in brackets when it has one; or the registry's heading as written.
  const runIn = (name: string) => new RegExp(`^(?:About (?:the )?)?${escapeRegExp(name)}(?: \\([^()\\s]{1,12}\\))?(?=\\s)`, 'i').exec(text)?.[0]
  return names.map(runIn).find((title) => title !== undefined && /^about\b/i.test(title))
}

/** The text of a paragraph after its About title, as a part with source offsets. */
function restAfterTitle(block: Block, title: string): Part | undefined {
  if (block.kind === 'heading') return undefined
  const at = block.text.indexOf(title) + title.length
  const from = at + (/^\s*/.exec(block.text.slice(at))?.[0].length ?? 0)
  if (from >= block.text.length) return undefined
  return {text: block.text.slice(from), ...sourceSpan(block, from, block.text.length)}
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
