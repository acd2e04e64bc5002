import type { AggregateFn, AggregateProblem } from '../api/aggregate.js';
import { defineMessages, type Lang } from './catalog.js';

/** What a webmaster reads when an aggregate does not fit the field's type (kpi, chart, map say the same). */
const messages = defineMessages({
  fr: {
    type: (t: string) => ({ text: 'un texte', boolean: 'un booléen', date: 'une date', datetime: 'une date', geo_point_2d: 'un point géographique', geo_shape: 'une forme géographique' } as Record<string, string>)[t] ?? `de type ${t}`,
    act: (fn: AggregateFn) => ({ sum: 'en faire la somme', avg: 'en calculer la moyenne', median: 'en calculer la médiane', min: 'en chercher le minimum', max: 'en chercher le maximum', count: 'en compter les valeurs' })[fn],
    wrongType: (f: string, type: string, act: string, minmax: boolean) => `« ${f} » est ${type} : on ne peut pas ${act} ; utilisez count(${f}) ou un champ numérique${minmax ? ' ou une date' : ''}.`,
    unknown: (f: string) => `Le champ « ${f} » n’existe pas dans ce jeu de données.`,
  },
  en: {
    type: (t: string) => ({ text: 'text', boolean: 'a boolean', date: 'a date', datetime: 'a date', geo_point_2d: 'a geographic point', geo_shape: 'a geographic shape' } as Record<string, string>)[t] ?? `of type ${t}`,
    act: (fn: AggregateFn) => ({ sum: 'be summed', avg: 'be averaged', median: 'give a median', min: 'give a minimum', max: 'give a maximum', count: 'be counted' })[fn],
    wrongType: (f: string, type: string, act: string, minmax: boolean) => `“${f}” is ${type}: it cannot ${act}; use count(${f}) or a numeric field${minmax ? ' or a date' : ''}.`,
    unknown: (f: string) => `The field “${f}” does not exist in this dataset.`,
  },
  br: {
    type: (t: string) => ({ text: 'un destenn', boolean: 'ur boolean', date: 'un deiziad', datetime: 'un deiziad', geo_point_2d: 'ur poent douaroniel', geo_shape: 'ur stumm douaroniel' } as Record<string, string>)[t] ?? `a seurt ${t}`,
    act: (fn: AggregateFn) => ({ sum: 'ober ar sammad anezhañ', avg: 'jediñ ar keitad anezhañ', median: 'jediñ ar vedianenn anezhañ', min: 'kavout ar bihanañ anezhañ', max: 'kavout ar brasañ anezhañ', count: 'niveriñ e dalvoudoù' })[fn],
    wrongType: (f: string, type: string, act: string, minmax: boolean) => `« ${f} » zo ${type} : n’haller ket ${act} ; implijit count(${f}) pe ur vaezienn niverel${minmax ? ' pe un deiziad' : ''}.`,
    unknown: (f: string) => `N’eus ket eus ar vaezienn « ${f} » er stroll roadennoù-mañ.`,
  },
});

export function aggregateProblemText(p: AggregateProblem, lang: Lang): string {
  const m = messages[lang];
  if (p.kind === 'unknown-field') return m.unknown(p.field);
  return m.wrongType(p.field, m.type(p.type), m.act(p.fn), p.fn === 'min' || p.fn === 'max');
}
