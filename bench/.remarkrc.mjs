// The remark peer of the bench: remark-retext + retext-english + retext-readability.
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'

export default {plugins: [[remarkRetext, unified().use(retextEnglish).use(retextReadability)]]}
