import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { widgetMeta } from './widget.js';

const FESTIVALS = { dataset: 'finistere-festivals' };

// Dates "du / au" with presets; the story test follows the records it filters.
export default {
  title: 'Elements/od-daterange',
  component: 'od-daterange',
  ...widgetMeta('od-daterange'),
  args: { field: 'date_debut_ancien', 'end-field': 'date_de_fin_ancien', label: 'Dates du festival' },
  parameters: { context: FESTIVALS, after: [['od-records', { 'page-size': 3, fields: 'domaine' }]] },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const English: Story = { globals: { lang: 'en' }, args: { label: 'Festival dates' } };
export const Breton: Story = { globals: { lang: 'br' }, args: { label: 'Deiziadoù ar gouel' } };
