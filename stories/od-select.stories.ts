import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { widgetMeta } from './widget.js';

const FESTIVALS = { dataset: 'finistere-festivals' };

// A facet as a drop-down; the story test follows the records it filters.
export default {
  title: 'Elements/od-select',
  component: 'od-select',
  ...widgetMeta('od-select'),
  args: { field: 'domaine', label: 'Domaine' },
  parameters: { context: FESTIVALS, after: [['od-records', { 'page-size': 3, fields: 'domaine' }]] },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
export const Multiple: Story = { args: { multiple: true } };
export const English: Story = { globals: { lang: 'en' }, args: { label: 'Field' } };
export const Breton: Story = { globals: { lang: 'br' }, args: { label: 'Domani' } };
