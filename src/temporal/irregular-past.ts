/**
 * English irregular verbs in the past, as compromise conjugates them (irregular-past.test.ts
 * regenerates both lists from compromise and fails when they differ): written out here so the
 * tagger does not load compromise to start.
 */

/** Past tense forms not in -ed and not spelt like the infinitive: "tore", "swam", "dug". */
export const IRREGULAR_PAST: readonly string[] = (
  'arose ate babysat became began beheld blew bought broke brought came caught chose crept dealt did drank drove dug fell felt ' +
  'flew flung forbade foresaw forewent forgave forgot forsook fought found froze gave grew had heard held hid hung kept knelt ' +
  'knew laid leapt lent made meant met mistook outgrew outstood overcame overrode oversaw paid ran rang redid remade rode said sang ' +
  'sank sat saw sent shook shot shrank slept slid snuck sold spent spoke sprang spun stole stood strove struck stuck stung stunk swam ' +
  'swept swore swung taught thought threw told took tore undertook underwent undid upheld was went wept were withdrew won wore wove wrote'
).split(' ');

/** Past participles that are no past tense form: "sworn", "taken", "begun". */
export const IRREGULAR_PARTICIPLES: readonly string[] = (
  'arisen awoken beaten begun bitten blown built chosen clung drawn dreamt driven eaten fallen flown forbidden forgiven forgotten ' +
  'forsaken gone gotten grown hidden outdone outgrown overdone overseen overtaken overthrown proven rewritten ridden risen rung seen ' +
  'sewn shaken shone shown shrunk slain sought sown spilt spoken stolen strewn sung sunk sworn swum taken thrown torn undergone undone ' +
  'uprisen withdrawn woken woven written wrung'
).split(' ');
