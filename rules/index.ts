// Every rule lih-lint knows, in the order their messages are produced. A test checks this list
// matches the files in this folder.
import type {Rule} from '../src/engine/rule.ts'
import orgFirstMention from './org-first-mention.ts'
import orgNameVariant from './org-name-variant.ts'
import requireAbout from './require-about.ts'
import requirePressContact from './require-press-contact.ts'
import spaceAfterFullStop from './space-after-full-stop.ts'

export const rules: readonly Rule[] = [orgFirstMention, orgNameVariant, requireAbout, requirePressContact, spaceAfterFullStop]
