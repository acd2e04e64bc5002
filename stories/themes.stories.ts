// One story per theme of themes/ (the story test fails when a theme has none): the same small dashboard in each.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element } from './widget.js';

export default {
  title: 'Themes',
  render: () => {
    const ctx = element('od-dataset', { dataset: 'finistere-aires-covoiturage' });
    ctx.append(
      element('od-kpi', { value: 'count(*)', label: 'lieux de covoiturage' }),
      element('od-search', { label: 'Rechercher un lieu' }),
      element('od-facets', { fields: 'type', limit: 4 }),
      element('od-filters', {}),
      element('od-table', { fields: 'nom_lieu,com_lieu,nbre_pl', 'page-size': 4, caption: 'Lieux de covoiturage' }),
    );
    return ctx;
  },
} satisfies Meta;
type Story = StoryObj;

export const Qbo: Story = { globals: { theme: 'qbo' } };
export const Quimper: Story = { globals: { theme: 'quimper' } };
export const Locronan: Story = { globals: { theme: 'locronan' } };
export const Commune: Story = { globals: { theme: 'commune' } };
export const Contrast: Story = { globals: { theme: 'contrast' } };
export const Dark: Story = { globals: { theme: 'dark' } };
