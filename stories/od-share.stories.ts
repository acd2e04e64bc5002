import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { widgetMeta } from './widget.js';

const AIRES = { dataset: 'finistere-aires-covoiturage' };

// « Intégrer cette vue »: the code of the visitor's current view, beside the table it reproduces.
export default {
  title: 'Elements/od-share',
  component: 'od-share',
  ...widgetMeta('od-share'),
  parameters: { context: AIRES, before: [['od-table', { fields: 'nom_lieu,com_lieu', 'page-size': 3, caption: 'Lieux de covoiturage' }]] },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const English: Story = { globals: { lang: 'en' } };
export const Breton: Story = { globals: { lang: 'br' } };
