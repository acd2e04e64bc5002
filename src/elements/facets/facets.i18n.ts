import { defineMessages } from '../../i18n/catalog.js';

/** Messages of `<od-facets>`. */
export const facetsMessages = defineMessages({
  fr: {
    updating: 'Mise à jour…',
    noValue: 'Aucune valeur.',
    noFacet: 'Aucun champ de filtre : indiquez-les dans l’attribut fields.',
    more: (n: string) => `Voir plus (${n} de plus)`,
    less: 'Voir moins',
    filtersLabel: 'Filtres',
    all: 'Toutes les valeurs',
    yes: 'Oui',
    no: 'Non',
  },
  en: {
    updating: 'Updating…',
    noValue: 'No values.',
    noFacet: 'No filter fields: list them in the fields attribute.',
    more: (n: string) => `Show more (${n} more)`,
    less: 'Show less',
    filtersLabel: 'Filters',
    all: 'All values',
    yes: 'Yes',
    no: 'No',
  },
  br: {
    updating: 'O hizivaat…',
    noValue: 'Talvoud ebet.',
    noFacet: 'Maezienn silañ ebet : rollit anezho en doareenn fields.',
    more: (n: string) => `Gwelet muioc’h (${n} ouzhpenn)`,
    less: 'Gwelet nebeutoc’h',
    filtersLabel: 'Siloù',
    all: 'An holl dalvoudoù',
    yes: 'Ya',
    no: 'Nann',
  },
});
