import {defineRule} from '../src/engine/rule.ts'
import {inPeriod} from '../src/model/dates.ts'
import {spanOfBlocks} from '../src/model/query.ts'
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
    }
  ],
  check({release, facts, report}) {
    const about = release.about
    const boilerplate = facts.boilerplate
    if (!about || !boilerplate || about.blocks.length === 0) return
    // Only the house's own About section: its heading names the house (or is the registry's heading).
    const heading = about.heading.text.trim()
    const names = [boilerplate.heading, facts.house.name, facts.organisations[0]?.name].filter((name): name is string => Boolean(name))
    if (!names.some((name) => heading === name || heading.includes(name))) return
    const own = about.blocks.filter((block) => block.section === 'about' && !/^about\b/i.test(block.text.trim()))
    // Stop at a second About heading (a partner's section).
    const end = release.blocks.findIndex((block, index) => index > about.heading.index && block.kind === 'heading')
    const blocks = own.filter((block) => end === -1 || block.index < end)
    if (blocks.length === 0) return
    const written = blocks.map((block) => block.text).join('\n\n')
    const versions = boilerplate.versions.filter((version) => inPeriod(version, release.date?.iso))
    if (versions.length === 0 || versions.some((version) => normalise(version.text) === normalise(written))) return
    const canonical = versions[0].text
    // Paragraphs in the registry are separated by a line break; in a release, by a blank line.
    const expected = canonical.split(/\n+/).join('\n\n')
    report('drift', {place: spanOfBlocks(blocks), data: {changes: changesSummary(normalise(canonical), normalise(written))}, expected: [expected], fix: 'suggestion'})
  }
})
