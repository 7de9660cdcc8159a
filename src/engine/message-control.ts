// Control comments (`<!-- lih-lint-disable rule-id -->` …) filter messages after the rules run.
// Issue 4 fills this in with unified-message-control; until then every message is kept.
import type {VFile} from 'vfile'
import type {Release} from '../model/release.ts'

export async function applyMessageControl(file: VFile, release: Release, knownRuleIds: readonly string[]): Promise<void> {
  void file
  void release
  void knownRuleIds
}
