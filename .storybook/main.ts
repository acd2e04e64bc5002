// Storybook 10 (`npm run storybook`, `npm run build-storybook`): one CSF file per element in stories/, controls and
// docs from custom-elements.json (see preview.ts). It reuses vite.config.ts, so the dev server mounts the local
// portal on its own origin and the build emits maplibre's worker; the bundle's extra passes are left out.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(config) {
    // od-dist-assets writes dist/ (themes, embed and npm passes): not part of a Storybook build.
    config.plugins = (config.plugins ?? []).flat().filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'od-dist-assets'));
    // The chart and map engines are large by nature (lazy chunks of the bundle, measured by `npm run bench`).
    // Rolldown's plugin timing note only measures this machine's load.
    const rolldown = config.build?.rolldownOptions ?? {};
    config.build = { ...config.build, chunkSizeWarningLimit: 2000,
      rolldownOptions: { ...rolldown, checks: { ...rolldown.checks, pluginTimings: false } } };
    return config;
  },
};
export default config;
