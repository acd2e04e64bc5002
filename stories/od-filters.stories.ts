import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { OdDataset } from '../src/elements/dataset/dataset.js';
import { widgetMeta } from './widget.js';

const AIRES = { dataset: 'finistere-aires-covoiturage' };

/** The visitor's choice, made through the context's public API as a facet click would. */
async function chooseType({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const ctx = canvasElement.querySelector<OdDataset>('od-dataset')!;
  await ctx.updateComplete;
  ctx.toggleRefine('type', 'Aire de covoiturage', true);
}

export default {
  title: 'Elements/od-filters',
  component: 'od-filters',
  ...widgetMeta('od-filters'),
  parameters: { context: AIRES, before: [['od-facets', { fields: 'type', limit: 4 }]] },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = { name: 'A visitor choice', play: chooseType };
export const BaseFilters: Story = {
  name: 'A visitor choice and the page filter',
  play: chooseType,
  parameters: { context: { ...AIRES, refine: 'com_lieu:QUIMPER' } },
};
export const English: Story = { globals: { lang: 'en' }, play: chooseType };
export const Breton: Story = { globals: { lang: 'br' }, play: chooseType };
export const Empty: Story = { name: 'Empty (no choice)', tags: ['state-empty'] };
