import { MEDIA_FOLDER, MEDIA_PUBLIC } from '../safety/media';
import { cmsCollections } from './collections';
import { relationTargets, formOverrides } from './form';
import { fallbackHint, optionLabel } from './labels';
import type { FieldContext } from './fields';
import type { RoadmapForForm } from './options';
import type { CmsBackend, CmsConfig } from './types';

/** The CMS part of the settings entry (src/schemas/settings.ts). */
export interface CmsSettings {
  backend: CmsBackend['name'];
  repo?: string;
  branch: string;
  baseUrl?: string;
  apiRoot?: string;
  appId?: string;
  editorialWorkflow: boolean;
}

/** What the configuration is built from: the settings entry and the roadmaps (for the report form's pick-lists). */
export interface CmsInput {
  settings: { siteUrl: string; logo?: string; cms: CmsSettings };
  roadmaps: RoadmapForForm[];
  /** Port of the local `decap-server` (`npm run dev`); default 8081. */
  localPort?: number;
}

/** Backends whose Decap implementation has the editorial workflow (draft → review → ready). Gitea has none. */
export const WORKFLOW_BACKENDS: ReadonlyArray<CmsBackend['name']> = ['github', 'gitlab', 'git-gateway'];

/** Default port of `decap-server`; `npm run dev` and the config agree on it. */
export const DEFAULT_LOCAL_PORT = 8081;

/** Russian commit messages for what the CMS writes. */
const COMMIT_MESSAGES = {
  create: 'Добавлено: {{collection}} «{{slug}}»',
  update: 'Изменено: {{collection}} «{{slug}}»',
  delete: 'Удалено: {{collection}} «{{slug}}»',
  uploadMedia: 'Загружен файл «{{path}}»',
  deleteMedia: 'Удалён файл «{{path}}»',
  openAuthoring: '{{message}}',
};

/** The `backend` section from the settings entry. */
export function backendFromSettings(cms: CmsSettings): CmsBackend {
  const common = { name: cms.backend, branch: cms.branch, commit_messages: COMMIT_MESSAGES };
  const optional = {
    ...(cms.repo ? { repo: cms.repo } : {}),
    ...(cms.baseUrl ? { base_url: cms.baseUrl } : {}),
    ...(cms.apiRoot ? { api_root: cms.apiRoot } : {}),
  };
  switch (cms.backend) {
    case 'github':
      return { ...common, ...optional };
    case 'gitlab':
      // With an OAuth application id GitLab signs in by itself (PKCE); otherwise through base_url's auth server.
      return { ...common, ...optional, ...(cms.appId ? { auth_type: 'pkce' as const, app_id: cms.appId } : {}) };
    case 'gitea':
      return { ...common, ...optional, ...(cms.appId ? { app_id: cms.appId } : {}) };
    case 'git-gateway':
      return common;
  }
}

/** Drops keys whose value is undefined (config.yml should not carry `pattern: null`). */
function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The whole Decap CMS configuration, generated from the Zod schemas (fields, required, patterns,
 * options, relations) and the settings entry (backend, workflow). `local_backend` lets
 * `npm run dev` edit the working tree through `decap-server` on 127.0.0.1 with no login;
 * Decap only uses it when /admin/ is opened from localhost.
 */
export function buildCmsConfig(input: CmsInput): CmsConfig {
  const { settings, roadmaps } = input;
  const port = input.localPort ?? DEFAULT_LOCAL_PORT;
  const ctx: FieldContext = { relations: relationTargets, optionLabel, hint: fallbackHint, overrides: formOverrides(roadmaps) };
  const workflow = settings.cms.editorialWorkflow && WORKFLOW_BACKENDS.includes(settings.cms.backend);
  return clean({
    backend: backendFromSettings(settings.cms),
    local_backend: { url: `http://127.0.0.1:${port}/api/v1`, allowed_hosts: ['127.0.0.1', 'localhost'] },
    publish_mode: workflow ? 'editorial_workflow' : 'simple',
    locale: 'ru',
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    ...(settings.logo ? { logo_url: settings.logo } : {}),
    media_folder: MEDIA_FOLDER,
    public_folder: MEDIA_PUBLIC,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: cmsCollections(ctx),
  });
}
