// British and American spellings of the same word: an explicit list (data, not a guess), as
// [British, American]. Inflected forms are listed where they differ in more than an ending.
export const variantPairs: Array<[string, string]> = [
  ['organisation', 'organization'], ['organisations', 'organizations'], ['organise', 'organize'], ['organised', 'organized'], ['organising', 'organizing'],
  ['organisational', 'organizational'], ['personalised', 'personalized'], ['personalise', 'personalize'], ['standardised', 'standardized'], ['standardise', 'standardize'],
  ['recognise', 'recognize'], ['recognised', 'recognized'], ['recognising', 'recognizing'], ['realise', 'realize'], ['realised', 'realized'],
  ['revolutionise', 'revolutionize'], ['revolutionising', 'revolutionizing'], ['utilise', 'utilize'], ['utilising', 'utilizing'], ['utilised', 'utilized'],
  ['maximise', 'maximize'], ['maximises', 'maximizes'], ['maximising', 'maximizing'], ['minimise', 'minimize'], ['optimise', 'optimize'], ['optimised', 'optimized'],
  ['characterise', 'characterize'], ['characterised', 'characterized'], ['characterisation', 'characterization'], ['prioritise', 'prioritize'], ['emphasise', 'emphasize'],
  ['analyse', 'analyze'], ['analysed', 'analyzed'], ['analysing', 'analyzing'], ['catalyse', 'catalyze'],
  ['tumour', 'tumor'], ['tumours', 'tumors'], ['behaviour', 'behavior'], ['behaviours', 'behaviors'], ['colour', 'color'], ['favour', 'favor'],
  ['honour', 'honor'], ['labour', 'labor'], ['neighbour', 'neighbor'], ['neighbouring', 'neighboring'], ['endeavour', 'endeavor'], ['endeavours', 'endeavors'],
  ['centre', 'center'], ['centres', 'centers'], ['metre', 'meter'], ['litre', 'liter'], ['fibre', 'fiber'],
  ['programme', 'program'], ['programmes', 'programs'], ['haemoglobin', 'hemoglobin'], ['anaemia', 'anemia'], ['oesophagus', 'esophagus'],
  ['paediatric', 'pediatric'], ['orthopaedic', 'orthopedic'], ['oestrogen', 'estrogen'], ['leukaemia', 'leukemia'], ['haematology', 'hematology'],
  ['foetal', 'fetal'], ['diarrhoea', 'diarrhea'], ['ageing', 'aging'], ['licence', 'license'], ['defence', 'defense'], ['offence', 'offense'],
  ['travelled', 'traveled'], ['travelling', 'traveling'], ['modelling', 'modeling'], ['labelled', 'labeled'], ['labelling', 'labeling'],
  ['enrol', 'enroll'], ['enrolment', 'enrollment'], ['fulfil', 'fulfill'], ['grey', 'gray']
  // Not 'dialogue' or 'catalogue': American English writes them so too ('dialog' is for computers).
]
