import { defineMessages } from '../i18n/catalog.js';

const list = (names: string[]) => names.map((n) => `« ${n} »`).join(', ');

/** Explanations of the webmaster's mistakes: wrong dataset id, ODSQL errors, unknown fields. */
export const errorMessages = defineMessages({
  fr: {
    datasetNotFound: (id: string, portal: string) => `Le jeu de données « ${id} » est introuvable sur le portail ${portal}.`,
    didYouMean: (names: string[]) => ` Vouliez-vous dire ${list(names)} ?`,
    badWhere: 'Le filtre demandé n’est pas valide :',
    unterminated: (pos: string) => `une chaîne entre guillemets n’est pas refermée (elle commence au caractère ${pos}) ; ajoutez le guillemet fermant.`,
    unknownField: (name: string) => `le champ « ${name} » n’existe pas dans ce jeu de données ; vérifiez son nom technique (sans accent, avec des _).`,
    unknownFunction: (name: string) => `la fonction « ${name}() » est inconnue d’ODSQL (ex. valides : search(), year(), date_format()).`,
    unexpected: (token: string, pos: string) => `« ${token} » est inattendu au caractère ${pos} (opérateur en double, parenthèse ou guillemet manquant ?).`,
    typeMismatch: 'les types ne correspondent pas : un nombre comparé à du texte, ou un calcul sur un champ texte (mettez les nombres sans guillemets, le texte entre guillemets).',
    other: 'le portail n’a pas compris la requête.',
    near: (excerpt: string) => ` Près de : ${excerpt}`,
    portalSaid: (text: string) => ` Message du portail (en anglais) : « ${text} »`,
    unknownFields: (names: string[]) => `Champ${names.length > 1 ? 's' : ''} inconnu${names.length > 1 ? 's' : ''} dans ce jeu de données : ${list(names)}.`,
    closestIs: (name: string, close: string[]) => ` Pour « ${name} », vouliez-vous dire ${list(close)} ?`,
  },
  en: {
    datasetNotFound: (id: string, portal: string) => `The dataset “${id}” cannot be found on the portal ${portal}.`,
    didYouMean: (names: string[]) => ` Did you mean ${list(names)}?`,
    badWhere: 'The requested filter is not valid:',
    unterminated: (pos: string) => `a quoted string is not closed (it starts at character ${pos}); add the closing quote.`,
    unknownField: (name: string) => `the field “${name}” does not exist in this dataset; check its technical name.`,
    unknownFunction: (name: string) => `the function “${name}()” is unknown to ODSQL (valid ones include search(), year(), date_format()).`,
    unexpected: (token: string, pos: string) => `“${token}” is unexpected at character ${pos} (doubled operator, missing bracket or quote?).`,
    typeMismatch: 'the types do not match: a number compared with text, or a calculation on a text field (numbers without quotes, text in quotes).',
    other: 'the portal did not understand the query.',
    near: (excerpt: string) => ` Near: ${excerpt}`,
    portalSaid: (text: string) => ` The portal's message: “${text}”`,
    unknownFields: (names: string[]) => `Unknown field${names.length > 1 ? 's' : ''} in this dataset: ${list(names)}.`,
    closestIs: (name: string, close: string[]) => ` For “${name}”, did you mean ${list(close)}?`,
  },
  br: {
    datasetNotFound: (id: string, portal: string) => `N’eo ket bet kavet ar stroll roadennoù « ${id} » war ar porched ${portal}.`,
    didYouMean: (names: string[]) => ` Ha ${list(names)} a felle deoc’h lavaret ?`,
    badWhere: 'N’eo ket reizh ar sil goulennet :',
    unterminated: (pos: string) => `n’eo ket serret ur chadenn etre klozadurioù (kregiñ a ra d’an arouezenn ${pos}) ; ouzhpennit ar c’hlozadur.`,
    unknownField: (name: string) => `n’eus ket eus ar vaezienn « ${name} » er stroll-mañ ; gwiriit hec’h anv teknikel.`,
    unknownFunction: (name: string) => `n’anavez ket ODSQL ar fonksion « ${name}() » (sk. reizh : search(), year(), date_format()).`,
    unexpected: (token: string, pos: string) => `n’oa ket gortozet « ${token} » d’an arouezenn ${pos} (oberier doubl, krommell pe klozadur a vank ?).`,
    typeMismatch: 'ne glot ket ar seurtoù : un niver keñveriet gant testenn, pe ur jedadenn war ur vaezienn destenn.',
    other: 'n’en deus ket komprenet ar porched ar goulenn.',
    near: (excerpt: string) => ` E-kichen : ${excerpt}`,
    portalSaid: (text: string) => ` Kemennadenn ar porched (e saozneg) : « ${text} »`,
    unknownFields: (names: string[]) => `Maeziennoù dianav er stroll-mañ : ${list(names)}.`,
    closestIs: (name: string, close: string[]) => ` Evit « ${name} », ha ${list(close)} a felle deoc’h lavaret ?`,
  },
});
