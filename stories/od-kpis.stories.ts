import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element } from './widget.js';

// A row of key figures that wraps on a phone, with equal heights; the story test follows the figures.
export default {
  title: 'Elements/od-kpis',
  component: 'od-kpis',
  render: () => {
    const ctx = element('od-dataset', { dataset: 'qbo-communes' });
    const row = element('od-kpis', {});
    row.append(element('od-kpi', { value: 'count(*)', label: 'communes' }),
      element('od-kpi', { value: 'sum(population_municipale)', label: 'habitants' }));
    ctx.append(row);
    return ctx;
  },
} satisfies Meta;
type Story = StoryObj;

export const Default: Story = {};
