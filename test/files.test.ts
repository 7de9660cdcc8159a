// A folder on the command line is walked for releases (src/cli/files.ts) instead of globbed: the
// files found must be those tinyglobby finds for `**/*.{md,…}` without following symbolic links.
import {chmodSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {glob} from 'tinyglobby'
import {describe, expect, it} from 'vitest'
import {extensions, findFiles} from '../src/cli/files.ts'
import {corpusPath, hasShared, root, workspace} from './helpers.ts'

async function globbed(folder: string): Promise<string[]> {
  return (await glob(`**/*.{${extensions.join(',')}}`, {cwd: folder, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false})).sort()
}

async function walked(folder: string): Promise<string[]> {
  // A working directory without ignore files, so that only the walk decides.
  return (await findFiles([folder], workspace({}))).files
}

describe('releases in a folder', () => {
  it('are the files tinyglobby finds, in a tree of awkward names, links and folders', async () => {
    const names = ['r.md', 'R.MD', 'x.markdown', 'y.txt', 'z.html', 'w.htm', 'q.mdx', 'md', '.dot.md', 'a/b/deep.md', 'node_modules/x/n.md', 'sub/node_modules/n.md', 'sub/s.md', '.hidden/h.md', 'dir.md/inner.md', '.git/g.md', 'sp ace/s p.md', 'a/[x].md', 'a/*.md', 'a/{y}.txt', 'é/ü.md', 'deeply/nested/folders/of/releases/n.md']
    const tree = workspace(Object.fromEntries(names.map((name) => [name, '# Release\n'])))
    const outside = workspace({'o.md': '# Outside\n', 'p/q.md': '# Outside\n'})
    symlinkSync(join(outside, 'o.md'), join(tree, 'link-file.md'))
    symlinkSync(outside, join(tree, 'link-folder'))
    symlinkSync('/nonexistent', join(tree, 'dangling.md'))
    symlinkSync('loop-a.md', join(tree, 'loop-b.md'))
    symlinkSync('loop-b.md', join(tree, 'loop-a.md'))
    mkdirSync(join(tree, 'locked'))
    writeFileSync(join(tree, 'locked/l.md'), '# Locked\n')
    chmodSync(join(tree, 'locked'), 0o000)
    try {
      const expected = await globbed(tree)
      expect(expected).toContain(join(tree, 'a/b/deep.md'))
      expect(await walked(tree)).toEqual(expected)
      // Given as a symbolic link to the folder, paths stay under the link.
      symlinkSync(tree, join(outside, 'tree-link'))
      expect(await walked(join(outside, 'tree-link'))).toEqual(await globbed(join(outside, 'tree-link')))
    } finally {
      chmodSync(join(tree, 'locked'), 0o755)
    }
  })

  it('are the files tinyglobby finds in the fixtures and the corpus', async () => {
    for (const folder of [join(root, 'fixtures'), ...(hasShared ? [corpusPath] : [])]) {
      const expected = await globbed(folder)
      expect(expected.length).toBeGreaterThan(20)
      expect(await walked(folder)).toEqual(expected)
    }
  })
})
