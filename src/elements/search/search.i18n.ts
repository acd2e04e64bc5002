import { defineMessages } from '../../i18n/catalog.js';

export const searchMessages = defineMessages({
  fr: {
    label: 'Rechercher dans les données',
    button: 'Rechercher',
    buttonSuffix: ' dans les données',
    results: (n: number, s: string, q: string) =>
      n === 0 ? `Aucun résultat pour « ${q} »` : n === 1 ? `1 résultat pour « ${q} »` : `${s} résultats pour « ${q} »`,
    hint: 'La recherche se lance pendant la saisie. Échap efface le champ.',
  },
  en: {
    label: 'Search the data',
    button: 'Search',
    buttonSuffix: ' the data',
    results: (n: number, s: string, q: string) =>
      n === 0 ? `No results for “${q}”` : n === 1 ? `1 result for “${q}”` : `${s} results for “${q}”`,
    hint: 'Results update as you type. Escape clears the field.',
  },
  br: {
    label: 'Klask er roadennoù',
    button: 'Klask',
    buttonSuffix: ' er roadennoù',
    results: (n: number, s: string, q: string) =>
      n === 0 ? `Disoc’h ebet evit « ${q} »` : n === 1 ? `1 disoc’h evit « ${q} »` : `${s} disoc’h evit « ${q} »`,
    hint: 'Ar c’hlask a vez lañset e-pad ma skrivit. Gant Echap e vez skarzhet ar vaezienn.',
  },
});
